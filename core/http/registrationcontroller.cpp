// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrationcontroller.h"

#include "apierror.h"
#include "authcontroller.h"
#include "config/settings.h"

#include <QUrl>

namespace keyward {

RegistrationController::RegistrationController(AuthController &auth) : m_auth(auth)
{ }

void RegistrationController::registerRoutes(Router &router)
{
    const Access open = Access::Public;
    const QString path = QString::fromLatin1(kPath);
    router.add({"GET", path, open, {}, handler(this, &RegistrationController::page)});
    // Hashes the new password: on the password pool.
    router.add({"POST", path, open, {}, handler(this, &RegistrationController::posted), true});
}

QString RegistrationController::returnPathOf(const QString &candidate)
{
    const bool authorization = candidate.startsWith(QLatin1String("/oauth/authorize?"))
        && !candidate.contains(QLatin1Char('\\')) && !candidate.contains(QLatin1Char('\r'))
        && !candidate.contains(QLatin1Char('\n'));
    return authorization ? candidate : QStringLiteral("/account");
}

HttpResponse RegistrationController::form(const HttpRequest &request, const QString &email, const QString &name,
                                          const QString &back, const QString &problem, int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString error = problem.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>\n").arg(htmlEscaped(problem));
    const QString fields = error
        + QStringLiteral("<form method=\"post\" action=\"%1\">\n<input type=\"hidden\" name=\"return\" value=\"%2\">\n"
                         "<label for=\"email\">%3</label>\n<input type=\"email\" id=\"email\" name=\"email\" "
                         "value=\"%4\" autocomplete=\"username\" required autofocus>\n<label for=\"name\">%5</label>\n"
                         "<input type=\"text\" id=\"name\" name=\"name\" value=\"%6\" autocomplete=\"name\" "
                         "maxlength=\"200\">\n%7<div class=\"actions\"><button class=\"primary\" type=\"submit\">%8"
                         "</button></div>\n</form>\n<p><a href=\"%2\">%9</a></p>")
              .arg(QString::fromLatin1(kPath), htmlEscaped(back),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "E-mail address"))), htmlEscaped(email),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Your name"))), htmlEscaped(name),
                   PageRenderer::newPasswordField(language, QStringLiteral("password"),
                                                  language.text(QT_TRANSLATE_NOOP("WebPages", "Choose a password")),
                                                  false),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Create the account"))),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "I have an account: sign in"))));
    return m_renderer.messagePage(request, QT_TRANSLATE_NOOP("WebPages", "Create an account"),
                                  language.text(QT_TRANSLATE_NOOP("WebPages", "An account on this server.")), status,
                                  fields);
}

HttpResponse RegistrationController::page(RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (!request.settings->registrationEnabled)
        return m_renderer.messagePage(
            request, QT_TRANSLATE_NOOP("WebPages", "Create an account"),
            m_renderer.languageFor(request).text(QT_TRANSLATE_NOOP(
                "WebPages", "This server does not take new accounts. Ask its administrator for an invitation.")),
            403);
    return form(request, {}, {}, returnPathOf(request.queryFields().value(QStringLiteral("return"))), {}, 200);
}

HttpResponse RegistrationController::posted(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const PageLanguage &language = m_renderer.languageFor(request);
    const QMap<QString, QString> fields = request.formFields();
    const QString email = fields.value(QStringLiteral("email")).trimmed();
    const QString name = fields.value(QStringLiteral("name")).trimmed();
    const QString back = returnPathOf(fields.value(QStringLiteral("return")));
    try {
        const User user = m_auth.registerAccount(request, email, name, fields.value(QStringLiteral("password")));
        const QString lead = request.settings->registrationRequiresVerifiedEmail
            ? language.text(QT_TRANSLATE_NOOP("WebPages", "We sent a link to %1. Follow it, then sign in."))
                  .arg(user.record.email)
            : language.text(QT_TRANSLATE_NOOP("WebPages", "Your account %1 is ready. Sign in with it."))
                  .arg(user.record.email);
        return m_renderer.messagePage(
            request, QT_TRANSLATE_NOOP("WebPages", "Account created"), lead, 201,
            QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(htmlEscaped(back), htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Continue")))));
    } catch (const ApiError &error) {
        const char *problem = QT_TRANSLATE_NOOP("WebPages", "The account could not be created. Try again.");
        switch (error.code) {
        case ErrorCode::EmailTaken:
            problem = QT_TRANSLATE_NOOP("WebPages",
                                        "An account with this address exists already. Sign in, or "
                                        "ask for a new password if you forgot it.");
            break;
        case ErrorCode::InvalidEmail:
            problem = QT_TRANSLATE_NOOP("WebPages", "This is not an e-mail address.");
            break;
        case ErrorCode::WeakPassword:
            problem = QT_TRANSLATE_NOOP("WebPages", "Choose a stronger password: the rules are beside the field.");
            break;
        case ErrorCode::RateLimited:
            problem = QT_TRANSLATE_NOOP("WebPages", "Too many new accounts from here for now. Try again later.");
            break;
        case ErrorCode::RegistrationDisabled:
            problem = QT_TRANSLATE_NOOP("WebPages", "This server does not take new accounts.");
            break;
        default:
            break;
        }
        return form(request, email, name, back, language.text(problem), error.status);
    }
}

} // namespace keyward
