// SPDX-License-Identifier: GPL-3.0-or-later
// The role × permission matrix: a row per permission (its description in the tooltip), a column
// per role. A role's own permission is a check mark; one it inherits from a role below it says
// from which ("✓ from manager", greyed). A custom role's own permissions are check boxes: a click
// asks to change them (the page shows who gains or loses what before saving).
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace keyward {

struct RoleMatrix {
    QStringList roles;
    QStringList permissions;
    QHash<QString, QString> parents; // role -> the role above it ("" at the top)
    QHash<QString, QSet<QString>> direct; // role -> its own permissions
    QHash<QString, QSet<QString>> effective; // role -> its own and its descendants'
    QHash<QString, QString> descriptions; // permission -> what it allows
    QSet<QString> builtin; // roles whose permissions are fixed

    bool operator==(const RoleMatrix &) const = default;
};

class RolePermissionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Roles or permissions come and go rarely: the matrix is rebuilt.
    void setMatrix(RoleMatrix matrix);
    bool has(const QString &role, const QString &permission) const;
    // The role below `role` that has the permission itself ("" when `role` has it itself or not at all).
    QString inheritedFrom(const QString &role, const QString &permission) const;
    QStringList directPermissions(const QString &role) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A check box clicked: asks (directChangeRequested); the matrix changes once saved.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void directChangeRequested(const QString &role, const QStringList &permissions);

private:
    bool editable(const QModelIndex &index) const;
    QStringList childrenOf(const QString &role) const;

    RoleMatrix m_matrix;
};

} // namespace keyward
