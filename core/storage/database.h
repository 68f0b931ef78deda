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

    // The calling thread's connection, opened (and configured) on first use. Throws
    // StorageError(Unavailable) when it cannot be opened. Do not keep the handle across threads.
    QSqlDatabase connection();

    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseConfig &config() const { return m_config; }

private:
    QSqlDatabase openConnection(const QString &name);
    void configureSqlite(QSqlDatabase &db);

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QString m_prefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace keyward
