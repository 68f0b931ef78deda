// SPDX-License-Identifier: GPL-3.0-or-later
// The roles table: named roles arranged in a tree by parent.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace keyward {

struct RoleRecord {
    qint64 id = 0;
    QString name;
    std::optional<qint64> parentId;
    bool builtin = false;
    QString description;
};

class RoleStore {
public:
    explicit RoleStore(QSqlDatabase db);

    std::vector<RoleRecord> all();
    std::optional<RoleRecord> findByName(const QString &name);
    qint64 insert(const RoleRecord &role); // throws StorageError(UniqueViolation) on a taken name
    bool remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
