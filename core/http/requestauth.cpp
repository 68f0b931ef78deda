// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestauth.h"

#include "apierror.h"
#include "auth/clientservice.h"
#include "auth/currentaccess.h"
#include "auth/rolegraph.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "config/settings.h"
#include "storage/database.h"
#include "storage/userpublicid.h"

#include <QJsonArray>

namespace keyward {

Authenticator::Authenticator(Backend &backend) : m_backend(backend)
{ }

QByteArray Authenticator::bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
        return authorization.mid(7).trimmed();
    return request.header("x-auth-token").trimmed();
}

AuthContext Authenticator::authenticate(const HttpRequest &request, bool keywardOnly)
{
    const QByteArray token = bearerToken(request);
    if (token.isEmpty())
        throw ApiError::missingToken();
    const TokenVerdict verdict = m_backend.tokens().verify(token);
    if (!verdict.valid())
        throw ApiError::invalidToken(
            QStringLiteral("the token is not valid (%1)").arg(rejectionCode(verdict.rejection)));
    const QJsonObject &claims = verdict.token.claims;
    if (keywardOnly) {
        const QString client = claims.value(QLatin1String("client_id")).toString();
        if (client != request.settings->tokens.firstPartyClient) {
            // Rare (a registered first-party application): one read.
            const Result<Client> registered = m_backend.clients().find(client);
            if (!registered || !registered->record.firstParty)
                throw ApiError::invalidToken(
                    QStringLiteral("the token was issued to the application %1, not to Keyward").arg(client.left(64)));
        }
    }
    AuthContext auth;
    const QString subject = claims.value(QLatin1String("sub")).toString();
    if (!UserPublicId::isWellFormed(subject))
        throw ApiError::invalidToken(QStringLiteral("the token's subject is not a user"));
    // The contract: Keyward's own routes authorise with the roles the user holds now.
    const std::optional<UserAccess> current = m_backend.currentAccess().of(subject);
    if (!current || current->disabled)
        throw ApiError::invalidToken(QStringLiteral("the token's user is no longer active"));
    auth.userId = current->userId;
    auth.email = current->email;
    auth.roles = current->roles;
    auth.sessionId = claims.value(QLatin1String("sid")).toString();
    auth.jti = claims.value(QLatin1String("jti")).toString();
    auth.expiresAt = qint64(claims.value(QLatin1String("exp")).toDouble());
    auth.claims = claims;
    return auth;
}

bool Authenticator::hasPermission(const AuthContext &auth, const QString &permission)
{
    return m_backend.currentAccess().roleGraph()->hasPermission(auth.roles, permission);
}

bool Authenticator::hasRoleAtLeast(const AuthContext &auth, const QString &role)
{
    const auto graph = m_backend.currentAccess().roleGraph();
    for (const QString &held : auth.roles) {
        if (graph->isAtOrBelow(role, held))
            return true;
    }
    return false;
}

} // namespace keyward
