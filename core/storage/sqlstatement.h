// One prepared SQL statement; failures throw StorageError without the bound values.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace keyward {

class SqlDialect;

// A LIMIT value both dialects accept; a negative limit means "no limit" (SQLite's -1 and
// PostgreSQL's NULL are not portable).
qint64 sqlLimit(int limit);

class SqlStatement {
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    SqlStatement &exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs an INSERT … RETURNING id and gives the new id.
    qint64 insertReturningId();
    // Runs a query whose first row's first column is the answer (e.g. COUNT(*)).
    QVariant scalar();

private:
    [[noreturn]] void fail(const QString &what) const;

    QSqlQuery m_query;
    QString m_sql;
};

} // namespace keyward
