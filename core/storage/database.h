// SPDX-License-Identifier: GPL-3.0-or-later
// Hands each thread its own open connection to one configured database.
#pragma once

#include "databaseconfig.h"
#include "sqldialect.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

namespace keyward {

class Database {
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The calling thread's connection, opened (and configured) on first use, and opened anew
    // after the database server went away. Throws StorageError(Unavailable) when it cannot be
    // opened. Do not keep the handle across threads.
    QSqlDatabase connection();

    const SqlDialect &dialect() const { return m_dialect; }

    // SQLite allows one writer at a time and makes the others sleep and retry (in steps of up
    // to 100 ms). Writers of this process queue here instead, so that sleep is left only for
    // writers in other processes. Unused for PostgreSQL, which has row locks.
    QMutex &writerLock() { return m_writerLock; }
    const DatabaseConfig &config() const { return m_config; }

private:
    QSqlDatabase openConnection(const QString &name);
    void configureSession(QSqlDatabase &db);
    static bool openedBeforeLastFailure(const QString &name);
    static void noteOpening(const QString &name);
    void configureSqlite(QSqlDatabase &db);

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QString m_prefix;
    QMutex m_mutex;
    QMutex m_writerLock;
    QStringList m_connectionNames;
};

} // namespace keyward
