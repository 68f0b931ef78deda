// SPDX-License-Identifier: GPL-3.0-or-later
// Brings a database's schema to the version this build expects, one transaction per step.
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace keyward {

class Database;

struct Migration {
    int version = 0; // strictly increasing, starting at 1
    QString description;
    QStringList statements; // may use the SqlDialect placeholders
};

class MigrationRunner {
public:
    MigrationRunner(Database &database, std::vector<Migration> migrations);

    int currentVersion();
    int latestVersion() const;

    // Applies every step above the current version. Throws StorageError when the database is
    // newer than this build or a step fails (that step is rolled back; earlier ones stay).
    void migrate();
    void migrateTo(int version);

private:
    void ensureVersionTable();
    // False when another process applied it first; upgrade: the database had a schema before.
    bool apply(const Migration &migration, bool upgrade);

    Database &m_database;
    std::vector<Migration> m_migrations;
};

} // namespace keyward
