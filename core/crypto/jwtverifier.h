// SPDX-License-Identifier: GPL-3.0-or-later
// Verifies an access token (RFC 9068 profile of RFC 7515/7519) and says precisely why when it
// is not valid. Revocation is checked by the caller (AccessTokenVerifier).
#pragma once

#include "jws.h"
#include "signingkey.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace keyward {

enum class TokenRejection {
    None,
    TooLarge,
    Malformed,
    UnsupportedAlgorithm, // none, HS*, anything but ES256/EdDSA/RS256
    ForbiddenHeader, // jku, x5u, jwk, x5c: keys come only from our own key store
    UnknownCritical, // crit names an extension we do not implement (RFC 7515 §4.1.11)
    UnknownKid,
    AlgorithmMismatch, // header alg differs from the key's algorithm
    BadSignature,
    WrongType,
    WrongIssuer,
    WrongAudience,
    Expired,
    NotYetValid,
    IssuedInFuture,
    MissingClaim,
    Revoked,
};

// "bad_signature", "expired", …: stable names for logs, metrics and the CLI.
QString rejectionCode(TokenRejection rejection);

struct TokenVerdict {
    TokenRejection rejection = TokenRejection::None;
    QString explanation; // why not, in one sentence a person understands; empty when valid
    ParsedJws token; // filled whenever the token could be parsed

    bool valid() const { return rejection == TokenRejection::None; }
    QString kid() const { return token.header.value(QLatin1String("kid")).toString(); }
};

// The time claims of a token whose types were already checked.
struct TokenLifetime {
    qint64 expiresAt = 0;
    std::optional<qint64> notBefore;
    qint64 issuedAt = 0;

    static TokenLifetime of(const QJsonObject &claims);
};

struct VerifierPolicy {
    QString issuer;
    QString audience;
    qint64 leewaySeconds = 30;
    // When set, the issuer as it is now (it may change while verifying threads run), instead of
    // `issuer`; and which other iss values are accepted too. Both are called from any thread.
    std::function<QString()> issuerNow = {};
    std::function<bool(const QString &)> alsoAcceptsIssuer = {};
};

class JwtVerifier {
public:
    using KeyLookup = std::function<std::optional<SigningKey>(const QString &kid)>;

    JwtVerifier(KeyLookup keys, VerifierPolicy policy);

    // Signature, header rules and every time and identity claim.
    TokenVerdict verify(QByteArrayView compact, const QDateTime &now) const;
    // Only the claims, for a token whose signature was already checked (the verification cache).
    TokenVerdict checkClaims(ParsedJws token, const QDateTime &now) const;
    // exp, nbf and iat against now, with the leeway; the one rule every use of a token runs.
    TokenRejection checkLifetime(const TokenLifetime &lifetime, qint64 now, QString *explanation) const;

    const VerifierPolicy &policy() const { return m_policy; }

private:
    KeyLookup m_keys;
    VerifierPolicy m_policy;
};

} // namespace keyward
