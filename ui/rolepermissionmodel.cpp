// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolepermissionmodel.h"

namespace keyward {

void RolePermissionModel::setMatrix(QStringList roles, QStringList permissions, QHash<QString, QSet<QString>> effective)
{
    if (roles == m_roles && permissions == m_permissions && effective == m_effective)
        return;
    beginResetModel();
    m_roles = std::move(roles);
    m_permissions = std::move(permissions);
    m_effective = std::move(effective);
    endResetModel();
}

bool RolePermissionModel::has(const QString &role, const QString &permission) const
{
    return m_effective.value(role).contains(permission);
}

int RolePermissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_permissions.size());
}

int RolePermissionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

QVariant RolePermissionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_permissions.size() || index.column() >= m_roles.size())
        return {};
    const bool granted = has(m_roles[index.column()], m_permissions[index.row()]);
    if (role == Qt::DisplayRole)
        return granted ? QStringLiteral("✓") : QString();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (role == Qt::AccessibleTextRole)
        return granted ? tr("%1 has %2").arg(m_roles[index.column()], m_permissions[index.row()])
                       : tr("%1 lacks %2").arg(m_roles[index.column()], m_permissions[index.row()]);
    return {};
}

QVariant RolePermissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_roles.size() ? QVariant(m_roles[section]) : QVariant();
    return section < m_permissions.size() ? QVariant(m_permissions[section]) : QVariant();
}

} // namespace keyward
