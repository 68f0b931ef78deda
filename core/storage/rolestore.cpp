// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolestore.h"

#include "sqlstatement.h"

namespace keyward {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, parent_id, builtin, description FROM roles");

RoleRecord readRole(const SqlStatement &row)
{
    RoleRecord role;
    role.id = row.value(0).toLongLong();
    role.name = row.value(1).toString();
    if (!row.value(2).isNull())
        role.parentId = row.value(2).toLongLong();
    role.builtin = row.value(3).toInt() != 0;
    role.description = row.value(4).toString();
    return role;
}

} // namespace

RoleStore::RoleStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::vector<RoleRecord> RoleStore::all()
{
    SqlStatement query(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    query.exec();
    std::vector<RoleRecord> roles;
    while (query.next())
        roles.push_back(readRole(query));
    return roles;
}

std::optional<RoleRecord> RoleStore::findByName(const QString &name)
{
    SqlStatement query(m_db, kSelect + QStringLiteral(" WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name).exec();
    if (!query.next())
        return std::nullopt;
    return readRole(query);
}

qint64 RoleStore::insert(const RoleRecord &role)
{
    return SqlStatement(m_db,
                        QStringLiteral("INSERT INTO roles (name, parent_id, builtin, description) "
                                       "VALUES (:name, :parent, :builtin, :description) RETURNING id"))
        .bind(QStringLiteral(":name"), role.name)
        .bind(QStringLiteral(":parent"),
              role.parentId ? QVariant(*role.parentId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":builtin"), role.builtin ? 1 : 0)
        .bind(QStringLiteral(":description"), role.description)
        .insertReturningId();
}

bool RoleStore::remove(qint64 id)
{
    SqlStatement query(m_db, QStringLiteral("DELETE FROM roles WHERE id = :id AND builtin = 0"));
    query.bind(QStringLiteral(":id"), id).exec();
    return query.rowsAffected() > 0;
}

} // namespace keyward
