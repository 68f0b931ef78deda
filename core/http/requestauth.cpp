#include "requestauth.h"

#include "apierror.h"
#include "auth/rolegraph.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMutexLocker>

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

AuthContext Authenticator::authenticate(const HttpRequest &request)
{
    const QByteArray token = bearerToken(request);
    if (token.isEmpty())
        throw ApiError::invalidToken(QStringLiteral("a bearer token is required"));
    const TokenVerdict verdict = m_backend.tokens().verify(token);
    if (!verdict.valid())
        throw ApiError::invalidToken(
            QStringLiteral("the token is not valid (%1)").arg(rejectionCode(verdict.rejection)));
    const QJsonObject &claims = verdict.token.claims;
    AuthContext auth;
    bool numeric = false;
    auth.userId = claims.value(QLatin1String("sub")).toString().toLongLong(&numeric);
    if (!numeric)
        throw ApiError::invalidToken(QStringLiteral("the token's subject is not a user"));
    auth.email = claims.value(QLatin1String("email")).toString();
    for (const QJsonValue &role : claims.value(QLatin1String("roles")).toArray())
        auth.roles << role.toString();
    auth.sessionId = claims.value(QLatin1String("sid")).toString();
    auth.jti = claims.value(QLatin1String("jti")).toString();
    auth.expiresAt = qint64(claims.value(QLatin1String("exp")).toDouble());
    auth.claims = claims;
    return auth;
}

std::shared_ptr<const RoleGraph> Authenticator::roleGraph()
{
    // Roles change rarely; reloading at most once a second keeps permission checks off the database.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    if (!m_graph || now - m_graphLoadedMs >= 1000) {
        m_graph = std::make_shared<const RoleGraph>(RoleGraph::load(m_backend.database().connection()));
        m_graphLoadedMs = now;
    }
    return m_graph;
}

bool Authenticator::hasPermission(const AuthContext &auth, const QString &permission)
{
    return roleGraph()->hasPermission(auth.roles, permission);
}

bool Authenticator::hasRoleAtLeast(const AuthContext &auth, const QString &role)
{
    const auto graph = roleGraph();
    for (const QString &held : auth.roles) {
        if (graph->isAtOrBelow(role, held))
            return true;
    }
    return false;
}

} // namespace keyward
