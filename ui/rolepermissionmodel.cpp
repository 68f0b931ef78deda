// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolepermissionmodel.h"

#include <QApplication>
#include <QPalette>

namespace keyward {

void RolePermissionModel::setMatrix(RoleMatrix matrix)
{
    if (matrix == m_matrix)
        return;
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

bool RolePermissionModel::has(const QString &role, const QString &permission) const
{
    return m_matrix.effective.value(role).contains(permission);
}

QStringList RolePermissionModel::childrenOf(const QString &role) const
{
    QStringList children;
    for (const QString &candidate : m_matrix.roles) {
        if (m_matrix.parents.value(candidate) == role)
            children << candidate;
    }
    return children;
}

QString RolePermissionModel::inheritedFrom(const QString &role, const QString &permission) const
{
    if (m_matrix.direct.value(role).contains(permission))
        return {};
    // The nearest role below that has it itself, breadth first.
    QStringList level = childrenOf(role);
    for (int depth = 0; !level.isEmpty() && depth < m_matrix.roles.size(); ++depth) {
        QStringList next;
        for (const QString &below : level) {
            if (m_matrix.direct.value(below).contains(permission))
                return below;
            next << childrenOf(below);
        }
        level = next;
    }
    return {};
}

QStringList RolePermissionModel::directPermissions(const QString &role) const
{
    QStringList permissions = m_matrix.direct.value(role).values();
    permissions.sort();
    return permissions;
}

int RolePermissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.permissions.size());
}

int RolePermissionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.roles.size());
}

bool RolePermissionModel::editable(const QModelIndex &index) const
{
    const QString &role = m_matrix.roles[index.column()];
    // A custom role's own permissions; what it inherits changes with the role it comes from.
    return !m_matrix.builtin.contains(role) && inheritedFrom(role, m_matrix.permissions[index.row()]).isEmpty();
}

QVariant RolePermissionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matrix.permissions.size() || index.column() >= m_matrix.roles.size())
        return {};
    const QString &owner = m_matrix.roles[index.column()];
    const QString &permission = m_matrix.permissions[index.row()];
    const bool granted = has(owner, permission);
    const QString from = granted ? inheritedFrom(owner, permission) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (!from.isEmpty())
            return tr("✓ from %1").arg(from);
        return granted && !editable(index) ? QStringLiteral("✓") : QString();
    case Qt::CheckStateRole:
        if (!editable(index))
            return {};
        return granted ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (from.isEmpty())
            return {};
        return QApplication::palette().color(QPalette::PlaceholderText); // inherited: quieter
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (!granted)
            return tr("%1 lacks %2").arg(owner, permission);
        if (!from.isEmpty())
            return tr("%1 has %2 from %3, a role below it").arg(owner, permission, from);
        return tr("%1 has %2 itself").arg(owner, permission);
    default:
        return {};
    }
}

Qt::ItemFlags RolePermissionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() < m_matrix.permissions.size() && index.column() < m_matrix.roles.size()
        && editable(index))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool RolePermissionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !editable(index))
        return false;
    const QString &owner = m_matrix.roles[index.column()];
    QSet<QString> permissions = m_matrix.direct.value(owner);
    if (value.toInt() == Qt::Checked)
        permissions.insert(m_matrix.permissions[index.row()]);
    else
        permissions.remove(m_matrix.permissions[index.row()]);
    QStringList chosen = permissions.values();
    chosen.sort();
    emit directChangeRequested(owner, chosen);
    return false; // unchanged until saved: the page refreshes the matrix then
}

QVariant RolePermissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= m_matrix.permissions.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_matrix.permissions[section];
        if (role == Qt::ToolTipRole)
            return m_matrix.descriptions.value(m_matrix.permissions[section]);
        return {};
    }
    if (section >= m_matrix.roles.size())
        return {};
    const QString &name = m_matrix.roles[section];
    if (role == Qt::DisplayRole)
        return name;
    if (role == Qt::ToolTipRole) {
        const QStringList below = childrenOf(name);
        QString text = below.isEmpty() ? tr("%1 inherits from no role").arg(name)
                                       : tr("%1 inherits from %2").arg(name, below.join(QLatin1String(", ")));
        if (m_matrix.builtin.contains(name))
            text += QLatin1Char('\n') + tr("Built-in: its permissions are fixed.");
        return text;
    }
    return {};
}

} // namespace keyward
