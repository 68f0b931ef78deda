// SPDX-License-Identifier: GPL-3.0-or-later
// A software WebAuthn authenticator and client for tests: from the JSON options Keyward sends it
// makes what a browser would post (PublicKeyCredential.toJSON()) — an ES256 or Ed25519 key pair,
// attestation "none", a signature counter, the UP/UV/BE/BS flags as set — with OpenSSL and
// libcbor, independent of Keyward's verifier code.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace keyward {

class SoftAuthenticator {
public:
    enum class Algorithm { ES256, EdDSA };
    SoftAuthenticator(QString rpId, QString origin, Algorithm algorithm = Algorithm::ES256);
    ~SoftAuthenticator();

    // navigator.credentials.create({publicKey}) for the options' publicKey member.
    QJsonObject create(const QJsonObject &publicKey);
    // navigator.credentials.get({publicKey}): an assertion with the credential made by create().
    QJsonObject get(const QJsonObject &publicKey);

    QByteArray credentialId() const { return m_credentialId; }
    QByteArray userHandle() const { return m_userHandle; }

    // What the next ceremony reports.
    bool userVerified = true;
    bool backupEligible = false;
    bool backedUp = false;
    quint32 signCount = 0; // the counter the next assertion shows (then +1); 0 stays 0
    bool countSignatures = true;
    QString origin; // the client data's origin
    QString rpId; // whose RP ID hash the authenticator data carries

private:
    QByteArray authenticatorData(bool attested) const;
    QByteArray coseKey() const;
    QByteArray sign(const QByteArray &data) const;

    Algorithm m_algorithm;
    std::shared_ptr<EVP_PKEY> m_key;
    QByteArray m_credentialId;
    QByteArray m_userHandle;
};

} // namespace keyward
