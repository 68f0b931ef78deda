// SPDX-License-Identifier: GPL-3.0-or-later
// The relying party's checks of a WebAuthn registration and of an assertion (WebAuthn Level 3
// §7.1 and §7.2): client data (type, challenge, origin, not cross-origin), RP ID hash, user
// presence and — when asked — verification, the credential's public key, and the assertion's
// signature over authenticatorData || SHA-256(clientDataJSON). Attestation: `none` is what
// Keyward asks for; a `packed` self attestation is checked with the credential's own key; any
// other statement is accepted without judging its certificate chain (Keyward does not restrict
// authenticator models). Challenges, counters and users are the caller's: this holds no state.
//
// Threads: any thread (immutable).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace keyward {

// The JSON form of a browser's answer (PublicKeyCredential.toJSON()), decoded.
struct RegistrationResponse {
    QByteArray credentialId; // rawId
    QByteArray clientDataJson;
    QByteArray attestationObject;
    QStringList transports;

    static Result<RegistrationResponse> fromJson(const QJsonObject &credential);
};

struct AssertionResponse {
    QByteArray credentialId; // rawId
    QByteArray clientDataJson;
    QByteArray authenticatorData;
    QByteArray signature;
    QByteArray userHandle; // empty when the authenticator gave none

    static Result<AssertionResponse> fromJson(const QJsonObject &credential);
};

// What a verified registration yields, to be stored.
struct VerifiedCredential {
    QByteArray credentialId;
    QByteArray publicKey; // COSE, as the authenticator encoded it
    qint64 coseAlgorithm = 0;
    quint32 signCount = 0;
    QByteArray aaguid;
    bool userVerified = false;
    bool backupEligible = false;
    bool backedUp = false;
    QString attestationFormat;
};

// What the relying party knows of a stored credential when it checks an assertion.
struct StoredCredentialKey {
    QByteArray publicKey; // COSE
    bool backupEligible = false;
};

struct VerifiedAssertion {
    quint32 signCount = 0;
    bool userVerified = false;
    bool backedUp = false;
};

class WebAuthnVerifier {
public:
    // rpId: the RP ID (a host name); origins: every origin a ceremony may come from.
    WebAuthnVerifier(QString rpId, QStringList origins);

    const QString &rpId() const { return m_rpId; }

    // invalid_request with what failed (the message names no secret).
    Result<VerifiedCredential> verifyRegistration(const RegistrationResponse &response, QByteArrayView challenge,
                                                  bool requireUserVerification) const;
    Result<VerifiedAssertion> verifyAssertion(const AssertionResponse &response, QByteArrayView challenge,
                                              const StoredCredentialKey &credential,
                                              bool requireUserVerification) const;

    // A counter that did not move forward although one of the two is non-zero: the
    // authenticator may have been cloned (WebAuthn §6.1.1). Two zeros: it keeps no counter.
    static bool signCountRegressed(quint32 stored, quint32 presented);

private:
    Status checkClientData(QByteArrayView clientDataJson, const QString &type, QByteArrayView challenge) const;

    QString m_rpId;
    QByteArray m_rpIdHash;
    QStringList m_origins;
};

} // namespace keyward
