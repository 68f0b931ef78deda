// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenID Connect provider's browser side and userinfo: /oauth/authorize (GET and POST), the
// sign-in and consent forms it shows (/oauth/authorize/sign-in, /oauth/authorize/consent),
// /oauth/userinfo, /oauth/logout, and a user's remembered consents (/auth/consents[/{client_id}]).
// The decisions are OidcService's; this maps them to pages, redirects and cookies (BrowserCookies).
#pragma once

#include "browsercookies.h"
#include "router.h"
#include "signinpages.h"

#include <functional>
#include <optional>
#include <variant>

namespace keyward {

class AuthController;
class Backend;
class Metrics;
struct AuthorizationError;
struct AuthorizationRequest;
struct BrowserSignIn;
struct PendingSignIn;
struct User;
class SignInMethods;

class OidcController {
public:
    OidcController(Backend &backend, AuthController &auth, Metrics &metrics);
    void registerRoutes(Router &router);

private:
    HttpResponse authorize(RequestContext &context);
    HttpResponse signIn(RequestContext &context);
    HttpResponse consent(RequestContext &context);
    HttpResponse secondFactor(RequestContext &context);
    HttpResponse passkeySignIn(RequestContext &context);
    HttpResponse script(RequestContext &context);
    static QString consentBinding(const BrowserSignIn &signIn, const AuthorizationRequest &authorization);
    // The application asked for more than this sign-in can give (acr_values): back to it.
    HttpResponse unmet(const HttpRequest &request, const AuthorizationRequest &authorization, const User &user);
    // The sign-in form, with the passkey form when passkeys are available here.
    SignInPages::Form signInForm(const QString &preSession, const AuthorizationRequest &request);
    HttpResponse userInfo(RequestContext &context);
    HttpResponse logout(RequestContext &context);
    HttpResponse consents(RequestContext &context);
    HttpResponse revokeConsent(RequestContext &context);

    // A form posted back by the sign-in or consent page: its fields and the authorization request
    // they carry, checked again as at /oauth/authorize; or the page or redirect that refuses it.
    struct PostedForm; // its fields and the request
    std::variant<PostedForm, HttpResponse> postedForm(const HttpRequest &request);
    // handle(its fields, the request, the browser's pre-session), or the answer that refuses it.
    HttpResponse onPostedForm(const HttpRequest &request,
                              const std::function<HttpResponse(const QMap<QString, QString> &, AuthorizationRequest &,
                                                               const QString &)> &handle);
    // Every factor checked: the browser's sign-in (renewed or replaced) and what follows it.
    HttpResponse finishSignIn(const HttpRequest &request, AuthorizationRequest authorization, const User &user,
                              const SignInMethods &methods, const QString &preSession);
    // The password was right and a second step follows: the code page, or the app's enrolment.
    HttpResponse secondStepPage(const HttpRequest &request, const AuthorizationRequest &authorization,
                                const QString &preSession, const User &user, const PendingSignIn &pending,
                                SignInPages::Problem problem = SignInPages::Problem::None,
                                const QString &enrolmentId = {});
    // With the browser signed in: the consent page, or the code.
    HttpResponse afterSignIn(const HttpRequest &request, const AuthorizationRequest &authorization,
                             const BrowserSignIn &signIn, const QString &preSession);
    // An error: a page before the application is known, a redirect to it after.
    HttpResponse refuse(const HttpRequest &request, const AuthorizationError &error) const;
    // To a registered URI with these parameters (and iss, RFC 9207, for authorization answers).
    HttpResponse redirectBack(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters,
                              bool withIssuer = true) const;
    // The request's parameters: the query of a GET, the form of a POST.
    static QMap<QString, QString> parametersOf(const HttpRequest &request);
    SignInPages::Form formFor(const QString &action, const QString &preSession, const AuthorizationRequest &request,
                              const QString &binding = {}) const;
    Backend &m_backend;
    AuthController &m_auth;
    Metrics &m_metrics;
    SignInPages m_pages;
    BrowserCookies m_cookies;
};

} // namespace keyward
