// SPDX-License-Identifier: GPL-3.0-or-later
#include "webauthnverifier.h"

#include "authenticatordata.h"
#include "cbor.h"
#include "cosekey.h"
#include "crypto/base64url.h"
#include "crypto/constanttime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

Error refused(const QString &why)
{
    return failure(ErrorCode::InvalidRequest, why);
}

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

// A base64url member of a JSON object; nothing when absent, of another type or badly encoded.
std::optional<QByteArray> binaryMember(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isString())
        return std::nullopt;
    return Base64Url::decode(value.toString().toLatin1());
}

// The members every credential has: type, id and rawId (the same credential id), response.
Result<QJsonObject> responseOf(const QJsonObject &credential, QByteArray *credentialId)
{
    if (credential.value(QLatin1String("type")).toString() != QLatin1String("public-key"))
        return refused(QStringLiteral("credential: type must be \"public-key\""));
    const auto id = binaryMember(credential, "id");
    const auto rawId = binaryMember(credential, "rawId");
    if (!id || id->isEmpty() || (rawId && *rawId != *id))
        return refused(QStringLiteral("credential: id and rawId must be the same base64url credential id"));
    const QJsonValue response = credential.value(QLatin1String("response"));
    if (!response.isObject())
        return refused(QStringLiteral("credential: response is missing"));
    *credentialId = *id;
    return response.toObject();
}

} // namespace

Result<RegistrationResponse> RegistrationResponse::fromJson(const QJsonObject &credential)
{
    RegistrationResponse parsed;
    const Result<QJsonObject> response = responseOf(credential, &parsed.credentialId);
    if (!response)
        return response.error();
    const auto clientData = binaryMember(response.value(), "clientDataJSON");
    const auto attestation = binaryMember(response.value(), "attestationObject");
    if (!clientData || !attestation)
        return refused(QStringLiteral("credential: response needs base64url clientDataJSON and attestationObject"));
    parsed.clientDataJson = *clientData;
    parsed.attestationObject = *attestation;
    for (const QJsonValue &transport : response->value(QLatin1String("transports")).toArray()) {
        if (transport.isString() && transport.toString().size() <= 32 && parsed.transports.size() < 8)
            parsed.transports.append(transport.toString());
    }
    return parsed;
}

Result<AssertionResponse> AssertionResponse::fromJson(const QJsonObject &credential)
{
    AssertionResponse parsed;
    const Result<QJsonObject> response = responseOf(credential, &parsed.credentialId);
    if (!response)
        return response.error();
    const auto clientData = binaryMember(response.value(), "clientDataJSON");
    const auto authenticatorData = binaryMember(response.value(), "authenticatorData");
    const auto signature = binaryMember(response.value(), "signature");
    if (!clientData || !authenticatorData || !signature)
        return refused(
            QStringLiteral("credential: response needs base64url clientDataJSON, authenticatorData and signature"));
    const QJsonValue userHandle = response->value(QLatin1String("userHandle"));
    if (!userHandle.isNull() && !userHandle.isUndefined()) {
        const auto handle = binaryMember(response.value(), "userHandle");
        if (!handle)
            return refused(QStringLiteral("credential: userHandle must be base64url"));
        parsed.userHandle = *handle;
    }
    parsed.clientDataJson = *clientData;
    parsed.authenticatorData = *authenticatorData;
    parsed.signature = *signature;
    return parsed;
}

WebAuthnVerifier::WebAuthnVerifier(QString rpId, QStringList origins)
    : m_rpId(std::move(rpId)), m_rpIdHash(sha256(m_rpId.toUtf8())), m_origins(std::move(origins))
{ }

Status WebAuthnVerifier::checkClientData(QByteArrayView clientDataJson, const QString &type,
                                         QByteArrayView challenge) const
{
    const QJsonDocument document = QJsonDocument::fromJson(clientDataJson.toByteArray());
    if (!document.isObject())
        return refused(QStringLiteral("clientDataJSON is not a JSON object"));
    const QJsonObject clientData = document.object();
    if (clientData.value(QLatin1String("type")).toString() != type)
        return refused(QStringLiteral("clientDataJSON: type must be \"%1\"").arg(type));
    const auto presented = binaryMember(clientData, "challenge");
    if (!presented || !constantTimeEquals(*presented, challenge))
        return refused(QStringLiteral("clientDataJSON: not this ceremony's challenge"));
    if (!m_origins.contains(clientData.value(QLatin1String("origin")).toString()))
        return refused(QStringLiteral("clientDataJSON: origin is not one of this server's"));
    // Keyward's pages are never framed (X-Frame-Options: DENY): a ceremony inside another site's
    // frame is not one of ours.
    const QJsonValue crossOrigin = clientData.value(QLatin1String("crossOrigin"));
    if ((!crossOrigin.isUndefined() && crossOrigin != QJsonValue(false))
        || clientData.contains(QLatin1String("topOrigin")))
        return refused(QStringLiteral("clientDataJSON: a cross-origin ceremony is not accepted"));
    return success();
}

Result<VerifiedCredential> WebAuthnVerifier::verifyRegistration(const RegistrationResponse &response,
                                                                QByteArrayView challenge,
                                                                bool requireUserVerification) const
{
    if (const Status clientData
        = checkClientData(response.clientDataJson, QStringLiteral("webauthn.create"), challenge);
        !clientData)
        return clientData.error();
    const std::optional<CborItem> attestation = CborItem::decode(response.attestationObject);
    const std::optional<CborView> statement
        = attestation ? attestation->view().at(QStringLiteral("attStmt")) : std::nullopt;
    const std::optional<QString> format
        = attestation ? attestation->view().textAt(QStringLiteral("fmt")) : std::nullopt;
    const std::optional<QByteArray> authData
        = attestation ? attestation->view().bytesAt(QStringLiteral("authData")) : std::nullopt;
    if (!format || !statement || !statement->isMap() || !authData)
        return refused(QStringLiteral("attestationObject must be a CBOR map of fmt, attStmt and authData"));
    const Result<AuthenticatorData> data = AuthenticatorData::parse(*authData);
    if (!data)
        return data.error();
    if (!constantTimeEquals(data->rpIdHash, m_rpIdHash))
        return refused(QStringLiteral("authenticator data: the credential is for another RP ID"));
    if (!data->has(AuthenticatorData::kUserPresent))
        return refused(QStringLiteral("authenticator data: user presence is missing"));
    if (requireUserVerification && !data->has(AuthenticatorData::kUserVerified))
        return refused(QStringLiteral("authenticator data: user verification is required"));
    if (!data->has(AuthenticatorData::kAttestedData))
        return refused(QStringLiteral("authenticator data: no attested credential"));
    if (data->credentialId != response.credentialId)
        return refused(QStringLiteral("credential id differs from the attested one"));
    const Result<CoseKey> key = CoseKey::decode(data->credentialPublicKey);
    if (!key)
        return key.error();
    if (*format == QLatin1String("none")) {
        if (statement->mapSize() != 0)
            return refused(QStringLiteral("attestation \"none\" must have an empty statement"));
    } else if (*format == QLatin1String("packed") && !statement->at(QStringLiteral("x5c"))) {
        // Self attestation: signed by the credential's own key.
        const std::optional<qint64> alg = statement->integerAt(QStringLiteral("alg"));
        const std::optional<QByteArray> signature = statement->bytesAt(QStringLiteral("sig"));
        if (alg != key->coseAlgorithm() || !signature
            || !key->verify(QByteArray(*authData + sha256(response.clientDataJson)), *signature))
            return refused(QStringLiteral("packed self attestation does not verify"));
    }
    VerifiedCredential credential;
    credential.credentialId = data->credentialId;
    credential.publicKey = data->credentialPublicKey;
    credential.coseAlgorithm = key->coseAlgorithm();
    credential.signCount = data->signCount;
    credential.aaguid = data->aaguid;
    credential.userVerified = data->has(AuthenticatorData::kUserVerified);
    credential.backupEligible = data->has(AuthenticatorData::kBackupEligible);
    credential.backedUp = data->has(AuthenticatorData::kBackedUp);
    credential.attestationFormat = *format;
    return credential;
}

Result<VerifiedAssertion> WebAuthnVerifier::verifyAssertion(const AssertionResponse &response, QByteArrayView challenge,
                                                            const StoredCredentialKey &credential,
                                                            bool requireUserVerification) const
{
    if (const Status clientData = checkClientData(response.clientDataJson, QStringLiteral("webauthn.get"), challenge);
        !clientData)
        return clientData.error();
    const Result<AuthenticatorData> data = AuthenticatorData::parse(response.authenticatorData);
    if (!data)
        return data.error();
    if (data->has(AuthenticatorData::kAttestedData))
        return refused(QStringLiteral("authenticator data: an assertion carries no attested credential"));
    if (!constantTimeEquals(data->rpIdHash, m_rpIdHash))
        return refused(QStringLiteral("authenticator data: the assertion is for another RP ID"));
    if (!data->has(AuthenticatorData::kUserPresent))
        return refused(QStringLiteral("authenticator data: user presence is missing"));
    if (requireUserVerification && !data->has(AuthenticatorData::kUserVerified))
        return refused(QStringLiteral("authenticator data: user verification is required"));
    // Backup eligibility is a property of the credential, fixed when it was made (§6.1.3).
    if (data->has(AuthenticatorData::kBackupEligible) != credential.backupEligible)
        return refused(QStringLiteral("authenticator data: backup eligibility changed"));
    const Result<CoseKey> key = CoseKey::decodeStored(credential.publicKey);
    if (!key)
        return key.error();
    if (!key->verify(QByteArray(response.authenticatorData + sha256(response.clientDataJson)), response.signature))
        return refused(QStringLiteral("the assertion's signature does not verify"));
    VerifiedAssertion verified;
    verified.signCount = data->signCount;
    verified.userVerified = data->has(AuthenticatorData::kUserVerified);
    verified.backedUp = data->has(AuthenticatorData::kBackedUp);
    return verified;
}

bool WebAuthnVerifier::signCountRegressed(quint32 stored, quint32 presented)
{
    return (stored != 0 || presented != 0) && presented <= stored;
}

} // namespace keyward
