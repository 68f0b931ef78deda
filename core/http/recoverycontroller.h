// SPDX-License-Identifier: GPL-3.0-or-later
// What a mailed link leads to, and how one is asked for: "forgot password" (POST
// /auth/password/forgot, the /account/forgot page), the new password (POST /auth/password/reset,
// the /account/reset page) and an address's verification (/account/verify). The pages take the
// link's token from the URL only to show their form; the form posts it back, and no page lets it
// leave in a Referer (PageRenderer's Referrer-Policy: no-referrer). The access log keeps no
// query strings.
#pragma once

#include "pagerenderer.h"
#include "router.h"

namespace keyward {

class AuthController;
class Backend;

class RecoveryController {
public:
    RecoveryController(Backend &backend, AuthController &auth);
    void registerRoutes(Router &router);

    // Requests per client address per hour, for "forgot password" (both ways of asking).
    static constexpr int kForgotPerAddressPerHour = 10;

private:
    HttpResponse forgotJson(RequestContext &context);
    HttpResponse resetJson(RequestContext &context);
    HttpResponse forgotPage(RequestContext &context);
    HttpResponse forgotPosted(RequestContext &context);
    HttpResponse resetPage(RequestContext &context);
    HttpResponse resetPosted(RequestContext &context);
    HttpResponse verifyPage(RequestContext &context);

    // The address is handed to PasswordRecovery; the answer never depends on it.
    void requestReset(const HttpRequest &request, const QString &email);
    HttpResponse message(const HttpRequest &request, const char *title, const QString &lead, int status,
                         const QString &details = {}) const;
    HttpResponse resetForm(const HttpRequest &request, const QString &token, const QString &email,
                           const QString &problem, int status) const;

    Backend &m_backend;
    AuthController &m_auth;
    PageRenderer m_renderer;
};

} // namespace keyward
