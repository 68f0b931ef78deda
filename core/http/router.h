// The route table: method, path, who may call it, handler — readable in one screen per
// controller. Authentication and authorisation run here, before the handler; every error a
// handler throws is turned into the contract's JSON in one place.
#pragma once

#include "httpmessage.h"
#include "requestauth.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace keyward {

class Metrics;
struct ApiError;

struct RequestContext {
    const HttpRequest &request;
    std::optional<AuthContext> auth; // set for every route that is not Public

    const AuthContext &user() const { return *auth; }
};

enum class Access {
    Public, // anyone
    Bearer, // any valid access token
    Permission, // a token whose roles grant `requirement`
    RoleAtLeast, // a token holding role `requirement` or one above it
};

struct Route {
    QByteArray method;
    QString path; // segments in braces are parameters: /admin/users/{id}
    Access access = Access::Public;
    QString requirement;
    std::function<HttpResponse(RequestContext &)> handler;
    bool hashesPasswords = false; // served on the password work pool, off the request threads
};

struct CorsPolicy {
    QStringList allowedOrigins;
};

class Router {
public:
    Router(Authenticator &authenticator, Metrics &metrics);

    void add(Route route);
    void setCorsPolicy(CorsPolicy policy) { m_cors = std::move(policy); }

    // Never throws: every failure becomes a response.
    HttpResponse dispatch(HttpRequest &request);
    // True when the route for this request hashes passwords (see Route::hashesPasswords).
    bool hashesPasswords(const HttpRequest &request) const;

private:
    HttpResponse route(HttpRequest &request, QString *routeName);
    HttpResponse preflight(const HttpRequest &request, const QByteArray &allow);
    void applyCors(const HttpRequest &request, HttpResponse &response) const;
    static bool matches(const QString &pattern, const QString &path, QHash<QString, QString> *parameters);

    Authenticator &m_authenticator;
    Metrics &m_metrics;
    std::vector<Route> m_routes;
    CorsPolicy m_cors;
};

HttpResponse errorResponse(const ApiError &error);

} // namespace keyward
