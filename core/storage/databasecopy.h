// SPDX-License-Identifier: GPL-3.0-or-later
// Copies every row of one Keyward database into another: SQLite to PostgreSQL when an
// installation outgrows one machine, and any database to or from a SQLite snapshot for backup
// and restore. Signing keys travel sealed, as they are stored. The target is replaced in one
// transaction (all or nothing) and its row counts are checked against the source's.
#pragma once

#include "common/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace keyward {

class Database;
struct SchemaTable;

class DatabaseCopy {
public:
    enum class Target {
        MustBeEmpty, // refuse a target that has users or signing keys (db copy)
        Replace, // delete what the target holds (restore)
    };

    DatabaseCopy(Database &from, Database &to);

    // Rows copied per table, in copy order.
    using Report = QList<QPair<QString, qint64>>;
    // Both databases are migrated to this build's schema first (the source in place, so pass
    // a scratch copy when the source must stay untouched).
    Result<Report> run(Target target);

private:
    qint64 copyTable(const SchemaTable &table);
    void restartIdentity(const QString &table);

    Database &m_from;
    Database &m_to;
};

} // namespace keyward
