// SPDX-License-Identifier: GPL-3.0-or-later
#include "introspection.h"

#include "accountservice.h"
#include "clientservice.h"
#include "config/settings.h"
#include "currentaccess.h"
#include "rolegraph.h"
#include "sessionservice.h"
#include "settingsservice.h"
#include "tokenservice.h"

#include <QJsonArray>

namespace keyward {

namespace {

const QJsonObject kInactive{{QStringLiteral("active"), false}};

void copyClaims(const QJsonObject &claims, std::initializer_list<const char *> names, QJsonObject &answer)
{
    for (const char *claim : names) {
        if (claims.contains(QLatin1String(claim)))
            answer.insert(QLatin1String(claim), claims.value(QLatin1String(claim)));
    }
}

} // namespace

Introspection::Introspection(TokenService &tokens, ClientService &clients, CurrentAccess &access,
                             SessionService &sessions, AccountService &accounts, SettingsService &settings)
    : m_tokens(tokens), m_clients(clients), m_access(access), m_sessions(sessions), m_accounts(accounts),
      m_settings(settings)
{ }

bool Introspection::looksLikeJwt(const QString &token)
{
    return token.count(QLatin1Char('.')) == 2;
}

QJsonObject Introspection::of(const QString &token)
{
    return looksLikeJwt(token) ? ofAccessToken(token) : ofRefreshToken(token);
}

QJsonObject Introspection::ofAccessToken(const QString &token)
{
    const TokenVerdict verdict = m_tokens.verify(token.toLatin1());
    if (!verdict.valid())
        return kInactive;
    const QJsonObject &claims = verdict.token.claims;
    const QString subject = claims.value(QLatin1String("sub")).toString();
    if (!claims.contains(QLatin1String("sid")) && subject == claims.value(QLatin1String("client_id")).toString()) {
        // A client's own token (client_credentials): active while the client is registered.
        if (!m_clients.find(subject))
            return kInactive;
        QJsonObject answer{{QStringLiteral("active"), true}, {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
        copyClaims(claims, {"iss", "aud", "sub", "client_id", "exp", "iat", "nbf", "jti", "scope"}, answer);
        return answer;
    }
    // Resource servers ask here to learn what holds *now*: a disabled or deleted user, or one
    // whose roles no longer cover the token's, makes it inactive; the roles are the current ones.
    const std::optional<UserAccess> current = m_access.of(subject);
    QStringList claimedRoles;
    for (const QJsonValue &role : claims.value(QLatin1String("roles")).toArray())
        claimedRoles << role.toString();
    if (!current || current->disabled || !m_access.roleGraph()->canManage(current->roles, claimedRoles))
        return kInactive;
    QJsonObject answer{{QStringLiteral("active"), true},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}, // RFC 7662 §2.2, RFC 6749 §7.1
                       {QStringLiteral("username"), current->email},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(current->roles)}};
    copyClaims(claims, {"iss", "aud", "sub", "client_id", "exp", "iat", "nbf", "jti", "sid", "scope"}, answer);
    return answer;
}

QJsonObject Introspection::ofRefreshToken(const QString &token)
{
    const auto session = m_sessions.activeSessionOf(token);
    if (!session)
        return kInactive;
    const Result<User> user = m_accounts.findById(session->userId);
    if (!user)
        return kInactive;
    const qint64 idle = m_settings.current()->tokens.refreshIdleTtl.count();
    return {{QStringLiteral("active"), true},
            {QStringLiteral("token_type"), QStringLiteral("refresh_token")},
            {QStringLiteral("sub"), user->record.publicId},
            {QStringLiteral("sid"), session->id},
            {QStringLiteral("exp"), session->expiresAt(idle).toSecsSinceEpoch()}};
}

} // namespace keyward
