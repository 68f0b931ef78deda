// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwtverifier.h"

#include <QJsonArray>

#include <cmath>

namespace keyward {

namespace {

TokenVerdict reject(TokenRejection rejection, const QString &explanation, ParsedJws token = {})
{
    return TokenVerdict{rejection, explanation, std::move(token)};
}

// The contract: time claims are integers in 0 … 2^53 (RFC 7519 NumericDate as JSON can carry
// exactly). Anything else — a fraction, a negative, 1e300 — is not a time: casting it would wrap.
std::optional<qint64> timeClaim(const QJsonObject &claims, const char *name)
{
    constexpr double kLargest = 9007199254740992.0; // 2^53
    const QJsonValue value = claims.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!(seconds >= 0 && seconds <= kLargest) || seconds != std::floor(seconds))
        return std::nullopt;
    return qint64(seconds);
}

bool audienceMatches(const QJsonValue &aud, const QString &expected)
{
    if (aud.isString())
        return aud.toString() == expected;
    if (aud.isArray()) {
        for (const QJsonValue &entry : aud.toArray()) {
            if (entry.isString() && entry.toString() == expected)
                return true;
        }
    }
    return false;
}

QString utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString rejectionCode(TokenRejection rejection)
{
    switch (rejection) {
    case TokenRejection::None:
        return QStringLiteral("valid");
    case TokenRejection::TooLarge:
        return QStringLiteral("too_large");
    case TokenRejection::Malformed:
        return QStringLiteral("malformed");
    case TokenRejection::UnsupportedAlgorithm:
        return QStringLiteral("unsupported_algorithm");
    case TokenRejection::ForbiddenHeader:
        return QStringLiteral("forbidden_header");
    case TokenRejection::UnknownCritical:
        return QStringLiteral("unknown_critical");
    case TokenRejection::UnknownKid:
        return QStringLiteral("unknown_kid");
    case TokenRejection::AlgorithmMismatch:
        return QStringLiteral("algorithm_mismatch");
    case TokenRejection::BadSignature:
        return QStringLiteral("bad_signature");
    case TokenRejection::WrongType:
        return QStringLiteral("wrong_type");
    case TokenRejection::WrongIssuer:
        return QStringLiteral("wrong_issuer");
    case TokenRejection::WrongAudience:
        return QStringLiteral("wrong_audience");
    case TokenRejection::Expired:
        return QStringLiteral("expired");
    case TokenRejection::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case TokenRejection::IssuedInFuture:
        return QStringLiteral("issued_in_future");
    case TokenRejection::MissingClaim:
        return QStringLiteral("missing_claim");
    case TokenRejection::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

JwtVerifier::JwtVerifier(KeyLookup keys, VerifierPolicy policy) : m_keys(std::move(keys)), m_policy(std::move(policy))
{ }

TokenVerdict JwtVerifier::verify(QByteArrayView compact, const QDateTime &now) const
{
    Result<ParsedJws> parsed = Jws::parse(compact);
    if (!parsed) {
        return reject(parsed.error().code == ErrorCode::TooLarge ? TokenRejection::TooLarge : TokenRejection::Malformed,
                      parsed.error().message);
    }
    ParsedJws &token = parsed.value();
    const QJsonObject &header = token.header;
    const QString alg = header.value(QLatin1String("alg")).toString();
    const auto algorithm = algorithmFromName(alg);
    if (!algorithm) {
        return reject(
            TokenRejection::UnsupportedAlgorithm,
            QStringLiteral("the algorithm '%1' is never accepted (only ES256, EdDSA and RS256 are)").arg(alg.left(20)),
            token);
    }
    for (const char *forbidden : {"jku", "x5u", "jwk", "x5c"}) {
        if (header.contains(QLatin1String(forbidden))) {
            return reject(TokenRejection::ForbiddenHeader,
                          QStringLiteral("the header names its own key ('%1'); keys come only from this server")
                              .arg(QLatin1String(forbidden)),
                          token);
        }
    }
    if (header.contains(QLatin1String("crit")))
        return reject(TokenRejection::UnknownCritical,
                      QStringLiteral("the header marks extensions critical that this server does not implement"),
                      token);
    const QString kid = header.value(QLatin1String("kid")).toString();
    const std::optional<SigningKey> key = kid.isEmpty() ? std::nullopt : m_keys(kid);
    if (!key)
        return reject(TokenRejection::UnknownKid, QStringLiteral("no current key has the kid '%1'").arg(kid.left(64)),
                      token);
    if (key->algorithm() != *algorithm) {
        return reject(
            TokenRejection::AlgorithmMismatch,
            QStringLiteral("the header says %1 but key %2 is an %3 key").arg(alg, kid, algorithmName(key->algorithm())),
            token);
    }
    if (!key->verify(token.signingInput, token.signature))
        return reject(TokenRejection::BadSignature, QStringLiteral("the signature does not match key %1").arg(kid),
                      token);
    return checkClaims(std::move(token), now);
}

TokenVerdict JwtVerifier::checkClaims(ParsedJws token, const QDateTime &now) const
{
    const QString typ = token.header.value(QLatin1String("typ")).toString().toLower();
    if (typ != QLatin1String("at+jwt") && typ != QLatin1String("application/at+jwt")) // RFC 9068 §2.1
        return reject(TokenRejection::WrongType, QStringLiteral("the token is not an access token (typ is not at+jwt)"),
                      token);
    const QJsonObject &claims = token.claims;
    for (const char *required : {"iss", "aud", "sub", "exp", "iat", "jti"}) {
        if (!claims.contains(QLatin1String(required)))
            return reject(TokenRejection::MissingClaim,
                          QStringLiteral("the token has no '%1' claim").arg(QLatin1String(required)), token);
    }
    const QString iss = claims.value(QLatin1String("iss")).toString();
    const QString expected = m_policy.issuerNow ? m_policy.issuerNow() : m_policy.issuer;
    if (iss != expected && !(m_policy.alsoAcceptsIssuer && m_policy.alsoAcceptsIssuer(iss))) {
        return reject(TokenRejection::WrongIssuer,
                      QStringLiteral("issued by '%1', not by '%2'").arg(iss.left(200), expected), token);
    }
    if (!audienceMatches(claims.value(QLatin1String("aud")), m_policy.audience))
        return reject(TokenRejection::WrongAudience,
                      QStringLiteral("the token is not meant for the audience '%1'").arg(m_policy.audience), token);
    const auto exp = timeClaim(claims, "exp");
    const auto iat = timeClaim(claims, "iat");
    const auto nbf = timeClaim(claims, "nbf");
    if (!exp || !iat || (claims.contains(QLatin1String("nbf")) && !nbf))
        return reject(TokenRejection::Malformed,
                      QStringLiteral("exp, iat and nbf must be whole numbers of seconds from 0 to 2^53"), token);
    QString explanation;
    const TokenRejection timing = checkLifetime({*exp, nbf, *iat}, now.toSecsSinceEpoch(), &explanation);
    return TokenVerdict{timing, explanation, std::move(token)};
}

TokenRejection JwtVerifier::checkLifetime(const TokenLifetime &lifetime, qint64 now, QString *explanation) const
{
    const qint64 leeway = m_policy.leewaySeconds;
    if (now >= lifetime.expiresAt + leeway) {
        *explanation = QStringLiteral("the token expired at %1").arg(utc(lifetime.expiresAt));
        return TokenRejection::Expired;
    }
    if (lifetime.notBefore && now + leeway < *lifetime.notBefore) {
        *explanation = QStringLiteral("the token is not valid before %1").arg(utc(*lifetime.notBefore));
        return TokenRejection::NotYetValid;
    }
    if (now + leeway < lifetime.issuedAt) {
        *explanation = QStringLiteral("the token claims to be issued in the future (%1)").arg(utc(lifetime.issuedAt));
        return TokenRejection::IssuedInFuture;
    }
    return TokenRejection::None;
}

TokenLifetime TokenLifetime::of(const QJsonObject &claims)
{
    const auto nbf = timeClaim(claims, "nbf");
    return {timeClaim(claims, "exp").value_or(0), nbf, timeClaim(claims, "iat").value_or(0)};
}

} // namespace keyward
