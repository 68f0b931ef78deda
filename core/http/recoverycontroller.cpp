// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycontroller.h"

#include "apierror.h"
#include "auth/emailverification.h"
#include "auth/passwordrecovery.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "common/logging.h"
#include "config/settings.h"

namespace keyward {

namespace {

const QString kForgotPath = QStringLiteral("/account/forgot");
const QString kResetPath = QStringLiteral("/account/reset");

} // namespace

RecoveryController::RecoveryController(Backend &backend, AuthController &auth) : m_backend(backend), m_auth(auth)
{ }

void RecoveryController::registerRoutes(Router &router)
{
    const Access open = Access::Public;
    // clang-format off
    router.add({"POST", QStringLiteral("/auth/password/forgot"), open, {}, handler(this, &RecoveryController::forgotJson)});
    router.add({"POST", QStringLiteral("/auth/password/reset"),  open, {}, handler(this, &RecoveryController::resetJson), true});
    router.add({"GET",  kForgotPath,                             open, {}, handler(this, &RecoveryController::forgotPage)});
    router.add({"POST", kForgotPath,                             open, {}, handler(this, &RecoveryController::forgotPosted)});
    router.add({"GET",  kResetPath,                              open, {}, handler(this, &RecoveryController::resetPage)});
    router.add({"POST", kResetPath,                              open, {}, handler(this, &RecoveryController::resetPosted), true});
    router.add({"GET",  QStringLiteral("/account/verify"),       open, {}, handler(this, &RecoveryController::verifyPage)});
    // clang-format on
}

void RecoveryController::requestReset(const HttpRequest &request, const QString &email)
{
    // Over the per-address limit the request is dropped, and the answer is the same: the contract's
    // "always 202", and nothing to tell an address that has an account from one that has not.
    try {
        m_auth.limitByAddress(request, "forgot:", kForgotPerAddressPerHour, 3600);
    } catch (const ApiError &) {
        qCInfo(lcAuth) << "password reset: this client's requests are used up for now; request dropped";
        return;
    }
    m_backend.passwordRecovery().request(email.trimmed().left(320));
}

HttpResponse RecoveryController::forgotJson(RequestContext &context)
{
    const QString email = JsonField::requiredString(context.request.jsonObject(), "email");
    requestReset(context.request, email);
    return HttpResponse::json({}, 202);
}

HttpResponse RecoveryController::resetJson(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    const QString token = JsonField::requiredString(body, "token");
    const QString password = JsonField::requiredString(body, "new_password");
    orApiError(m_backend.passwordRecovery().reset(token, password, context.request.clientAddress));
    return HttpResponse::noContent();
}

HttpResponse RecoveryController::message(const HttpRequest &request, const char *title, const QString &lead, int status,
                                         const QString &details) const
{
    return m_renderer.messagePage(request, title, lead, status, details);
}

HttpResponse RecoveryController::forgotPage(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const PageLanguage &language = m_renderer.languageFor(request);
    if (!request.settings->mail.enabled())
        return message(request, QT_TRANSLATE_NOOP("WebPages", "Forgot password?"),
                       language.text(QT_TRANSLATE_NOOP("WebPages",
                                                       "This server sends no mail. Ask your administrator to set a "
                                                       "new password for you.")),
                       200);
    const QString form
        = QStringLiteral("<form method=\"post\" action=\"%1\">\n<label for=\"email\">%2</label>\n"
                         "<input type=\"email\" id=\"email\" name=\"email\" autocomplete=\"username\" "
                         "required autofocus>\n<div class=\"actions\"><button class=\"primary\" "
                         "type=\"submit\">%3</button></div>\n</form>")
              .arg(kForgotPath, htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "E-mail address"))),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Send the link"))));
    return message(request, QT_TRANSLATE_NOOP("WebPages", "Forgot password?"),
                   language.text(QT_TRANSLATE_NOOP("WebPages",
                                                   "Type the address of your account. We send a link to it to choose "
                                                   "a new password.")),
                   200, form);
}

HttpResponse RecoveryController::forgotPosted(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const PageLanguage &language = m_renderer.languageFor(request);
    requestReset(request, request.formFields().value(QStringLiteral("email")));
    return message(request, QT_TRANSLATE_NOOP("WebPages", "Check your mail"),
                   language.text(QT_TRANSLATE_NOOP("WebPages",
                                                   "If an account has this address, a link to choose a new password "
                                                   "is on its way to it. The link works once, for 30 minutes.")),
                   200);
}

HttpResponse RecoveryController::resetForm(const HttpRequest &request, const QString &token, const QString &email,
                                           const QString &problem, int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString error = problem.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n").arg(htmlEscaped(problem));
    const QString form = error
        + QStringLiteral("<form method=\"post\" action=\"%1\">\n<input type=\"hidden\" name=\"token\" value=\"%2\">\n"
                         "<input type=\"hidden\" name=\"email\" value=\"%3\" autocomplete=\"username\">\n%4"
                         "<div class=\"actions\"><button class=\"primary\" type=\"submit\">%5</button></div>\n</form>")
              .arg(kResetPath, htmlEscaped(token), htmlEscaped(email),
                   PageRenderer::newPasswordField(language, QStringLiteral("new_password"),
                                                  language.text(QT_TRANSLATE_NOOP("WebPages", "New password")), true),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Set the new password"))));
    return message(
        request, QT_TRANSLATE_NOOP("WebPages", "Choose a new password"),
        language.text(QT_TRANSLATE_NOOP("WebPages", "For %1. Every session of the account ends.")).arg(email), status,
        form);
}

HttpResponse RecoveryController::resetPage(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QString token = request.queryFields().value(QStringLiteral("token"));
    const auto account = m_backend.passwordRecovery().accountOf(token);
    if (!account)
        return message(request, QT_TRANSLATE_NOOP("WebPages", "This link does not work"),
                       m_renderer.languageFor(request).text(
                           QT_TRANSLATE_NOOP("WebPages",
                                             "It was used already, it has expired, or the password was "
                                             "changed since. Ask for a new link with “Forgot password?”.")),
                       400,
                       QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                           .arg(kForgotPath,
                                htmlEscaped(m_renderer.languageFor(request).text(
                                    QT_TRANSLATE_NOOP("WebPages", "Forgot password?")))));
    return resetForm(request, token, account->email, {}, 200);
}

HttpResponse RecoveryController::resetPosted(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QMap<QString, QString> form = request.formFields();
    const QString token = form.value(QStringLiteral("token"));
    const Result<UserRecord> reset
        = m_backend.passwordRecovery().reset(token, form.value(QStringLiteral("new_password")), request.clientAddress);
    if (!reset && reset.error().code == ErrorCode::WeakPassword)
        return resetForm(request, token, form.value(QStringLiteral("email")), reset.error().message, 400);
    if (!reset)
        return resetPage(context);
    const PageLanguage &language = m_renderer.languageFor(request);
    return message(request, QT_TRANSLATE_NOOP("WebPages", "Password changed"),
                   language.text(QT_TRANSLATE_NOOP("WebPages",
                                                   "Sign in with your new password. Your passkeys and "
                                                   "authenticator app work as before.")),
                   200,
                   QStringLiteral("<p><a href=\"/account\">%1</a></p>")
                       .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Go to your account")))));
}

HttpResponse RecoveryController::verifyPage(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const PageLanguage &language = m_renderer.languageFor(request);
    const Result<UserRecord> verified = m_backend.emailVerification().verify(
        request.queryFields().value(QStringLiteral("token")), request.clientAddress);
    if (!verified)
        return message(request, QT_TRANSLATE_NOOP("WebPages", "This link does not work"),
                       language.text(QT_TRANSLATE_NOOP("WebPages",
                                                       "It was used already, it has expired, or the address changed "
                                                       "since.")),
                       400);
    return message(
        request, QT_TRANSLATE_NOOP("WebPages", "Address confirmed"),
        language.text(QT_TRANSLATE_NOOP("WebPages", "%1 is confirmed. You can close this page.")).arg(verified->email),
        200,
        QStringLiteral("<p><a href=\"/account\">%1</a></p>")
            .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Go to your account")))));
}

} // namespace keyward
