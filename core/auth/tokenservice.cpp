// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenservice.h"

#include "actor.h"
#include "auditlog.h"
#include "common/clock.h"
#include "crypto/base64url.h"
#include "crypto/jws.h"
#include "crypto/securerandom.h"
#include "keyservice.h"
#include "revocationservice.h"
#include "settingsservice.h"
#include "storage/database.h"
#include "storage/runtimestatestore.h"
#include "storage/storageerror.h"
#include "storage/userpublicid.h"
#include "user.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace keyward {

TokenService::TokenService(Database &database, KeyService &keys, RevocationService &revocations, AuditLog &audit,
                           const Clock &clock, SettingsService &settings)
    : m_database(database), m_keys(keys), m_revocations(revocations), m_audit(audit), m_clock(clock),
      m_settings(settings),
      m_servedIssuer(std::make_shared<const QString>(QStringLiteral("http://") + settings.atStart().server.listen))
{
    m_keys.onRetired([this](const QString &kid) { m_cache.evictKey(kid); });
}

QString TokenService::issuer() const
{
    return issuer(*m_settings.current());
}

QString TokenService::issuer(const Settings &settings) const
{
    return settings.tokens.issuer.isEmpty() ? *m_servedIssuer.load() : settings.tokens.issuer;
}

std::shared_ptr<const TokenService::CurrentVerifier> TokenService::currentVerifier()
{
    const std::shared_ptr<const Settings> settings = m_settings.current();
    std::shared_ptr<const CurrentVerifier> verifier = m_verifier.load();
    if (verifier && verifier->settingsGeneration == settings->generation())
        return verifier;
    // Settings changed (rarely): two threads may both build one; either is right.
    VerifierPolicy policy{{},
                          settings->tokens.audience,
                          settings->tokens.leeway.count(),
                          [this, settings] { return issuer(*settings); },
                          [this](const QString &issuer) { return isSiblingIssuer(issuer); }};
    verifier = std::make_shared<const CurrentVerifier>(CurrentVerifier{
        settings->generation(),
        JwtVerifier([this](const QString &kid) { return m_keys.verificationKey(kid); }, std::move(policy))});
    m_verifier.store(verifier);
    return verifier;
}

bool TokenService::isSiblingIssuer(const QString &issuer)
{
    if (issuerIsConfigured() || issuer.isEmpty())
        return false;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QMutexLocker lock(&m_siblingsMutex);
    if (m_siblingIssuers.contains(issuer))
        return true;
    if (now - m_siblingsReadMs < 1000) // an unknown issuer re-reads at most once a second
        return false;
    m_siblingsReadMs = now;
    lock.unlock();
    QStringList served;
    try {
        served = RuntimeStateStore(m_database.connection()).servedIssuers();
    } catch (const StorageError &) { // the database is away: only our own issuer is known
        return false;
    }
    lock.relock();
    m_siblingIssuers = QSet<QString>(served.cbegin(), served.cend());
    return m_siblingIssuers.contains(issuer);
}

bool TokenService::issuerIsConfigured() const
{
    return !m_settings.current()->tokens.issuer.isEmpty();
}

void TokenService::useServedIssuer(const QString &baseUrl)
{
    if (issuerIsConfigured() || baseUrl.isEmpty())
        return;
    m_servedIssuer.store(std::make_shared<const QString>(baseUrl));
}

QString TokenService::audience() const
{
    return m_settings.current()->tokens.audience;
}

Result<IssuedToken> TokenService::sign(QJsonObject claims, qint64 ttlSeconds, const QString &typ,
                                       QByteArrayView hashedForAtHash, std::optional<JwsAlgorithm> algorithm)
{
    const Result<ActiveKey> active = algorithm ? m_keys.signingKey(*algorithm) : m_keys.activeKey();
    if (!active)
        return active.error();
    const std::shared_ptr<const Settings> settings = m_settings.current();
    const qint64 now = m_clock.nowSecs();
    IssuedToken issued;
    issued.jti = QString::fromLatin1(Base64Url::encode(randomBytes(16))); // 128 random bits
    issued.expiresAt = now + ttlSeconds;
    claims.insert(QStringLiteral("iss"), issuer(*settings));
    claims.insert(QStringLiteral("iat"), now);
    claims.insert(QStringLiteral("nbf"), now);
    claims.insert(QStringLiteral("exp"), issued.expiresAt);
    claims.insert(QStringLiteral("jti"), issued.jti);
    if (!hashedForAtHash.isEmpty()) {
        // The left half of the hash that goes with the algorithm: SHA-256 for ES256 and RS256,
        // SHA-512 for EdDSA (Ed25519).
        const auto hash
            = active->key.algorithm() == JwsAlgorithm::EdDSA ? QCryptographicHash::Sha512 : QCryptographicHash::Sha256;
        const QByteArray digest = QCryptographicHash::hash(hashedForAtHash, hash);
        claims.insert(QStringLiteral("at_hash"),
                      QString::fromLatin1(Base64Url::encode(digest.left(digest.size() / 2))));
    }
    const QJsonObject header{{QStringLiteral("alg"), algorithmName(active->key.algorithm())},
                             {QStringLiteral("kid"), active->kid},
                             {QStringLiteral("typ"), typ}};
    issued.token = Jws::sign(active->key, header, claims);
    if (issued.token.isEmpty())
        return failure(ErrorCode::Internal, QStringLiteral("signing failed"));
    return issued;
}

Result<IssuedToken> TokenService::issue(const User &user, qint64 ttlSeconds, const QString &sessionId,
                                        const QJsonObject &extraClaims)
{
    // A row written around the services (raw SQL) may lack its public id: an empty sub would be
    // every such user's at once, so no token names one.
    if (!UserPublicId::isWellFormed(user.record.publicId))
        return failure(ErrorCode::Internal, QStringLiteral("the user %1 has no public id").arg(user.record.email));
    const std::shared_ptr<const Settings> settings = m_settings.current();
    QJsonObject claims = extraClaims;
    claims.insert(QStringLiteral("aud"), settings->tokens.audience);
    claims.insert(QStringLiteral("sub"), user.record.publicId);
    // RFC 9068 §2.2: every access token names the client it was issued to.
    if (!claims.contains(QLatin1String("client_id")))
        claims.insert(QStringLiteral("client_id"), settings->tokens.firstPartyClient);
    claims.insert(QStringLiteral("roles"), QJsonArray::fromStringList(user.roles));
    claims.insert(QStringLiteral("email"), user.record.email);
    if (!sessionId.isEmpty())
        claims.insert(QStringLiteral("sid"), sessionId);
    return sign(std::move(claims), ttlSeconds, QStringLiteral("at+jwt"));
}

Result<IssuedToken> TokenService::issueForClient(const QString &clientId, qint64 ttlSeconds, const QString &scope)
{
    QJsonObject claims{{QStringLiteral("aud"), m_settings.current()->tokens.audience},
                       {QStringLiteral("sub"), clientId},
                       {QStringLiteral("client_id"), clientId}};
    if (!scope.isEmpty())
        claims.insert(QStringLiteral("scope"), scope);
    return sign(std::move(claims), ttlSeconds, QStringLiteral("at+jwt"));
}

Result<IssuedToken> TokenService::issueIdToken(QJsonObject claims, qint64 ttlSeconds, JwsAlgorithm algorithm,
                                               QByteArrayView accessToken)
{
    return sign(std::move(claims), ttlSeconds, QStringLiteral("JWT"), accessToken, algorithm);
}

std::optional<QJsonObject> TokenService::idTokenHintClaims(QByteArrayView token)
{
    const Result<ParsedJws> parsed = Jws::parse(token);
    if (!parsed || parsed->header.value(QLatin1String("typ")).toString() != QLatin1String("JWT"))
        return std::nullopt;
    const std::optional<SigningKey> key = m_keys.verificationKey(parsed->header.value(QLatin1String("kid")).toString());
    if (!key || parsed->header.value(QLatin1String("alg")).toString() != algorithmName(key->algorithm())
        || !key->verify(parsed->signingInput, parsed->signature)
        || parsed->claims.value(QLatin1String("iss")).toString() != issuer())
        return std::nullopt;
    return parsed->claims;
}

Result<IssuedToken> TokenService::mint(const Actor &actor, const User &user, qint64 ttlSeconds,
                                       const QJsonObject &extraClaims)
{
    if (user.record.disabled)
        return failure(ErrorCode::AccountDisabled, QStringLiteral("the user is disabled"));
    if (ttlSeconds < 1 || ttlSeconds > kLongestMintTtl)
        return failure(ErrorCode::InvalidRequest,
                       QStringLiteral("a token lives from 1 to %1 seconds").arg(kLongestMintTtl));
    Result<IssuedToken> issued = issue(user, ttlSeconds, {}, extraClaims);
    if (!issued)
        return issued;
    m_audit.record(actor, QStringLiteral("token.mint"), user.record.email, AuditOutcome::success(),
                   {{QStringLiteral("jti"), issued->jti},
                    {QStringLiteral("ttl"), ttlSeconds},
                    {QStringLiteral("claims"), QJsonArray::fromStringList(extraClaims.keys())}});
    return issued;
}

TokenVerdict TokenService::verify(QByteArrayView token)
{
    const std::shared_ptr<const CurrentVerifier> current = currentVerifier();
    const QByteArray digest = VerificationCache::digestOf(token);
    std::optional<CachedToken> cached = m_cache.find(digest);
    TokenVerdict verdict;
    TokenIdentity identity;
    // A cached token skips only the signature and the fixed claims: its key must still be
    // published, the issuer and audience it was checked against still the ones in effect, and
    // its lifetime and revocation are checked on every use.
    if (cached && cached->settingsGeneration == current->settingsGeneration && m_keys.verificationKey(cached->kid)) {
        verdict.rejection = current->verifier.checkLifetime(cached->lifetime, m_clock.nowSecs(), &verdict.explanation);
        verdict.token = std::move(cached->token);
        identity = std::move(cached->identity);
    } else {
        verdict = current->verifier.verify(token, m_clock.now());
        if (verdict.valid()) {
            CachedToken entry = CachedToken::of(verdict.token);
            entry.settingsGeneration = current->settingsGeneration;
            identity = entry.identity;
            m_cache.insert(digest, entry);
        }
    }
    if (!verdict.valid())
        return verdict;
    // Which revocation, so that a person inspecting the token finds it (the revoked-token list
    // holds only tokens revoked one by one).
    switch (m_revocations.whyRevoked(identity)) {
    case RevocationService::Why::NotRevoked:
        return verdict;
    case RevocationService::Why::Token:
        verdict.explanation = QStringLiteral("the token was revoked");
        break;
    case RevocationService::Why::Session:
        verdict.explanation = QStringLiteral("its session %1 ended (signed out, revoked, or its refresh token reused)")
                                  .arg(identity.sessionId);
        break;
    case RevocationService::Why::UserCutoff:
        verdict.explanation = QStringLiteral(
            "every earlier token of its user was revoked (disabled, deleted, or given a new password)");
        break;
    }
    verdict.rejection = TokenRejection::Revoked;
    return verdict;
}

Status TokenService::revoke(const Actor &actor, QByteArrayView token)
{
    const TokenVerdict verdict = verify(token);
    if (!verdict.valid() && verdict.rejection != TokenRejection::Revoked)
        return failure(ErrorCode::InvalidToken, verdict.explanation);
    const std::optional<UserRecord> owner
        = UserStore(m_database.connection())
              .findByPublicId(verdict.token.claims.value(QLatin1String("sub")).toString());
    m_revocations.revokeToken(actor, verdict.token.claims.value(QLatin1String("jti")).toString(),
                              qint64(verdict.token.claims.value(QLatin1String("exp")).toDouble()),
                              owner ? QString::number(owner->id) : QString());
    return success();
}

} // namespace keyward
