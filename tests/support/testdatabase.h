// SPDX-License-Identifier: GPL-3.0-or-later
// A migrated database for store tests: a SQLite file in a temporary directory, or a fresh
// PostgreSQL database when the test runs under the `postgres` label (see testpostgres.h).
#pragma once

#include "storage/database.h"
#include "testpostgres.h"

#include <QTemporaryDir>

#include <memory>

namespace keyward {

class TestDatabase {
public:
    // migrate = false leaves the file empty (for migration tests).
    explicit TestDatabase(bool migrate = true);

    Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }
    // The SQLite file; meaningless on PostgreSQL (see isPostgres()).
    QString path() const { return m_dir.filePath(QStringLiteral("keyward.db")); }
    bool isPostgres() const { return m_postgres != nullptr; }
    // Where a Backend over this database keeps its files, and what --db would say (empty for
    // the SQLite file in dataDir()).
    QString dataDir() const { return m_dir.path(); }
    QString databaseUrl() const;
    DatabaseConfig config() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchPostgresDatabase> m_postgres; // outlives m_database
    std::unique_ptr<Database> m_database;
};

} // namespace keyward
