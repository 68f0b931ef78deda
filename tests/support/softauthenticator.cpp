// SPDX-License-Identifier: GPL-3.0-or-later
#include "softauthenticator.h"

#include "crypto/base64url.h"
#include "crypto/securerandom.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <cbor.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

namespace keyward {

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

QByteArray serialized(cbor_item_t *item)
{
    unsigned char *buffer = nullptr;
    size_t size = 0;
    const size_t length = cbor_serialize_alloc(item, &buffer, &size);
    QByteArray out(reinterpret_cast<const char *>(buffer), qsizetype(length));
    free(buffer);
    cbor_decref(&item);
    return out;
}

cbor_item_t *bytes(const QByteArray &value)
{
    return cbor_build_bytestring(reinterpret_cast<cbor_data>(value.constData()), size_t(value.size()));
}

cbor_item_t *integer(qint64 value)
{
    return value >= 0 ? cbor_build_uint64(quint64(value)) : cbor_build_negint64(quint64(-1 - value));
}

void add(cbor_item_t *map, cbor_item_t *key, cbor_item_t *value)
{
    cbor_map_add(map, cbor_pair{cbor_move(key), cbor_move(value)});
}

QByteArray clientData(const QString &type, const QString &challenge, const QString &origin)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), type},
                                     {QStringLiteral("challenge"), challenge},
                                     {QStringLiteral("origin"), origin},
                                     {QStringLiteral("crossOrigin"), false}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

SoftAuthenticator::SoftAuthenticator(QString rp, QString clientOrigin, Algorithm algorithm)
    : origin(std::move(clientOrigin)), rpId(std::move(rp)), m_algorithm(algorithm)
{
    EVP_PKEY *key
        = algorithm == Algorithm::ES256 ? EVP_EC_gen("P-256") : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    m_key.reset(key, EVP_PKEY_free);
}

SoftAuthenticator::~SoftAuthenticator() = default;

QByteArray SoftAuthenticator::coseKey() const
{
    cbor_item_t *map = cbor_new_definite_map(m_algorithm == Algorithm::ES256 ? 5 : 4);
    if (m_algorithm == Algorithm::ES256) {
        unsigned char point[65];
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(m_key.get(), OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof(point), &length);
        add(map, integer(1), integer(2)); // kty EC2
        add(map, integer(3), integer(-7)); // ES256
        add(map, integer(-1), integer(1)); // P-256
        add(map, integer(-2), bytes(QByteArray(reinterpret_cast<const char *>(point + 1), 32)));
        add(map, integer(-3), bytes(QByteArray(reinterpret_cast<const char *>(point + 33), 32)));
    } else {
        unsigned char raw[32];
        size_t length = sizeof(raw);
        EVP_PKEY_get_raw_public_key(m_key.get(), raw, &length);
        add(map, integer(1), integer(1)); // kty OKP
        add(map, integer(3), integer(-8)); // EdDSA
        add(map, integer(-1), integer(6)); // Ed25519
        add(map, integer(-2), bytes(QByteArray(reinterpret_cast<const char *>(raw), 32)));
    }
    return serialized(map);
}

QByteArray SoftAuthenticator::authenticatorData(bool attested) const
{
    QByteArray data = QCryptographicHash::hash(rpId.toUtf8(), QCryptographicHash::Sha256);
    quint8 flags = 0x01; // UP
    if (userVerified)
        flags |= 0x04;
    if (backupEligible)
        flags |= 0x08;
    if (backedUp)
        flags |= 0x10;
    if (attested)
        flags |= 0x40;
    data.append(char(flags));
    uchar counter[4];
    qToBigEndian(signCount, counter);
    data.append(reinterpret_cast<const char *>(counter), 4);
    if (attested) {
        data.append(QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10")); // AAGUID
        uchar length[2];
        qToBigEndian(quint16(m_credentialId.size()), length);
        data.append(reinterpret_cast<const char *>(length), 2);
        data.append(m_credentialId);
        data.append(coseKey());
    }
    return data;
}

QByteArray SoftAuthenticator::sign(const QByteArray &data) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const EVP_MD *md = m_algorithm == Algorithm::ES256 ? EVP_sha256() : nullptr;
    size_t size = 0;
    EVP_DigestSignInit(context, nullptr, md, nullptr, m_key.get());
    EVP_DigestSign(context, nullptr, &size, reinterpret_cast<const unsigned char *>(data.constData()),
                   size_t(data.size()));
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &size,
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    EVP_MD_CTX_free(context);
    signature.resize(qsizetype(size)); // DER for ECDSA, as WebAuthn carries it
    return signature;
}

QJsonObject SoftAuthenticator::create(const QJsonObject &publicKey)
{
    m_credentialId = randomBytes(32);
    m_userHandle
        = Base64Url::decode(
              publicKey.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString().toLatin1())
              .value_or(QByteArray());
    const QByteArray client = clientData(QStringLiteral("webauthn.create"),
                                         publicKey.value(QStringLiteral("challenge")).toString(), origin);
    cbor_item_t *attestation = cbor_new_definite_map(3);
    add(attestation, cbor_build_string("fmt"), cbor_build_string("none"));
    add(attestation, cbor_build_string("attStmt"), cbor_new_definite_map(0));
    add(attestation, cbor_build_string("authData"), bytes(authenticatorData(true)));
    if (countSignatures && signCount != 0)
        ++signCount; // the registration was a use
    const QString id = b64(m_credentialId);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("rawId"), id},
            {QStringLiteral("type"), QStringLiteral("public-key")},
            {QStringLiteral("authenticatorAttachment"), QStringLiteral("platform")},
            {QStringLiteral("clientExtensionResults"), QJsonObject()},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("clientDataJSON"), b64(client)},
                         {QStringLiteral("attestationObject"), b64(serialized(attestation))},
                         {QStringLiteral("transports"), QJsonArray{QStringLiteral("internal")}}}}};
}

QJsonObject SoftAuthenticator::get(const QJsonObject &publicKey)
{
    const QByteArray client
        = clientData(QStringLiteral("webauthn.get"), publicKey.value(QStringLiteral("challenge")).toString(), origin);
    const QByteArray data = authenticatorData(false);
    if (countSignatures && signCount != 0)
        ++signCount;
    const QByteArray signature = sign(QByteArray(data + QCryptographicHash::hash(client, QCryptographicHash::Sha256)));
    const QString id = b64(m_credentialId);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("rawId"), id},
            {QStringLiteral("type"), QStringLiteral("public-key")},
            {QStringLiteral("clientExtensionResults"), QJsonObject()},
            {QStringLiteral("response"),
             QJsonObject{{QStringLiteral("clientDataJSON"), b64(client)},
                         {QStringLiteral("authenticatorData"), b64(data)},
                         {QStringLiteral("signature"), b64(signature)},
                         {QStringLiteral("userHandle"), b64(m_userHandle)}}}};
}

} // namespace keyward
