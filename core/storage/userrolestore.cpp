// SPDX-License-Identifier: GPL-3.0-or-later
#include "userrolestore.h"

#include "sqlstatement.h"

#include <QStringList>

namespace keyward {

UserRoleStore::UserRoleStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::vector<qint64> UserRoleStore::rolesOf(qint64 userId)
{
    SqlStatement query(m_db, QStringLiteral("SELECT role_id FROM user_roles WHERE user_id = :u ORDER BY role_id"));
    query.bind(QStringLiteral(":u"), userId).exec();
    std::vector<qint64> roles;
    while (query.next())
        roles.push_back(query.value(0).toLongLong());
    return roles;
}

QStringList UserRoleStore::roleNamesOf(qint64 userId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id "
                                      "WHERE ur.user_id = :u ORDER BY r.name"));
    query.bind(QStringLiteral(":u"), userId).exec();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QHash<qint64, std::vector<qint64>> UserRoleStore::rolesOfAll()
{
    SqlStatement query(m_db, QStringLiteral("SELECT user_id, role_id FROM user_roles ORDER BY user_id, role_id"));
    query.exec();
    QHash<qint64, std::vector<qint64>> roles;
    while (query.next())
        roles[query.value(0).toLongLong()].push_back(query.value(1).toLongLong());
    return roles;
}

QHash<qint64, std::vector<qint64>> UserRoleStore::rolesOfUsersBetween(qint64 firstId, qint64 lastId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT user_id, role_id FROM user_roles WHERE user_id BETWEEN :first "
                                      "AND :last ORDER BY user_id, role_id"));
    query.bind(QStringLiteral(":first"), firstId).bind(QStringLiteral(":last"), lastId).exec();
    QHash<qint64, std::vector<qint64>> roles;
    while (query.next())
        roles[query.value(0).toLongLong()].push_back(query.value(1).toLongLong());
    return roles;
}

QHash<qint64, std::vector<qint64>> UserRoleStore::rolesOfUsers(const std::vector<qint64> &userIds)
{
    QHash<qint64, std::vector<qint64>> roles;
    SqlStatement::forEachChunk(userIds, [&](const QVariantList &chunk) {
        SqlStatement query(m_db,
                           QStringLiteral("SELECT user_id, role_id FROM user_roles WHERE user_id IN ")
                               + SqlStatement::inList(QStringLiteral(":u"))
                               + QStringLiteral(" ORDER BY user_id, role_id"));
        query.bindInList(QStringLiteral(":u"), chunk).exec();
        while (query.next())
            roles[query.value(0).toLongLong()].push_back(query.value(1).toLongLong());
    });
    return roles;
}

void UserRoleStore::replace(qint64 userId, const std::vector<qint64> &roleIds)
{
    SqlStatement(m_db, QStringLiteral("DELETE FROM user_roles WHERE user_id = :u"))
        .bind(QStringLiteral(":u"), userId)
        .exec();
    for (qint64 roleId : roleIds) {
        SqlStatement(m_db, QStringLiteral("INSERT INTO user_roles (user_id, role_id) VALUES (:u, :r)"))
            .bind(QStringLiteral(":u"), userId)
            .bind(QStringLiteral(":r"), roleId)
            .exec();
    }
}

qint64 UserRoleStore::countEnabledHolders(const std::vector<qint64> &roleIds)
{
    if (roleIds.empty())
        return 0;
    QStringList placeholders;
    for (size_t i = 0; i < roleIds.size(); ++i)
        placeholders << QStringLiteral(":r%1").arg(i);
    SqlStatement query(m_db,
                       QStringLiteral("SELECT COUNT(DISTINCT ur.user_id) FROM user_roles ur "
                                      "JOIN users u ON u.id = ur.user_id WHERE u.disabled = 0 AND ur.role_id IN (")
                           + placeholders.join(QLatin1String(", ")) + QLatin1Char(')'));
    for (size_t i = 0; i < roleIds.size(); ++i)
        query.bind(placeholders[qsizetype(i)], roleIds[i]);
    return query.scalar().toLongLong();
}

} // namespace keyward
