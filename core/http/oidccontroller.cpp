// SPDX-License-Identifier: GPL-3.0-or-later
#include "oidccontroller.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/authenticatorapps.h"
#include "auth/browsersessions.h"
#include "auth/formtokens.h"
#include "auth/mfaservice.h"
#include "auth/oidcservice.h"
#include "auth/passkeyservice.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "browsercookies.h"
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

const QString kSignInPath = QStringLiteral("/oauth/authorize/sign-in");
const QString kConsentPath = QStringLiteral("/oauth/authorize/consent");
const QString kSecondFactorPath = QStringLiteral("/oauth/authorize/second-factor");
const QString kPasskeyPath = QStringLiteral("/oauth/authorize/passkey");
const QString kMfaToken = QStringLiteral("mfa_token");
const QString kEnrolmentId = QStringLiteral("enrolment_id");

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
    : m_backend(backend), m_auth(auth), m_metrics(metrics), m_cookies(backend)
{ }

void OidcController::registerRoutes(Router &router)
{
    const Access open = Access::Public;
    // clang-format off
    router.add({"GET",  QStringLiteral("/oauth/authorize"), open, {}, handler(this, &OidcController::authorize)});
    router.add({"POST", QStringLiteral("/oauth/authorize"), open, {}, handler(this, &OidcController::authorize)});
    router.add({"POST", kSignInPath,                        open, {}, handler(this, &OidcController::signIn), true});
    router.add({"POST", kConsentPath,                       open, {}, handler(this, &OidcController::consent)});
    router.add({"POST", kSecondFactorPath,                  open, {}, handler(this, &OidcController::secondFactor)});
    router.add({"POST", kPasskeyPath,                       open, {}, handler(this, &OidcController::passkeySignIn)});
    router.add({"GET",  QLatin1String(PageRenderer::kScriptPath), open, {}, handler(this, &OidcController::script)});
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

SignInPages::Form OidcController::signInForm(const QString &preSession, const AuthorizationRequest &request)
{
    SignInPages::Form form = formFor(kSignInPath, preSession, request);
    if (m_backend.passkeys().available())
        form.passkeyAction = kPasskeyPath;
    return form;
}

SignInPages::Form OidcController::formFor(const QString &action, const QString &preSession,
                                          const AuthorizationRequest &request, const QString &binding) const
{
    return {action, m_cookies.csrfToken(preSession, binding), request.parameters, originOf(request.redirectUri)};
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
    const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
    const QString preSession = BrowserCookies::preSessionOf(request);
    // mfa.required switched on, or a user promoted under "admins", since this browser signed in
    // with a password alone: sign in again, with the second factor.
    const bool policyUnmet = signIn && !SignInMethods::fromStored(signIn->session.amr).isMultiFactor()
        && m_backend.mfa().isRequiredFor(signIn->user);
    if (policyUnmet || m_backend.oidc().needsSignIn(authorization, signIn ? &*signIn : nullptr)) {
        if (authorization.hasPrompt("none"))
            return refuse(request,
                          m_backend.oidc().deny(authorization, QStringLiteral("login_required"),
                                                QStringLiteral("the user is not signed in")));
        return BrowserCookies::withPreSession(m_pages.signIn(request, signInForm(preSession, authorization),
                                                             authorization.client.record.name, authorization.loginHint),
                                              request, preSession);
    }
    return afterSignIn(request, authorization, *signIn, preSession);
}

HttpResponse OidcController::afterSignIn(const HttpRequest &request, const AuthorizationRequest &authorization,
                                         const BrowserSignIn &signIn, const QString &preSession)
{
    OidcService &oidc = m_backend.oidc();
    // The account page's sign-in: back to it (or to the invitation it was for), no code.
    if (authorization.client.record.clientId == QLatin1String(ClientService::kAccountClientId)) {
        HttpResponse back;
        back.status = 303;
        const bool invitation = QUrl(authorization.redirectUri).path() == QLatin1String("/account/invitation");
        QString location = invitation ? QStringLiteral("/account/invitation") : QStringLiteral("/account");
        if (invitation && !authorization.state.isEmpty())
            location += QStringLiteral("?token=") + QString::fromLatin1(QUrl::toPercentEncoding(authorization.state));
        back.withHeader("Location", location.toUtf8());
        return back;
    }
    if (oidc.needsConsent(authorization, signIn.user.record.id)) {
        if (authorization.hasPrompt("none"))
            return refuse(request,
                          oidc.deny(authorization, QStringLiteral("consent_required"),
                                    QStringLiteral("the user has not allowed this application yet"),
                                    signIn.user.record.id));
        return BrowserCookies::withPreSession(
            m_pages.consent(request,
                            formFor(kConsentPath, preSession, authorization, consentBinding(signIn, authorization)),
                            authorization.client.record.name, authorization.scopes, signIn.user.record.email),
            request, preSession);
    }
    auto issued = oidc.issueCode(authorization, signIn);
    if (const auto *error = std::get_if<AuthorizationError>(&issued))
        return refuse(request, *error);
    m_metrics.count(Metrics::Event::Authorization);
    return redirectBack(
        authorization.redirectUri,
        {{QStringLiteral("code"), std::get<QString>(issued)}, {QStringLiteral("state"), authorization.state}});
}

struct OidcController::PostedForm {
    QMap<QString, QString> fields;
    AuthorizationRequest authorization;
};

HttpResponse OidcController::onPostedForm(
    const HttpRequest &request,
    const std::function<HttpResponse(const QMap<QString, QString> &, AuthorizationRequest &, const QString &)> &handle)
{
    auto posted = postedForm(request);
    if (auto *answer = std::get_if<HttpResponse>(&posted))
        return std::move(*answer);
    auto &[form, authorization] = std::get<PostedForm>(posted);
    return handle(form, authorization, BrowserCookies::preSessionOf(request));
}

std::variant<OidcController::PostedForm, HttpResponse> OidcController::postedForm(const HttpRequest &request)
{
    QMap<QString, QString> form;
    try {
        form = request.formFields();
    } catch (const ApiError &error) { // not a form: a page, as everything a browser is shown
        return m_pages.error(request, QStringLiteral("invalid_request"), error.message, error.status);
    }
    auto checked = m_backend.oidc().checkAuthorization(form);
    if (const auto *error = std::get_if<AuthorizationError>(&checked))
        return refuse(request, *error);
    return PostedForm{std::move(form), std::move(std::get<AuthorizationRequest>(checked))};
}

HttpResponse OidcController::signIn(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPostedForm(
        request,
        [&](const QMap<QString, QString> &form, AuthorizationRequest &authorization,
            const QString &preSession) -> HttpResponse {
            const QString email = form.value(QStringLiteral("email")).left(320);
            const auto again = [&](SignInPages::Problem problem, int status) {
                return BrowserCookies::withPreSession(m_pages.signIn(request, signInForm(preSession, authorization),
                                                                     authorization.client.record.name, email, problem,
                                                                     status),
                                                      request, preSession);
            };
            if (!m_cookies.csrfHolds(request, form))
                return again(SignInPages::Problem::FormExpired, 400);
            User user;
            try {
                user = m_auth.authenticate(email, form.value(QStringLiteral("password")), request);
            } catch (const ApiError &error) {
                if (error.status == 429)
                    return again(SignInPages::Problem::TooManyAttempts, 429);
                if (error.code == ErrorCode::EmailNotVerified)
                    return again(SignInPages::Problem::EmailNotVerified, 403);
                return again(SignInPages::Problem::WrongCredentials, 200); // a page to try again, not an HTTP challenge
            }
            FirstFactorOutcome outcome = m_backend.mfa().afterPassword(user, !authorization.requiredAcr.isEmpty(), {});
            if (!outcome.pending)
                return finishSignIn(request, authorization, user, outcome.methods, preSession);
            // acr_values=phr: only a passkey that verifies its user is enough after the password; an
            // account without one cannot get there here (the app it could enrol would not do either).
            if (authorization.requiredAcr == QLatin1String("phr")) {
                if (!m_backend.mfa().methodsOf(user.record.id).contains(QStringLiteral("passkey")))
                    return unmet(request, authorization, user);
                outcome.pending->methods = QStringList{QStringLiteral("passkey")};
            }
            return secondStepPage(request, authorization, preSession, user, *outcome.pending);
        });
}

QString OidcController::consentBinding(const BrowserSignIn &signIn, const AuthorizationRequest &authorization)
{
    // The consent form is for this sign-in and this application: another page's token (the
    // account page's, bound to the same sign-in) does not consent to anything.
    return signIn.session.id + QLatin1Char('|') + authorization.client.record.clientId;
}

HttpResponse OidcController::unmet(const HttpRequest &request, const AuthorizationRequest &authorization,
                                   const User &user)
{
    // OpenID Connect Core Unmet Authentication Requirements 1.0.
    return refuse(request,
                  m_backend.oidc().deny(authorization, QStringLiteral("unmet_authentication_requirements"),
                                        QStringLiteral("the sign-in cannot be as strong as the application "
                                                       "asks (acr_values)"),
                                        user.record.id));
}

HttpResponse OidcController::passkeySignIn(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPostedForm(
        request,
        [&](const QMap<QString, QString> &form, AuthorizationRequest &authorization,
            const QString &preSession) -> HttpResponse {
            const auto again = [&](SignInPages::Problem problem, int status) {
                return BrowserCookies::withPreSession(m_pages.signIn(request, signInForm(preSession, authorization),
                                                                     authorization.client.record.name, {}, problem,
                                                                     status),
                                                      request, preSession);
            };
            if (!m_cookies.csrfHolds(request, form))
                return again(SignInPages::Problem::FormExpired, 400);
            m_auth.limitByAddress(request, "login:", request.settings->limits.loginPerAddressPerMinute, 60);
            const QJsonDocument credential = QJsonDocument::fromJson(form.value(QStringLiteral("credential")).toUtf8());
            const Result<PasskeySignIn> signedIn = m_backend.passkeys().verifySignIn(
                form.value(QStringLiteral("challenge_id")), credential.object(), std::nullopt, request.clientAddress);
            if (!signedIn) {
                m_metrics.count(Metrics::Event::LoginFailed);
                return again(SignInPages::Problem::PasskeyFailed, 400);
            }
            m_metrics.count(Metrics::Event::LoginSucceeded);
            return finishSignIn(request, authorization, signedIn->user, signedIn->methods, preSession);
        });
}

HttpResponse OidcController::script(RequestContext &)
{
    return m_pages.script();
}

HttpResponse OidcController::finishSignIn(const HttpRequest &request, AuthorizationRequest authorization,
                                          const User &user, const SignInMethods &methods, const QString &preSession)
{
    if (m_auth.mustVerifyEmailFirst(user, request)) // a passkey's sign-in too, not only a password's
        return BrowserCookies::withPreSession(m_pages.signIn(request, signInForm(preSession, authorization),
                                                             authorization.client.record.name, user.record.email,
                                                             SignInPages::Problem::EmailNotVerified, 403),
                                              request, preSession);
    // The second step's fields are spent: the consent form does not carry them on.
    authorization.parameters.remove(kMfaToken);
    authorization.parameters.remove(kEnrolmentId);
    // prompt=login, max_age, or a sign-in over another user's: renewed or replaced (OIDC Core §11).
    const BrowserSessions::Started started = m_backend.browserSessions().signIn(user, AuthController::clientOf(request),
                                                                                m_cookies.signInOf(request), methods);
    HttpResponse response = afterSignIn(request, authorization, {started.session, user}, preSession);
    const qint64 lifetime = m_backend.settings()->tokens.refreshAbsoluteTtl.count();
    BrowserCookies::withSignIn(response, request, started.cookie, lifetime);
    return response;
}

HttpResponse OidcController::secondStepPage(const HttpRequest &request, const AuthorizationRequest &authorization,
                                            const QString &preSession, const User &user, const PendingSignIn &pending,
                                            SignInPages::Problem problem, const QString &enrolmentId)
{
    SignInPages::Form form = formFor(kSecondFactorPath, preSession, authorization, pending.mfaToken);
    form.parameters.insert(kMfaToken, pending.mfaToken);
    form.passkeyVerifiesUser = authorization.requiredAcr == QLatin1String("phr");
    const QString application = authorization.client.record.name;
    const int status = problem == SignInPages::Problem::None ? 200 : 400;
    if (!pending.enrolment)
        return BrowserCookies::withPreSession(
            m_pages.secondFactor(request, form, application, pending.methods, problem, status), request, preSession);
    // The policy asks for a factor the account does not have: the authenticator app, here and
    // now (a passkey can be added on the account page afterwards).
    const QString label = QUrl(m_backend.tokens().issuer()).host();
    std::optional<TotpEnrolment> enrolment;
    if (!enrolmentId.isEmpty())
        enrolment = m_backend.authenticatorApps().pending(user.record.id, enrolmentId, label, user.record.email);
    if (!enrolment)
        enrolment = orApiError(m_backend.authenticatorApps().begin(user, label));
    form.parameters.insert(kEnrolmentId, enrolment->enrolmentId);
    return BrowserCookies::withPreSession(
        m_pages.enrolApp(request, form, application, enrolment->qrSvg, enrolment->secret, problem, status), request,
        preSession);
}

HttpResponse OidcController::secondFactor(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPostedForm(
        request,
        [&](const QMap<QString, QString> &form, AuthorizationRequest &authorization,
            const QString &preSession) -> HttpResponse {
            const QString mfaToken = form.value(kMfaToken).left(128);
            bool enrolment = false;
            const std::optional<User> user = m_backend.mfa().pendingUser(mfaToken, &enrolment);
            // Gone (5 minutes passed, or used) or not this browser's form: sign in again.
            if (!user || !m_cookies.csrfHolds(request, form, mfaToken))
                return BrowserCookies::withPreSession(m_pages.signIn(request, signInForm(preSession, authorization),
                                                                     authorization.client.record.name, {},
                                                                     SignInPages::Problem::FormExpired, 400),
                                                      request, preSession);
            try {
                m_auth.limitByAddress(request, "login:", request.settings->limits.loginPerAddressPerMinute, 60);
            } catch (const ApiError &) {
                PendingSignIn pending{mfaToken, enrolment, m_backend.mfa().methodsOf(user->record.id), 0};
                return secondStepPage(request, authorization, preSession, *user, pending,
                                      SignInPages::Problem::TooManyAttempts, form.value(kEnrolmentId));
            }
            MfaService &mfa = m_backend.mfa();
            Result<CompletedSignIn> completed = failure(ErrorCode::InvalidCredentials, {});
            if (enrolment)
                completed = mfa.completeEnrolment(mfaToken, form.value(kEnrolmentId),
                                                  form.value(QStringLiteral("code")), request.clientAddress);
            else if (!form.value(QStringLiteral("credential")).isEmpty())
                completed = mfa.completeWithPasskey(
                    mfaToken, form.value(QStringLiteral("challenge_id")),
                    QJsonDocument::fromJson(form.value(QStringLiteral("credential")).toUtf8()).object(),
                    request.clientAddress);
            else if (form.contains(QStringLiteral("recovery_code")))
                completed = mfa.completeWithRecoveryCode(mfaToken, form.value(QStringLiteral("recovery_code")),
                                                         request.clientAddress);
            else
                completed = mfa.completeWithCode(mfaToken, form.value(QStringLiteral("code")), request.clientAddress);
            if (!completed) {
                m_metrics.count(Metrics::Event::LoginFailed);
                const SignInPages::Problem problem = completed.error().code == ErrorCode::RateLimited
                    ? SignInPages::Problem::TooManyAttempts
                    : SignInPages::Problem::WrongCode;
                PendingSignIn pending;
                pending.mfaToken = mfaToken;
                pending.enrolment = enrolment;
                pending.methods = mfa.methodsOf(user->record.id);
                return secondStepPage(request, authorization, preSession, *user, pending, problem,
                                      form.value(kEnrolmentId));
            }
            m_metrics.count(Metrics::Event::LoginSucceeded);
            if (!authorization.requiredAcr.isEmpty() && !completed->methods.satisfies(authorization.requiredAcr))
                return unmet(request, authorization, completed->user);
            return finishSignIn(request, authorization, completed->user, completed->methods, preSession);
        });
}

HttpResponse OidcController::consent(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPostedForm(
        request,
        [&](const QMap<QString, QString> &form, AuthorizationRequest &authorization,
            const QString &preSession) -> HttpResponse {
            const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
            // The consent form is bound to the sign-in it was shown in: a pre-session id planted in the
            // browser's cookie yields no token for the victim's sign-in. Signed out meanwhile, or not our
            // form: start over.
            if (!signIn || !m_cookies.csrfHolds(request, form, consentBinding(*signIn, authorization))
                || !m_backend.oidc().signInStillSatisfies(authorization, *signIn))
                return BrowserCookies::withPreSession(m_pages.signIn(request, signInForm(preSession, authorization),
                                                                     authorization.client.record.name, {}),
                                                      request, preSession);
            if (form.value(QStringLiteral("decision")) != QLatin1String("allow"))
                return refuse(request,
                              m_backend.oidc().deny(authorization, QStringLiteral("access_denied"),
                                                    QStringLiteral("the user did not allow it"),
                                                    signIn->user.record.id));
            m_backend.oidc().giveConsent(actorOf(signIn->user, request), signIn->user.record.id, authorization);
            authorization.prompts.removeAll(QStringLiteral("consent")); // just given
            return afterSignIn(request, authorization, *signIn, preSession);
        });
}

HttpResponse OidcController::userInfo(RequestContext &context)
{
    const Result<QJsonObject> claims = m_backend.oidc().userInfo(context.user().claims);
    if (!claims)
        throw ApiError::from(claims.error());
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
    // The next authorization by that application asks again; its sessions of this user end.
    const QString clientId = context.request.pathParameters.value(QStringLiteral("client_id"));
    const Status revoked = m_backend.oidc().revokeConsent(context.actor(), context.user().userId, clientId);
    if (!revoked)
        throw ApiError::from(revoked.error());
    return HttpResponse::noContent();
}

HttpResponse OidcController::logout(RequestContext &context)
{
    const HttpRequest &request = context.request;
    QMap<QString, QString> parameters;
    try {
        parameters = parametersOf(request);
    } catch (const ApiError &error) {
        return m_pages.error(request, QStringLiteral("invalid_request"), error.message, error.status);
    }
    // RP-Initiated Logout 1.0 §2: a hint that is an ID token of ours (expired or not) names the
    // application (its aud) and the sign-in (its sid); client_id, when sent too, must agree. Any
    // other hint proves nothing, as if none was sent.
    const QString hint = parameters.value(QStringLiteral("id_token_hint"));
    const std::optional<QJsonObject> claims
        = hint.isEmpty() ? std::nullopt : m_backend.tokens().idTokenHintClaims(hint.toLatin1());
    QString clientId = parameters.value(QStringLiteral("client_id"));
    if (claims) {
        const QJsonValue audience = claims->value(QLatin1String("aud"));
        const QString hinted = audience.isArray() ? audience.toArray().at(0).toString() : audience.toString();
        if (!clientId.isEmpty() && clientId != hinted)
            return m_pages.error(request, QStringLiteral("invalid_request"),
                                 QStringLiteral("client_id is not the application the id_token_hint was issued to"));
        clientId = hinted;
    }
    const QString target = parameters.value(QStringLiteral("post_logout_redirect_uri"));
    const Result<Client> client
        = clientId.isEmpty() ? Result<Client>(failure(ErrorCode::NotFound, {})) : m_backend.clients().find(clientId);
    if (!target.isEmpty() && !(client && client->record.postLogoutRedirectUris.contains(target)))
        return m_pages.error(request, QStringLiteral("invalid_request"),
                             QStringLiteral("post_logout_redirect_uri is not registered for this application"));

    const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
    const bool isPost = request.method == "POST";
    const bool confirmed = isPost && parameters.value(QStringLiteral("confirm")) == QLatin1String("yes")
        && m_cookies.csrfHolds(request, parameters);
    switch (OidcService::signOutStep(claims, signIn ? &*signIn : nullptr, confirmed, isPost)) {
    case SignOutStep::Ask: {
        const QString preSession = BrowserCookies::preSessionOf(request);
        SignInPages::Form form{QStringLiteral("/oauth/logout"), m_backend.formTokens().tokenFor(preSession), parameters,
                               target.isEmpty() ? QString() : originOf(target)};
        return BrowserCookies::withPreSession(
            m_pages.confirmSignOut(request, form, signIn ? signIn->user.record.email : QString()), request, preSession);
    }
    case SignOutStep::End:
        (void)m_backend.browserSessions().end(actorOf(signIn->user, request), signIn->session,
                                              QStringLiteral("logout")); // ended meanwhile is as good
        break;
    case SignOutStep::Nothing:
        break;
    }
    HttpResponse response = target.isEmpty()
        ? m_pages.signedOut(request)
        : redirectBack(target, {{QStringLiteral("state"), parameters.value(QStringLiteral("state"))}}, false);
    BrowserCookies::withSignIn(response, request, {}, 0);
    return response;
}

} // namespace keyward
