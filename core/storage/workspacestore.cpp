// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestore.h"

#include "common/timeformat.h"
#include "counterstore.h"
#include "sqlstatement.h"

namespace keyward {

namespace {

const QString kWorkspaceColumns = QStringLiteral("w.id, w.slug, w.name, w.plan, w.created_at");

WorkspaceRecord readWorkspace(const SqlStatement &row, int first = 0)
{
    return WorkspaceStore::read(row, first);
}

} // namespace

const QString &WorkspaceStore::columns()
{
    return kWorkspaceColumns;
}

WorkspaceRecord WorkspaceStore::read(const SqlStatement &row, int first)
{
    return {row.value(first).toLongLong(), row.value(first + 1).toString(), row.value(first + 2).toString(),
            row.value(first + 3).toString(), fromEpoch(row.value(first + 4).toLongLong())};
}

WorkspaceStore::WorkspaceStore(QSqlDatabase db) : m_db(std::move(db))
{ }

qint64 WorkspaceStore::insert(const WorkspaceRecord &workspace)
{
    const qint64 id = SqlStatement(m_db,
                                   QStringLiteral("INSERT INTO workspaces (slug, name, plan, created_at) "
                                                  "VALUES (:slug, :name, :plan, :at) RETURNING id"))
                          .bind(QStringLiteral(":slug"), workspace.slug)
                          .bind(QStringLiteral(":name"), workspace.name)
                          .bind(QStringLiteral(":plan"), workspace.plan)
                          .bind(QStringLiteral(":at"), workspace.createdAt.toSecsSinceEpoch())
                          .insertReturningId();
    CounterStore(m_db).add(Counter::kWorkspaces, 1);
    return id;
}

std::optional<WorkspaceRecord> WorkspaceStore::findById(qint64 id)
{
    SqlStatement query(
        m_db, QStringLiteral("SELECT ") + kWorkspaceColumns + QStringLiteral(" FROM workspaces w WHERE w.id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    return query.next() ? std::optional(readWorkspace(query)) : std::nullopt;
}

std::optional<WorkspaceRecord> WorkspaceStore::findBySlug(const QString &slug)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kWorkspaceColumns
                           + QStringLiteral(" FROM workspaces w WHERE w.slug = :slug"));
    query.bind(QStringLiteral(":slug"), slug).exec();
    return query.next() ? std::optional(readWorkspace(query)) : std::nullopt;
}

void WorkspaceStore::update(const WorkspaceRecord &workspace)
{
    SqlStatement(m_db, QStringLiteral("UPDATE workspaces SET name = :name, plan = :plan WHERE id = :id"))
        .bind(QStringLiteral(":name"), workspace.name)
        .bind(QStringLiteral(":plan"), workspace.plan)
        .bind(QStringLiteral(":id"), workspace.id)
        .exec();
}

bool WorkspaceStore::remove(qint64 id)
{
    const qint64 members
        = SqlStatement(m_db, QStringLiteral("SELECT COUNT(*) FROM workspace_members WHERE workspace_id = :id"))
              .bind(QStringLiteral(":id"), id)
              .scalar()
              .toLongLong();
    SqlStatement query(m_db, QStringLiteral("DELETE FROM workspaces WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (query.rowsAffected() == 0)
        return false;
    CounterStore counters(m_db);
    counters.add(Counter::kWorkspaces, -1);
    counters.add(Counter::kMemberships, -members);
    return true;
}

std::vector<WorkspaceRecord> WorkspaceStore::list(qint64 afterId, int limit)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kWorkspaceColumns
                           + QStringLiteral(" FROM workspaces w WHERE w.id > :after ORDER BY w.id LIMIT :limit"));
    query.bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":limit"), sqlLimit(limit)).exec();
    std::vector<WorkspaceRecord> workspaces;
    while (query.next())
        workspaces.push_back(readWorkspace(query));
    return workspaces;
}

void WorkspaceStore::addMember(const MembershipRecord &membership)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO workspace_members (workspace_id, user_id, role, created_at) "
                                "VALUES (:w, :u, :role, :at)"))
        .bind(QStringLiteral(":w"), membership.workspaceId)
        .bind(QStringLiteral(":u"), membership.userId)
        .bind(QStringLiteral(":role"), membership.role)
        .bind(QStringLiteral(":at"), membership.createdAt.toSecsSinceEpoch())
        .exec();
    CounterStore(m_db).add(Counter::kMemberships, 1);
}

std::optional<MembershipRecord> WorkspaceStore::membership(qint64 workspaceId, qint64 userId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT m.role, m.created_at, u.email, u.public_id FROM workspace_members m "
                                      "JOIN users u ON u.id = m.user_id "
                                      "WHERE m.workspace_id = :w AND m.user_id = :u"));
    query.bind(QStringLiteral(":w"), workspaceId).bind(QStringLiteral(":u"), userId).exec();
    if (!query.next())
        return std::nullopt;
    return MembershipRecord{workspaceId,
                            userId,
                            query.value(0).toString(),
                            fromEpoch(query.value(1).toLongLong()),
                            query.value(2).toString(),
                            query.value(3).toString()};
}

bool WorkspaceStore::setRole(qint64 workspaceId, qint64 userId, const QString &role)
{
    SqlStatement query(
        m_db, QStringLiteral("UPDATE workspace_members SET role = :role WHERE workspace_id = :w AND user_id = :u"));
    query.bind(QStringLiteral(":role"), role)
        .bind(QStringLiteral(":w"), workspaceId)
        .bind(QStringLiteral(":u"), userId)
        .exec();
    return query.rowsAffected() > 0;
}

bool WorkspaceStore::removeMember(qint64 workspaceId, qint64 userId)
{
    SqlStatement query(m_db, QStringLiteral("DELETE FROM workspace_members WHERE workspace_id = :w AND user_id = :u"));
    query.bind(QStringLiteral(":w"), workspaceId).bind(QStringLiteral(":u"), userId).exec();
    if (query.rowsAffected() == 0)
        return false;
    CounterStore(m_db).add(Counter::kMemberships, -1);
    return true;
}

qint64 WorkspaceStore::countWithRole(qint64 workspaceId, const QString &role)
{
    return SqlStatement(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM workspace_members WHERE workspace_id = :w "
                                       "AND role = :role"))
        .bind(QStringLiteral(":w"), workspaceId)
        .bind(QStringLiteral(":role"), role)
        .scalar()
        .toLongLong();
}

std::vector<MembershipRecord> WorkspaceStore::members(qint64 workspaceId, qint64 afterUserId, int limit)
{
    SqlStatement query(
        m_db,
        QStringLiteral("SELECT m.user_id, m.role, m.created_at, u.email, u.public_id FROM workspace_members m "
                       "JOIN users u ON u.id = m.user_id WHERE m.workspace_id = :w "
                       "AND m.user_id > :after ORDER BY m.user_id LIMIT :limit"));
    query.bind(QStringLiteral(":w"), workspaceId)
        .bind(QStringLiteral(":after"), afterUserId)
        .bind(QStringLiteral(":limit"), sqlLimit(limit))
        .exec();
    std::vector<MembershipRecord> members;
    while (query.next()) {
        members.push_back({workspaceId, query.value(0).toLongLong(), query.value(1).toString(),
                           fromEpoch(query.value(2).toLongLong()), query.value(3).toString(),
                           query.value(4).toString()});
    }
    return members;
}

std::optional<WorkspaceAndRole> WorkspaceStore::workspaceWithRole(qint64 workspaceId, qint64 userId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kWorkspaceColumns
                           + QStringLiteral(", m.role FROM workspace_members m JOIN workspaces w ON w.id = "
                                            "m.workspace_id WHERE m.workspace_id = :w AND m.user_id = :u"));
    query.bind(QStringLiteral(":w"), workspaceId).bind(QStringLiteral(":u"), userId).exec();
    if (!query.next())
        return std::nullopt;
    return std::pair(readWorkspace(query), query.value(5).toString());
}

std::vector<WorkspaceAndRole> WorkspaceStore::workspacesOf(qint64 userId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kWorkspaceColumns
                           + QStringLiteral(", m.role FROM workspace_members m JOIN workspaces w "
                                            "ON w.id = m.workspace_id WHERE m.user_id = :u ORDER BY w.id"));
    query.bind(QStringLiteral(":u"), userId).exec();
    std::vector<WorkspaceAndRole> workspaces;
    while (query.next())
        workspaces.emplace_back(readWorkspace(query), query.value(5).toString());
    return workspaces;
}

QHash<qint64, std::vector<std::pair<QString, QString>>>
WorkspaceStore::membershipsOfUsers(const std::vector<qint64> &userIds)
{
    QHash<qint64, std::vector<std::pair<QString, QString>>> memberships;
    SqlStatement::forEachChunk(userIds, [&](const QVariantList &chunk) {
        SqlStatement query(m_db,
                           QStringLiteral("SELECT m.user_id, w.slug, m.role FROM workspace_members m JOIN "
                                          "workspaces w ON w.id = m.workspace_id WHERE m.user_id IN ")
                               + SqlStatement::inList(QStringLiteral(":u"))
                               + QStringLiteral(" ORDER BY m.user_id, w.id"));
        query.bindInList(QStringLiteral(":u"), chunk).exec();
        while (query.next())
            memberships[query.value(0).toLongLong()].emplace_back(query.value(1).toString(), query.value(2).toString());
    });
    return memberships;
}

QHash<qint64, qint64> WorkspaceStore::memberCounts(const std::vector<qint64> &workspaceIds)
{
    QHash<qint64, qint64> counts;
    SqlStatement::forEachChunk(workspaceIds, [&](const QVariantList &chunk) {
        SqlStatement query(m_db,
                           QStringLiteral("SELECT workspace_id, COUNT(*) FROM workspace_members "
                                          "WHERE workspace_id IN ")
                               + SqlStatement::inList(QStringLiteral(":w")) + QStringLiteral(" GROUP BY workspace_id"));
        query.bindInList(QStringLiteral(":w"), chunk).exec();
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    });
    return counts;
}

} // namespace keyward
