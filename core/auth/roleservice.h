// SPDX-License-Identifier: GPL-3.0-or-later
// Custom roles: created under a parent, given permissions, deleted when nobody holds them.
// A role has its own permissions and those of every role below it, so a custom role's
// permissions also reach its parent and the roles above: preview() tells, before a change,
// which users gain or lose which permissions. Built-in roles cannot be changed or deleted.
#pragma once

#include "actor.h"
#include "common/result.h"
#include "storage/rolestore.h"

#include <QSet>
#include <QStringList>

#include <vector>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Database;
class RoleGraph;

struct PermissionChange {
    QString email;
    QStringList gained;
    QStringList lost;
};

class RoleService {
public:
    RoleService(Database &database, AuditLog &audit, ChangeSignals &changes);

    Status create(const Actor &actor, const QString &name, const QString &parent, const QStringList &permissions);
    Status setPermissions(const Actor &actor, const QString &role, const QStringList &permissions);
    Status remove(const Actor &actor, const QString &role);

    // Users whose effective permissions would change if `role` had exactly `permissions`.
    std::vector<PermissionChange> preview(const QString &role, const QStringList &permissions);
    // The role's own grants (not inherited ones).
    QStringList directPermissions(const QString &role);
    bool isBuiltin(const QString &role);
    // Every permission there is, by name, sorted.
    QStringList permissionNames();

private:
    Status checkActor(const Actor &actor, const RoleGraph &graph) const;
    Status checkPermissionNames(const QStringList &permissions) const;
    // The role the actor wants to change, if it exists, is not built-in and the actor may.
    Result<RoleRecord> customRole(const Actor &actor, const RoleGraph &graph, const QString &role,
                                  const QString &builtinMessage);

    Database &m_database;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
};

} // namespace keyward
