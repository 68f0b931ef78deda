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

    static DatabaseConfig sqlite(const QString &path);
    // postgresql://user[:pass]@host[:port]/dbname[?sslmode=...]
    static Result<DatabaseConfig> fromUrl(const QString &url);

    // A description safe for logs and messages: never includes the password.
    QString displayName() const;
};

} // namespace keyward
