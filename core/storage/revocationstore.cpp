// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocationstore.h"

#include "changefeed.h"
#include "sqldialect.h"
#include "sqlstatement.h"

namespace keyward {

RevocationStore::RevocationStore(QSqlDatabase db) : m_db(std::move(db))
{ }

qint64 RevocationStore::insert(const RevocationRecord &record)
{
    // Readers follow the feed by id. PostgreSQL hands out ids at insert time, so two writers
    // could commit out of id order and a reader that already saw the higher id would never see
    // the lower one. Writers therefore queue on this lock until they commit: ids become visible
    // in order. (SQLite has one writer at a time anyway.)
    if (SqlDialect::of(m_db.driver()).hasAdvisoryLocks())
        SqlStatement(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"))
            .bind(QStringLiteral(":key"), kFeedLockKey)
            .exec();
    ChangeFeed::announce(m_db, ChangeFeed::Topic::Revocations);
    return SqlStatement(m_db,
                        QStringLiteral("INSERT INTO revocations (kind, subject, at, expires_at) "
                                       "VALUES (:kind, :subject, :at, :expires) RETURNING id"))
        .bind(QStringLiteral(":kind"), record.kind)
        .bind(QStringLiteral(":subject"), record.subject)
        .bind(QStringLiteral(":at"), record.at)
        .bind(QStringLiteral(":expires"), record.expiresAt)
        .insertReturningId();
}

std::vector<RevocationRecord> RevocationStore::since(qint64 afterId)
{
    SqlStatement query(
        m_db,
        QStringLiteral("SELECT id, kind, subject, at, expires_at FROM revocations WHERE id > :after ORDER BY id"));
    query.bind(QStringLiteral(":after"), afterId).exec();
    std::vector<RevocationRecord> records;
    while (query.next()) {
        records.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toLongLong(), query.value(4).toLongLong()});
    }
    return records;
}

std::vector<RevocationRecord> RevocationStore::newestTokens(qint64 now, int limit)
{
    // Down the primary key from the newest: stops after `limit` rows that qualify.
    SqlStatement query(m_db,
                       QStringLiteral("SELECT id, kind, subject, at, expires_at FROM revocations "
                                      "WHERE kind = 'jti' AND +expires_at >= :now ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":limit"), limit).exec();
    std::vector<RevocationRecord> records;
    while (query.next()) {
        records.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toLongLong(), query.value(4).toLongLong()});
    }
    return records;
}

int RevocationStore::purgeExpired(qint64 now)
{
    SqlStatement query(m_db, QStringLiteral("DELETE FROM revocations WHERE expires_at < :now"));
    query.bind(QStringLiteral(":now"), now).exec();
    return query.rowsAffected();
}

} // namespace keyward
