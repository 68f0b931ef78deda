// SPDX-License-Identifier: GPL-3.0-or-later
// backup and restore of a whole installation's database, keys staying sealed.
//  - SQLite: VACUUM INTO writes a consistent, compacted copy while servers keep running.
//  - PostgreSQL: pg_dump's custom format when pg_dump is installed (the tool PostgreSQL
//    administrators already know); without it, a Keyward snapshot (a SQLite file made by
//    DatabaseCopy in one repeatable-read snapshot).
// restore takes either kind of file and replaces the database's contents in one transaction
// (a pg_dump file through pg_restore --single-transaction).
#pragma once

#include "common/result.h"
#include "databasecopy.h"

namespace keyward {

class Database;

class DatabaseBackup {
public:
    explicit DatabaseBackup(Database &database);

    enum class Format { SqliteSnapshot, PgDump };
    // Refuses to overwrite an existing file.
    Result<Format> backup(const QString &file);
    // What was restored, per table (empty for a pg_dump file: pg_restore reports itself).
    Result<DatabaseCopy::Report> restore(const QString &file);

    // The libpq environment (PGHOST…, PGPASSWORD) for pg_dump/pg_restore: a password never
    // goes on a command line, where other users could read it.
    static QStringList libpqEnvironment(const Database &database);

private:
    Result<Format> backupWithPgDump(const QString &pgDump, const QString &file);
    Result<DatabaseCopy::Report> restoreWithPgRestore(const QString &file);
    Result<DatabaseCopy::Report> restoreSnapshot(const QString &file);

    Database &m_database;
};

} // namespace keyward
