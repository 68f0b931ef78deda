// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolegraph.h"

#include "storage/rolepermissionstore.h"

namespace keyward {

RoleGraph::RoleGraph(const std::vector<RoleRecord> &roles, const std::vector<PermissionRecord> &permissions,
                     const std::vector<std::pair<qint64, qint64>> &grants)
{
    for (const RoleRecord &role : roles) {
        m_idByName.insert(role.name, role.id);
        m_nameById.insert(role.id, role.name);
    }
    for (const RoleRecord &role : roles) {
        if (role.parentId && m_nameById.contains(*role.parentId)) {
            const QString parent = m_nameById.value(*role.parentId);
            m_parentOf.insert(role.name, parent);
            m_childrenOf[parent] << role.name;
        }
    }
    QHash<qint64, QString> permissionNames;
    for (const PermissionRecord &permission : permissions)
        permissionNames.insert(permission.id, permission.name);
    for (const auto &[roleId, permissionId] : grants) {
        if (m_nameById.contains(roleId) && permissionNames.contains(permissionId))
            m_directPermissions[m_nameById.value(roleId)].insert(permissionNames.value(permissionId));
    }
}

RoleGraph RoleGraph::load(const QSqlDatabase &db)
{
    return RoleGraph(RoleStore(db).all(), PermissionStore(db).all(), RolePermissionStore(db).all());
}

std::optional<qint64> RoleGraph::idOf(const QString &role) const
{
    const auto it = m_idByName.constFind(role);
    if (it == m_idByName.cend())
        return std::nullopt;
    return *it;
}

QStringList RoleGraph::names(const std::vector<qint64> &roleIds) const
{
    QStringList names;
    for (qint64 id : roleIds) {
        if (m_nameById.contains(id))
            names << m_nameById.value(id);
    }
    names.sort();
    return names;
}

QStringList RoleGraph::allRoles() const
{
    QStringList names = m_idByName.keys();
    names.sort();
    return names;
}

QSet<QString> RoleGraph::selfAndDescendants(const QString &role) const
{
    QSet<QString> seen;
    if (!contains(role))
        return seen;
    QStringList pending{role};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (seen.contains(current))
            continue; // a cycle written by hand into the database must not loop forever
        seen.insert(current);
        pending << m_childrenOf.value(current);
    }
    return seen;
}

QSet<QString> RoleGraph::effectivePermissions(const QStringList &roles) const
{
    QSet<QString> permissions;
    for (const QString &role : roles) {
        for (const QString &inherited : selfAndDescendants(role))
            permissions.unite(m_directPermissions.value(inherited));
    }
    return permissions;
}

bool RoleGraph::hasPermission(const QStringList &roles, const QString &permission) const
{
    return effectivePermissions(roles).contains(permission);
}

bool RoleGraph::isAtOrBelow(const QString &role, const QString &other) const
{
    return selfAndDescendants(other).contains(role);
}

bool RoleGraph::canGrant(const QStringList &actorRoles, const QString &role) const
{
    for (const QString &own : actorRoles) {
        if (isAtOrBelow(role, own))
            return true;
    }
    return false;
}

bool RoleGraph::canManage(const QStringList &actorRoles, const QStringList &targetRoles) const
{
    for (const QString &role : targetRoles) {
        if (!canGrant(actorRoles, role))
            return false;
    }
    return true;
}

} // namespace keyward
