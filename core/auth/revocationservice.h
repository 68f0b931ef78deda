// Which access tokens are revoked: by jti, by session (sid) or by the user's not-before time.
// Checks are in memory; the memory follows the database's revocation feed, refreshed at most
// once a second, so a revocation written by another process is honoured within a second.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>

namespace keyward {

class Clock;
class Database;

// What revocation looks at in a token.
struct TokenIdentity {
    QString jti;
    QString sessionId;
    QString subject;
    qint64 issuedAt = 0;

    static TokenIdentity of(const QJsonObject &claims);
};

class RevocationService {
public:
    RevocationService(Database &database, const Clock &clock);

    void revokeToken(const QString &jti, qint64 expiresAt);
    bool isRevoked(const TokenIdentity &token);
    // Drops entries that can no longer matter, from the database and from memory.
    int purgeExpired();

private:
    void followFeed(bool force);

    Database &m_database;
    const Clock &m_clock;
    QMutex m_mutex;
    qint64 m_lastId = 0;
    qint64 m_lastRefreshMs = -1;
    QHash<QString, qint64> m_tokens; // jti → expiry
    QHash<QString, qint64> m_sessions; // sid → expiry
    QHash<QString, qint64> m_notBefore; // user id → tokens issued at or before this are revoked
};

} // namespace keyward
