// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentstore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

namespace keyward {

namespace {

ConsentRecord readConsent(const SqlStatement &row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(),
            row.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), fromEpoch(row.value(3).toLongLong())};
}

} // namespace

ConsentStore::ConsentStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::optional<ConsentRecord> ConsentStore::find(qint64 userId, const QString &clientId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT user_id, client_id, scope, granted_at FROM consents "
                                      "WHERE user_id = :user AND client_id = :client"));
    query.bind(QStringLiteral(":user"), userId).bind(QStringLiteral(":client"), clientId).exec();
    return query.next() ? std::optional(readConsent(query)) : std::nullopt;
}

void ConsentStore::save(const ConsentRecord &consent)
{
    // One statement (SQLite and PostgreSQL both have it): two "Allow"s at once both succeed.
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO consents (user_id, client_id, scope, granted_at) "
                                "VALUES (:user, :client, :scope, :at) ON CONFLICT (user_id, client_id) "
                                "DO UPDATE SET scope = excluded.scope, granted_at = excluded.granted_at"))
        .bind(QStringLiteral(":user"), consent.userId)
        .bind(QStringLiteral(":client"), consent.clientId)
        .bind(QStringLiteral(":scope"), consent.scopes.join(QLatin1Char(' ')))
        .bind(QStringLiteral(":at"), consent.grantedAt.toSecsSinceEpoch())
        .exec();
}

bool ConsentStore::remove(qint64 userId, const QString &clientId)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM consents WHERE user_id = :user AND client_id = :client"))
               .bind(QStringLiteral(":user"), userId)
               .bind(QStringLiteral(":client"), clientId)
               .exec()
               .rowsAffected()
        > 0;
}

std::vector<ConsentRecord> ConsentStore::ofUser(qint64 userId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT user_id, client_id, scope, granted_at FROM consents "
                                      "WHERE user_id = :user ORDER BY client_id"));
    query.bind(QStringLiteral(":user"), userId).exec();
    std::vector<ConsentRecord> consents;
    while (query.next())
        consents.push_back(readConsent(query));
    return consents;
}

std::vector<ConsentRecord> ConsentStore::ofClient(const QString &clientId, int limit)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT user_id, client_id, scope, granted_at FROM consents "
                                      "WHERE client_id = :client ORDER BY granted_at DESC, user_id LIMIT :limit"));
    query.bind(QStringLiteral(":client"), clientId).bind(QStringLiteral(":limit"), limit).exec();
    std::vector<ConsentRecord> consents;
    while (query.next())
        consents.push_back(readConsent(query));
    return consents;
}

} // namespace keyward
