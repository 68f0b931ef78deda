// SPDX-License-Identifier: GPL-3.0-or-later
// The role hierarchy and the one place effective permissions and grant rules are computed.
// A role inherits every permission of the roles below it (its descendants).
#pragma once

#include "storage/permissionstore.h"
#include "storage/rolestore.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace keyward {

class RoleGraph {
public:
    RoleGraph(const std::vector<RoleRecord> &roles, const std::vector<PermissionRecord> &permissions,
              const std::vector<std::pair<qint64, qint64>> &grants);
    static RoleGraph load(const QSqlDatabase &db);

    bool contains(const QString &role) const { return m_idByName.contains(role); }
    std::optional<qint64> idOf(const QString &role) const;
    QString nameOf(qint64 roleId) const { return m_nameById.value(roleId); }
    QStringList names(const std::vector<qint64> &roleIds) const;
    QStringList allRoles() const;
    QString parentOf(const QString &role) const { return m_parentOf.value(role); }

    // The role itself and every role below it.
    QSet<QString> selfAndDescendants(const QString &role) const;
    QSet<QString> effectivePermissions(const QStringList &roles) const;
    QSet<QString> directPermissions(const QString &role) const { return m_directPermissions.value(role); }
    bool hasPermission(const QStringList &roles, const QString &permission) const;

    // True when `role` is `other` or below it.
    bool isAtOrBelow(const QString &role, const QString &other) const;
    // Nobody grants a role above their own highest role: the role must be at or below one
    // of the actor's roles.
    bool canGrant(const QStringList &actorRoles, const QString &role) const;
    // Nobody changes a user whose highest role is above theirs: every role of the target must
    // be at or below one of the actor's roles.
    bool canManage(const QStringList &actorRoles, const QStringList &targetRoles) const;

private:
    QHash<QString, qint64> m_idByName;
    QHash<qint64, QString> m_nameById;
    QHash<QString, QString> m_parentOf;
    QHash<QString, QStringList> m_childrenOf;
    QHash<QString, QSet<QString>> m_directPermissions;
};

} // namespace keyward
