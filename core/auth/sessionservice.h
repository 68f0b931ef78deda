// SPDX-License-Identifier: GPL-3.0-or-later
// Login sessions and their refresh tokens: start, rotate (single use, race-free, one live token
// per session: a retry within a short grace gets the same successor; reuse after it ends the
// session), list and revoke.
//
// Threads: any thread; no state in memory — rotation is decided by conditional statements in
// the database, so concurrent refreshes on any thread or server leave one live chain.
#pragma once

#include "common/result.h"
#include "storage/sessionstore.h"

#include <QJsonObject>

namespace keyward {

class AccountService;
class AuditLog;
class Clock;
class Database;
class RevocationService;
class SettingsService;
class TokenService;
struct Actor;
struct User;

struct ClientInfo {
    QString address;
    QString userAgent;
};

struct TokenPair {
    QByteArray accessToken;
    qint64 expiresIn = 0;
    QString refreshToken;
    qint64 refreshExpiresIn = 0;
    QString sessionId;

    // The contract's token pair; without refresh_token in cookie mode.
    QJsonObject toJson(bool includeRefreshToken) const;
};

// A live session as every listing shows it (the API, the CLI, the console).
struct ActiveSession {
    SessionRecord session;
    QString email;
    QDateTime expiresAt;

    // current: the session the request comes from (its "current" is true).
    QJsonObject toJson(const QString &currentSessionId = {}) const;
};

struct SessionPage {
    std::vector<ActiveSession> items;
    QString nextCursor; // empty on the last page
};

class SessionService {
public:
    SessionService(Database &database, AccountService &accounts, TokenService &tokens, RevocationService &revocations,
                   AuditLog &audit, const Clock &clock, SettingsService &settings);

    Result<TokenPair> start(const User &user, const ClientInfo &client);
    // Fails with "invalid_grant" for an unknown, expired, revoked or reused token.
    Result<TokenPair> refresh(const QString &refreshToken, const ClientInfo &client);

    std::optional<SessionRecord> find(const QString &sessionId);
    // The session a refresh token belongs to (for logout by refresh token).
    std::optional<SessionRecord> findByRefreshToken(const QString &refreshToken);
    // The live session of a refresh token that was not rotated yet (RFC 7662 introspection).
    std::optional<SessionRecord> activeSessionOf(const QString &refreshToken);
    // The live sessions of a user (0 = every user), newest first, each with its user's e-mail
    // and when it ends (idle or absolute, whichever comes first).
    std::vector<ActiveSession> active(qint64 userId);
    qint64 countActive();
    QHash<qint64, int> activeCountsByUser();
    // Revokes a session and every access token carrying its sid. ownerId > 0 limits it to that
    // user's sessions (a user ending their own); "not_found" otherwise. Without an owner the
    // actor must not rank below the session's user ("insufficient_role").
    Status revoke(const Actor &actor, const QString &sessionId, qint64 ownerId, const QString &reason);
    // Every session and access token of the user; the actor must not rank below them.
    Result<int> revokeAllOfUser(const Actor &actor, qint64 userId, const QString &reason);
    // The user changes their own password: checked and stored (AccountService), and every other
    // session of the account ends; keepSessionId (the one asking) goes on.
    Status changeOwnPassword(const Actor &actor, qint64 userId, const QString &keepSessionId,
                             const QString &currentPassword, const QString &newPassword);
    // Deletes sessions that ended over a day ago, in batches, for at most kPurgeRunMs; gives how
    // many.
    int purgeEnded();
    static constexpr qint64 kPurgeRunMs = 2000;
    static constexpr int kPurgeBatch = 250; // sessions (and their refresh tokens) per statement
    static constexpr int kPurgePauseMs = 5;

    // A page of live sessions (of one user, or all when userId is 0), newest first; cursor is
    // empty for the first page, else a nextCursor this gave; limit -1: all of them.
    // invalid_request for a bad cursor.
    Result<SessionPage> page(qint64 userId, const QString &cursor, int limit);

    static QString hashOf(const QString &refreshToken);
    // The contract's session object (plus the number of rotations); current marks the caller's.

private:
    TokenPair pairFor(const SessionRecord &session, const QString &refreshToken) const;
    TokenPair storeRefreshToken(const SessionRecord &session, const QString &refreshToken, bool rotated);
    Result<TokenPair> withAccessToken(TokenPair pair, const User &user);
    void revokeInTransaction(const SessionRecord &session, const QString &reason);
    qint64 idleTtl() const;

    Database &m_database;
    AccountService &m_accounts;
    TokenService &m_tokens;
    RevocationService &m_revocations;
    AuditLog &m_audit;
    const Clock &m_clock;
    SettingsService &m_settings;
};

} // namespace keyward
