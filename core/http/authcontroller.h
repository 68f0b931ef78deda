// SPDX-License-Identifier: GPL-3.0-or-later
// /auth/*: register, login, refresh, logout, logout-all, me, sessions, password.
#pragma once

#include "auth/mfaservice.h"
#include "auth/sessionservice.h"
#include "auth/user.h"
#include "router.h"

namespace keyward {

class Backend;
class Metrics;
class RateLimiter;
struct TokenPair;
struct User;

class AuthController {
public:
    AuthController(Backend &backend, RateLimiter &limiter, Metrics &metrics);
    void registerRoutes(Router &router);

    // A sign-in whose every factor is checked: a session (in the workspace `carried` names) and
    // its token pair, in the body or — carried use_cookie — the cookie.
    HttpResponse finishSignIn(const User &user, const SignInMethods &methods, const QJsonObject &carried,
                              const HttpRequest &request);
    // finishSignIn's halves (without the e-mail check), for a sign-in recorded in a transaction
    // of its own: the session stored inside it, the tokens signed and answered after its commit.
    StoredSession storeSession(const User &user, const SignInMethods &methods, const QJsonObject &carried,
                               const HttpRequest &request);
    HttpResponse answerSignIn(StoredSession stored, const QJsonObject &carried, const HttpRequest &request);
    // A password was right and more is to come: 200 {mfa_required, mfa_token, …}, or 403
    // mfa_enrolment_required with the token that opens the enrolment routes.
    static HttpResponse pendingResponse(const PendingSignIn &pending);
    // The password check of every login (the sign-in page's too): the per-address limit, the
    // per-account delay, the metrics. Throws ApiError (401 invalid_credentials, 429).
    User authenticate(const QString &email, const QString &password, const HttpRequest &request);
    // registration.require_verified_email: whether this user's sign-in must wait for the address
    // to be verified (then a new link goes out, at most every 5 minutes). refuseUnverified throws
    // 403 email_not_verified instead. Every first factor passes here (password and passkey).
    bool mustVerifyEmailFirst(const User &user, const HttpRequest &request);
    // The same question without sending anything (inside a transaction that may roll back).
    static bool waitsForVerifiedEmail(const User &user, const HttpRequest &request);
    void refuseUnverified(const User &user, const HttpRequest &request);
    TokenPair refresh(const QString &refreshToken, const HttpRequest &request, const WorkspaceChoice &workspace = {});
    // Who is asking: the client's address and user agent.
    static ClientInfo clientOf(const HttpRequest &request);
    // Per client address, in a window of `window` seconds, at most the setting's number; 429.
    void limitByAddress(const HttpRequest &request, const char *bucket, int limit, qint64 window);

    // Self-registration (POST /auth/register and the /account/register page): refused while
    // registration.enabled is off, limited per client address, the verification mail queued with
    // the account in the browser's language. Throws ApiError.
    User registerAccount(const HttpRequest &request, const QString &email, const QString &name,
                         const QString &password);

    // The body's `workspace` (contract: login and refresh): absent, null, an id or a slug.
    static WorkspaceChoice workspaceChoiceOf(const QJsonObject &body);
    // What a sign-in's last step needs of its first request's body.
    static QJsonObject carriedOf(const QJsonObject &body);

private:
    HttpResponse registerUser(RequestContext &context);
    HttpResponse loginRoute(RequestContext &context);
    HttpResponse refreshRoute(RequestContext &context);
    HttpResponse logout(RequestContext &context);
    HttpResponse logoutAll(RequestContext &context);
    HttpResponse me(RequestContext &context);
    HttpResponse sessions(RequestContext &context);
    HttpResponse deleteSession(RequestContext &context);
    HttpResponse changePassword(RequestContext &context);

    HttpResponse tokenPairResponse(const TokenPair &pair, bool cookieMode, const HttpRequest &request);

    Backend &m_backend;
    RateLimiter &m_limiter;
    Metrics &m_metrics;
};

} // namespace keyward
