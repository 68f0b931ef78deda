// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth endpoints: token (RFC 6749: authorization_code with PKCE, refresh_token bound to its
// client, client_credentials, and password for first-party clients only; client authentication
// client_secret_basic, client_secret_post or none), revoke (RFC 7009), introspect (RFC 7662).
#pragma once

#include "auth/clientservice.h"
#include "common/result.h"
#include "router.h"

#include <optional>

namespace keyward {

class AuthController;
class Authenticator;
struct ClientTokens;
class Backend;
class Metrics;

class OAuthController {
public:
    OAuthController(Backend &backend, AuthController &auth, Metrics &metrics, Authenticator &authenticator);
    void registerRoutes(Router &router);

private:
    // Why the client's authentication failed (RFC 6749 §5.2).
    struct ClientRefusal {
        int status;
        QString error;
        QString description;
        bool basic = false; // it came with HTTP Basic: answer with its challenge
    };
    // The client the request authenticates as, or none (Keyward's own use); throws ClientRefusal.
    std::optional<Client> authenticateClient(const HttpRequest &request, const QMap<QString, QString> &form);
    static HttpResponse clientTokensResponse(const Result<ClientTokens> &tokens);
    static HttpResponse refusalResponse(const ClientRefusal &refusal);
    // The client_id a live token was issued to (empty: none known).
    QString clientOfToken(const QString &token);
    HttpResponse token(RequestContext &context);
    HttpResponse revoke(RequestContext &context);
    // True when the token was (or already is) a revoked access token.
    bool revokeAccessToken(const QString &token, const HttpRequest &request);
    void revokeRefreshToken(const QString &token, const HttpRequest &request);
    HttpResponse introspect(RequestContext &context);

    Backend &m_backend;
    AuthController &m_auth;
    Metrics &m_metrics;
    Authenticator &m_authenticator;
};

} // namespace keyward
