// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "common/logging.h"
#include "database.h"
#include "sqlstatement.h"
#include "storageerror.h"

#include <QHash>

namespace keyward {

namespace {

// Open guards per connection on this thread (connections are per thread already).
QHash<QString, int> &openDepths()
{
    thread_local QHash<QString, int> depths;
    return depths;
}

// Actions waiting for the outermost commit, per connection (connections are per thread).
QHash<QString, std::vector<std::function<void()>>> &pendingActions()
{
    thread_local QHash<QString, std::vector<std::function<void()>>> actions;
    return actions;
}

} // namespace

void TransactionGuard::afterCommit(const QSqlDatabase &db, std::function<void()> action)
{
    if (isOpenOn(db.connectionName()))
        pendingActions()[db.connectionName()].push_back(std::move(action));
    else
        action();
}

bool TransactionGuard::isOpenOn(const QString &connectionName)
{
    return openDepths().value(connectionName, 0) > 0;
}

TransactionGuard::TransactionGuard(Database &database) : m_db(database.connection())
{
    m_depth = openDepths().value(m_db.connectionName(), 0);
    if (m_depth == 0) {
        // SQLite: take the write lock up front. A deferred transaction that reads first and
        // writes later fails with SQLITE_BUSY instead of waiting when another writer got there.
        const bool sqlite = database.dialect().kind() == SqlDialect::Kind::Sqlite;
        if (sqlite) {
            m_writerLock = &database.writerLock();
            m_writerLock->lock();
        }
        try {
            SqlStatement(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")).exec();
        } catch (...) {
            if (m_writerLock)
                m_writerLock->unlock();
            throw;
        }
    } else {
        SqlStatement(m_db, QStringLiteral("SAVEPOINT ") + savepointName()).exec();
    }
    openDepths()[m_db.connectionName()] = m_depth + 1;
    m_pendingAtStart = pendingActions().value(m_db.connectionName()).size();
    m_open = true;
}

TransactionGuard::~TransactionGuard()
{
    if (!m_open)
        return;
    openDepths()[m_db.connectionName()] = m_depth;
    // What was to follow the rolled-back work is dropped with it.
    if (auto pending = pendingActions().find(m_db.connectionName()); pending != pendingActions().end())
        pending->resize(qMin(pending->size(), m_pendingAtStart));
    try {
        if (m_depth == 0) {
            SqlStatement(m_db, QStringLiteral("ROLLBACK")).exec();
        } else {
            SqlStatement(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName()).exec();
            SqlStatement(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName()).exec();
        }
    } catch (const StorageError &error) {
        qCWarning(lcStorage) << "rollback failed:" << error.what();
    }
    if (m_writerLock)
        m_writerLock->unlock();
}

void TransactionGuard::commit()
{
    if (m_depth == 0)
        SqlStatement(m_db, QStringLiteral("COMMIT")).exec();
    else
        SqlStatement(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName()).exec();
    m_open = false;
    if (m_writerLock) {
        m_writerLock->unlock();
        m_writerLock = nullptr;
    }
    openDepths()[m_db.connectionName()] = m_depth;
    if (m_depth == 0) {
        const std::vector<std::function<void()>> actions = pendingActions().take(m_db.connectionName());
        for (const auto &action : actions)
            action();
    }
}

QString TransactionGuard::savepointName() const
{
    return QStringLiteral("keyward_sp%1").arg(m_depth);
}

} // namespace keyward
