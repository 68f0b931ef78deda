// SPDX-License-Identifier: GPL-3.0-or-later
// The /account/register page: "Create an account" on the sign-in page while registration.enabled
// is on. The same rules as POST /auth/register (AuthController::registerAccount: the per-address
// limit, the password policy, the verification mail in the browser's language); afterwards the
// new user goes back to where they came from — the sign-in of the application they were on its
// way to, or the account page — and signs in there.
#pragma once

#include "pagerenderer.h"
#include "router.h"

namespace keyward {

class AuthController;

class RegistrationController {
public:
    explicit RegistrationController(AuthController &auth);
    void registerRoutes(Router &router);

    static constexpr const char *kPath = "/account/register";
    // Where the page may send the new user: an authorization in progress (/oauth/authorize?…) or
    // the account page; anything else (another site, another path) becomes the account page.
    static QString returnPathOf(const QString &candidate);

private:
    HttpResponse page(RequestContext &context);
    HttpResponse posted(RequestContext &context);
    HttpResponse form(const HttpRequest &request, const QString &email, const QString &name, const QString &back,
                      const QString &problem, int status) const;

    AuthController &m_auth;
    PageRenderer m_renderer;
};

} // namespace keyward
