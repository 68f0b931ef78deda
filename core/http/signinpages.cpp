// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinpages.h"

#include "config/settings.h"
#include "registrationcontroller.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace keyward {

SignInPages::SignInPages()
    : m_signIn(PageRenderer::pageTemplate(QStringLiteral("login.html"))),
      m_consent(PageRenderer::pageTemplate(QStringLiteral("consent.html"))),
      m_message(PageRenderer::pageTemplate(QStringLiteral("message.html"))),
      m_secondFactor(PageRenderer::pageTemplate(QStringLiteral("second-factor.html"))),
      m_enrolApp(PageRenderer::pageTemplate(QStringLiteral("enrol-app.html")))
{ }

namespace {

// The sign-in's own fields are the form's, not the authorization request's.
bool isSignInField(const QString &key)
{
    static const QStringList own{
        QStringLiteral("email"),         QStringLiteral("password"),   QStringLiteral("csrf"),
        QStringLiteral("decision"),      QStringLiteral("confirm"),    QStringLiteral("code"),
        QStringLiteral("recovery_code"), QStringLiteral("credential"), QStringLiteral("challenge_id")};
    return own.contains(key);
}

} // namespace

QString SignInPages::authorizationPathOf(const Form &form)
{
    QUrlQuery query;
    for (auto it = form.parameters.begin(); it != form.parameters.end(); ++it) {
        if (!isSignInField(it.key()))
            query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    }
    return QStringLiteral("/oauth/authorize?") + query.toString(QUrl::FullyEncoded);
}

QString SignInPages::hiddenFields(const Form &form)
{
    QString html = QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">\n").arg(htmlEscaped(form.csrf));
    for (auto it = form.parameters.begin(); it != form.parameters.end(); ++it) {
        if (isSignInField(it.key()))
            continue;
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                    .arg(htmlEscaped(it.key()), htmlEscaped(it.value()));
    }
    return html;
}

QString SignInPages::passkeyForm(const PageLanguage &language, const Form &form, const QString &action,
                                 const QString &mfaToken)
{
    const QString label = mfaToken.isEmpty() ? language.text(QT_TRANSLATE_NOOP("WebPages", "Sign in with a passkey"))
                                             : language.text(QT_TRANSLATE_NOOP("WebPages", "Use a passkey"));
    return QStringLiteral("<div class=\"passkey\" data-passkey-offer hidden>\n<form method=\"post\" action=\"%1\" "
                          "data-passkey=\"sign-in\" data-options=\"/auth/passkeys/options\"%2%6>\n%3"
                          "<input type=\"hidden\" name=\"challenge_id\" value=\"\">\n"
                          "<input type=\"hidden\" name=\"credential\" value=\"\">\n"
                          "<div class=\"actions\"><button class=\"secondary\" type=\"submit\">%4</button></div>\n"
                          "<p class=\"error\" role=\"alert\" data-passkey-problem hidden>%5</p>\n</form></div>")
        .arg(htmlEscaped(action),
             mfaToken.isEmpty() ? QString() : QStringLiteral(" data-mfa-token=\"%1\"").arg(htmlEscaped(mfaToken)),
             hiddenFields(form), htmlEscaped(label),
             htmlEscaped(language.text(
                 QT_TRANSLATE_NOOP("WebPages", "The passkey did not work. Try again, or use another way."))),
             form.passkeyVerifiesUser ? QStringLiteral(" data-user-verification=\"required\"") : QString());
}

QString SignInPages::problemText(const PageLanguage &language, Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::WrongCredentials:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "The e-mail address or the password is not right."));
    case Problem::TooManyAttempts:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "Too many attempts. Wait a moment and try again."));
    case Problem::FormExpired:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "The form expired. Please sign in again."));
    case Problem::WrongCode:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "That code is not right, or it was used already."));
    case Problem::PasskeyFailed:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "The passkey did not work. Try again, or use another way."));
    case Problem::EmailNotVerified:
        return language.text(QT_TRANSLATE_NOOP("WebPages",
                                               "Confirm your e-mail address first: open the link we sent to it "
                                               "(a new one is on its way if the last is older than 5 minutes)."));
    }
    return {};
}

HttpResponse SignInPages::secondFactor(const HttpRequest &request, const Form &form, const QString &applicationName,
                                       const QStringList &methods, Problem problem, int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Two-step verification"));
    const QString hidden = hiddenFields(form);
    const bool withPasskey = methods.contains(QLatin1String("passkey"));
    QString codeForm;
    if (methods.contains(QLatin1String("totp")))
        codeForm
            = QStringLiteral("<form method=\"post\" action=\"%1\">\n%2<label for=\"code\">%3</label>\n"
                             "<input type=\"text\" id=\"code\" name=\"code\" inputmode=\"numeric\" "
                             "pattern=\"[0-9]{6}\" maxlength=\"6\" autocomplete=\"one-time-code\" required "
                             "autofocus>\n<div class=\"actions\"><button class=\"primary\" "
                             "type=\"submit\">%4</button></div>\n</form>")
                  .arg(htmlEscaped(form.action), hidden,
                       htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Code from your authenticator app"))),
                       htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Verify"))));
    QString recoveryForm;
    if (methods.contains(QLatin1String("recovery_code")))
        recoveryForm = QStringLiteral("<details%1><summary>%2</summary>\n<form method=\"post\" action=\"%3\">\n%4"
                                      "<label for=\"recovery_code\">%5</label>\n<input type=\"text\" "
                                      "id=\"recovery_code\" name=\"recovery_code\" autocomplete=\"off\" "
                                      "autocapitalize=\"none\" spellcheck=\"false\" required>\n<div "
                                      "class=\"actions\"><button class=\"secondary\" type=\"submit\">%6</button>"
                                      "</div>\n</form></details>")
                           .arg(codeForm.isEmpty() ? QStringLiteral(" open") : QString(),
                                htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Use a recovery code"))),
                                htmlEscaped(form.action), hidden,
                                htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Recovery code"))),
                                htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Verify"))));
    const QString error = problemText(language, problem);
    const QString content = PageRenderer::fill(
        m_secondFactor,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language.text(QT_TRANSLATE_NOOP("WebPages", "Confirm it is you to continue to %1")).arg(applicationName)},
         {QStringLiteral("error"),
          error.isEmpty() ? QString()
                          : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(htmlEscaped(error))},
         {QStringLiteral("codeForm"), codeForm},
         {QStringLiteral("passkeyForm"),
          withPasskey ? passkeyForm(language, form, form.action, form.parameters.value(QStringLiteral("mfa_token")))
                      : QString()},
         {QStringLiteral("recoveryForm"), recoveryForm}});
    return m_renderer.page(language, title, content, form.formTarget, status, withPasskey);
}

HttpResponse SignInPages::enrolApp(const HttpRequest &request, const Form &form, const QString &applicationName,
                                   const QString &qrSvg, const QString &secret, Problem problem, int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Set up two-step verification"));
    const QString error = problemText(language, problem);
    const QString content = PageRenderer::fill(
        m_enrolApp,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language
              .text(QT_TRANSLATE_NOOP("WebPages",
                                      "Your account needs a second step to continue to %1: an authenticator app."))
              .arg(applicationName)},
         {QStringLiteral("error"),
          error.isEmpty() ? QString()
                          : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(htmlEscaped(error))},
         {QStringLiteral("scanStep"),
          language.text(
              QT_TRANSLATE_NOOP("WebPages", "Scan this code with an authenticator app, then type the code it shows."))},
         {QStringLiteral("qr"), qrSvg},
         {QStringLiteral("secretLabel"), language.text(QT_TRANSLATE_NOOP("WebPages", "Or enter this key:"))},
         {QStringLiteral("secret"), secret},
         {QStringLiteral("action"), form.action},
         {QStringLiteral("hidden"), hiddenFields(form)},
         {QStringLiteral("codeLabel"),
          language.text(QT_TRANSLATE_NOOP("WebPages", "Code from your authenticator app"))},
         {QStringLiteral("submit"), language.text(QT_TRANSLATE_NOOP("WebPages", "Verify"))}});
    return m_renderer.page(language, title, content, form.formTarget, status);
}

HttpResponse SignInPages::signIn(const HttpRequest &request, const Form &form, const QString &applicationName,
                                 const QString &email, Problem reason, int status) const
{
    const bool offerPasswordReset = request.settings && request.settings->mail.enabled();
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString problem = problemText(language, reason);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Sign in"));
    const QString error = problem.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(htmlEscaped(problem));
    const QString content = PageRenderer::fill(
        m_signIn,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language.text(QT_TRANSLATE_NOOP("WebPages", "to continue to %1")).arg(applicationName)},
         {QStringLiteral("error"), error},
         {QStringLiteral("action"), form.action},
         {QStringLiteral("hidden"), hiddenFields(form)},
         {QStringLiteral("emailLabel"), language.text(QT_TRANSLATE_NOOP("WebPages", "E-mail address"))},
         {QStringLiteral("passwordLabel"), language.text(QT_TRANSLATE_NOOP("WebPages", "Password"))},
         {QStringLiteral("showPassword"), language.text(QT_TRANSLATE_NOOP("WebPages", "Show password"))},
         {QStringLiteral("hidePassword"), language.text(QT_TRANSLATE_NOOP("WebPages", "Hide password"))},
         {QStringLiteral("submit"), language.text(QT_TRANSLATE_NOOP("WebPages", "Sign in"))},
         {QStringLiteral("email"), email},
         {QStringLiteral("emailFocus"), email.isEmpty() ? QStringLiteral("autofocus") : QString()},
         {QStringLiteral("passwordFocus"), email.isEmpty() ? QString() : QStringLiteral("autofocus")},
         // The browser's passkey autofill offers passkeys in the address field.
         {QStringLiteral("emailAutocomplete"),
          form.passkeyAction.isEmpty() ? QStringLiteral("username") : QStringLiteral("username webauthn")},
         {QStringLiteral("passkeyForm"),
          form.passkeyAction.isEmpty() ? QString() : passkeyForm(language, form, form.passkeyAction, {})},
         // Only when mail can carry the link.
         {QStringLiteral("forgot"),
          offerPasswordReset ? QStringLiteral("<p><a href=\"/account/forgot\">%1</a></p>")
                                   .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Forgot password?"))))
                             : QString()},
         // While anyone may register: the page comes back to this very sign-in afterwards.
         {QStringLiteral("register"),
          request.settings && request.settings->registrationEnabled
              ? QStringLiteral("<p><a href=\"%1?return=%2\">%3</a></p>")
                    .arg(QString::fromLatin1(RegistrationController::kPath),
                         htmlEscaped(QString::fromLatin1(QUrl::toPercentEncoding(authorizationPathOf(form)))),
                         htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Create an account"))))
              : QString()}});
    // The script: the show-password button, and the passkey form when there is one.
    return m_renderer.page(language, title, content, form.formTarget, status, true);
}

HttpResponse SignInPages::consent(const HttpRequest &request, const Form &form, const QString &applicationName,
                                  const QStringList &scopes, const QString &email) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    QString items;
    for (const QString &scope : scopes) {
        QString text;
        if (scope == QLatin1String("openid"))
            text = language.text(QT_TRANSLATE_NOOP("WebPages", "Know who you are on Keyward"));
        else if (scope == QLatin1String("profile"))
            text = language.text(QT_TRANSLATE_NOOP("WebPages", "See your name"));
        else if (scope == QLatin1String("email"))
            text = language.text(QT_TRANSLATE_NOOP("WebPages", "See your e-mail address"));
        else if (scope == QLatin1String("roles"))
            text = language.text(QT_TRANSLATE_NOOP("WebPages", "See your roles"));
        else if (scope == QLatin1String("offline_access"))
            text = language.text(QT_TRANSLATE_NOOP("WebPages", "Stay signed in when you are away"));
        else
            text = language.text(QT_TRANSLATE_NOOP("WebPages", "Use the permission “%1”")).arg(scope);
        items += QStringLiteral("<li>%1</li>\n").arg(htmlEscaped(text));
    }
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Allow access"));
    const QString content = PageRenderer::fill(
        m_consent,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"), language.text(QT_TRANSLATE_NOOP("WebPages", "%1 asks to:")).arg(applicationName)},
         {QStringLiteral("scopes"), items},
         // Where the answer goes: the application's site (a native app: its scheme).
         {QStringLiteral("site"), language.text(QT_TRANSLATE_NOOP("WebPages", "Site: %1")).arg(form.formTarget)},
         {QStringLiteral("who"), language.text(QT_TRANSLATE_NOOP("WebPages", "Signed in as %1")).arg(email)},
         {QStringLiteral("action"), form.action},
         {QStringLiteral("hidden"), hiddenFields(form)},
         {QStringLiteral("withdraw"),
          htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "You can withdraw this at any time on %1.")))
              .arg(QStringLiteral("<a href=\"/account\">%1</a>")
                       .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "your account page")))))},
         {QStringLiteral("allow"), language.text(QT_TRANSLATE_NOOP("WebPages", "Allow"))},
         {QStringLiteral("deny"), language.text(QT_TRANSLATE_NOOP("WebPages", "Deny"))}});
    return m_renderer.page(language, title, content, form.formTarget, 200);
}

HttpResponse SignInPages::error(const HttpRequest &request, const QString &code, const QString &description,
                                int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Sign-in is not possible"));
    const QString details = QStringLiteral("<p>%1</p>\n<p class=\"who\"><code>%2</code></p>")
                                .arg(htmlEscaped(description), htmlEscaped(code));
    const QString content = PageRenderer::fill(
        m_message,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language.text(QT_TRANSLATE_NOOP(
              "WebPages", "The application sent a request Keyward cannot accept. Tell its developers:"))},
         {QStringLiteral("details"), details}});
    return m_renderer.page(language, title, content, {}, status);
}

HttpResponse SignInPages::confirmSignOut(const HttpRequest &request, const Form &form, const QString &email) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Sign out?"));
    const QString details
        = QStringLiteral("<form method=\"post\" action=\"%1\">\n%2<div class=\"actions\"><button class=\"primary\" "
                         "type=\"submit\" name=\"confirm\" value=\"yes\" autofocus>%3</button></div>\n</form>")
              .arg(htmlEscaped(form.action), hiddenFields(form),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Sign out"))));
    // Without the browser's cookie (a cross-site POST) nobody is known to be signed in yet.
    const QString lead = email.isEmpty()
        ? language.text(
            QT_TRANSLATE_NOOP("WebPages", "Sign out of Keyward and of the applications you signed in to with it?"))
        : language
              .text(QT_TRANSLATE_NOOP("WebPages",
                                      "You are signed in to Keyward as %1. Sign out of Keyward and "
                                      "of the applications you signed in to with it?"))
              .arg(email);
    const QString content = PageRenderer::fill(
        m_message,
        {{QStringLiteral("heading"), title}, {QStringLiteral("lead"), lead}, {QStringLiteral("details"), details}});
    return m_renderer.page(language, title, content, form.formTarget, 200);
}

HttpResponse SignInPages::signedOut(const HttpRequest &request) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Signed out"));
    const QString content = PageRenderer::fill(
        m_message,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"), language.text(QT_TRANSLATE_NOOP("WebPages", "You are signed out of Keyward."))},
         {QStringLiteral("details"), QString()}});
    return m_renderer.page(language, title, content, {}, 200);
}

} // namespace keyward
