// SPDX-License-Identifier: GPL-3.0-or-later
// /account: the signed-in user's own page (contract: The sign-in page and the account page) and
// its forms. The browser's sign-in cookie says who it is; without one the browser is sent through
// the sign-in pages (as the built-in client ClientService::kAccountClientId) and comes back.
// Every form's CSRF token is bound to the pre-session and to the sign-in; a change of how the user
// signs in needs a sign-in of the last 5 minutes ("recent"), else the page offers to sign in again.
// After a change the browser is sent back to the overview (POST/redirect/GET), which says what
// was done.
#pragma once

#include "accountpages.h"
#include "auth/browsersessions.h"
#include "browsercookies.h"
#include "router.h"

#include <functional>
#include <variant>

namespace keyward {

class AuthController;
class Backend;

class AccountController {
public:
    AccountController(Backend &backend, AuthController &auth);
    void registerRoutes(Router &router);

private:
    HttpResponse overview(RequestContext &context);
    HttpResponse rename(RequestContext &context);
    HttpResponse changeEmail(RequestContext &context);
    HttpResponse sendVerification(RequestContext &context);
    HttpResponse setLanguage(RequestContext &context);
    HttpResponse changePassword(RequestContext &context);
    HttpResponse passkeyOptions(RequestContext &context);
    HttpResponse addPasskey(RequestContext &context);
    HttpResponse renamePasskey(RequestContext &context);
    HttpResponse removePasskey(RequestContext &context);
    HttpResponse beginApp(RequestContext &context);
    HttpResponse confirmApp(RequestContext &context);
    HttpResponse removeApp(RequestContext &context);
    HttpResponse newRecoveryCodes(RequestContext &context);
    HttpResponse endSession(RequestContext &context);
    HttpResponse revokeApplication(RequestContext &context);

    // A posted form of the page: who (the browser's sign-in) and its fields, the CSRF token
    // checked; or the answer that refuses it (to the sign-in, or the overview saying so).
    struct Posted {
        BrowserSignIn signIn;
        QMap<QString, QString> fields;
        Actor actor;
    };
    std::variant<Posted, HttpResponse> posted(const HttpRequest &request, bool needsRecent);
    // handle(the posted form), or the answer that refused it.
    HttpResponse onPosted(const HttpRequest &request, bool needsRecent,
                          const std::function<HttpResponse(const Posted &)> &handle);
    // The overview (status 200), with what was just done or what went wrong.
    HttpResponse page(const HttpRequest &request, const BrowserSignIn &signIn, const QString &notice = {},
                      const QString &problem = {}, int status = 200);
    static HttpResponse seeOverview(const QString &notice);
    // Where the browser signs in to come back here; again: even when signed in (prompt=login).
    QString signInUrl(bool again) const;

public:
    // The built-in account client's sign-in, coming back to returnPath (/account or
    // /account/invitation, with state as its token); again: even when signed in (prompt=login).
    static QString signInUrl(const QString &issuer, bool again, const QString &returnPath = QStringLiteral("/account"),
                             const QString &state = {});

private:
    bool isRecent(const BrowserSignIn &signIn) const;
    QString csrfFor(const HttpRequest &request, const BrowserSignIn &signIn) const;

    Backend &m_backend;
    AuthController &m_auth;
    BrowserCookies m_cookies;
    AccountPages m_pages;
};

} // namespace keyward
