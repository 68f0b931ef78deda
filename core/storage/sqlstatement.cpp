// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstatement.h"

#include "common/logging.h"
#include "sqldialect.h"
#include "storageerror.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace keyward {

qint64 sqlLimit(int limit)
{
    return limit < 0 ? std::numeric_limits<qint64>::max() : limit;
}

struct SqlStatement::CachedQuery {
    QSqlQuery query;
    bool inUse = false;
};

namespace {

using QueryCache = std::unordered_map<QString, std::unique_ptr<SqlStatement::CachedQuery>>;

// Caches by connection name (one connection per thread and database). Kept outside the threads
// so a database that goes away finalises its statements before its connections close, whatever
// thread made them. Never destroyed: statements must not outlive the SQL drivers at exit.
struct QueryCaches {
    QMutex mutex;
    std::unordered_map<QString, QueryCache> byConnection;
};

QueryCaches &queryCaches()
{
    static QueryCaches *caches = new QueryCaches;
    return *caches;
}

constexpr size_t kMaxCachedStatements = 256; // per connection; Keyward has fewer distinct statements

// Transaction control and pragmas are cheap to prepare and must not linger.
bool cacheable(const QString &sql)
{
    return sql.startsWith(QLatin1String("SELECT")) || sql.startsWith(QLatin1String("INSERT"))
        || sql.startsWith(QLatin1String("UPDATE")) || sql.startsWith(QLatin1String("DELETE"));
}

} // namespace

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql) : m_sql(sql)
{
    if (cacheable(sql)) {
        QueryCaches &caches = queryCaches();
        QMutexLocker lock(&caches.mutex);
        QueryCache &cache = caches.byConnection[db.connectionName()];
        auto it = cache.find(sql);
        if (it == cache.end() && cache.size() < kMaxCachedStatements) {
            auto entry = std::make_unique<CachedQuery>(CachedQuery{QSqlQuery(db), false});
            entry->query.setForwardOnly(true);
            if (!entry->query.prepare(sql)) {
                lock.unlock();
                m_query = &entry->query;
                fail(QStringLiteral("prepare"));
            }
            it = cache.emplace(sql, std::move(entry)).first;
        }
        // A statement already in use further up this thread's stack gets a one-off copy.
        if (it != cache.end() && !it->second->inUse) {
            m_cached = it->second.get();
            m_cached->inUse = true;
            m_query = &m_cached->query;
            return;
        }
    }
    m_owned = std::make_unique<QSqlQuery>(db);
    m_query = m_owned.get();
    m_query->setForwardOnly(true);
    // Schema changes and transaction control run as they are: PostgreSQL cannot PREPARE them.
    m_direct = !cacheable(sql);
    if (!m_direct && !m_query->prepare(sql))
        fail(QStringLiteral("prepare"));
}

SqlStatement::~SqlStatement()
{
    if (m_cached) {
        m_cached->query.finish(); // resets the statement: no read lock outlives its use
        QMutexLocker lock(&queryCaches().mutex);
        m_cached->inUse = false;
    }
}

void SqlStatement::forgetConnection(const QString &connectionName)
{
    QueryCaches &caches = queryCaches();
    QMutexLocker lock(&caches.mutex);
    caches.byConnection.erase(connectionName);
}

namespace {
QAtomicInteger<quint64> g_connectionFailures;
} // namespace

quint64 SqlStatement::connectionFailures()
{
    return g_connectionFailures.loadAcquire();
}

bool SqlStatement::inUse(const QString &connectionName)
{
    QueryCaches &caches = queryCaches();
    QMutexLocker lock(&caches.mutex);
    const auto cache = caches.byConnection.find(connectionName);
    if (cache == caches.byConnection.end())
        return false;
    return std::any_of(cache->second.cbegin(), cache->second.cend(),
                       [](const auto &entry) { return entry.second->inUse; });
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString would be bound as SQL NULL; Keyward stores absent text as ''.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(placeholder, QString(QLatin1String("")));
    else
        m_query->bindValue(placeholder, value);
    return *this;
}

QString SqlStatement::inList(const QString &prefix)
{
    QStringList names;
    for (qsizetype i = 0; i < kInListSize; ++i)
        names.append(prefix + QString::number(i));
    return QLatin1Char('(') + names.join(QLatin1Char(',')) + QLatin1Char(')');
}

SqlStatement &SqlStatement::bindInList(const QString &prefix, const QVariantList &chunk)
{
    Q_ASSERT(!chunk.isEmpty() && chunk.size() <= kInListSize);
    for (qsizetype i = 0; i < kInListSize; ++i)
        bind(prefix + QString::number(i), chunk.value(qMin(i, chunk.size() - 1)));
    return *this;
}

SqlStatement &SqlStatement::exec()
{
    if (!(m_direct ? m_query->exec(m_sql) : m_query->exec()))
        fail(QStringLiteral("execute"));
    return *this;
}

qint64 SqlStatement::insertReturningId()
{
    exec();
    if (!m_query->next())
        throw StorageError(StorageError::Kind::Other, QStringLiteral("INSERT … RETURNING gave no row: ") + m_sql);
    return m_query->value(0).toLongLong();
}

QVariant SqlStatement::scalar()
{
    exec();
    return m_query->next() ? m_query->value(0) : QVariant();
}

void SqlStatement::fail(const QString &what) const
{
    const QSqlError error = m_query->lastError();
    const SqlDialect dialect = SqlDialect::of(m_query->driver());
    StorageError::Kind kind = StorageError::Kind::Other;
    if (dialect.isUniqueViolation(error))
        kind = StorageError::Kind::UniqueViolation;
    else if (dialect.isBusy(error)) // not a lost connection: the connection is kept
        kind = StorageError::Kind::Busy;
    else if (dialect.isConnectionFailure(error))
        kind = StorageError::Kind::Unavailable;
    if (kind == StorageError::Kind::Unavailable)
        g_connectionFailures.fetchAndAddOrdered(1);
    // Whoever catches the error reports it once (the router's log, the CLI's one stderr line);
    // this adds the SQL for debugging. The SQL text is safe to log (values are bound, never
    // interpolated); the values are not.
    qCDebug(lcStorage).noquote() << "cannot" << what << "statement:" << error.text() << "SQL:" << m_sql;
    throw StorageError(kind,
                       QStringLiteral("database error (%1): %2")
                           .arg(what, error.databaseText().isEmpty() ? error.text() : error.databaseText()));
}

} // namespace keyward
