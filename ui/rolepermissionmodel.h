// SPDX-License-Identifier: GPL-3.0-or-later
// The role × permission matrix: a row per permission, a column per role, a check mark where
// the role has the permission (its own or from a role below it).
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace keyward {

class RolePermissionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Roles or permissions come and go rarely: the matrix is rebuilt.
    void setMatrix(QStringList roles, QStringList permissions, QHash<QString, QSet<QString>> effective);
    bool has(const QString &role, const QString &permission) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_roles;
    QStringList m_permissions;
    QHash<QString, QSet<QString>> m_effective;
};

} // namespace keyward
