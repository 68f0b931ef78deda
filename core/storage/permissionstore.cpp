// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissionstore.h"

#include "sqlstatement.h"

namespace keyward {

PermissionStore::PermissionStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::vector<PermissionRecord> PermissionStore::all()
{
    SqlStatement query(m_db, QStringLiteral("SELECT id, name, description FROM permissions ORDER BY name"));
    query.exec();
    std::vector<PermissionRecord> permissions;
    while (query.next())
        permissions.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return permissions;
}

} // namespace keyward
