// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth endpoints: token (RFC 6749 password and refresh_token grants), revoke (RFC 7009),
// introspect (RFC 7662).
#pragma once

#include "router.h"

namespace keyward {

class AuthController;
class Backend;
class Metrics;

class OAuthController {
public:
    OAuthController(Backend &backend, AuthController &auth, Metrics &metrics);
    void registerRoutes(Router &router);

private:
    HttpResponse token(RequestContext &context);
    HttpResponse revoke(RequestContext &context);
    // True when the token was (or already is) a revoked access token.
    bool revokeAccessToken(const QString &token, const HttpRequest &request);
    void revokeRefreshToken(const QString &token, const HttpRequest &request);
    HttpResponse introspect(RequestContext &context);

    Backend &m_backend;
    AuthController &m_auth;
    Metrics &m_metrics;
};

} // namespace keyward
