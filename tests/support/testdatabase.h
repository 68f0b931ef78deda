// A migrated SQLite database in a temporary directory, for store tests.
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace keyward {

class TestDatabase {
public:
    // migrate = false leaves the file empty (for migration tests).
    explicit TestDatabase(bool migrate = true);

    Database &database() { return *m_database; }
    QSqlDatabase connection() { return m_database->connection(); }
    QString path() const { return m_dir.filePath(QStringLiteral("keyward.db")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace keyward
