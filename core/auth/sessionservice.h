// SPDX-License-Identifier: GPL-3.0-or-later
// Login sessions and their refresh tokens: start, rotate (single use, race-free, one live token
// per session: a retry within a short grace gets the same successor; reuse after it ends the
// session), list and revoke.
//
// Threads: any thread; no state in memory — rotation is decided by conditional statements in
// the database, so concurrent refreshes on any thread or server leave one live chain.
#pragma once

#include "common/result.h"
#include "refreshtokencodec.h"
#include "signinmethods.h"
#include "storage/sessionstore.h"
#include "user.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

namespace keyward {

class AccountService;
class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class RevocationService;
class SettingsService;
class TokenService;
class TransactionGuard;
class WorkspaceService;
struct WorkspaceWithRole;
struct Actor;
struct RefreshTokenRecord;

// What a login or a refresh asks of the session's workspace (contract: `workspace`).
struct WorkspaceChoice {
    enum class Kind { Keep, Leave, Enter };
    Kind kind = Kind::Keep; // a login has nothing to keep: Keep there means none
    QString reference; // Enter: the workspace's id or slug

    static WorkspaceChoice enter(const QString &reference) { return {Kind::Enter, reference}; }
    static WorkspaceChoice leave() { return {Kind::Leave, {}}; }
};

// Where a session comes from when it is not a plain /auth/* login: an OpenID Connect client
// (clientId), through a browser's SSO session (parentId), with the scope its tokens carry and
// when the user authenticated.
struct SessionOrigin {
    QString sessionId; // empty: a new random one
    QString clientId;
    QString parentId;
    QString scope;
    std::optional<QDateTime> authTime;
    // How the user signed in (amr, acr in the tokens); a password unless said otherwise.
    SignInMethods methods = SignInMethods::password();
};

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
    QString scope; // the session's (OpenID Connect clients); empty for /auth/*
    QDateTime authTime; // when the user authenticated
    QJsonObject workspaceClaims; // the access token's workspace_* claims (an ID token repeats them)
    SignInMethods methods; // how the user signed in (an ID token repeats amr and acr)

    // The contract's token pair; without refresh_token in cookie mode.
    QJsonObject toJson(bool includeRefreshToken) const;
};

// A live session as every listing shows it (the API, the CLI, the console).
// A session stored, its access token not signed yet: start's first half, for a caller that
// stores more in the same transaction and signs after its commit (not under the write lock).
struct StoredSession {
    TokenPair pair; // without its access token
    User user;
    SessionRecord session;
    QJsonObject workspaceClaims;
};

struct ActiveSession {
    SessionRecord session;
    QString email;
    QDateTime expiresAt;
    QString workspaceSlug; // empty: not in a workspace
    QString userPublicId;

    static ActiveSession of(ListedSession listed, qint64 idleSeconds);

    // current: the session the request comes from (its "current" is true).
    QJsonObject toJson(const QString &currentSessionId = {}) const;
};

struct SessionPage {
    std::vector<ActiveSession> items;
    QString nextCursor; // empty on the last page
};

class SessionService {
public:
    // chain: issues and recognises refresh tokens (RefreshTokenCodec, keyed from the master key).
    SessionService(Database &database, AccountService &accounts, TokenService &tokens, RevocationService &revocations,
                   AuditLog &audit, ChangeSignals &changes, const Clock &clock, SettingsService &settings,
                   RefreshTokenCodec chain, WorkspaceService &workspaces);

    // In a workspace when asked (not_found unless the user is a member, as for no such
    // workspace); its access tokens then carry the workspace_* claims.
    Result<TokenPair> start(const User &user, const ClientInfo &client, const WorkspaceChoice &workspace = {},
                            const SessionOrigin &origin = {});
    // start in two halves: the session stored (in the caller's transaction when one is open),
    // then — after the caller's commit — its access token signed.
    Result<StoredSession> store(const User &user, const ClientInfo &client, const WorkspaceChoice &workspace = {},
                                const SessionOrigin &origin = {});
    Result<TokenPair> issueAccessToken(StoredSession stored);
    // Fails with "invalid_grant" for an unknown, expired, revoked or reused token; not_found
    // (the token stays unused) for a workspace the user is not a member of. Rotates as always,
    // and moves the session when another workspace (or none) is asked for. clientId: who
    // presents it (empty: Keyward's own /auth/*); a session's token works only for its client
    // (invalid_grant otherwise, the token left unused). narrowerScope: the scope of this answer's
    // access token, within the session's (RFC 6749 §6; invalid_scope beyond it, the token left
    // unused); empty: the session's.
    Result<TokenPair> refresh(const QString &refreshToken, const ClientInfo &client,
                              const WorkspaceChoice &workspace = {}, const QString &clientId = {},
                              const QStringList &narrowerScope = {});

    std::optional<SessionRecord> find(const QString &sessionId);
    // The session a refresh token belongs to (for logout by refresh token).
    std::optional<SessionRecord> findByRefreshToken(const QString &refreshToken);
    // The live session of a refresh token that was not rotated yet (RFC 7662 introspection).
    std::optional<SessionRecord> activeSessionOf(const QString &refreshToken);
    // The live sessions of a user (0 = every user), newest first, each with its user's e-mail
    // and when it ends (idle or absolute, whichever comes first).
    std::vector<ActiveSession> active(qint64 userId);
    // Counts the live sessions (a scan of them; the dashboard and /metrics read the counter
    // instead, see Statistics).
    qint64 countActive();
    // The live-sessions counter follows starts, revocations and deletions as they commit; this
    // takes out the sessions that ended by time since the last call (housekeeping). Gives how many.
    int recountActive();
    // Live sessions per user, of these users only (a page of the console's user list).
    QHash<qint64, int> activeCountsOf(const std::vector<qint64> &userIds);
    // What ends with a browser's sign-in: every session it started (logout), or only those that
    // were not granted offline_access (another user signs in in that browser, OIDC Core §11).
    enum class StartedSessions { End, KeepOffline };
    // Revokes a session and every access token carrying its sid. ownerId > 0 limits it to that
    // user's sessions (a user ending their own); "not_found" otherwise. Without an owner the
    // actor must not rank below the session's user ("insufficient_role").
    Status revoke(const Actor &actor, const QString &sessionId, qint64 ownerId, const QString &reason,
                  StartedSessions started = StartedSessions::End);
    // Every session and access token of the user; the actor must not rank below them.
    Result<int> revokeAllOfUser(const Actor &actor, qint64 userId, const QString &reason);
    // The user changes their own password: checked and stored (AccountService), and every other
    // session of the account ends; keepSessionId (the one asking) goes on.
    Status changeOwnPassword(const Actor &actor, qint64 userId, const QString &keepSessionId,
                             const QString &currentPassword, const QString &newPassword);
    // Deletes sessions that ended over a day ago, in batches, for at most kPurgeRunMs; gives how
    // many.
    int purgeEnded();
    // Deletes refresh tokens rotated longer ago than the longest reuse grace (a retry can no
    // longer use them; a replay is still recognised from the token itself), the same way.
    int purgeRotatedTokens();
    static constexpr qint64 kPurgeRunMs = 2000;
    static constexpr int kPurgeBatch = 250; // rows (a session's with its refresh tokens) per statement
    static constexpr int kPurgePauseMs = 5;

    // A page of live sessions (of one user, or all when userId is 0), newest first; cursor is
    // empty for the first page, else a nextCursor this gave; limit -1: all of them.
    // invalid_request for a bad cursor.
    Result<SessionPage> page(qint64 userId, const QString &cursor, int limit);

    static QString hashOf(const QString &refreshToken);
    static QString newSessionId(); // 128 random bits, base64url
    // Ends a session in the caller's transaction on db: revoked, its access tokens with it, and
    // the sessions it started (a browser's sign-in's clients').
    static void endInTransaction(const QSqlDatabase &db, const QString &sessionId, const QDateTime &now,
                                 const QString &reason, StartedSessions started = StartedSessions::End);
    // Every live session of an OpenID Connect client (of one user only when userId > 0), the
    // same way: the client is removed, or the user's consent to it revoked.
    static int endSessionsOfClient(const QSqlDatabase &db, const QString &clientId, const QDateTime &now,
                                   qint64 userId = 0);
    // The contract's session object (plus the number of rotations); current marks the caller's.

private:
    // Runs deleteBatch (rows deleted in one transaction, at most kPurgeBatch) until it finds none,
    // kPurgeRunMs have passed or the thread is asked to stop; pauses between batches.
    int purgeInBatches(const std::function<int(QSqlDatabase)> &deleteBatch);
    // A refresh token this server issued whose row is gone: an earlier link of its session's
    // chain is being replayed (reuse), or it is simply unknown.
    Result<TokenPair> refuseUnknown(const QString &refreshToken, const ClientInfo &client,
                                    TransactionGuard &transaction);
    // Reuse after the grace: whoever holds a copy stole it. Ends the session (committing) and
    // says so.
    Error endOnReuse(const SessionRecord &session, const ClientInfo &client, TransactionGuard &transaction);
    // Within the grace, the successor the first use got; after it, the session ends.
    Result<QString> successorForRetry(const QString &refreshToken, const RefreshTokenRecord &token,
                                      const SessionRecord &session, const ClientInfo &client,
                                      TransactionGuard &transaction);
    TokenPair pairFor(const SessionRecord &session, const QString &refreshToken) const;
    // Stores the session's token of generation (0 at the start, +1 at each rotation).
    TokenPair storeRefreshToken(const SessionRecord &session, const QString &refreshToken, qint64 generation);
    // The workspace a session is to be in after `choice`, with the user's role there; nothing
    // for none. not_found for a workspace the user is not (or no longer) a member of. current:
    // the session as read with its membership (nothing for a new one).
    Result<std::optional<WorkspaceWithRole>> workspaceAfter(const WorkspaceChoice &choice, qint64 userId,
                                                            const std::optional<SessionWithMembership> &current);
    // The access token of a session: its workspace's claims, its client and scope.
    Result<TokenPair> withAccessToken(TokenPair pair, const User &user, const SessionRecord &session,
                                      const QJsonObject &workspaceClaims);
    void revokeInTransaction(const SessionRecord &session, const QString &reason,
                             StartedSessions started = StartedSessions::End);
    qint64 idleTtl() const;

    Database &m_database;
    AccountService &m_accounts;
    TokenService &m_tokens;
    RevocationService &m_revocations;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    SettingsService &m_settings;
    RefreshTokenCodec m_chain;
    WorkspaceService &m_workspaces;
};

} // namespace keyward
