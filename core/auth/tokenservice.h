// SPDX-License-Identifier: GPL-3.0-or-later
// Issues access tokens (RFC 9068 profile) with the active key and verifies them against the
// published keys and the revocations.
//
// Threads: issue() and verify() from any thread. The verifier for the settings in effect and the
// served issuer are immutable values swapped whole through atomic pointers; the sibling issuers
// sit under m_siblingsMutex, never held across their (at most once a second) query.
#pragma once

#include "common/result.h"
#include "crypto/jwtverifier.h"
#include "verificationcache.h"

#include <QJsonObject>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <memory>

namespace keyward {

class AuditLog;
class Database;
class Clock;
class KeyService;
class RevocationService;
class Settings;
class SettingsService;
struct Actor;
struct User;

struct IssuedToken {
    QByteArray token;
    QString jti;
    qint64 expiresAt = 0;
};

class TokenService {
public:
    TokenService(Database &database, KeyService &keys, RevocationService &revocations, AuditLog &audit,
                 const Clock &clock, SettingsService &settings);

    static constexpr qint64 kLongestMintTtl = 86400;

    // extraClaims may not override the registered claims.
    Result<IssuedToken> issue(const User &user, qint64 ttlSeconds, const QString &sessionId,
                              const QJsonObject &extraClaims = {});
    // An access token of a client itself (the client_credentials grant): sub and client_id are
    // the client's id; no roles, no e-mail, no session.
    Result<IssuedToken> issueForClient(const QString &clientId, qint64 ttlSeconds, const QString &scope);
    // An OpenID Connect ID token (typ JWT): iss, iat and exp are added to the caller's claims
    // (aud, sub, nonce, …), and at_hash of accessToken when there is one (OIDC Core §3.1.3.6),
    // with the hash that goes with the signing key's algorithm.
    // Signed in the application's algorithm (id_token_signed_response_alg): by the active key or
    // the companion key of that algorithm.
    Result<IssuedToken> issueIdToken(QJsonObject claims, qint64 ttlSeconds, JwsAlgorithm algorithm,
                                     QByteArrayView accessToken = {});
    // The claims of an ID token this installation signed (RP-initiated logout's id_token_hint):
    // a published key's signature and our issuer; its expiry does not matter (OIDC RP-Initiated
    // Logout §2). Nothing for anything else.
    std::optional<QJsonObject> idTokenHintClaims(QByteArrayView token);
    // A token made by hand (the CLI's and the console's "mint"): refused for a disabled user,
    // a lifetime of 1 s … kLongestMintTtl, and audited.
    Result<IssuedToken> mint(const Actor &actor, const User &user, qint64 ttlSeconds, const QJsonObject &extraClaims);
    TokenVerdict verify(QByteArrayView token);
    Status revoke(const Actor &actor, QByteArrayView token);

    // tokens.issuer; unset, the base URL the server serves under (useServedIssuer), else
    // http:// + server.listen.
    QString issuer() const;
    QString issuer(const Settings &settings) const;
    bool issuerIsConfigured() const;
    // Without a configured issuer, tokens are issued and verified under the URL actually served
    // (with --listen 127.0.0.1:0, the bound port). Safe while other threads issue and verify.
    void useServedIssuer(const QString &baseUrl);
    QString audience() const;
    VerificationCache &cache() { return m_cache; }

private:
    // Signs claims (iss, iat, nbf, exp and jti added) with the active key under typ.
    // algorithm: none for the active key.
    Result<IssuedToken> sign(QJsonObject claims, qint64 ttlSeconds, const QString &typ,
                             QByteArrayView hashedForAtHash = {}, std::optional<JwsAlgorithm> algorithm = {});

    // The verifier for the settings in effect (issuer, audience, leeway), made again when they
    // change; its generation tells cached verifications made under older settings apart.
    struct CurrentVerifier {
        quint64 settingsGeneration = 0;
        JwtVerifier verifier;
    };
    std::shared_ptr<const CurrentVerifier> currentVerifier();

    // Without a configured issuer every server of a fleet issues under its own base URL; tokens of
    // the others (same database, same keys) are accepted too. Re-read at most once a second.
    bool isSiblingIssuer(const QString &issuer);

    Database &m_database;
    KeyService &m_keys;
    RevocationService &m_revocations;
    AuditLog &m_audit;
    const Clock &m_clock;
    SettingsService &m_settings;
    // The base URL served under, when tokens.issuer is not set. Swapped whole: threads read it.
    std::atomic<std::shared_ptr<const QString>> m_servedIssuer;
    std::atomic<std::shared_ptr<const CurrentVerifier>> m_verifier;
    VerificationCache m_cache;
    QMutex m_siblingsMutex;
    QSet<QString> m_siblingIssuers;
    qint64 m_siblingsReadMs = 0;
};

} // namespace keyward
