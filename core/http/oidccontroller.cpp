// SPDX-License-Identifier: GPL-3.0-or-later
#include "oidccontroller.h"

#include "apierror.h"
#include "auth/actor.h"
#include "auth/browsersessions.h"
#include "auth/oidcservice.h"
#include "auth/tokenservice.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/constanttime.h"
#include "crypto/securerandom.h"
#include "metrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace keyward {

namespace {

const QString kCsrfCookie = QStringLiteral("keyward_csrf");
const QString kSignInPath = QStringLiteral("/oauth/authorize/sign-in");
const QString kConsentPath = QStringLiteral("/oauth/authorize/consent");

QByteArray cookie(const QString &name, const QString &value, const char *attributes, qint64 maxAge, bool secure)
{
    QByteArray header
        = name.toLatin1() + '=' + value.toLatin1() + "; " + attributes + "; Max-Age=" + QByteArray::number(maxAge);
    if (secure)
        header += "; Secure";
    return header;
}

// The origin a redirect URI goes to, as a CSP source (a native app's scheme alone).
QString originOf(const QString &redirectUri)
{
    const QUrl url(redirectUri);
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return url.scheme() + QLatin1Char(':');
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

Actor actorOf(const User &user, const HttpRequest &request)
{
    Actor actor = Actor::user(user.record.email, user.roles, request.clientAddress);
    actor.userId = user.record.id;
    return actor;
}

} // namespace

OidcController::OidcController(Backend &backend, AuthController &auth, Metrics &metrics)
    : m_backend(backend), m_auth(auth), m_metrics(metrics)
{ }

void OidcController::registerRoutes(Router &router)
{
    const Access open = Access::Public;
    // clang-format off
    router.add({"GET",  QStringLiteral("/oauth/authorize"), open, {}, handler(this, &OidcController::authorize)});
    router.add({"POST", QStringLiteral("/oauth/authorize"), open, {}, handler(this, &OidcController::authorize)});
    router.add({"POST", kSignInPath,                        open, {}, handler(this, &OidcController::signIn), true});
    router.add({"POST", kConsentPath,                       open, {}, handler(this, &OidcController::consent)});
    router.add({"GET",  QStringLiteral("/oauth/userinfo"),  Access::Bearer, {}, handler(this, &OidcController::userInfo)});
    router.add({"POST", QStringLiteral("/oauth/userinfo"),  Access::Bearer, {}, handler(this, &OidcController::userInfo)});
    router.add({"GET",  QStringLiteral("/oauth/logout"),    open, {}, handler(this, &OidcController::logout)});
    router.add({"POST", QStringLiteral("/oauth/logout"),    open, {}, handler(this, &OidcController::logout)});
    router.add({"GET",    QStringLiteral("/auth/consents"),             Access::Bearer, {}, handler(this, &OidcController::consents)});
    router.add({"DELETE", QStringLiteral("/auth/consents/{client_id}"), Access::Bearer, {}, handler(this, &OidcController::revokeConsent)});
    // clang-format on
}

QMap<QString, QString> OidcController::parametersOf(const HttpRequest &request)
{
    return request.method == "POST" ? request.formFields() : request.queryFields();
}

QString OidcController::csrfOf(const HttpRequest &request)
{
    const QString existing = request.cookie(kCsrfCookie);
    if (existing.size() == 43)
        return existing;
    return QString::fromLatin1(Base64Url::encode(randomBytes(32)));
}

bool OidcController::csrfHolds(const HttpRequest &request, const QMap<QString, QString> &form)
{
    const QString cookieValue = request.cookie(kCsrfCookie);
    const QString sent = form.value(QStringLiteral("csrf"));
    return cookieValue.size() == 43 && constantTimeEquals(cookieValue.toLatin1(), sent.toLatin1());
}

HttpResponse OidcController::withCsrfCookie(HttpResponse response, const HttpRequest &request, const QString &csrf)
{
    response.withHeader(
        "Set-Cookie",
        cookie(kCsrfCookie, csrf, "HttpOnly; SameSite=Strict; Path=/oauth/authorize", 3600, request.secure));
    return response;
}

SignInPages::Form OidcController::formFor(const QString &action, const QString &csrf,
                                          const AuthorizationRequest &request) const
{
    return {action, csrf, request.parameters, originOf(request.redirectUri)};
}

HttpResponse OidcController::redirectBack(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters,
                                          bool withIssuer) const
{
    // RFC 6749 §3.1.2: the registered URI's own query is kept; RFC 9207: iss names us.
    QByteArray location = redirectUri.toUtf8();
    char separator = redirectUri.contains(QLatin1Char('?')) ? '&' : '?';
    QList<QPair<QString, QString>> all = parameters;
    if (withIssuer)
        all.append({QStringLiteral("iss"), m_backend.tokens().issuer()});
    for (const auto &[name, value] : all) {
        if (value.isEmpty())
            continue;
        location += separator + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    HttpResponse response;
    response.status = 302;
    response.withHeader("Location", location);
    response.withHeader("Cache-Control", "no-store");
    response.withHeader("Referrer-Policy", "no-referrer");
    return response;
}

HttpResponse OidcController::refuse(const HttpRequest &request, const AuthorizationError &error) const
{
    if (error.redirectUri.isEmpty())
        return m_pages.error(request, error.error, error.description);
    return redirectBack(error.redirectUri,
                        {{QStringLiteral("error"), error.error},
                         {QStringLiteral("error_description"), error.description},
                         {QStringLiteral("state"), error.state}});
}

HttpResponse OidcController::authorize(RequestContext &context)
{
    const HttpRequest &request = context.request;
    QMap<QString, QString> parameters;
    try {
        parameters = parametersOf(request);
    } catch (const ApiError &error) { // a repeated parameter, a body of another type: before any client
        return m_pages.error(request, QStringLiteral("invalid_request"), error.message, error.status);
    }
    auto checked = m_backend.oidc().checkAuthorization(parameters);
    if (const auto *error = std::get_if<AuthorizationError>(&checked))
        return refuse(request, *error);
    const AuthorizationRequest &authorization = std::get<AuthorizationRequest>(checked);
    const std::optional<BrowserSignIn> signIn
        = m_backend.browserSessions().find(request.cookie(QString::fromLatin1(BrowserSessions::kCookieName)));
    const QString csrf = csrfOf(request);
    if (m_backend.oidc().needsSignIn(authorization, signIn ? &*signIn : nullptr)) {
        if (authorization.hasPrompt("none"))
            return refuse(request,
                          m_backend.oidc().deny(authorization, QStringLiteral("login_required"),
                                                QStringLiteral("the user is not signed in")));
        return withCsrfCookie(m_pages.signIn(request, formFor(kSignInPath, csrf, authorization),
                                             authorization.client.record.name, authorization.loginHint),
                              request, csrf);
    }
    return afterSignIn(request, authorization, *signIn, csrf);
}

HttpResponse OidcController::afterSignIn(const HttpRequest &request, const AuthorizationRequest &authorization,
                                         const BrowserSignIn &signIn, const QString &csrf)
{
    OidcService &oidc = m_backend.oidc();
    if (oidc.needsConsent(authorization, signIn.user.record.id)) {
        if (authorization.hasPrompt("none"))
            return refuse(request,
                          oidc.deny(authorization, QStringLiteral("consent_required"),
                                    QStringLiteral("the user has not allowed this application yet"),
                                    signIn.user.record.id));
        return withCsrfCookie(m_pages.consent(request, formFor(kConsentPath, csrf, authorization),
                                              authorization.client.record.name, authorization.scopes,
                                              signIn.user.record.email),
                              request, csrf);
    }
    auto issued = oidc.issueCode(authorization, signIn);
    if (const auto *error = std::get_if<AuthorizationError>(&issued))
        return refuse(request, *error);
    m_metrics.count(Metrics::Event::Authorization);
    return redirectBack(
        authorization.redirectUri,
        {{QStringLiteral("code"), std::get<QString>(issued)}, {QStringLiteral("state"), authorization.state}});
}

HttpResponse OidcController::signIn(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QMap<QString, QString> form = request.formFields();
    auto checked = m_backend.oidc().checkAuthorization(form);
    if (const auto *error = std::get_if<AuthorizationError>(&checked))
        return refuse(request, *error);
    const AuthorizationRequest &authorization = std::get<AuthorizationRequest>(checked);
    const QString csrf = csrfOf(request);
    const QString email = form.value(QStringLiteral("email")).left(320);
    const auto again = [&](SignInPages::Problem problem, int status) {
        return withCsrfCookie(m_pages.signIn(request, formFor(kSignInPath, csrf, authorization),
                                             authorization.client.record.name, email, problem, status),
                              request, csrf);
    };
    if (!csrfHolds(request, form))
        return again(SignInPages::Problem::FormExpired, 400);
    User user;
    try {
        user = m_auth.authenticate(email, form.value(QStringLiteral("password")), request);
    } catch (const ApiError &error) {
        if (error.status == 429)
            return again(SignInPages::Problem::TooManyAttempts, 429);
        return again(SignInPages::Problem::WrongCredentials, 401);
    }
    const BrowserSessions::Started started = m_backend.browserSessions().start(user, AuthController::clientOf(request));
    HttpResponse response = afterSignIn(request, authorization, {started.session, user}, csrf);
    const qint64 lifetime = m_backend.settings()->tokens.refreshAbsoluteTtl.count();
    response.withHeader("Set-Cookie",
                        cookie(QString::fromLatin1(BrowserSessions::kCookieName), started.cookie,
                               "HttpOnly; SameSite=Lax; Path=/oauth", lifetime, request.secure));
    return response;
}

HttpResponse OidcController::consent(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QMap<QString, QString> form = request.formFields();
    auto checked = m_backend.oidc().checkAuthorization(form);
    if (const auto *error = std::get_if<AuthorizationError>(&checked))
        return refuse(request, *error);
    AuthorizationRequest authorization = std::get<AuthorizationRequest>(checked);
    const std::optional<BrowserSignIn> signIn
        = m_backend.browserSessions().find(request.cookie(QString::fromLatin1(BrowserSessions::kCookieName)));
    const QString csrf = csrfOf(request);
    if (!signIn || !csrfHolds(request, form)) // signed out meanwhile, or not our form: start over
        return withCsrfCookie(
            m_pages.signIn(request, formFor(kSignInPath, csrf, authorization), authorization.client.record.name, {}),
            request, csrf);
    if (form.value(QStringLiteral("decision")) != QLatin1String("allow"))
        return refuse(request,
                      m_backend.oidc().deny(authorization, QStringLiteral("access_denied"),
                                            QStringLiteral("the user did not allow it"), signIn->user.record.id));
    m_backend.oidc().giveConsent(actorOf(signIn->user, request), signIn->user.record.id, authorization);
    authorization.prompts.removeAll(QStringLiteral("consent")); // just given
    return afterSignIn(request, authorization, *signIn, csrf);
}

HttpResponse OidcController::userInfo(RequestContext &context)
{
    const Result<QJsonObject> claims = m_backend.oidc().userInfo(context.user().claims);
    if (!claims) {
        ApiError error = ApiError::from(claims.error());
        throw error;
    }
    return HttpResponse::json(claims.value()).withHeader("Cache-Control", "no-store");
}

HttpResponse OidcController::consents(RequestContext &context)
{
    QJsonArray items;
    for (const ConsentRecord &consent : m_backend.oidc().consentsOf(context.user().userId)) {
        const Result<Client> client = m_backend.clients().find(consent.clientId);
        items.append(QJsonObject{{QStringLiteral("client_id"), consent.clientId},
                                 {QStringLiteral("name"), client ? client->record.name : QString()},
                                 {QStringLiteral("scopes"), QJsonArray::fromStringList(consent.scopes)},
                                 {QStringLiteral("granted_at"), toRfc3339(consent.grantedAt)}});
    }
    return HttpResponse::json({{QStringLiteral("items"), items}});
}

HttpResponse OidcController::revokeConsent(RequestContext &context)
{
    // The next authorization by that application asks again; its sessions go on (logout ends them).
    const QString clientId = context.request.pathParameters.value(QStringLiteral("client_id"));
    const Status revoked = m_backend.oidc().revokeConsent(context.actor(), context.user().userId, clientId);
    if (!revoked)
        throw ApiError::from(revoked.error());
    return HttpResponse::noContent();
}

HttpResponse OidcController::logout(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QMap<QString, QString> parameters = parametersOf(request);
    // Whose logout: the browser's own sign-in (its cookie). The id_token_hint only names the
    // application, to find its registered post_logout_redirect_uris; it never ends a session by
    // itself, so a forged hint can neither sign anyone out nor redirect off the registered URIs.
    QString clientId = parameters.value(QStringLiteral("client_id"));
    if (const QString hint = parameters.value(QStringLiteral("id_token_hint")); !hint.isEmpty() && clientId.isEmpty()) {
        const auto payload = Base64Url::decode(hint.section(QLatin1Char('.'), 1, 1).toLatin1());
        const QJsonValue audience
            = payload ? QJsonDocument::fromJson(*payload).object().value(QLatin1String("aud")) : QJsonValue();
        clientId = audience.isArray() ? audience.toArray().first().toString() : audience.toString();
    }
    if (const std::optional<BrowserSignIn> signIn
        = m_backend.browserSessions().find(request.cookie(QString::fromLatin1(BrowserSessions::kCookieName))))
        (void)m_backend.browserSessions().end(actorOf(signIn->user, request), signIn->session,
                                              QStringLiteral("logout")); // ended meanwhile is as good
    const QString target = parameters.value(QStringLiteral("post_logout_redirect_uri"));
    HttpResponse response;
    const Result<Client> client
        = clientId.isEmpty() ? Result<Client>(failure(ErrorCode::NotFound, {})) : m_backend.clients().find(clientId);
    if (!target.isEmpty() && client && client->record.postLogoutRedirectUris.contains(target)) {
        response = redirectBack(target, {{QStringLiteral("state"), parameters.value(QStringLiteral("state"))}}, false);
    } else if (!target.isEmpty()) {
        response = m_pages.error(request, QStringLiteral("invalid_request"),
                                 QStringLiteral("post_logout_redirect_uri is not registered for this application"));
    } else {
        response = m_pages.signedOut(request);
    }
    response.withHeader("Set-Cookie",
                        cookie(QString::fromLatin1(BrowserSessions::kCookieName), {},
                               "HttpOnly; SameSite=Lax; Path=/oauth", 0, request.secure));
    return response;
}

} // namespace keyward
