// SPDX-License-Identifier: GPL-3.0-or-later
// The sessions table: one row per login, alive until revoked, idle or past its absolute end.
#pragma once

#include "workspacestore.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace keyward {

class SqlStatement;

struct SessionRecord {
    QString id;
    qint64 userId = 0;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime absoluteExpiresAt;
    std::optional<QDateTime> revokedAt;
    QString revokeReason;
    QString clientAddress;
    QString userAgent;
    int rotationCount = 0;
    std::optional<qint64> workspaceId; // the workspace the session is in, if any
    // OpenID Connect: a browser's SSO session, or a session of a client (clientId) that came
    // from one (parentId); the scope its tokens carry; when the user authenticated.
    enum class Kind { Refresh, Sso };
    Kind kind = Kind::Refresh;
    QString clientId; // empty: Keyward's own (/auth/*, the first-party client)
    QString parentId;
    QString scope;
    std::optional<QDateTime> authTime; // none: createdAt
    QString secretHash; // an SSO session's cookie secret, as SHA-256 hex
    QString amr; // how the user signed in (SignInMethods::toStored)

    QDateTime authenticatedAt() const { return authTime.value_or(createdAt); }

    // Alive at `now` given the idle lifetime in seconds.
    bool isActive(const QDateTime &now, qint64 idleSeconds) const;
    QDateTime expiresAt(qint64 idleSeconds) const; // the earlier of idle and absolute expiry
};

// A session as lists show it: with its user's e-mail and its workspace's slug (if any).
struct ListedSession {
    SessionRecord session;
    QString email;
    QString workspaceSlug;
    QString userPublicId;
};

// A session with the workspace it is in and its user's role there, read together (the refresh
// path): no membership when the session is in no workspace or its user is no longer a member.
struct SessionWithMembership {
    SessionRecord session;
    std::optional<WorkspaceAndRole> membership;
};

class SessionStore {
public:
    explicit SessionStore(QSqlDatabase db);

    void insert(const SessionRecord &session);
    std::optional<SessionRecord> find(const QString &id);
    std::optional<SessionWithMembership> findWithMembership(const QString &id);
    // One user's sessions that are not revoked and not past either expiry (index on user_id).
    std::vector<SessionRecord> listActive(qint64 userId, const QDateTime &now, qint64 idleSeconds);
    // A page of live sessions, each with its user's e-mail, newest first (created_at, id
    // descending):
    // of one user, or of all when userId is 0; after the one `after` names; at most `limit`
    // (-1: all). Served by the indexes on (user_id, created_at) and (created_at).
    struct Position {
        qint64 createdAt = 0;
        QString id;
    };
    std::vector<ListedSession> listActiveWithEmails(qint64 userId, const QDateTime &now, qint64 idleSeconds,
                                                    const std::optional<Position> &after = {}, int limit = -1);
    // Counted by the database, nothing loaded: every active session.
    qint64 countActive(const QDateTime &now, qint64 idleSeconds);
    // Per user, of some users only (a page of them), through the (user_id, created_at, id) index.
    QHash<qint64, int> countActiveOfUsers(const std::vector<qint64> &userIds, const QDateTime &now, qint64 idleSeconds);
    // The statement countActiveOfUsers runs for each chunk of users (:now, :idle, :u0…): its
    // query plan is tested.
    static QString activeCountsOfUsersSql();
    void recordUse(const QString &id, const QDateTime &at, bool rotated);
    // An SSO session used again: its idle end moves (absolute_expires_at, never past `cap`).
    void extendSso(const QString &id, const QDateTime &at, const QDateTime &expiresAt);
    // An SSO session whose user authenticated again: a new auth_time, cookie secret and methods
    // (amr), same id. False when it ended meanwhile.
    bool renewSso(const QString &id, const QDateTime &at, const QString &secretHash, const QDateTime &expiresAt,
                  const QString &amr);
    // The live sessions a session started (an SSO session's clients').
    std::vector<SessionRecord> activeChildren(const QString &parentId);
    // The ids of an OpenID Connect client's sessions not revoked yet (of one user when userId > 0).
    std::vector<QString> liveOfClient(const QString &clientId, qint64 userId = 0);
    // The sessions counter (CounterStore) counts rows with counted = 1: insert adds one, revoke
    // and uncountEnded take each off once, in the same statement sequence as the change.
    // Sessions that ended by time (absolute or idle) and are still counted: up to `limit` ids
    // after `after`, in id order (a read); then the write that stops counting them.
    std::vector<QString> countedButEnded(const QDateTime &now, qint64 idleSeconds, const QString &after, int limit);
    int uncountEnded(const std::vector<QString> &ids, const QDateTime &now, qint64 idleSeconds);
    bool revoke(const QString &id, const QDateTime &at, const QString &reason); // false if already revoked
    std::vector<QString> revokeAllOfUser(qint64 userId, const QDateTime &at, const QString &reason);
    // The unrevoked sessions in a workspace (of one user, or of everyone when userId is 0): revoked;
    // gives their ids (their access tokens need revoking too).
    std::vector<QString> revokeInWorkspace(qint64 workspaceId, qint64 userId, const QDateTime &at,
                                           const QString &reason);
    // Puts a session in a workspace, or none.
    void moveToWorkspace(const QString &id, std::optional<qint64> workspaceId);
    // Deletes up to `batch` sessions that ended before `before` (revoked or expired) and their
    // tokens, in one short statement; gives how many, 0 when none is left. Callers loop, so the
    // write lock is never held long.
    int purgeEndedBefore(const QDateTime &before, qint64 idleSeconds, int batch);

private:
    // Revokes every session the query (of session ids) selects; gives their ids.
    std::vector<QString> revokeSelected(SqlStatement &select, const QDateTime &at, const QString &reason);
    // Sets counted = 0 where it is 1 and condition holds; the counter goes down by as many.
    int uncount(const QString &condition, const std::function<void(SqlStatement &)> &bindValues);

    QSqlDatabase m_db;
};

} // namespace keyward
