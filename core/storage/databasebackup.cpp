// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasebackup.h"

#include "database.h"
#include "sqlstatement.h"
#include "storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace keyward {

namespace {

QByteArray fileHeader(const QString &path, int size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

bool isSqliteFile(const QString &path)
{
    return fileHeader(path, 16) == QByteArrayLiteral("SQLite format 3\0");
}

bool isPgDumpFile(const QString &path)
{
    return fileHeader(path, 5) == "PGDMP";
}

// Runs a PostgreSQL client tool with the database's libpq environment; fails with its stderr.
Status runPgTool(const Database &database, const QString &program, const QStringList &arguments)
{
    QProcess process;
    QStringList environment = QProcess::systemEnvironment();
    environment << DatabaseBackup::libpqEnvironment(database);
    process.setEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(-1))
        return failure(ErrorCode::BackupTool, QStringLiteral("%1 did not run").arg(program));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString reason
            = QString::fromUtf8(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return failure(ErrorCode::BackupTool,
                       QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(), reason));
    }
    return success();
}

} // namespace

DatabaseBackup::DatabaseBackup(Database &database) : m_database(database)
{ }

QStringList DatabaseBackup::libpqEnvironment(const Database &database)
{
    const DatabaseConfig &config = database.config();
    QStringList environment{
        QStringLiteral("PGHOST=") + config.host, QStringLiteral("PGPORT=") + QString::number(config.port),
        QStringLiteral("PGDATABASE=") + config.databaseName, QStringLiteral("PGUSER=") + config.user};
    if (!config.password.isEmpty())
        environment << QStringLiteral("PGPASSWORD=") + config.password;
    // sslmode=require → PGSSLMODE=require, and so on for each libpq option of the URL.
    for (const QString &option : config.connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = option.section(QLatin1Char('='), 0, 0);
        const QString value = option.section(QLatin1Char('='), 1);
        static const QHash<QString, QString> variables{
            {QStringLiteral("sslmode"), QStringLiteral("PGSSLMODE")},
            {QStringLiteral("sslrootcert"), QStringLiteral("PGSSLROOTCERT")},
            {QStringLiteral("sslcert"), QStringLiteral("PGSSLCERT")},
            {QStringLiteral("sslkey"), QStringLiteral("PGSSLKEY")},
            {QStringLiteral("connect_timeout"), QStringLiteral("PGCONNECT_TIMEOUT")}};
        if (variables.contains(key))
            environment << variables.value(key) + QLatin1Char('=') + value;
    }
    return environment;
}

Result<DatabaseBackup::Format> DatabaseBackup::backup(const QString &file)
{
    if (QFileInfo::exists(file))
        return failure(ErrorCode::FileExists, QStringLiteral("%1 exists already; choose a new file").arg(file));
    try {
        if (m_database.dialect().kind() == SqlDialect::Kind::Sqlite) {
            QString literal = file;
            literal.replace(QLatin1Char('\''), QLatin1String("''"));
            SqlStatement(m_database.connection(), QStringLiteral("VACUUM INTO '%1'").arg(literal)).exec();
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
            return Format::SqliteSnapshot;
        }
        if (const QString pgDump = QStandardPaths::findExecutable(QStringLiteral("pg_dump")); !pgDump.isEmpty())
            return backupWithPgDump(pgDump, file);
        Database snapshot(DatabaseConfig::sqlite(file));
        const auto copied = DatabaseCopy(m_database, snapshot).run(DatabaseCopy::Target::MustBeEmpty);
        if (!copied) {
            QFile::remove(file);
            return copied.error();
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        return Format::SqliteSnapshot;
    } catch (const StorageError &error) {
        QFile::remove(file);
        return failure(ErrorCode::Database, error.message());
    }
}

Result<DatabaseBackup::Format> DatabaseBackup::backupWithPgDump(const QString &pgDump, const QString &file)
{
    // Created owner-only first: the dump holds password hashes and sealed keys.
    QFile target(file);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failure(ErrorCode::FileExists, QStringLiteral("cannot create %1").arg(file));
    target.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    target.close();
    const Status dumped = runPgTool(
        m_database, pgDump,
        {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--file=") + file});
    if (!dumped) {
        QFile::remove(file);
        return dumped.error();
    }
    return Format::PgDump;
}

Result<DatabaseCopy::Report> DatabaseBackup::restore(const QString &file)
{
    if (isSqliteFile(file))
        return restoreSnapshot(file);
    if (isPgDumpFile(file)) {
        if (m_database.dialect().kind() != SqlDialect::Kind::Postgres)
            return failure(ErrorCode::WrongBackup,
                           QStringLiteral("%1 is a pg_dump file; restore it into PostgreSQL").arg(file));
        return restoreWithPgRestore(file);
    }
    return failure(ErrorCode::WrongBackup, QStringLiteral("%1 is not a Keyward backup").arg(file));
}

Result<DatabaseCopy::Report> DatabaseBackup::restoreSnapshot(const QString &file)
{
    // The backup itself stays untouched: an older one is migrated as a scratch copy.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("restore.db"));
    if (!scratch.isValid() || !QFile::copy(file, copy))
        return failure(ErrorCode::Io, QStringLiteral("cannot read %1").arg(file));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Result<DatabaseCopy::Report> report = failure(ErrorCode::Io, QString());
    {
        Database source(DatabaseConfig::sqlite(copy));
        try {
            const QString check
                = SqlStatement(source.connection(), QStringLiteral("PRAGMA integrity_check")).scalar().toString();
            if (check != QLatin1String("ok"))
                return failure(ErrorCode::WrongBackup, QStringLiteral("%1 is damaged: %2").arg(file, check));
        } catch (const StorageError &error) {
            return failure(ErrorCode::WrongBackup, QStringLiteral("%1 cannot be read: %2").arg(file, error.message()));
        }
        report = DatabaseCopy(source, m_database).run(DatabaseCopy::Target::Replace);
    }
    return report;
}

Result<DatabaseCopy::Report> DatabaseBackup::restoreWithPgRestore(const QString &file)
{
    const QString pgRestore = QStandardPaths::findExecutable(QStringLiteral("pg_restore"));
    if (pgRestore.isEmpty())
        return failure(ErrorCode::BackupTool,
                       QStringLiteral("pg_restore is not installed (Debian: postgresql-client)"));
    const Status restored = runPgTool(m_database, pgRestore,
                                      {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                       QStringLiteral("--single-transaction"), QStringLiteral("--no-owner"),
                                       QStringLiteral("--dbname=") + m_database.config().databaseName, file});
    if (!restored)
        return restored.error();
    return DatabaseCopy::Report{};
}

} // namespace keyward
