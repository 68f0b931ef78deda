// SPDX-License-Identifier: GPL-3.0-or-later
// RAII write transaction: rolls back on scope exit unless commit() was called. Guards nest:
// an inner guard on the same thread becomes a savepoint of the outer transaction, so a
// failing step can be undone without losing the steps around it.
#pragma once

#include <QMutex>
#include <QSqlDatabase>

#include <functional>

namespace keyward {

class Database;

class TransactionGuard {
public:
    explicit TransactionGuard(Database &database);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    const QSqlDatabase &connection() const { return m_db; }
    void commit();

    // Whether this thread has a transaction open on the connection (then it must not be
    // swapped for a new one: later statements would run outside the transaction).
    static bool isOpenOn(const QString &connectionName);
    // Runs `action` once the outermost transaction open on this thread's connection commits
    // (never if it rolls back, nor if the savepoint around the call is rolled back); at once
    // when no transaction is open.
    static void afterCommit(const QSqlDatabase &db, std::function<void()> action);

private:
    QString savepointName() const;

    QSqlDatabase m_db;
    QMutex *m_writerLock = nullptr; // held by the outermost SQLite transaction
    int m_depth = 0; // 0 = the outermost transaction
    size_t m_pendingAtStart = 0; // afterCommit actions registered before this guard
    bool m_open = false;
};

} // namespace keyward
