// SPDX-License-Identifier: GPL-3.0-or-later
// One asymmetric JWS key (ES256, EdDSA/Ed25519 or RS256) over OpenSSL 3 EVP: generation,
// import and export, the public JWK and its RFC 7638 thumbprint, signing and verifying.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace keyward {

enum class JwsAlgorithm { ES256, EdDSA, RS256 };

QString algorithmName(JwsAlgorithm algorithm);
std::optional<JwsAlgorithm> algorithmFromName(const QString &name);

class SigningKey {
public:
    static SigningKey generate(JwsAlgorithm algorithm);
    // PKCS#8 DER of a private key, as privateKeyDer() gives it.
    static Result<SigningKey> fromPrivateKeyDer(JwsAlgorithm algorithm, const QByteArray &der);
    // A JWK (RFC 7517/7518/8037): EC P-256 with x, y (and d), OKP Ed25519 with x (and d), RSA
    // with n, e (public only).
    static Result<SigningKey> fromJwk(const QJsonObject &jwk);

    JwsAlgorithm algorithm() const { return m_algorithm; }
    bool hasPrivateKey() const { return m_hasPrivate; }

    // PKCS#8 DER; the caller wipes it after use.
    QByteArray privateKeyDer() const;
    // kty and the public members only (never d, p, q, …).
    QJsonObject publicJwk() const;
    // RFC 7638: base64url(SHA-256(canonical JSON of the required public members)).
    QString thumbprint() const;

    // The JWS signature of data: raw r||s for ES256 (RFC 7518 §3.4).
    QByteArray sign(QByteArrayView data) const;
    bool verify(QByteArrayView data, QByteArrayView signature) const;
    // The same check for a signature as X.509 and WebAuthn carry it: ES256 as DER
    // ECDSA-Sig-Value, the others as in a JWS.
    bool verifyDerEncoded(QByteArrayView data, QByteArrayView signature) const;

private:
    SigningKey(JwsAlgorithm algorithm, std::shared_ptr<EVP_PKEY> key, bool hasPrivate);
    // signature in OpenSSL's encoding (DER for ECDSA).
    bool verifyNative(QByteArrayView data, QByteArrayView signature) const;

    JwsAlgorithm m_algorithm;
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_hasPrivate = false;
    std::shared_ptr<EVP_MD_CTX> m_verifyTemplate; // read-only after construction
};

} // namespace keyward
