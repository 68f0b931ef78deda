// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcontroller.h"

#include "auth/accountmail.h"
#include "auth/emailverification.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/authenticatorapps.h"
#include "auth/browsersessions.h"
#include "auth/clientservice.h"
#include "auth/mfaservice.h"
#include "auth/oidcservice.h"
#include "auth/passkeyservice.h"
#include "auth/passwordsignin.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "crypto/base64url.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace keyward {

namespace {

constexpr int kEventsShown = 20;

HttpResponse redirectTo(const QString &location)
{
    HttpResponse response;
    response.status = 303;
    response.withHeader("Location", location.toUtf8());
    response.withHeader("Cache-Control", "no-store");
    return response;
}

Actor actorOf(const BrowserSignIn &signIn, const HttpRequest &request)
{
    Actor actor = Actor::user(signIn.user.record.email, signIn.user.roles, request.clientAddress);
    actor.userId = signIn.user.record.id;
    return actor;
}

} // namespace

AccountController::AccountController(Backend &backend, AuthController &auth)
    : m_backend(backend), m_auth(auth), m_cookies(backend)
{ }

void AccountController::registerRoutes(Router &router)
{
    const Access open = Access::Public;
    // clang-format off
    router.add({"GET",  QStringLiteral("/account"),                                open, {}, handler(this, &AccountController::overview)});
    router.add({"POST", QStringLiteral("/account/name"),                           open, {}, handler(this, &AccountController::rename)});
    router.add({"POST", QStringLiteral("/account/email"),                          open, {}, handler(this, &AccountController::changeEmail)});
    router.add({"POST", QStringLiteral("/account/email/verify"),                   open, {}, handler(this, &AccountController::sendVerification)});
    router.add({"POST", QStringLiteral("/account/language"),                       open, {}, handler(this, &AccountController::setLanguage)});
    router.add({"POST", QStringLiteral("/account/password"),                       open, {}, handler(this, &AccountController::changePassword), true});
    router.add({"POST", QStringLiteral("/account/passkeys/options"),               open, {}, handler(this, &AccountController::passkeyOptions)});
    router.add({"POST", QStringLiteral("/account/passkeys"),                       open, {}, handler(this, &AccountController::addPasskey)});
    router.add({"POST", QStringLiteral("/account/passkeys/{id}/rename"),           open, {}, handler(this, &AccountController::renamePasskey)});
    router.add({"POST", QStringLiteral("/account/passkeys/{id}/remove"),           open, {}, handler(this, &AccountController::removePasskey)});
    router.add({"POST", QStringLiteral("/account/totp"),                           open, {}, handler(this, &AccountController::beginApp)});
    router.add({"POST", QStringLiteral("/account/totp/confirm"),                   open, {}, handler(this, &AccountController::confirmApp)});
    router.add({"POST", QStringLiteral("/account/totp/remove"),                    open, {}, handler(this, &AccountController::removeApp)});
    router.add({"POST", QStringLiteral("/account/recovery-codes"),                 open, {}, handler(this, &AccountController::newRecoveryCodes)});
    router.add({"POST", QStringLiteral("/account/sessions/{id}/end"),              open, {}, handler(this, &AccountController::endSession)});
    router.add({"POST", QStringLiteral("/account/applications/{id}/revoke"),       open, {}, handler(this, &AccountController::revokeApplication)});
    // clang-format on
}

QString AccountController::signInUrl(bool again) const
{
    return signInUrl(m_backend.tokens().issuer(), again);
}

QString AccountController::signInUrl(const QString &issuer, bool again, const QString &returnPath, const QString &state)
{
    // The built-in client never gets a code, but the request is checked like any other: with a
    // PKCE challenge (of nothing anyone holds).
    static const QString challenge = QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash("keyward account page", QCryptographicHash::Sha256)));
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), QLatin1String(ClientService::kAccountClientId));
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("scope"), QStringLiteral("openid"));
    add(QStringLiteral("redirect_uri"), issuer + returnPath);
    if (!state.isEmpty())
        add(QStringLiteral("state"), state);
    add(QStringLiteral("code_challenge"), challenge);
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (again)
        add(QStringLiteral("prompt"), QStringLiteral("login"));
    return QStringLiteral("/oauth/authorize?") + query.toString(QUrl::FullyEncoded);
}

bool AccountController::isRecent(const BrowserSignIn &signIn) const
{
    return signIn.session.authenticatedAt().secsTo(m_backend.clock().now()) <= MfaService::kRecentSeconds;
}

QString AccountController::csrfFor(const HttpRequest &request, const BrowserSignIn &signIn) const
{
    return m_cookies.csrfToken(BrowserCookies::preSessionOf(request), signIn.session.id);
}

HttpResponse AccountController::seeOverview(const QString &notice)
{
    return redirectTo(QStringLiteral("/account?done=") + notice);
}

HttpResponse AccountController::page(const HttpRequest &request, const BrowserSignIn &signIn, const QString &notice,
                                     const QString &problem, int status)
{
    const qint64 userId = signIn.user.record.id;
    AccountView view;
    view.user = signIn.user;
    view.factors = m_backend.mfa().statusOf(signIn.user);
    view.sessions = m_backend.sessions().active(userId);
    view.currentSignIn = signIn.session.id;
    for (const ConsentRecord &consent : m_backend.oidc().consentsOf(userId)) {
        const Result<Client> client = m_backend.clients().find(consent.clientId);
        view.applications.push_back(
            {consent.clientId, client ? client->record.name : QString(), consent.scopes, consent.grantedAt});
    }
    view.events = m_backend.audit().aboutUser(userId, signIn.user.record.email, kEventsShown);
    view.csrf = csrfFor(request, signIn);
    view.notice = notice;
    view.problem = problem;
    view.recent = isRecent(signIn);
    view.reauthenticateUrl = signInUrl(true);
    view.passkeysAvailable = m_backend.passkeys().available();
    view.mailEnabled = request.settings->mail.enabled();
    return BrowserCookies::withPreSession(m_pages.overview(request, view, status), request,
                                          BrowserCookies::preSessionOf(request));
}

HttpResponse AccountController::overview(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
    if (!signIn)
        return redirectTo(signInUrl(false));
    return page(request, *signIn, request.query.queryItemValue(QStringLiteral("done")).left(40));
}

HttpResponse AccountController::onPosted(const HttpRequest &request, bool needsRecent,
                                         const std::function<HttpResponse(const Posted &)> &handle)
{
    auto form = posted(request, needsRecent);
    if (auto *answer = std::get_if<HttpResponse>(&form))
        return std::move(*answer);
    return handle(std::get<Posted>(form));
}

std::variant<AccountController::Posted, HttpResponse> AccountController::posted(const HttpRequest &request,
                                                                                bool needsRecent)
{
    const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
    if (!signIn)
        return redirectTo(signInUrl(false));
    QMap<QString, QString> fields;
    try {
        fields = request.formFields();
    } catch (const ApiError &) {
        return page(request, *signIn, {}, m_pages.problemText(request, AccountPages::Problem::FormExpired), 400);
    }
    if (!m_cookies.csrfHolds(request, fields, signIn->session.id))
        return page(request, *signIn, {}, m_pages.problemText(request, AccountPages::Problem::FormExpired), 400);
    if (needsRecent && !isRecent(*signIn))
        return redirectTo(signInUrl(true));
    return Posted{*signIn, fields, actorOf(*signIn, request)};
}

HttpResponse AccountController::rename(RequestContext &context)
{
    return onPosted(context.request, false, [&](const Posted &in) {
        orApiError(m_backend.accounts().renameOwn(in.actor, in.signIn.user.record.id,
                                                  in.fields.value(QStringLiteral("name"))));
        return seeOverview(QStringLiteral("name"));
    });
}

HttpResponse AccountController::changeEmail(RequestContext &context)
{
    const HttpRequest &request = context.request;
    // Who controls the address controls "forgot password": a recent sign-in only.
    return onPosted(request, true, [&](const Posted &in) {
        AccountMail &mail = m_backend.accountMail();
        const Status changed = m_backend.accounts().changeOwnEmail(
            in.actor, in.signIn.user.record.id, in.fields.value(QStringLiteral("email")),
            [&mail](const QSqlDatabase &db, const UserRecord &record) { mail.queueVerification(db, record); });
        if (!changed)
            return page(request, in.signIn, {},
                        m_pages.problemText(request, AccountPages::Problem::Other, changed.error().message), 400);
        return seeOverview(QStringLiteral("email"));
    });
}

HttpResponse AccountController::sendVerification(RequestContext &context)
{
    return onPosted(context.request, false, [&](const Posted &in) {
        return seeOverview(m_backend.emailVerification().sendAgain(in.signIn.user.record.id)
                               ? QStringLiteral("verification-sent")
                               : QStringLiteral("verification-wait"));
    });
}

HttpResponse AccountController::setLanguage(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, false, [&](const Posted &in) {
        const Status saved = m_backend.accounts().setOwnLocale(in.actor, in.signIn.user.record.id,
                                                               in.fields.value(QStringLiteral("locale")));
        if (!saved)
            return page(request, in.signIn, {},
                        m_pages.problemText(request, AccountPages::Problem::Other, saved.error().message), 400);
        return seeOverview(QStringLiteral("language"));
    });
}

HttpResponse AccountController::changePassword(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, false, [&](const Posted &in) {
        // The browser's sign-in goes on; every other session of the account ends.
        const Status changed = m_backend.passwordSignIn().changeOwnPassword(
            in.actor, in.signIn.user.record.id, in.signIn.session.id,
            in.fields.value(QStringLiteral("current_password")), in.fields.value(QStringLiteral("new_password")));
        if (changed)
            return seeOverview(QStringLiteral("password"));
        const ErrorCode code = changed.error().code;
        const AccountPages::Problem problem = code == ErrorCode::InvalidCredentials
            ? AccountPages::Problem::WrongPassword
            : code == ErrorCode::WeakPassword ? AccountPages::Problem::WeakPassword
            : code == ErrorCode::RateLimited  ? AccountPages::Problem::TooManyAttempts
                                              : AccountPages::Problem::Other;
        return page(request, in.signIn, {}, m_pages.problemText(request, problem, changed.error().message), 400);
    });
}

HttpResponse AccountController::passkeyOptions(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const std::optional<BrowserSignIn> signIn = m_cookies.signInOf(request);
    const QJsonObject body = request.jsonObject();
    if (!signIn
        || !m_cookies.csrfHolds(request, {{QStringLiteral("csrf"), JsonField::optionalString(body, "csrf")}},
                                signIn->session.id))
        throw ApiError::invalidToken(QStringLiteral("sign in on the account page first"));
    if (!isRecent(*signIn))
        throw ApiError(ErrorCode::ReauthenticationRequired, QStringLiteral("sign in again to add a passkey"));
    return HttpResponse::json(orApiError(m_backend.passkeys().registrationOptions(signIn->user)).toJson());
}

HttpResponse AccountController::addPasskey(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, true, [&](const Posted &in) {
        const Result<PasskeyRecord> added = m_backend.passkeys().finishRegistration(
            in.actor, in.signIn.user, in.fields.value(QStringLiteral("challenge_id")),
            QJsonDocument::fromJson(in.fields.value(QStringLiteral("credential")).toUtf8()).object(),
            in.fields.value(QStringLiteral("name")));
        if (!added)
            return page(request, in.signIn, {},
                        m_pages.problemText(request, AccountPages::Problem::PasskeyFailed, added.error().message), 400);
        return seeOverview(QStringLiteral("passkey-added"));
    });
}

HttpResponse AccountController::renamePasskey(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, false, [&](const Posted &in) {
        const Result<PasskeyRecord> renamed = m_backend.passkeys().rename(
            in.actor, in.signIn.user.record.id, request.pathParameters.value(QStringLiteral("id")),
            in.fields.value(QStringLiteral("name")));
        if (!renamed)
            return page(request, in.signIn, {},
                        m_pages.problemText(request, AccountPages::Problem::Other, renamed.error().message), 400);
        return seeOverview(QStringLiteral("passkey-renamed"));
    });
}

HttpResponse AccountController::removePasskey(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, true, [&](const Posted &in) {
        orApiError(m_backend.passkeys().remove(in.actor, in.signIn.user.record.id,
                                               request.pathParameters.value(QStringLiteral("id"))));
        return seeOverview(QStringLiteral("passkey-removed"));
    });
}

HttpResponse AccountController::beginApp(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, true, [&](const Posted &in) {
        const QString label = QUrl(m_backend.tokens().issuer()).host();
        const TotpEnrolment enrolment = orApiError(m_backend.authenticatorApps().begin(in.signIn.user, label));
        return m_pages.appEnrolment(request, csrfFor(request, in.signIn), enrolment, false);
    });
}

HttpResponse AccountController::confirmApp(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, true, [&](const Posted &in) {
        const QString enrolmentId = in.fields.value(QStringLiteral("enrolment_id"));
        const Status confirmed = m_backend.authenticatorApps().confirm(in.actor, in.signIn.user.record.id, enrolmentId,
                                                                       in.fields.value(QStringLiteral("code")));
        if (confirmed)
            return seeOverview(QStringLiteral("app-added"));
        const QString label = QUrl(m_backend.tokens().issuer()).host();
        const std::optional<TotpEnrolment> again = m_backend.authenticatorApps().pending(
            in.signIn.user.record.id, enrolmentId, label, in.signIn.user.record.email);
        if (!again) // expired or confirmed meanwhile
            return page(request, in.signIn, {}, m_pages.problemText(request, AccountPages::Problem::FormExpired), 400);
        return m_pages.appEnrolment(request, csrfFor(request, in.signIn), *again, true);
    });
}

HttpResponse AccountController::removeApp(RequestContext &context)
{
    return onPosted(context.request, true, [&](const Posted &in) {
        orApiError(m_backend.authenticatorApps().remove(in.actor, in.signIn.user.record.id));
        return seeOverview(QStringLiteral("app-removed"));
    });
}

HttpResponse AccountController::newRecoveryCodes(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, true, [&](const Posted &in) {
        const QStringList codes = orApiError(m_backend.mfa().newRecoveryCodes(in.actor, in.signIn.user.record.id));
        HttpResponse shown = m_pages.recoveryCodes(request, codes);
        return shown;
    });
}

HttpResponse AccountController::endSession(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, false, [&](const Posted &in) {
        orApiError(m_backend.sessions().revoke(in.actor, request.pathParameters.value(QStringLiteral("id")),
                                               in.signIn.user.record.id, QStringLiteral("ended_on_account_page")));
        return seeOverview(QStringLiteral("session-ended"));
    });
}

HttpResponse AccountController::revokeApplication(RequestContext &context)
{
    const HttpRequest &request = context.request;
    return onPosted(request, false, [&](const Posted &in) {
        orApiError(m_backend.oidc().revokeConsent(in.actor, in.signIn.user.record.id,
                                                  request.pathParameters.value(QStringLiteral("id"))));
        return seeOverview(QStringLiteral("application-revoked"));
    });
}

} // namespace keyward
