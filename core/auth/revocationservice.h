// SPDX-License-Identifier: GPL-3.0-or-later
// Which access tokens are revoked: by jti, by session (sid) or by the user's not-before time.
// Checks are in memory; the memory follows the database's revocation feed, refreshed at most
// once a second by the injected clock, so a revocation written by another process is honoured
// within a second.
//
// Threads: isRevoked() from every request thread; revoke calls and refreshNow() from any. One
// thread at a time reads the feed (m_feedMutex, held across its query; a request thread that
// finds it taken goes on with what is known); the sets are guarded by m_mutex, held only to
// look up or apply, never across a query.
#pragma once

#include "storage/revocationstore.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDatabase>

#include <atomic>
#include <mutex>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class Database;
struct Actor;

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
    RevocationService(Database &database, const Clock &clock, AuditLog &audit, ChangeSignals &changes);

    // Denies one access token until it expires, in the audit log as the actor's "token.revoke"
    // (with the user's database key as user_id, as every audit event names users, when given).
    void revokeToken(const Actor &actor, const QString &jti, qint64 expiresAt, const QString &userKey = {});
    // The newest `limit` revoked token ids that still matter (not yet expired), newest first.
    std::vector<RevocationRecord> revokedTokens(int limit);
    // Whose each of these revoked tokens was (jti -> the user's database key), as the event that
    // revoked it says; a token revoked without naming its user is not in the answer.
    QHash<QString, qint64> ownersOf(const std::vector<RevocationRecord> &revoked);

    // Feed entries written on the caller's connection, so they commit with the caller's change.
    // Every session-less token of the user (minted by hand) issued at or before `at` stops
    // working; tokens of a session end when their session is revoked. subject: the user's public
    // id (the tokens' sub).
    static void writeUserCutoff(const QSqlDatabase &db, const QString &subject, qint64 at);
    // Every access token carrying the sid stops working.
    static void writeSessionRevocation(const QSqlDatabase &db, const QString &sessionId, qint64 at);
    // Reads the feed now instead of within the second: after this process wrote to it.
    void refreshNow() { followFeed(true); }
    bool isRevoked(const TokenIdentity &token) { return whyRevoked(token) != Why::NotRevoked; }
    // Which revocation covers the token: itself, its session, or its user's cut-off.
    enum class Why { NotRevoked, Token, Session, UserCutoff };
    Why whyRevoked(const TokenIdentity &token);
    // Drops entries that can no longer matter, from the database and from memory.
    int purgeExpired();

private:
    void followFeed(bool force);

    Database &m_database;
    const Clock &m_clock;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    // m_feedMutex: one thread reads the feed at a time, across its query; m_mutex guards the
    // sets below and is never held across a query.
    std::mutex m_feedMutex;
    QMutex m_mutex;
    qint64 m_lastId = 0; // under m_feedMutex
    std::atomic<qint64> m_lastRefreshMs{-1};
    static constexpr qint64 kFollowIntervalMs = 1000;
    QHash<QString, qint64> m_tokens; // jti → expiry
    QHash<QString, qint64> m_sessions; // sid → expiry
    QHash<QString, qint64> m_notBefore; // user id → session-less tokens issued at or before this are revoked
};

} // namespace keyward
