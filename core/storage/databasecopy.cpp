// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecopy.h"

#include "common/logging.h"
#include "database.h"
#include "schema.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "transaction.h"

#include <QSqlRecord>

namespace keyward {

namespace {

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    return SqlStatement(db, QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar().toLongLong();
}

} // namespace

DatabaseCopy::DatabaseCopy(Database &from, Database &to) : m_from(from), m_to(to)
{ }

Result<DatabaseCopy::Report> DatabaseCopy::run(Target target)
{
    try {
        MigrationRunner(m_from, schemaMigrations()).migrate();
        MigrationRunner(m_to, schemaMigrations()).migrate();
        // The source is read in one snapshot: a server may still be writing to it.
        TransactionGuard reading(m_from);
        if (m_from.dialect().kind() == SqlDialect::Kind::Postgres)
            SqlStatement(reading.connection(), QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"))
                .exec();
        TransactionGuard writing(m_to);
        const QSqlDatabase to = writing.connection();
        if (target == Target::MustBeEmpty
            && (countRows(to, QStringLiteral("users")) > 0 || countRows(to, QStringLiteral("signing_keys")) > 0)) {
            return failure(ErrorCode::TargetNotEmpty,
                           QStringLiteral("the target database already has users or signing keys; nothing was copied"));
        }
        const auto &tables = schemaTables();
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) { // children first
            if (!it->selfReference.isEmpty()) // a parent row may not go before its children
                SqlStatement(to, QStringLiteral("UPDATE %1 SET %2 = NULL").arg(it->name, it->selfReference)).exec();
            SqlStatement(to, QStringLiteral("DELETE FROM ") + it->name).exec();
        }
        Report report;
        for (const SchemaTable &table : tables) {
            const qint64 copied = copyTable(table);
            const qint64 expected = countRows(reading.connection(), table.name);
            const qint64 present = countRows(to, table.name);
            if (copied != expected || present != expected) {
                return failure(ErrorCode::CopyMismatch,
                               QStringLiteral("table %1: the source has %2 rows, the target got %3; nothing was copied")
                                   .arg(table.name)
                                   .arg(expected)
                                   .arg(present));
            }
            if (table.hasIdentity)
                restartIdentity(table.name);
            report.append({table.name, copied});
        }
        writing.commit();
        // The planner's statistics, now rather than when autovacuum gets round to it: until then
        // PostgreSQL plans over a million copied rows as over an empty table.
        // (SQLite's plans are written for it having none.)
        if (m_to.dialect().kind() == SqlDialect::Kind::Postgres)
            SqlStatement(m_to.connection(), QStringLiteral("ANALYZE")).exec();
        return report;
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message() + QStringLiteral("; nothing was copied"));
    }
}

qint64 DatabaseCopy::copyTable(const SchemaTable &table)
{
    SqlStatement rows(m_from.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table.name));
    rows.exec();
    qint64 copied = 0;
    QList<QPair<QVariant, QVariant>> deferredReferences; // id → the row it refers to
    QString insert;
    QStringList columns;
    while (rows.next()) {
        if (insert.isEmpty()) {
            const QSqlRecord record = rows.record();
            QStringList placeholders;
            for (int i = 0; i < record.count(); ++i) {
                columns << record.fieldName(i);
                placeholders << QLatin1Char(':') + record.fieldName(i);
            }
            insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table.name, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")));
        }
        SqlStatement row(m_to.connection(), insert);
        QVariant selfReference;
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = rows.value(i);
            if (value.isNull())
                value = QVariant(); // NULL stays NULL (not the empty text bind() makes of a null string)
            if (columns.at(i) == table.selfReference) {
                selfReference = value;
                value = QVariant(); // set once every row is there: a parent may come later
            }
            row.bind(QLatin1Char(':') + columns.at(i), value);
        }
        row.exec();
        if (!selfReference.isNull())
            deferredReferences.append({rows.value(QStringLiteral("id")), selfReference});
        ++copied;
    }
    for (const auto &[id, reference] : std::as_const(deferredReferences)) {
        SqlStatement(m_to.connection(),
                     QStringLiteral("UPDATE %1 SET %2 = :ref WHERE id = :id").arg(table.name, table.selfReference))
            .bind(QStringLiteral(":ref"), reference)
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
    return copied;
}

void DatabaseCopy::restartIdentity(const QString &table)
{
    const QSqlDatabase to = m_to.connection();
    // New rows continue after the copied ids, as they would have in the source.
    if (m_to.dialect().kind() == SqlDialect::Kind::Postgres) {
        SqlStatement(to,
                     QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                    "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                         .arg(table))
            .exec();
    } else {
        SqlStatement(to, QStringLiteral("DELETE FROM sqlite_sequence WHERE name = '%1'").arg(table)).exec();
        SqlStatement(to,
                     QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT '%1', MAX(id) FROM %1 "
                                    "WHERE EXISTS (SELECT 1 FROM %1)")
                         .arg(table))
            .exec();
    }
}

} // namespace keyward
