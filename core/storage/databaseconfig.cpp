// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseconfig.h"

#include <QUrl>
#include <QUrlQuery>

namespace keyward {

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.kind = SqlDialect::Kind::Sqlite;
    config.sqlitePath = path;
    return config;
}

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("sqlite")) {
        if (url.path().isEmpty())
            return failure(ErrorCode::InvalidDbUrl, QStringLiteral("sqlite: URL needs a file path"));
        return sqlite(url.path());
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return failure(ErrorCode::InvalidDbUrl,
                       QStringLiteral("database URL must start with postgresql:// or sqlite://"));
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return failure(ErrorCode::InvalidDbUrl,
                       QStringLiteral("database URL must look like postgresql://user[:pass]@host:port/dbname"));
    DatabaseConfig config;
    config.kind = SqlDialect::Kind::Postgres;
    config.host = url.host();
    config.port = url.port(5432);
    config.databaseName = url.path().mid(1);
    config.user = url.userName();
    config.password = url.password();
    QStringList options;
    bool hasConnectTimeout = false;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QStringList libpqOptions{QStringLiteral("sslmode"),
                                              QStringLiteral("sslrootcert"),
                                              QStringLiteral("sslcert"),
                                              QStringLiteral("sslkey"),
                                              QStringLiteral("connect_timeout"),
                                              QStringLiteral("application_name"),
                                              QStringLiteral("target_session_attrs")};
        if (key == QLatin1String("statement_timeout")) {
            bool ok = false;
            config.statementTimeoutMs = value.toInt(&ok);
            if (!ok || config.statementTimeoutMs < 100)
                return failure(ErrorCode::InvalidDbUrl,
                               QStringLiteral("statement_timeout is in milliseconds, at least 100"));
        } else if (libpqOptions.contains(key) && !value.contains(QLatin1Char(';'))) {
            options << key + QLatin1Char('=') + value;
            hasConnectTimeout = hasConnectTimeout || key == QLatin1String("connect_timeout");
        } else {
            return failure(ErrorCode::InvalidDbUrl,
                           QStringLiteral("unsupported database URL option '%1'").arg(key.left(64)));
        }
    }
    // An unreachable host must not hold a request for libpq's default of forever.
    if (!hasConnectTimeout)
        options << QStringLiteral("connect_timeout=5");
    config.connectOptions = options.join(QLatin1Char(';'));
    return config;
}

QString DatabaseConfig::displayName() const
{
    if (kind == SqlDialect::Kind::Sqlite)
        return sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

} // namespace keyward
