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
                 QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id, created_at, generation) "
                                "VALUES (:h, :s, :t, :g)"))
        .bind(QStringLiteral(":h"), token.tokenHash)
        .bind(QStringLiteral(":s"), token.sessionId)
        .bind(QStringLiteral(":t"), token.createdAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":g"),
              token.generation ? QVariant(*token.generation) : QVariant(QMetaType::fromType<qint64>()))
        .exec();
}

std::optional<RefreshTokenRecord> RefreshTokenStore::find(const QString &tokenHash)
{
    SqlStatement query(
        m_db,
        QStringLiteral("SELECT token_hash, session_id, created_at, used_at, successor_sealed, generation "
                       "FROM refresh_tokens WHERE token_hash = :h"));
    query.bind(QStringLiteral(":h"), tokenHash).exec();
    if (!query.next())
        return std::nullopt;
    const QVariant generation = query.value(5);
    return RefreshTokenRecord{query.value(0).toString(),
                              query.value(1).toString(),
                              fromEpoch(query.value(2).toLongLong()),
                              fromNullableEpoch(query.value(3)),
                              query.value(4).toByteArray(),
                              generation.isNull() ? std::nullopt : std::optional(generation.toLongLong())};
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

int RefreshTokenStore::purgeUsedBefore(const QDateTime &before, int batch)
{
    // The conditions repeat the partial index's, so the planner can use it.
    SqlStatement query(m_db,
                       QStringLiteral("DELETE FROM refresh_tokens WHERE token_hash IN (SELECT token_hash FROM "
                                      "refresh_tokens WHERE used_at IS NOT NULL AND generation IS NOT NULL "
                                      "AND used_at < :before LIMIT :batch)"));
    query.bind(QStringLiteral(":before"), before.toSecsSinceEpoch()).bind(QStringLiteral(":batch"), batch).exec();
    return query.rowsAffected();
}

} // namespace keyward
