// SPDX-License-Identifier: GPL-3.0-or-later
// The workspaces and workspace_members tables. Keeps the workspaces and memberships counters
// (CounterStore) right in the same statements' transaction, as the users counter is kept.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace keyward {

struct WorkspaceRecord {
    qint64 id = 0;
    QString slug;
    QString name;
    QString plan;
    QDateTime createdAt;
};

struct MembershipRecord {
    qint64 workspaceId = 0;
    qint64 userId = 0;
    QString role; // owner, admin, member or guest
    QDateTime createdAt;
    QString email; // the user's, when read (not stored here)
    QString userPublicId; // the same
};

// A workspace with the role a user has in it.
using WorkspaceAndRole = std::pair<WorkspaceRecord, QString>;

class WorkspaceStore {
public:
    explicit WorkspaceStore(QSqlDatabase db);

    // The workspaces columns (of alias w) and their reader, for queries of other tables that
    // join a workspace in.
    static const QString &columns();
    static WorkspaceRecord read(const class SqlStatement &row, int first);

    qint64 insert(const WorkspaceRecord &workspace); // StorageError(UniqueViolation) on a taken slug
    std::optional<WorkspaceRecord> findById(qint64 id);
    std::optional<WorkspaceRecord> findBySlug(const QString &slug);
    void update(const WorkspaceRecord &workspace); // name and plan
    // Its memberships go with it (ON DELETE CASCADE), and from the counters.
    bool remove(qint64 id);
    // By id, after afterId; limit < 0: all.
    std::vector<WorkspaceRecord> list(qint64 afterId, int limit);

    // StorageError(UniqueViolation) when the user is a member already.
    void addMember(const MembershipRecord &membership);
    std::optional<MembershipRecord> membership(qint64 workspaceId, qint64 userId);
    bool setRole(qint64 workspaceId, qint64 userId, const QString &role);
    bool removeMember(qint64 workspaceId, qint64 userId);
    qint64 countWithRole(qint64 workspaceId, const QString &role);
    // Members by user id after afterUserId, with their e-mail; limit < 0: all.
    std::vector<MembershipRecord> members(qint64 workspaceId, qint64 afterUserId, int limit);
    // A workspace and the user's role in it, in one read by primary key (the refresh path).
    std::optional<WorkspaceAndRole> workspaceWithRole(qint64 workspaceId, qint64 userId);
    // The workspaces a user belongs to, with the user's role in each, by workspace id.
    std::vector<WorkspaceAndRole> workspacesOf(qint64 userId);
    // The workspaces (slug, role) of some users (a page of them), by user id, in workspace order.
    QHash<qint64, std::vector<std::pair<QString, QString>>> membershipsOfUsers(const std::vector<qint64> &userIds);
    // Member counts of some workspaces (a page of them).
    QHash<qint64, qint64> memberCounts(const std::vector<qint64> &workspaceIds);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
