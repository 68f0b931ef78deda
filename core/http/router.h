// SPDX-License-Identifier: GPL-3.0-or-later
// The route table: method, path, who may call it, handler — readable in one screen per
// controller. Authentication and authorisation run here, before the handler; every error a
// handler throws is turned into the contract's JSON in one place.
#pragma once

#include "auth/actor.h"
#include "httpmessage.h"
#include "requestauth.h"
#include "routetable.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace keyward {

class AccessLog;
class ApplicationOrigins;
class Metrics;
struct ApiError;

struct RequestContext {
    const HttpRequest &request;
    std::optional<AuthContext> auth; // set for every route that is not Public

    const AuthContext &user() const { return *auth; }
    // The signed-in caller as the services and the audit log name them.
    Actor actor() const;
    // A path parameter that must be a number (a user's id): ApiError 404 otherwise, as for an
    // object that does not exist.
    qint64 numericParameter(const QString &name) const;
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
    // For a route that hashes a password only for some requests (the token endpoint's password
    // grant): true sends this request to the pool too.
    std::function<bool(const HttpRequest &)> hashesPasswordsFor = nullptr;
    // Set by Router::add from the path: the demo resource routes (/api/*) and userinfo, which
    // take an application's token; the rest of Keyward's API takes only Keyward's own.
    bool takesApplicationTokens = false;
};

// A route handler calling a controller's member function: handler(this, &Controller::method).
template <typename Controller>
std::function<HttpResponse(RequestContext &)> handler(Controller *controller,
                                                      HttpResponse (Controller::*method)(RequestContext &))
{
    return [controller, method](RequestContext &context) { return (controller->*method)(context); };
}

// Threads: routes are added on one thread before serving; afterwards match() and dispatch()
// run on every request thread and on the password pool, reading only.
class Router {
public:
    Router(Authenticator &authenticator, Metrics &metrics);

    // Aborts on a route registered twice for one method and path: a programming error.
    void add(Route route);
    // Null: no access log. May be replaced while serving (server.access_log changed): the
    // caller keeps every log it set alive until the router is done (one atomic load a request).
    void setAccessLog(AccessLog *log) { m_accessLog.store(log, std::memory_order_release); }
    // The public clients' origins, allowed across origins on the application endpoints; set once
    // before serving (null: none).
    void setApplicationOrigins(ApplicationOrigins *origins) { m_applicationOrigins = origins; }

    // One lookup per request: its result says where to run it (hashesPasswords) and is then
    // dispatched as it is.
    RouteTable::Match match(const HttpRequest &request) const { return m_table.find(request.method, request.path); }
    // True when the matched route hashes passwords for this request (Route::hashesPasswords,
    // Route::hashesPasswordsFor).
    bool hashesPasswords(const RouteTable::Match &match, const HttpRequest &request) const;
    // Never throws: every failure becomes a response.
    HttpResponse dispatch(HttpRequest &request, const RouteTable::Match &match);
    HttpResponse dispatch(HttpRequest &request) { return dispatch(request, match(request)); }

    // The label of a path index in metrics ("unmatched" past the last one).
    const RouteTable &table() const { return m_table; }

private:
    HttpResponse route(HttpRequest &request, const RouteTable::Match &match);
    HttpResponse preflight(const HttpRequest &request, const QByteArray &allow);
    // Which CORS answer a request from another origin gets: none; Keyward's own API's
    // (server.cors_origins, credentials allowed for cookie mode); or an application's (a public
    // client's origin on the endpoints an application calls, without credentials).
    enum class CrossOrigin { Refused, KeywardApi, Application };
    CrossOrigin crossOrigin(const HttpRequest &request, const QByteArray &origin) const;
    void applyCors(const HttpRequest &request, HttpResponse &response) const;

    Authenticator &m_authenticator;
    Metrics &m_metrics;
    std::vector<Route> m_routes;
    RouteTable m_table;
    std::atomic<AccessLog *> m_accessLog{nullptr};
    ApplicationOrigins *m_applicationOrigins = nullptr;
};

HttpResponse errorResponse(const ApiError &error);

} // namespace keyward
