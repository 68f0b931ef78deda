// SPDX-License-Identifier: GPL-3.0-or-later
#include "authcontroller.h"

#include <cmath>

#include "apierror.h"
#include "auth/accountmail.h"
#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/emailverification.h"
#include "auth/passwordsignin.h"
#include "auth/revocationservice.h"
#include "auth/sessionservice.h"
#include "backend/backend.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "metrics.h"
#include "pagerenderer.h"
#include "paging.h"
#include "ratelimiter.h"

#include <QJsonArray>

namespace keyward {

namespace {

const QString kRefreshCookie = QStringLiteral("keyward_refresh");

const QByteArray kRefreshCookieAttributes = "HttpOnly; SameSite=Strict; Path=/auth";

} // namespace

AuthController::AuthController(Backend &backend, RateLimiter &limiter, Metrics &metrics)
    : m_backend(backend), m_limiter(limiter), m_metrics(metrics)
{ }

void AuthController::registerRoutes(Router &router)
{
    router.add({"POST",
                QStringLiteral("/auth/register"),
                Access::Public,
                {},
                handler(this, &AuthController::registerUser),
                true});
    router.add(
        {"POST", QStringLiteral("/auth/login"), Access::Public, {}, handler(this, &AuthController::loginRoute), true});
    router.add(
        {"POST", QStringLiteral("/auth/refresh"), Access::Public, {}, handler(this, &AuthController::refreshRoute)});
    router.add({"POST", QStringLiteral("/auth/logout"), Access::Bearer, {}, handler(this, &AuthController::logout)});
    router.add(
        {"POST", QStringLiteral("/auth/logout-all"), Access::Bearer, {}, handler(this, &AuthController::logoutAll)});
    router.add({"GET", QStringLiteral("/auth/me"), Access::Bearer, {}, handler(this, &AuthController::me)});
    router.add({"GET", QStringLiteral("/auth/sessions"), Access::Bearer, {}, handler(this, &AuthController::sessions)});
    router.add({"DELETE",
                QStringLiteral("/auth/sessions/{id}"),
                Access::Bearer,
                {},
                handler(this, &AuthController::deleteSession)});
    router.add({"POST",
                QStringLiteral("/auth/password"),
                Access::Bearer,
                {},
                handler(this, &AuthController::changePassword),
                true});
}

WorkspaceChoice AuthController::workspaceChoiceOf(const QJsonObject &body)
{
    // Absent: as it is (a login: none). null: none. An id (string or integer) or a slug: enter.
    const QJsonValue value = body.value(QLatin1String("workspace"));
    if (value.isUndefined())
        return {};
    if (value.isNull())
        return WorkspaceChoice::leave();
    if (value.isString() && !value.toString().isEmpty())
        return WorkspaceChoice::enter(value.toString().left(64));
    if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()) && value.toDouble() > 0
        && value.toDouble() < 9007199254740992.0)
        return WorkspaceChoice::enter(QString::number(qint64(value.toDouble())));
    throw ApiError::invalidRequest(QStringLiteral("'workspace' must be a workspace id, a slug or null"));
}

void AuthController::limitByAddress(const HttpRequest &request, const char *bucket, int limit, qint64 window)
{
    if (const auto wait
        = m_limiter.hit(QLatin1String(bucket) + RateLimiter::networkOf(request.clientAddress), limit, window))
        throw ApiError::rateLimited(*wait);
}

HttpResponse AuthController::tokenPairResponse(const TokenPair &pair, bool cookieMode, const HttpRequest &request)
{
    HttpResponse response = HttpResponse::json(pair.toJson(!cookieMode));
    if (cookieMode)
        response.withCookie(kRefreshCookie, pair.refreshToken, kRefreshCookieAttributes, pair.refreshExpiresIn,
                            request.secure);
    return response;
}

ClientInfo AuthController::clientOf(const HttpRequest &request)
{
    return {request.clientAddress, QString::fromUtf8(request.header("user-agent")).left(512)};
}

bool AuthController::waitsForVerifiedEmail(const User &user, const HttpRequest &request)
{
    return request.settings->registrationRequiresVerifiedEmail && !user.record.emailVerified;
}

bool AuthController::mustVerifyEmailFirst(const User &user, const HttpRequest &request)
{
    if (!waitsForVerifiedEmail(user, request))
        return false;
    // A first factor that was right: a new link (unless one just went), and the sign-in waits.
    m_backend.emailVerification().sendAgain(user.record.id);
    return true;
}

void AuthController::refuseUnverified(const User &user, const HttpRequest &request)
{
    if (mustVerifyEmailFirst(user, request))
        throw ApiError(ErrorCode::EmailNotVerified,
                       QStringLiteral("verify your e-mail address first: follow the link sent to it"));
}

HttpResponse AuthController::finishSignIn(const User &user, const SignInMethods &methods, const QJsonObject &carried,
                                          const HttpRequest &request)
{
    refuseUnverified(user, request); // a passkey's sign-in too, not only a password's
    return answerSignIn(storeSession(user, methods, carried, request), carried, request);
}

StoredSession AuthController::storeSession(const User &user, const SignInMethods &methods, const QJsonObject &carried,
                                           const HttpRequest &request)
{
    SessionOrigin origin;
    origin.methods = methods;
    return orApiError(m_backend.sessions().store(user, clientOf(request), workspaceChoiceOf(carried), origin));
}

HttpResponse AuthController::answerSignIn(StoredSession stored, const QJsonObject &carried, const HttpRequest &request)
{
    const TokenPair pair = orApiError(m_backend.sessions().issueAccessToken(std::move(stored)));
    return tokenPairResponse(pair, carried.value(QLatin1String("use_cookie")).toBool(), request);
}

HttpResponse AuthController::pendingResponse(const PendingSignIn &pending)
{
    if (!pending.enrolment)
        return HttpResponse::json(pending.toJson());
    QJsonObject body = pending.toJson();
    body.remove(QStringLiteral("mfa_required"));
    body.insert(QStringLiteral("error"), errorCodeName(ErrorCode::MfaEnrolmentRequired));
    body.insert(QStringLiteral("message"),
                QStringLiteral("this account must enrol a second factor first: the mfa_token opens the enrolment "
                               "routes, then completes the sign-in at /auth/login/mfa"));
    return HttpResponse::json(body, 403);
}

QJsonObject AuthController::carriedOf(const QJsonObject &body)
{
    QJsonObject carried{{QStringLiteral("use_cookie"), JsonField::optionalBool(body, "use_cookie")}};
    workspaceChoiceOf(body); // refused now, not after the second factor
    if (body.contains(QLatin1String("workspace")))
        carried.insert(QStringLiteral("workspace"), body.value(QLatin1String("workspace")));
    return carried;
}

User AuthController::authenticate(const QString &email, const QString &password, const HttpRequest &request)
{
    limitByAddress(request, "login:", request.settings->limits.loginPerAddressPerMinute, 60);
    const Result<User> user = m_backend.passwordSignIn().signIn(email, password, request.clientAddress);
    if (!user) {
        if (user.error().code != ErrorCode::RateLimited)
            m_metrics.count(Metrics::Event::LoginFailed);
        throw ApiError::from(user.error());
    }
    refuseUnverified(user.value(), request);
    m_metrics.count(Metrics::Event::LoginSucceeded);
    return user.value();
}

TokenPair AuthController::refresh(const QString &refreshToken, const HttpRequest &request,
                                  const WorkspaceChoice &workspace)
{
    limitByAddress(request, "refresh:", request.settings->limits.refreshPerAddressPerMinute, 60);
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        throw ApiError(ErrorCode::InvalidGrant, QStringLiteral("a refresh token is required"));
    Result<TokenPair> pair = m_backend.sessions().refresh(refreshToken, clientOf(request), workspace);
    if (!pair) {
        if (pair.error().code == ErrorCode::RefreshReused)
            m_metrics.count(Metrics::Event::ReuseDetected);
        throw ApiError::from(pair.error());
    }
    m_metrics.count(Metrics::Event::Refresh);
    return pair.value();
}

User AuthController::registerAccount(const HttpRequest &request, const QString &email, const QString &name,
                                     const QString &password)
{
    if (!request.settings->registrationEnabled)
        throw ApiError(ErrorCode::RegistrationDisabled, QStringLiteral("self-registration is switched off"));
    limitByAddress(request, "register:", request.settings->limits.registerPerAddressPerHour, 3600);
    // The verification mail goes with the account (same transaction), in the browser's language.
    AccountMail &mail = m_backend.accountMail();
    Result<User> user = m_backend.accounts().registerSelf(
        email, name.left(200), password, request.clientAddress, PageRenderer::languageOf(request),
        [&mail](const QSqlDatabase &db, const UserRecord &record) { mail.queueVerification(db, record); });
    if (!user)
        throw ApiError::from(user.error());
    return std::move(user).value();
}

HttpResponse AuthController::registerUser(RequestContext &context)
{
    if (!context.request.settings->registrationEnabled) // before the body: the contract's first answer
        throw ApiError(ErrorCode::RegistrationDisabled, QStringLiteral("self-registration is switched off"));
    const QJsonObject body = context.request.jsonObject();
    const QString email = JsonField::requiredString(body, "email");
    const QString password = JsonField::requiredString(body, "password");
    const QString name = JsonField::optionalString(body, "name");
    return HttpResponse::json(registerAccount(context.request, email, name, password).toJson(), 201);
}

HttpResponse AuthController::loginRoute(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    const QString email = JsonField::requiredString(body, "email");
    const QString password = JsonField::requiredString(body, "password");
    const QJsonObject carried = carriedOf(body);
    const User user = authenticate(email, password, context.request);
    const FirstFactorOutcome outcome = m_backend.mfa().afterPassword(user, false, carried);
    if (outcome.pending)
        return pendingResponse(*outcome.pending);
    return finishSignIn(user, outcome.methods, carried, context.request);
}

HttpResponse AuthController::refreshRoute(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    QString token = JsonField::optionalString(body, "refresh_token");
    const bool cookieMode = token.isEmpty();
    if (cookieMode)
        token = context.request.cookie(kRefreshCookie);
    return tokenPairResponse(refresh(token, context.request, workspaceChoiceOf(body)), cookieMode, context.request);
}

HttpResponse AuthController::logout(RequestContext &context)
{
    const AuthContext &auth = context.user();
    const QJsonObject body = context.request.jsonObject();
    const Actor actor = Actor::user(auth.email, auth.roles, context.request.clientAddress);
    m_backend.revocations().revokeToken(actor, auth.jti, auth.expiresAt);
    if (!auth.sessionId.isEmpty())
        (void)m_backend.sessions().revoke(actor, auth.sessionId, auth.userId,
                                          QStringLiteral("logout")); // may be gone already
    QString refreshToken = JsonField::optionalString(body, "refresh_token");
    if (refreshToken.isEmpty())
        refreshToken = context.request.cookie(kRefreshCookie);
    if (!refreshToken.isEmpty()) {
        if (const auto session = m_backend.sessions().findByRefreshToken(refreshToken);
            session && session->userId == auth.userId)
            (void)m_backend.sessions().revoke(actor, session->id, auth.userId, QStringLiteral("logout"));
    }
    m_metrics.count(Metrics::Event::Revocation);
    HttpResponse response = HttpResponse::noContent();
    if (!context.request.cookie(kRefreshCookie).isEmpty())
        response.withCookie(kRefreshCookie, {}, kRefreshCookieAttributes, 0, context.request.secure);
    return response;
}

HttpResponse AuthController::logoutAll(RequestContext &context)
{
    const AuthContext &auth = context.user();
    orApiError(m_backend.sessions().revokeAllOfUser(Actor::user(auth.email, auth.roles, context.request.clientAddress),
                                                    auth.userId, QStringLiteral("logout_all")));
    m_metrics.count(Metrics::Event::Revocation);
    return HttpResponse::noContent();
}

HttpResponse AuthController::me(RequestContext &context)
{
    const Result<User> user = m_backend.accounts().findById(context.user().userId);
    if (!user)
        throw ApiError::invalidToken(QStringLiteral("the account no longer exists"));
    QJsonObject json = user->toJson();
    json.insert(QStringLiteral("mfa"), m_backend.mfa().statusOf(user.value()).summaryJson());
    json.insert(QStringLiteral("session_id"), context.user().sessionId);
    return HttpResponse::json(json);
}

// The contract's {sessions: [...]}: every one of the caller's sessions. A client that asks
// (?limit=, ?cursor=) gets them in pages, with next_cursor (null on the last page).
HttpResponse AuthController::sessions(RequestContext &context)
{
    const qint64 userId = context.user().userId;
    if (userId <= 0) // 0 would mean everyone's
        throw ApiError::invalidToken(QStringLiteral("the token names no user"));
    const HttpRequest &request = context.request;
    const bool paged = request.query.hasQueryItem(QStringLiteral("limit")) || !Paging::cursorOf(request).isEmpty();
    const SessionPage page = orApiError(
        m_backend.sessions().page(userId, Paging::cursorOf(request), paged ? Paging::limitOf(request) : -1));
    QJsonArray list;
    for (const ActiveSession &session : page.items)
        list.append(session.toJson(context.user().sessionId));
    return HttpResponse::json({{QStringLiteral("sessions"), list},
                               {QStringLiteral("next_cursor"), Paging::nextCursorValue(page.nextCursor)}});
}

HttpResponse AuthController::deleteSession(RequestContext &context)
{
    const AuthContext &auth = context.user();
    const Status revoked = m_backend.sessions().revoke(
        Actor::user(auth.email, auth.roles, context.request.clientAddress),
        context.request.pathParameters.value(QStringLiteral("id")), auth.userId, QStringLiteral("user"));
    if (!revoked)
        throw ApiError::notFound();
    m_metrics.count(Metrics::Event::Revocation);
    return HttpResponse::noContent();
}

HttpResponse AuthController::changePassword(RequestContext &context)
{
    const AuthContext &auth = context.user();
    const QJsonObject body = context.request.jsonObject();
    const QString current = JsonField::requiredString(body, "current_password");
    const QString next = JsonField::requiredString(body, "new_password");
    const Actor actor = Actor::user(auth.email, auth.roles, context.request.clientAddress);
    orApiError(m_backend.passwordSignIn().changeOwnPassword(actor, auth.userId, auth.sessionId, current, next));
    return HttpResponse::noContent();
}

} // namespace keyward
