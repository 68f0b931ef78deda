// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "common/timeformat.h"
#include "counterstore.h"
#include "sqlstatement.h"

namespace keyward {

namespace {

// Alive: not revoked, not past its absolute lifetime, used within the idle lifetime.
// "+revoked_at": an active session has none, so the index on revoked_at finds nearly every row;
// without the + SQLite (no statistics) chose it over the user index for some users' sessions,
// and counting the sessions of a console page of users read them all (tst_database).
const QString kActive
    = QStringLiteral(" WHERE +revoked_at IS NULL AND absolute_expires_at > :now AND last_used_at > :idle");
// Every column of a session (SessionRecord), read by readSession; a query's own columns follow.
const QString kColumns
    = QStringLiteral("s.id, s.user_id, s.created_at, s.last_used_at, s.absolute_expires_at, s.revoked_at, "
                     "s.revoke_reason, s.client_address, s.user_agent, s.rotation_count, s.workspace_id, s.kind, "
                     "s.client_id, s.parent_id, s.scope, s.auth_time, s.secret_hash, s.amr");
constexpr int kColumnCount = 18;
const QString kSelect = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM sessions s");

// The same columns of a sessions row joined with its user (s, u), then the user's e-mail, the
// slug of the session's workspace (w), if any, and the user's public id.
// The liveness filters carry a unary + so the planner walks the (user_id,) created_at, id index in
// list order rather than the purge's indexes (which would mean sorting every live session).
const QString kSelectWithEmail = QStringLiteral("SELECT ") + kColumns
    + QStringLiteral(", u.email, w.slug, u.public_id FROM sessions s JOIN users u ON u.id = s.user_id "
                     "LEFT JOIN workspaces w ON w.id = s.workspace_id WHERE +s.revoked_at IS NULL "
                     "AND +s.absolute_expires_at > :now AND +s.last_used_at > :idle");

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

SessionRecord readSession(const SqlStatement &row)
{
    SessionRecord session;
    session.id = row.value(0).toString();
    session.userId = row.value(1).toLongLong();
    session.createdAt = fromEpoch(row.value(2).toLongLong());
    session.lastUsedAt = fromEpoch(row.value(3).toLongLong());
    session.absoluteExpiresAt = fromEpoch(row.value(4).toLongLong());
    session.revokedAt = fromNullableEpoch(row.value(5));
    session.revokeReason = row.value(6).toString();
    session.clientAddress = row.value(7).toString();
    session.userAgent = row.value(8).toString();
    session.rotationCount = row.value(9).toInt();
    if (!row.value(10).isNull())
        session.workspaceId = row.value(10).toLongLong();
    session.kind
        = row.value(11).toString() == QLatin1String("sso") ? SessionRecord::Kind::Sso : SessionRecord::Kind::Refresh;
    session.clientId = row.value(12).toString();
    session.parentId = row.value(13).toString();
    session.scope = row.value(14).toString();
    session.authTime = fromNullableEpoch(row.value(15));
    session.secretHash = row.value(16).toString();
    session.amr = row.value(17).toString();
    return session;
}

} // namespace

bool SessionRecord::isActive(const QDateTime &now, qint64 idleSeconds) const
{
    return !revokedAt && now < expiresAt(idleSeconds);
}

QDateTime SessionRecord::expiresAt(qint64 idleSeconds) const
{
    return qMin(lastUsedAt.addSecs(idleSeconds), absoluteExpiresAt);
}

SessionStore::SessionStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void SessionStore::insert(const SessionRecord &session)
{
    SqlStatement(
        m_db,
        QStringLiteral("INSERT INTO sessions (id, user_id, created_at, last_used_at, absolute_expires_at, "
                       "client_address, user_agent, workspace_id, kind, client_id, parent_id, scope, auth_time, "
                       "secret_hash, amr) VALUES (:id, :user, :created, :used, :absolute, :client, :agent, :workspace, "
                       ":kind, :client_id, :parent, :scope, :auth_time, :secret, :amr)"))
        .bind(QStringLiteral(":id"), session.id)
        .bind(QStringLiteral(":user"), session.userId)
        .bind(QStringLiteral(":created"), session.createdAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":used"), session.lastUsedAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":absolute"), session.absoluteExpiresAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":client"), session.clientAddress)
        .bind(QStringLiteral(":agent"), session.userAgent)
        .bind(QStringLiteral(":workspace"),
              session.workspaceId ? QVariant(*session.workspaceId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":kind"),
              session.kind == SessionRecord::Kind::Sso ? QStringLiteral("sso") : QStringLiteral("refresh"))
        .bind(QStringLiteral(":client_id"), nullIfEmpty(session.clientId))
        .bind(QStringLiteral(":parent"), nullIfEmpty(session.parentId))
        .bind(QStringLiteral(":scope"), session.scope)
        .bind(QStringLiteral(":auth_time"),
              session.authTime ? QVariant(session.authTime->toSecsSinceEpoch())
                               : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":secret"), nullIfEmpty(session.secretHash))
        .bind(QStringLiteral(":amr"), session.amr)
        .exec();
    CounterStore(m_db).add(Counter::kActiveSessions, 1); // counted = 1 by default
}

std::optional<SessionRecord> SessionStore::find(const QString &id)
{
    SqlStatement query(m_db, kSelect + QStringLiteral(" WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return readSession(query);
}

std::optional<SessionWithMembership> SessionStore::findWithMembership(const QString &id)
{
    // Primary keys all the way: the session, its user's membership, the workspace.
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(", m.role, ") + WorkspaceStore::columns()
                           + QStringLiteral(" FROM sessions s LEFT JOIN workspace_members m ON m.workspace_id = "
                                            "s.workspace_id AND m.user_id = s.user_id LEFT JOIN workspaces w ON "
                                            "w.id = m.workspace_id WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    SessionWithMembership found{readSession(query), std::nullopt};
    if (!query.value(kColumnCount).isNull())
        found.membership
            = WorkspaceAndRole(WorkspaceStore::read(query, kColumnCount + 1), query.value(kColumnCount).toString());
    return found;
}

std::vector<SessionRecord> SessionStore::listActive(qint64 userId, const QDateTime &now, qint64 idleSeconds)
{
    SqlStatement query(m_db, kSelect + kActive + QStringLiteral(" AND user_id = :user ORDER BY created_at DESC, id"));
    query.bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":idle"), now.toSecsSinceEpoch() - idleSeconds)
        .bind(QStringLiteral(":user"), userId)
        .exec();
    std::vector<SessionRecord> sessions;
    while (query.next())
        sessions.push_back(readSession(query));
    return sessions;
}

std::vector<ListedSession> SessionStore::listActiveWithEmails(qint64 userId, const QDateTime &now, qint64 idleSeconds,
                                                              const std::optional<Position> &after, int limit)
{
    // Each filter is added only when it applies: an "OR :x = 0" would keep the planner from
    // the index.
    QString sql = kSelectWithEmail;
    if (userId > 0)
        sql += QStringLiteral(" AND s.user_id = :user");
    if (after)
        // A row value: the planner seeks straight to it in the index (an OR of the two halves
        // would walk or sort from the newest on every page).
        sql += QStringLiteral(" AND (s.created_at, s.id) < (:after_at, :after_id)");
    // Both descending: the index (created_at, id) read backwards, no sort.
    sql += QStringLiteral(" ORDER BY s.created_at DESC, s.id DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT :limit");
    SqlStatement query(m_db, sql);
    query.bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":idle"), now.toSecsSinceEpoch() - idleSeconds);
    if (userId > 0)
        query.bind(QStringLiteral(":user"), userId);
    if (after)
        query.bind(QStringLiteral(":after_at"), after->createdAt).bind(QStringLiteral(":after_id"), after->id);
    if (limit >= 0)
        query.bind(QStringLiteral(":limit"), limit);
    query.exec();
    std::vector<ListedSession> sessions;
    while (query.next())
        sessions.push_back({readSession(query), query.value(kColumnCount).toString(),
                            query.value(kColumnCount + 1).toString(), query.value(kColumnCount + 2).toString()});
    return sessions;
}

qint64 SessionStore::countActive(const QDateTime &now, qint64 idleSeconds)
{
    SqlStatement query(m_db, QStringLiteral("SELECT COUNT(*) FROM sessions") + kActive);
    query.bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":idle"), now.toSecsSinceEpoch() - idleSeconds)
        .exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

void SessionStore::extendSso(const QString &id, const QDateTime &at, const QDateTime &expiresAt)
{
    SqlStatement(m_db,
                 QStringLiteral("UPDATE sessions SET last_used_at = :at, absolute_expires_at = :end WHERE id = :id"))
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":end"), expiresAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

bool SessionStore::renewSso(const QString &id, const QDateTime &at, const QString &secretHash,
                            const QDateTime &expiresAt, const QString &amr)
{
    return SqlStatement(
               m_db,
               QStringLiteral("UPDATE sessions SET auth_time = :auth, last_used_at = :used, secret_hash = :secret, "
                              "absolute_expires_at = :end, amr = :amr WHERE id = :id AND revoked_at IS NULL"))
               .bind(QStringLiteral(":auth"), at.toSecsSinceEpoch())
               .bind(QStringLiteral(":used"), at.toSecsSinceEpoch())
               .bind(QStringLiteral(":secret"), secretHash)
               .bind(QStringLiteral(":end"), expiresAt.toSecsSinceEpoch())
               .bind(QStringLiteral(":amr"), amr)
               .bind(QStringLiteral(":id"), id)
               .exec()
               .rowsAffected()
        > 0;
}

std::vector<SessionRecord> SessionStore::activeChildren(const QString &parentId)
{
    SqlStatement query(m_db, kSelect + QStringLiteral(" WHERE s.parent_id = :parent AND s.revoked_at IS NULL"));
    query.bind(QStringLiteral(":parent"), parentId).exec();
    std::vector<SessionRecord> sessions;
    while (query.next())
        sessions.push_back(readSession(query));
    return sessions;
}

std::vector<QString> SessionStore::liveOfClient(const QString &clientId, qint64 userId)
{
    QString sql = QStringLiteral("SELECT id FROM sessions WHERE client_id = :client AND revoked_at IS NULL");
    if (userId > 0)
        sql += QStringLiteral(" AND user_id = :user");
    SqlStatement query(m_db, sql);
    query.bind(QStringLiteral(":client"), clientId);
    if (userId > 0)
        query.bind(QStringLiteral(":user"), userId);
    query.exec();
    std::vector<QString> ids;
    while (query.next())
        ids.push_back(query.value(0).toString());
    return ids;
}

void SessionStore::recordUse(const QString &id, const QDateTime &at, bool rotated)
{
    SqlStatement(m_db,
                 QStringLiteral("UPDATE sessions SET last_used_at = :at, rotation_count = rotation_count + :rotated "
                                "WHERE id = :id"))
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":rotated"), rotated ? 1 : 0)
        .bind(QStringLiteral(":id"), id)
        .exec();
}

bool SessionStore::revoke(const QString &id, const QDateTime &at, const QString &reason)
{
    uncount(QStringLiteral("id = :id"), [&id](SqlStatement &query) { query.bind(QStringLiteral(":id"), id); });
    SqlStatement query(m_db,
                       QStringLiteral("UPDATE sessions SET revoked_at = :at, revoke_reason = :reason "
                                      "WHERE id = :id AND revoked_at IS NULL"));
    query.bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":id"), id)
        .exec();
    return query.rowsAffected() > 0;
}

std::vector<QString> SessionStore::revokeSelected(SqlStatement &select, const QDateTime &at, const QString &reason)
{
    select.exec();
    std::vector<QString> ids;
    while (select.next())
        ids.push_back(select.value(0).toString());
    for (const QString &id : ids)
        revoke(id, at, reason);
    return ids;
}

std::vector<QString> SessionStore::revokeAllOfUser(qint64 userId, const QDateTime &at, const QString &reason)
{
    SqlStatement select(m_db, QStringLiteral("SELECT id FROM sessions WHERE user_id = :user AND revoked_at IS NULL"));
    select.bind(QStringLiteral(":user"), userId);
    return revokeSelected(select, at, reason);
}

std::vector<QString> SessionStore::revokeInWorkspace(qint64 workspaceId, qint64 userId, const QDateTime &at,
                                                     const QString &reason)
{
    // The user filter only when there is one (an "OR :u = 0" would hide the index's second column).
    SqlStatement select(m_db,
                        QStringLiteral("SELECT id FROM sessions WHERE workspace_id = :w AND revoked_at IS NULL")
                            + (userId > 0 ? QStringLiteral(" AND user_id = :u") : QString()));
    select.bind(QStringLiteral(":w"), workspaceId);
    if (userId > 0)
        select.bind(QStringLiteral(":u"), userId);
    return revokeSelected(select, at, reason);
}

void SessionStore::moveToWorkspace(const QString &id, std::optional<qint64> workspaceId)
{
    SqlStatement(m_db, QStringLiteral("UPDATE sessions SET workspace_id = :w WHERE id = :id"))
        .bind(QStringLiteral(":w"), workspaceId ? QVariant(*workspaceId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

int SessionStore::uncount(const QString &condition, const std::function<void(SqlStatement &)> &bindValues)
{
    SqlStatement query(m_db, QStringLiteral("UPDATE sessions SET counted = 0 WHERE counted = 1 AND ") + condition);
    bindValues(query);
    query.exec();
    const int uncounted = query.rowsAffected();
    if (uncounted > 0)
        CounterStore(m_db).add(Counter::kActiveSessions, -uncounted);
    return uncounted;
}

std::vector<QString> SessionStore::countedButEnded(const QDateTime &now, qint64 idleSeconds, const QString &after,
                                                   int limit)
{
    // Walks the primary key from `after`: a run over every session reads each once, however
    // many batches it takes.
    SqlStatement query(m_db,
                       QStringLiteral("SELECT id FROM sessions WHERE id > :after AND +counted = 1 AND "
                                      "(+absolute_expires_at <= :now OR +last_used_at <= :idle) "
                                      "ORDER BY id LIMIT :limit"));
    query.bind(QStringLiteral(":after"), after)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":idle"), now.toSecsSinceEpoch() - idleSeconds)
        .bind(QStringLiteral(":limit"), limit)
        .exec();
    std::vector<QString> ids;
    while (query.next())
        ids.push_back(query.value(0).toString());
    return ids;
}

int SessionStore::uncountEnded(const std::vector<QString> &ids, const QDateTime &now, qint64 idleSeconds)
{
    // The conditions again: a session refreshed since it was read is not taken off.
    const QString condition = QStringLiteral("(absolute_expires_at <= :now OR last_used_at <= :idle) AND id IN ")
        + SqlStatement::inList(QStringLiteral(":id"));
    int uncounted = 0;
    SqlStatement::forEachChunk(ids, [&](const QVariantList &chunk) {
        uncounted += uncount(condition, [&](SqlStatement &query) {
            query.bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
                .bind(QStringLiteral(":idle"), now.toSecsSinceEpoch() - idleSeconds)
                .bindInList(QStringLiteral(":id"), chunk);
        });
    });
    return uncounted;
}

QString SessionStore::activeCountsOfUsersSql()
{
    return QStringLiteral("SELECT user_id, COUNT(*) FROM sessions") + kActive + QStringLiteral(" AND user_id IN ")
        + SqlStatement::inList(QStringLiteral(":u")) + QStringLiteral(" GROUP BY user_id");
}

QHash<qint64, int> SessionStore::countActiveOfUsers(const std::vector<qint64> &userIds, const QDateTime &now,
                                                    qint64 idleSeconds)
{
    QHash<qint64, int> counts;
    SqlStatement::forEachChunk(userIds, [&](const QVariantList &chunk) {
        SqlStatement query(m_db, activeCountsOfUsersSql());
        query.bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
            .bind(QStringLiteral(":idle"), now.toSecsSinceEpoch() - idleSeconds)
            .bindInList(QStringLiteral(":u"), chunk)
            .exec();
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    });
    return counts;
}

int SessionStore::purgeEndedBefore(const QDateTime &before, qint64 idleSeconds, int batch)
{
    // One way of ending at a time, each found through an index (an OR of the three scans every
    // session, once per batch). Idle: unused since the cut, so also created before it
    // (created_at <= last_used_at), found through created_at — an index on last_used_at would
    // be rewritten by every refresh.
    const qint64 cut = before.toSecsSinceEpoch();
    const std::pair<const char *, qint64> endings[] = {
        {"revoked_at < :until", cut},
        {"absolute_expires_at < :until", cut},
        {"created_at < :until AND +last_used_at < :until_used", cut - idleSeconds},
    };
    for (const auto &[condition, until] : endings) {
        SqlStatement query(m_db,
                           QStringLiteral("DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE %1 "
                                          "LIMIT :batch)")
                               .arg(QLatin1String(condition)));
        query.bind(QStringLiteral(":until"), until).bind(QStringLiteral(":batch"), batch);
        if (QLatin1String(condition).contains(QLatin1String(":until_used")))
            query.bind(QStringLiteral(":until_used"), until);
        query.exec();
        if (const int deleted = query.rowsAffected(); deleted > 0)
            return deleted;
    }
    return 0;
}

} // namespace keyward
