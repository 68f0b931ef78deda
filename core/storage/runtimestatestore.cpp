// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtimestatestore.h"

#include "sqlstatement.h"

namespace keyward {

RuntimeStateStore::RuntimeStateStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::optional<QString> RuntimeStateStore::value(const QString &key)
{
    SqlStatement query(m_db, QStringLiteral("SELECT value FROM runtime_state WHERE key = :k"));
    query.bind(QStringLiteral(":k"), key).exec();
    return query.next() ? std::optional(query.value(0).toString()) : std::nullopt;
}

void RuntimeStateStore::set(const QString &key, const QString &value, qint64 at)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO runtime_state (key, value, updated_at) VALUES (:k, :v, :t) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                "updated_at = excluded.updated_at"))
        .bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), value)
        .bind(QStringLiteral(":t"), at)
        .exec();
}

void RuntimeStateStore::addServedIssuer(const QString &baseUrl, qint64 at)
{
    set(servedIssuer(), baseUrl, at);
    set(QStringLiteral("issuer:") + baseUrl, baseUrl, at);
    // Bounded: the most recent kServedIssuersKept (each --listen …:0 start adds one).
    SqlStatement(m_db,
                 QStringLiteral("DELETE FROM runtime_state WHERE key LIKE 'issuer:%' AND key NOT IN "
                                "(SELECT key FROM runtime_state WHERE key LIKE 'issuer:%' "
                                "ORDER BY updated_at DESC, key LIMIT %1)")
                     .arg(kServedIssuersKept))
        .exec();
}

QStringList RuntimeStateStore::servedIssuers()
{
    SqlStatement query(m_db, QStringLiteral("SELECT value FROM runtime_state WHERE key LIKE 'issuer:%'"));
    query.exec();
    QStringList issuers;
    while (query.next())
        issuers << query.value(0).toString();
    return issuers;
}

} // namespace keyward
