// Issues access tokens (RFC 9068 profile) with the active key and verifies them against the
// published keys and the revocations.
#pragma once

#include "common/result.h"
#include "crypto/jwtverifier.h"
#include "verificationcache.h"

#include <QJsonObject>

namespace keyward {

class AuditLog;
class Clock;
class KeyService;
class RevocationService;
class Settings;
struct Actor;
struct User;

struct IssuedToken {
    QByteArray token;
    QString jti;
    qint64 expiresAt = 0;
};

class TokenService {
public:
    TokenService(KeyService &keys, RevocationService &revocations, AuditLog &audit, const Clock &clock,
                 const Settings &settings);

    static constexpr qint64 kLongestMintTtl = 86400;

    // extraClaims may not override the registered claims.
    Result<IssuedToken> issue(const User &user, qint64 ttlSeconds, const QString &sessionId,
                              const QJsonObject &extraClaims = {});
    // A token made by hand (the CLI's and the console's "mint"): refused for a disabled user,
    // a lifetime of 1 s … kLongestMintTtl, and audited.
    Result<IssuedToken> mint(const Actor &actor, const User &user, qint64 ttlSeconds, const QJsonObject &extraClaims);
    TokenVerdict verify(QByteArrayView token);
    Status revoke(const Actor &actor, QByteArrayView token);

    QString issuer() const;
    QString audience() const;
    VerificationCache &cache() { return m_cache; }

private:
    KeyService &m_keys;
    RevocationService &m_revocations;
    AuditLog &m_audit;
    const Clock &m_clock;
    const Settings &m_settings;
    JwtVerifier m_verifier;
    VerificationCache m_cache;
};

} // namespace keyward
