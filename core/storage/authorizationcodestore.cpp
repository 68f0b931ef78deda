// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationcodestore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

namespace keyward {

AuthorizationCodeStore::AuthorizationCodeStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void AuthorizationCodeStore::insert(const AuthorizationCodeRecord &code)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO authorization_codes (code_hash, client_id, user_id, sso_session_id, "
                                "redirect_uri, code_challenge, nonce, scope, workspace_id, auth_time, created_at, "
                                "expires_at) VALUES (:hash, :client, :user, :sso, :redirect, :challenge, :nonce, "
                                ":scope, :workspace, :auth_time, :created, :expires)"))
        .bind(QStringLiteral(":hash"), code.codeHash)
        .bind(QStringLiteral(":client"), code.clientId)
        .bind(QStringLiteral(":user"), code.userId)
        .bind(QStringLiteral(":sso"), code.ssoSessionId)
        .bind(QStringLiteral(":redirect"), code.redirectUri)
        .bind(QStringLiteral(":challenge"), code.codeChallenge)
        .bind(QStringLiteral(":nonce"), code.nonce)
        .bind(QStringLiteral(":scope"), code.scope)
        .bind(QStringLiteral(":workspace"),
              code.workspaceId ? QVariant(*code.workspaceId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":auth_time"), code.authTime.toSecsSinceEpoch())
        .bind(QStringLiteral(":created"), code.createdAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":expires"), code.expiresAt.toSecsSinceEpoch())
        .exec();
}

std::optional<AuthorizationCodeRecord> AuthorizationCodeStore::find(const QString &codeHash)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT code_hash, client_id, user_id, sso_session_id, redirect_uri, "
                                      "code_challenge, nonce, scope, workspace_id, auth_time, created_at, "
                                      "expires_at, used_at, session_id FROM authorization_codes "
                                      "WHERE code_hash = :hash"));
    query.bind(QStringLiteral(":hash"), codeHash).exec();
    if (!query.next())
        return std::nullopt;
    AuthorizationCodeRecord code;
    code.codeHash = query.value(0).toString();
    code.clientId = query.value(1).toString();
    code.userId = query.value(2).toLongLong();
    code.ssoSessionId = query.value(3).toString();
    code.redirectUri = query.value(4).toString();
    code.codeChallenge = query.value(5).toString();
    code.nonce = query.value(6).toString();
    code.scope = query.value(7).toString();
    if (!query.value(8).isNull())
        code.workspaceId = query.value(8).toLongLong();
    code.authTime = fromEpoch(query.value(9).toLongLong());
    code.createdAt = fromEpoch(query.value(10).toLongLong());
    code.expiresAt = fromEpoch(query.value(11).toLongLong());
    code.usedAt = fromNullableEpoch(query.value(12));
    code.sessionId = query.value(13).toString();
    return code;
}

bool AuthorizationCodeStore::markUsed(const QString &codeHash, const QDateTime &at, const QString &sessionId)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE authorization_codes SET used_at = :at, session_id = :session "
                                       "WHERE code_hash = :hash AND used_at IS NULL"))
               .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
               .bind(QStringLiteral(":session"), sessionId)
               .bind(QStringLiteral(":hash"), codeHash)
               .exec()
               .rowsAffected()
        > 0;
}

int AuthorizationCodeStore::purgeExpired(const QDateTime &before, int limit)
{
    return SqlStatement(m_db,
                        QStringLiteral("DELETE FROM authorization_codes WHERE code_hash IN (SELECT code_hash "
                                       "FROM authorization_codes WHERE expires_at < :before LIMIT :limit)"))
        .bind(QStringLiteral(":before"), before.toSecsSinceEpoch())
        .bind(QStringLiteral(":limit"), limit)
        .exec()
        .rowsAffected();
}

} // namespace keyward
