// SPDX-License-Identifier: GPL-3.0-or-later
// Where the database is: a SQLite file or a PostgreSQL URL.
#pragma once

#include "common/result.h"
#include "sqldialect.h"

#include <QString>

namespace keyward {

struct DatabaseConfig {
    SqlDialect::Kind kind = SqlDialect::Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    QString connectOptions;
    int statementTimeoutMs = 10000; // PostgreSQL: statement, lock and idle-transaction limits

    static DatabaseConfig sqlite(const QString &path);
    // postgresql://user[:pass]@host[:port]/dbname[?sslmode=…&sslrootcert=…&connect_timeout=…
    // &statement_timeout=MS&application_name=…]
    static Result<DatabaseConfig> fromUrl(const QString &url);

    // A description safe for logs and messages: never includes the password.
    QString displayName() const;
};

} // namespace keyward
