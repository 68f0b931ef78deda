// SPDX-License-Identifier: GPL-3.0-or-later
// The role_permissions table: which permission each role holds directly.
#pragma once

#include <QSqlDatabase>

#include <utility>
#include <vector>

namespace keyward {

class RolePermissionStore {
public:
    explicit RolePermissionStore(QSqlDatabase db);

    // Every (role id, permission id) pair.
    std::vector<std::pair<qint64, qint64>> all();
    void grant(qint64 roleId, qint64 permissionId);
    void revoke(qint64 roleId, qint64 permissionId);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
