// SPDX-License-Identifier: GPL-3.0-or-later
// One prepared SQL statement; failures throw StorageError without the bound values. Prepared
// statements are kept per connection (so per thread) and reused: preparing costs more than
// running most of Keyward's statements.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <memory>

namespace keyward {

class SqlDialect;

// A LIMIT value both dialects accept; a negative limit means "no limit" (SQLite's -1 and
// PostgreSQL's NULL are not portable).
qint64 sqlLimit(int limit);

class SqlStatement {
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    // Finalises the prepared statements of a connection about to be removed.
    static void forgetConnection(const QString &connectionName);
    // How many statements of this process failed because a database went away. When it
    // grows, Database replaces every connection opened before (at its next safe use): a server
    // that restarted has dropped them all, not just the one that noticed.
    static quint64 connectionFailures();
    static bool inUse(const QString &connectionName);

    struct CachedQuery; // a prepared statement kept for reuse by one thread

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    SqlStatement &exec();

    // "(:p0, :p1, …)" with kInListSize slots for `column IN (…)`. Lists are bound in chunks of
    // that size, a short one padded with its last value, so the statement's text (and its cached
    // plan) is one whatever the list's length. forEachChunk walks a list that way.
    static constexpr qsizetype kInListSize = 50;
    static QString inList(const QString &prefix);
    SqlStatement &bindInList(const QString &prefix, const QVariantList &chunk);
    template <typename List, typename Action> static void forEachChunk(const List &values, Action action)
    {
        for (qsizetype from = 0; from < qsizetype(values.size()); from += kInListSize) {
            QVariantList chunk;
            for (qsizetype i = from; i < qMin(from + kInListSize, qsizetype(values.size())); ++i)
                chunk.append(QVariant::fromValue(values[size_t(i)]));
            action(chunk);
        }
    }

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString &column) const { return m_query->value(column); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    QSqlRecord record() const { return m_query->record(); }

    // Runs an INSERT … RETURNING id and gives the new id.
    qint64 insertReturningId();
    // Runs a query whose first row's first column is the answer (e.g. COUNT(*)).
    QVariant scalar();

private:
    [[noreturn]] void fail(const QString &what) const;

    CachedQuery *m_cached = nullptr; // the reused statement, or null for a one-off
    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query = nullptr;
    QString m_sql;
    bool m_direct = false; // run without preparing (no bound values allowed)
};

} // namespace keyward
