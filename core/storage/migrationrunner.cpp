// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationrunner.h"

#include "common/logging.h"
#include "database.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "transaction.h"

#include <QDateTime>

namespace keyward {

MigrationRunner::MigrationRunner(Database &database, std::vector<Migration> migrations)
    : m_database(database), m_migrations(std::move(migrations))
{
    for (size_t i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version != int(i) + 1)
            throw StorageError(StorageError::Kind::Other, QStringLiteral("migration list is not numbered 1, 2, 3, …"));
    }
}

int MigrationRunner::latestVersion() const
{
    return int(m_migrations.size());
}

void MigrationRunner::ensureVersionTable()
{
    SqlStatement(m_database.connection(),
                 QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)"))
        .exec();
}

int MigrationRunner::currentVersion()
{
    ensureVersionTable();
    return SqlStatement(m_database.connection(),
                        QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        .scalar()
        .toInt();
}

void MigrationRunner::migrate()
{
    migrateTo(latestVersion());
}

void MigrationRunner::migrateTo(int version)
{
    const int current = currentVersion();
    if (current > latestVersion())
        throw StorageError(
            StorageError::Kind::Other,
            QStringLiteral("the database has schema version %1, newer than this Keyward understands (%2); "
                           "run a newer Keyward")
                .arg(current)
                .arg(latestVersion()));
    int applied = 0;
    for (const Migration &migration : m_migrations) {
        if (migration.version > current && migration.version <= version && apply(migration, current > 0))
            applied = migration.version;
    }
    // A new database is one line, not one per migration; an upgrade names each step (above).
    if (current == 0 && applied > 0)
        qCInfo(lcStorage).noquote() << QStringLiteral("created the database's tables (schema version %1)").arg(applied);
}

bool MigrationRunner::apply(const Migration &migration, bool upgrade)
{
    TransactionGuard transaction(m_database);
    // Another process may have migrated while we waited for the write lock.
    const int current = SqlStatement(transaction.connection(),
                                     QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
                            .scalar()
                            .toInt();
    if (current >= migration.version)
        return false;
    for (const QString &sql : migration.statements)
        SqlStatement(transaction.connection(), m_database.dialect().expand(sql)).exec();
    SqlStatement(transaction.connection(),
                 QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (:v, :d, :t)"))
        .bind(QStringLiteral(":v"), migration.version)
        .bind(QStringLiteral(":d"), migration.description)
        .bind(QStringLiteral(":t"), QDateTime::currentSecsSinceEpoch())
        .exec();
    transaction.commit();
    if (upgrade)
        qCInfo(lcStorage).noquote() << "migrated schema to version" << migration.version << "-"
                                    << migration.description;
    return true;
}

} // namespace keyward
