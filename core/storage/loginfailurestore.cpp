// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginfailurestore.h"

#include "sqlstatement.h"

namespace keyward {

LoginFailureStore::LoginFailureStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::optional<LoginFailures> LoginFailureStore::find(const QString &account)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT window_start, failures, last_failure_ms FROM login_failures "
                                      "WHERE account = :a"));
    query.bind(QStringLiteral(":a"), account).exec();
    if (!query.next())
        return std::nullopt;
    return LoginFailures{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}

bool LoginFailureStore::tryCountAttempt(const QString &account, qint64 nowMs, qint64 windowSeconds, qint64 allowed,
                                        const QString &waitMsSql)
{
    const QString restarts
        = QStringLiteral("excluded.window_start - login_failures.window_start >= %1").arg(windowSeconds);
    SqlStatement query(m_db,
                       QStringLiteral("INSERT INTO login_failures (account, window_start, failures, last_failure_ms) "
                                      "VALUES (:a, :now, 1, :ms) ON CONFLICT (account) DO UPDATE SET "
                                      "failures = CASE WHEN %1 THEN 1 ELSE login_failures.failures + 1 END, "
                                      "window_start = CASE WHEN %1 THEN excluded.window_start "
                                      "ELSE login_failures.window_start END, "
                                      "last_failure_ms = excluded.last_failure_ms "
                                      "WHERE %1 OR login_failures.failures < %2 "
                                      "OR login_failures.last_failure_ms + (%3) <= excluded.last_failure_ms "
                                      "RETURNING failures")
                           .arg(restarts)
                           .arg(allowed)
                           .arg(waitMsSql));
    query.bind(QStringLiteral(":a"), account)
        .bind(QStringLiteral(":now"), nowMs / 1000)
        .bind(QStringLiteral(":ms"), nowMs)
        .exec();
    return query.next();
}

void LoginFailureStore::uncount(const QString &account)
{
    SqlStatement(m_db,
                 QStringLiteral("UPDATE login_failures SET failures = failures - 1 WHERE account = :a "
                                "AND failures > 0"))
        .bind(QStringLiteral(":a"), account)
        .exec();
}

void LoginFailureStore::clear(const QString &account)
{
    SqlStatement(m_db, QStringLiteral("DELETE FROM login_failures WHERE account = :a"))
        .bind(QStringLiteral(":a"), account)
        .exec();
}

int LoginFailureStore::purgeOlderThan(qint64 ms)
{
    SqlStatement query(m_db, QStringLiteral("DELETE FROM login_failures WHERE last_failure_ms < :ms"));
    query.bind(QStringLiteral(":ms"), ms).exec();
    return query.rowsAffected();
}

} // namespace keyward
