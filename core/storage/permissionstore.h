// SPDX-License-Identifier: GPL-3.0-or-later
// The permissions table: the catalogue of permission names.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace keyward {

struct PermissionRecord {
    qint64 id = 0;
    QString name;
    QString description;
};

class PermissionStore {
public:
    explicit PermissionStore(QSqlDatabase db);

    std::vector<PermissionRecord> all();

private:
    QSqlDatabase m_db;
};

} // namespace keyward
