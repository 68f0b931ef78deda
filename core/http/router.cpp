// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "accesslog.h"
#include "apierror.h"
#include "auth/applicationorigins.h"
#include "common/logging.h"
#include "config/settings.h"
#include "metrics.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace keyward {

Actor RequestContext::actor() const
{
    Actor actor = Actor::user(user().email, user().roles, request.clientAddress);
    actor.userId = user().userId;
    return actor;
}

qint64 RequestContext::numericParameter(const QString &name) const
{
    bool ok = false;
    const qint64 value = request.pathParameters.value(name).toLongLong(&ok);
    if (!ok)
        throw ApiError::notFound();
    return value;
}

HttpResponse errorResponse(const ApiError &error)
{
    HttpResponse response = HttpResponse::json(
        {{QStringLiteral("error"), errorCodeName(error.code)}, {QStringLiteral("message"), error.message}},
        error.status);
    response.headers.append(error.headers);
    return response;
}

Router::Router(Authenticator &authenticator, Metrics &metrics) : m_authenticator(authenticator), m_metrics(metrics)
{ }

void Router::add(Route route)
{
    route.takesApplicationTokens
        = route.path.startsWith(QLatin1String("/api/")) || route.path == QLatin1String("/oauth/userinfo");
    if (!m_table.add(route.method, route.path, int(m_routes.size())))
        qFatal("route %s %s is registered twice or has an unknown method", route.method.constData(),
               qPrintable(route.path));
    m_routes.push_back(std::move(route));
}

namespace {

// What a browser application calls from its own origin: tokens, userinfo, revocation, the keys
// and the metadata to find them.
bool isApplicationEndpoint(const QString &path)
{
    static const QSet<QString> paths{QStringLiteral("/oauth/token"),
                                     QStringLiteral("/oauth/userinfo"),
                                     QStringLiteral("/oauth/revoke"),
                                     QStringLiteral("/.well-known/jwks.json"),
                                     QStringLiteral("/.well-known/openid-configuration"),
                                     QStringLiteral("/.well-known/oauth-authorization-server")};
    return paths.contains(path);
}

} // namespace

Router::CrossOrigin Router::crossOrigin(const HttpRequest &request, const QByteArray &origin) const
{
    // Contract v3: never on the HTML pages of the browser flows. A page another origin could read
    // would hand it the CSRF token of the consent form, and with it the user's consent.
    const bool page = request.path.startsWith(QLatin1String("/oauth/authorize"))
        || request.path == QLatin1String("/oauth/logout") || request.path == QLatin1String("/account")
        || request.path.startsWith(QLatin1String("/account/"));
    if (page || origin.isEmpty())
        return CrossOrigin::Refused;
    const QString name = QString::fromLatin1(origin);
    if (request.settings && request.settings->server.corsOrigins.contains(name))
        return CrossOrigin::KeywardApi;
    if (m_applicationOrigins && isApplicationEndpoint(request.path) && m_applicationOrigins->contains(name))
        return CrossOrigin::Application;
    return CrossOrigin::Refused;
}

void Router::applyCors(const HttpRequest &request, HttpResponse &response) const
{
    const QByteArray origin = request.header("origin");
    const CrossOrigin allowed = crossOrigin(request, origin);
    if (allowed == CrossOrigin::Refused)
        return;
    response.headers.push_back({"Access-Control-Allow-Origin", origin});
    // Cookie mode (/auth/*) needs credentials; an application's calls carry tokens, never cookies.
    if (allowed == CrossOrigin::KeywardApi)
        response.headers.push_back({"Access-Control-Allow-Credentials", "true"});
    response.headers.push_back({"Vary", "Origin"});
}

HttpResponse Router::preflight(const HttpRequest &request, const QByteArray &allow)
{
    HttpResponse response = HttpResponse::noContent();
    response.headers.push_back({"Allow", allow});
    const QByteArray origin = request.header("origin");
    if (crossOrigin(request, origin) != CrossOrigin::Refused) {
        response.headers.push_back({"Access-Control-Allow-Methods", allow});
        response.headers.push_back({"Access-Control-Allow-Headers", "authorization, content-type, x-auth-token"});
        response.headers.push_back({"Access-Control-Max-Age", "600"});
    }
    return response;
}

bool Router::hashesPasswords(const RouteTable::Match &match, const HttpRequest &request) const
{
    if (match.route < 0)
        return false;
    const Route &route = m_routes[size_t(match.route)];
    return route.hashesPasswords || (route.hashesPasswordsFor && route.hashesPasswordsFor(request));
}

HttpResponse Router::route(HttpRequest &request, const RouteTable::Match &match)
{
    if (!match.path)
        throw ApiError::notFound();
    if (request.method == "OPTIONS")
        return preflight(request, match.path->allow);
    if (match.route < 0)
        throw ApiError::methodNotAllowed(match.path->allow);
    const Route &found = m_routes[size_t(match.route)];
    request.pathParameters = match.parameters;
    RequestContext context{request, std::nullopt};
    if (found.access != Access::Public) {
        context.auth = m_authenticator.authenticate(request, !found.takesApplicationTokens);
        if (found.access == Access::Permission && !m_authenticator.hasPermission(*context.auth, found.requirement))
            throw ApiError::insufficientRole(QStringLiteral("this needs the permission %1").arg(found.requirement));
        if (found.access == Access::RoleAtLeast && !m_authenticator.hasRoleAtLeast(*context.auth, found.requirement))
            throw ApiError::insufficientRole(QStringLiteral("this needs the role %1 or higher").arg(found.requirement));
    }
    HttpResponse response = found.handler(context);
    response.headOnly = request.method == "HEAD";
    return response;
}

HttpResponse Router::dispatch(HttpRequest &request, const RouteTable::Match &match)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse response;
    try {
        response = route(request, match);
    } catch (const ApiError &error) {
        response = errorResponse(error);
        if (error.status == 429)
            m_metrics.count(Metrics::Event::RateLimited);
    } catch (const StorageError &error) {
        qCWarning(lcHttp) << "storage failure:" << error.what();
        switch (error.kind()) {
        case StorageError::Kind::Unavailable:
            response = errorResponse(ApiError::unavailable(5, QStringLiteral("the database is not reachable")));
            break;
        case StorageError::Kind::Busy:
            response = errorResponse(ApiError::unavailable(1, QStringLiteral("the database is busy; try again")));
            break;
        case StorageError::Kind::UniqueViolation:
        case StorageError::Kind::Other:
            response = errorResponse(ApiError(ErrorCode::Internal, QStringLiteral("internal error")));
            break;
        }
    } catch (const std::exception &error) {
        qCWarning(lcHttp) << "unexpected failure:" << error.what();
        response = errorResponse(ApiError(ErrorCode::Internal, QStringLiteral("internal error")));
    }
    applyCors(request, response);
    const bool cacheable = std::any_of(response.headers.cbegin(), response.headers.cend(),
                                       [](const auto &header) { return header.first == "Cache-Control"; });
    if (!cacheable) // token responses must never be cached (RFC 6749 §5.1)
        response.headers.push_back({"Cache-Control", "no-store"});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    m_metrics.recordRequest(match.path ? match.path->index : -1, response.status, seconds);
    // method, path (never the query: it may carry secrets), status, size, time, client
    if (AccessLog *log = m_accessLog.load(std::memory_order_acquire); log && log->enabled())
        log->log({request.method, request.path, request.clientAddress, response.status, response.body.size(),
                  seconds * 1000});
    return response;
}

} // namespace keyward
