// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterstore.h"

#include "sqlstatement.h"

namespace keyward {

CounterStore::CounterStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void CounterStore::add(const char *name, qint64 delta, qint64 bucket)
{
    upsert(name, delta, bucket, "counters.value + excluded.value");
}

void CounterStore::set(const char *name, qint64 value, qint64 bucket)
{
    upsert(name, value, bucket, "excluded.value");
}

void CounterStore::upsert(const char *name, qint64 value, qint64 bucket, const char *onConflict)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO counters (name, bucket, value) VALUES (:n, :b, :v) "
                                "ON CONFLICT (name, bucket) DO UPDATE SET value = %1")
                     .arg(QLatin1String(onConflict)))
        .bind(QStringLiteral(":n"), QString::fromLatin1(name))
        .bind(QStringLiteral(":b"), bucket)
        .bind(QStringLiteral(":v"), value)
        .exec();
}

qint64 CounterStore::value(const char *name, qint64 bucket)
{
    SqlStatement query(m_db, QStringLiteral("SELECT value FROM counters WHERE name = :n AND bucket = :b"));
    query.bind(QStringLiteral(":n"), QString::fromLatin1(name)).bind(QStringLiteral(":b"), bucket).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 CounterStore::sumSince(const char *name, qint64 fromBucket)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT COALESCE(SUM(value), 0) FROM counters WHERE name = :n "
                                      "AND bucket >= :b"));
    query.bind(QStringLiteral(":n"), QString::fromLatin1(name)).bind(QStringLiteral(":b"), fromBucket).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

int CounterStore::purgeBucketsBefore(qint64 bucket)
{
    SqlStatement query(m_db, QStringLiteral("DELETE FROM counters WHERE bucket > 0 AND bucket < :b"));
    query.bind(QStringLiteral(":b"), bucket).exec();
    return query.rowsAffected();
}

} // namespace keyward
