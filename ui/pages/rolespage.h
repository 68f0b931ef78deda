// SPDX-License-Identifier: GPL-3.0-or-later
// Roles: the hierarchy as a tree and the role × permission matrix. Custom roles are created
// under a parent and given permissions; before permissions change, the page shows which users
// gain or lose which permissions and asks. Built-in roles cannot be changed or deleted.
#pragma once

#include "consolepage.h"

class QTableView;
class QTreeWidget;

namespace keyward {

class RolePermissionModel;

class RolesPage : public ConsolePage {
    Q_OBJECT
public:
    explicit RolesPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    QTreeWidget *tree() const { return m_tree; }
    RolePermissionModel *matrix() const { return m_matrix; }

    void createRole();
    void editPermissions(); // of the role selected in the tree
    // Shows who gains or loses which permission, asks, then stores a role's own permissions.
    void savePermissions(const QString &role, const QStringList &permissions);
    void deleteRole();

private:
    QString selectedRole() const;
    // Enables what the selected role allows; a tooltip says why not.
    void updateActions();

    QTreeWidget *m_tree;
    QPushButton *m_permissionsButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    RolePermissionModel *m_matrix;
    QTableView *m_matrixView;
    QStringList m_roles;
    QStringList m_permissions;
};

} // namespace keyward
