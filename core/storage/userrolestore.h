// SPDX-License-Identifier: GPL-3.0-or-later
// The user_roles table: which roles each user holds.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace keyward {

class UserRoleStore {
public:
    explicit UserRoleStore(QSqlDatabase db);

    std::vector<qint64> rolesOf(qint64 userId);
    // Role names of one user, sorted, in one query (the refresh path needs nothing more).
    QStringList roleNamesOf(qint64 userId);
    // Role ids of every user in one query, for whole lists (the CLI's `user list`).
    QHash<qint64, std::vector<qint64>> rolesOfAll();
    // Role ids of the users whose ids lie in [firstId, lastId]: one page of a list in id order,
    // read through the primary key without touching the other users.
    QHash<qint64, std::vector<qint64>> rolesOfUsersBetween(qint64 firstId, qint64 lastId);
    // Role ids of some users (a page in another order), through the primary key.
    QHash<qint64, std::vector<qint64>> rolesOfUsers(const std::vector<qint64> &userIds);
    void replace(qint64 userId, const std::vector<qint64> &roleIds);
    // Users holding any of the roles who are not disabled.
    qint64 countEnabledHolders(const std::vector<qint64> &roleIds);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
