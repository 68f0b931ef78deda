// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "common/logging.h"
#include "sqlstatement.h"
#include "storageerror.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>

namespace keyward {

namespace {

QAtomicInteger<quint64> g_nextDatabaseId;
QAtomicInteger<quint64> g_nextThreadSerial;

// A number for the calling thread that is never reused, unlike thread ids, so a connection
// made by a finished thread is never handed to a new one.
quint64 threadSerial()
{
    thread_local const quint64 serial = g_nextThreadSerial.fetchAndAddRelaxed(1) + 1;
    return serial;
}

} // namespace

Database::Database(DatabaseConfig config)
    : m_config(std::move(config)), m_dialect(m_config.kind),
      m_prefix(QStringLiteral("keyward-%1-").arg(g_nextDatabaseId.fetchAndAddRelaxed(1) + 1))
{ }

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    // Connections of other threads are removed without touching them (Qt would warn that they
    // belong to another thread); removal closes them.
    for (const QString &name : std::as_const(m_connectionNames)) {
        SqlStatement::forgetConnection(name); // its statements first, then the connection
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection()
{
    const QString name = m_prefix + QString::number(threadSerial());
    if (!QSqlDatabase::contains(name))
        return openConnection(name);
    QSqlDatabase db = QSqlDatabase::database(name, false);
    // After the server went away (a restart, a failover) the old connections are dead: start
    // a new one, but never in the middle of a transaction or under a statement still in use.
    if (db.isOpen() && openedBeforeLastFailure(name) && !TransactionGuard::isOpenOn(name)
        && !SqlStatement::inUse(name)) {
        qCInfo(lcStorage) << "reconnecting to" << m_config.displayName() << "after a connection failure";
        SqlStatement::forgetConnection(name);
        db.close();
    }
    if (db.isOpen())
        return db;
    SqlStatement::forgetConnection(name); // prepared on the old connection, unknown to a new one
    noteOpening(name);
    if (!db.open())
        throw StorageError(
            StorageError::Kind::Unavailable,
            QStringLiteral("cannot reopen database %1: %2").arg(m_config.displayName(), db.lastError().text()));
    configureSession(db);
    return db;
}

// When each of this thread's connections was opened, counted in connection failures. Only the
// owning thread reads or writes an entry (names carry the thread's serial): no lock on this
// path, which every store construction takes.
static QHash<QString, quint64> &failuresAtOpen()
{
    thread_local QHash<QString, quint64> failures;
    return failures;
}

bool Database::openedBeforeLastFailure(const QString &name)
{
    const quint64 failures = SqlStatement::connectionFailures();
    return failures != 0 && failuresAtOpen().value(name) < failures;
}

void Database::noteOpening(const QString &name)
{
    failuresAtOpen().insert(name, SqlStatement::connectionFailures());
}

QSqlDatabase Database::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    if (!db.isValid())
        throw StorageError(StorageError::Kind::Unavailable,
                           QStringLiteral("the Qt SQL driver %1 is not installed").arg(m_dialect.driverName()));
    noteOpening(name);
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        db.setDatabaseName(m_config.sqlitePath);
        // Wait for another writer instead of failing at once (milliseconds).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.databaseName);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setConnectOptions(m_config.connectOptions);
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        throw StorageError(StorageError::Kind::Unavailable,
                           QStringLiteral("cannot open database %1: %2").arg(m_config.displayName(), reason));
    }
    configureSession(db);
    qCDebug(lcStorage) << "opened connection" << name << "to" << m_config.displayName();
    return db;
}

void Database::configureSession(QSqlDatabase &db)
{
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        configureSqlite(db);
        return;
    }
    // A statement or a forgotten transaction must never hold a request (or a row lock) for
    // long: fail it, answer 503, and let the client retry.
    SqlStatement(db, QStringLiteral("SET statement_timeout = %1").arg(m_config.statementTimeoutMs)).exec();
    // libpq prints notices ("relation … already exists, skipping") on stderr: keep it quiet.
    SqlStatement(db, QStringLiteral("SET client_min_messages = warning")).exec();
    SqlStatement(db, QStringLiteral("SET lock_timeout = %1").arg(m_config.statementTimeoutMs)).exec();
    SqlStatement(db,
                 QStringLiteral("SET idle_in_transaction_session_timeout = %1").arg(6 * m_config.statementTimeoutMs))
        .exec();
}

void Database::configureSqlite(QSqlDatabase &db)
{
    // WAL lets readers run beside the one writer; NORMAL is durable across application
    // crashes in WAL mode and five times faster than FULL for small transactions.
    SqlStatement(db, QStringLiteral("PRAGMA journal_mode=WAL")).exec();
    SqlStatement(db, QStringLiteral("PRAGMA synchronous=NORMAL")).exec();
    SqlStatement(db, QStringLiteral("PRAGMA foreign_keys=ON")).exec();
    // Keyward's temporary structures are small (a sort, a subquery's keys): in memory, not a
    // file created and unlinked under the write lock.
    SqlStatement(db, QStringLiteral("PRAGMA temp_store=MEMORY")).exec();
    // A checkpoint runs in the committing request, under the write lock, and copies each page
    // it finds once: every 10,000 pages (~40 MB) instead of SQLite's 1,000, a page written by
    // many sign-ins is copied once, not ten times (+15 % passkey sign-ins/s, keyward-bench-mfa).
    // The WAL file is cut back to 64 MB after a checkpoint if a long reader let it grow.
    SqlStatement(db, QStringLiteral("PRAGMA wal_autocheckpoint=10000")).exec();
    SqlStatement(db, QStringLiteral("PRAGMA journal_size_limit=67108864")).exec();
}

} // namespace keyward
