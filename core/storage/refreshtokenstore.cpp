// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshtokenstore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

namespace keyward {

RefreshTokenStore::RefreshTokenStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void RefreshTokenStore::insert(const RefreshTokenRecord &token)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id, created_at) VALUES (:h, :s, :t)"))
        .bind(QStringLiteral(":h"), token.tokenHash)
        .bind(QStringLiteral(":s"), token.sessionId)
        .bind(QStringLiteral(":t"), token.createdAt.toSecsSinceEpoch())
        .exec();
}

std::optional<RefreshTokenRecord> RefreshTokenStore::find(const QString &tokenHash)
{
    SqlStatement query(
        m_db,
        QStringLiteral("SELECT token_hash, session_id, created_at, used_at, successor_sealed FROM refresh_tokens "
                       "WHERE token_hash = :h"));
    query.bind(QStringLiteral(":h"), tokenHash).exec();
    if (!query.next())
        return std::nullopt;
    return RefreshTokenRecord{query.value(0).toString(), query.value(1).toString(),
                              fromEpoch(query.value(2).toLongLong()), fromNullableEpoch(query.value(3)),
                              query.value(4).toByteArray()};
}

std::optional<QString> RefreshTokenStore::markUsed(const QString &tokenHash, const QDateTime &at,
                                                   const QByteArray &successorSealed)
{
    SqlStatement query(m_db,
                       QStringLiteral("UPDATE refresh_tokens SET used_at = :at, successor_sealed = :s "
                                      "WHERE token_hash = :h AND used_at IS NULL RETURNING session_id"));
    query.bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":s"), successorSealed)
        .bind(QStringLiteral(":h"), tokenHash)
        .exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace keyward
