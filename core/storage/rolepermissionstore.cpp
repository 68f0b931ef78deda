// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolepermissionstore.h"

#include "sqlstatement.h"

namespace keyward {

RolePermissionStore::RolePermissionStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::vector<std::pair<qint64, qint64>> RolePermissionStore::all()
{
    SqlStatement query(m_db, QStringLiteral("SELECT role_id, permission_id FROM role_permissions"));
    query.exec();
    std::vector<std::pair<qint64, qint64>> pairs;
    while (query.next())
        pairs.emplace_back(query.value(0).toLongLong(), query.value(1).toLongLong());
    return pairs;
}

void RolePermissionStore::grant(qint64 roleId, qint64 permissionId)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO role_permissions (role_id, permission_id) VALUES (:r, :p) "
                                "ON CONFLICT DO NOTHING"))
        .bind(QStringLiteral(":r"), roleId)
        .bind(QStringLiteral(":p"), permissionId)
        .exec();
}

void RolePermissionStore::revoke(qint64 roleId, qint64 permissionId)
{
    SqlStatement(m_db, QStringLiteral("DELETE FROM role_permissions WHERE role_id = :r AND permission_id = :p"))
        .bind(QStringLiteral(":r"), roleId)
        .bind(QStringLiteral(":p"), permissionId)
        .exec();
}

} // namespace keyward
