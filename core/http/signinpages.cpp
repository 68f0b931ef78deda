// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinpages.h"

#include "crypto/base64url.h"
#include "crypto/securerandom.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace keyward {

namespace {

// The page texts, for lupdate (context SignInPages) and for the lookup at run time.
const char *const kContext = "SignInPages";

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

// One language of the pages: its code and, but for English, its translator.
class SignInPages::Language {
public:
    explicit Language(QString code) : m_code(std::move(code))
    {
        if (m_code != QLatin1String("en")
            && !m_translator.load(QStringLiteral(":/i18n/server/keyward_server_%1.qm").arg(m_code)))
            qFatal("the %s page translation is missing", qPrintable(m_code));
    }
    const QString &code() const { return m_code; }
    QString text(const char *source) const
    {
        const QString translated = m_translator.isEmpty() ? QString() : m_translator.translate(kContext, source);
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }

private:
    QString m_code;
    QTranslator m_translator;
};

SignInPages::SignInPages()
    : m_layout(readResource(QStringLiteral(":/pages/layout.html"))),
      m_signIn(readResource(QStringLiteral(":/pages/login.html"))),
      m_consent(readResource(QStringLiteral(":/pages/consent.html"))),
      m_message(readResource(QStringLiteral(":/pages/message.html"))),
      m_secondFactor(readResource(QStringLiteral(":/pages/second-factor.html"))),
      m_enrolApp(readResource(QStringLiteral(":/pages/enrol-app.html"))),
      m_script(readResource(QStringLiteral(":/pages/webauthn.js")).toUtf8())
{
    m_languages[0] = std::make_unique<Language>(QStringLiteral("en"));
    m_languages[1] = std::make_unique<Language>(QStringLiteral("de"));
    m_languages[2] = std::make_unique<Language>(QStringLiteral("fr"));
}

SignInPages::~SignInPages() = default;

QString SignInPages::languageOf(const HttpRequest &request)
{
    // "de-CH, fr;q=0.9, en;q=0.8": the supported language with the highest q, the first on a tie.
    QString best = QStringLiteral("en");
    double bestQuality = 0;
    const QString header = QString::fromLatin1(request.header("accept-language")).left(500);
    for (const QString &part : header.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.split(QLatin1Char(';'));
        const QString tag = pieces.first().trimmed().toLower().section(QLatin1Char('-'), 0, 0);
        double quality = 1;
        for (const QString &piece : pieces.mid(1)) {
            if (piece.trimmed().startsWith(QLatin1String("q=")))
                quality = piece.trimmed().mid(2).toDouble();
        }
        if ((tag == QLatin1String("en") || tag == QLatin1String("de") || tag == QLatin1String("fr"))
            && quality > bestQuality) {
            best = tag;
            bestQuality = quality;
        }
    }
    return best;
}

const SignInPages::Language &SignInPages::languageFor(const HttpRequest &request) const
{
    const QString code = languageOf(request);
    for (const auto &language : m_languages) {
        if (language->code() == code)
            return *language;
    }
    return *m_languages[0];
}

QString SignInPages::fill(QString text, const QMap<QString, QString> &values)
{
    // {{{name}}}: HTML made here; {{name}}: text, escaped. One pass over the template, so
    // nothing a value brings (an e-mail address of "{{lead}}") is read as a placeholder.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\{?)([a-zA-Z]+)\\}?\\}\\}"));
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        out += QStringView(text).mid(from, match.capturedStart() - from);
        const QString value = values.value(match.captured(2));
        out += match.captured(1).isEmpty() ? escaped(value) : value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

QString SignInPages::hiddenFields(const Form &form)
{
    QString html = QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">\n").arg(escaped(form.csrf));
    for (auto it = form.parameters.begin(); it != form.parameters.end(); ++it) {
        // The sign-in's own fields are the form's, not the request's.
        if (it.key() == QLatin1String("email") || it.key() == QLatin1String("password")
            || it.key() == QLatin1String("csrf") || it.key() == QLatin1String("decision")
            || it.key() == QLatin1String("confirm") || it.key() == QLatin1String("code")
            || it.key() == QLatin1String("recovery_code") || it.key() == QLatin1String("credential")
            || it.key() == QLatin1String("challenge_id"))
            continue;
        html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                    .arg(escaped(it.key()), escaped(it.value()));
    }
    return html;
}

HttpResponse SignInPages::page(const Language &language, const QString &title, const QString &content,
                               const QString &formTarget, int status, bool withScript) const
{
    const QString nonce = QString::fromLatin1(Base64Url::encode(randomBytes(16)));
    const QString html
        = fill(m_layout,
               {{QStringLiteral("lang"), language.code()},
                {QStringLiteral("title"), title},
                {QStringLiteral("nonce"), nonce},
                {QStringLiteral("script"),
                 withScript ? QStringLiteral("<script src=\"%1\" defer></script>").arg(QLatin1String(kScriptPath))
                            : QString()},
                {QStringLiteral("content"), content}});
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    // A form may be answered by a redirect to the application: Chrome checks form-action on it.
    QByteArray formAction = "'self'";
    if (!formTarget.isEmpty())
        formAction += ' ' + formTarget.toLatin1();
    // The one script, when there is one, is Keyward's own file; it fetches only from here.
    const QByteArray scripts = withScript ? "; script-src 'self'; connect-src 'self'" : "";
    response.withHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'nonce-" + nonce.toLatin1() + "'" + scripts + "; form-action "
                            + formAction + "; frame-ancestors 'none'; base-uri 'none'");
    response.withHeader("X-Frame-Options", "DENY");
    response.withHeader("X-Content-Type-Options", "nosniff");
    response.withHeader("Referrer-Policy", "no-referrer");
    response.withHeader("Cache-Control", "no-store");
    response.withHeader("Content-Language", language.code().toLatin1());
    response.withHeader("Vary", "Accept-Language, Cookie");
    return response;
}

HttpResponse SignInPages::script() const
{
    HttpResponse response;
    response.contentType = "text/javascript; charset=utf-8";
    response.body = m_script;
    response.withHeader("X-Content-Type-Options", "nosniff");
    response.withHeader("Cache-Control", "public, max-age=3600");
    return response;
}

QString SignInPages::passkeyForm(const Language &language, const Form &form, const QString &action,
                                 const QString &mfaToken)
{
    const QString label = mfaToken.isEmpty() ? language.text(QT_TRANSLATE_NOOP("SignInPages", "Sign in with a passkey"))
                                             : language.text(QT_TRANSLATE_NOOP("SignInPages", "Use a passkey"));
    return QStringLiteral("<div class=\"passkey\" data-passkey-offer hidden>\n<form method=\"post\" action=\"%1\" "
                          "data-passkey=\"sign-in\" data-options=\"/auth/passkeys/options\"%2>\n%3"
                          "<input type=\"hidden\" name=\"challenge_id\" value=\"\">\n"
                          "<input type=\"hidden\" name=\"credential\" value=\"\">\n"
                          "<div class=\"actions\"><button class=\"secondary\" type=\"submit\">%4</button></div>\n"
                          "<p class=\"error\" role=\"alert\" data-passkey-problem hidden>%5</p>\n</form></div>")
        .arg(escaped(action),
             mfaToken.isEmpty() ? QString() : QStringLiteral(" data-mfa-token=\"%1\"").arg(escaped(mfaToken)),
             hiddenFields(form), escaped(label),
             escaped(language.text(
                 QT_TRANSLATE_NOOP("SignInPages", "The passkey did not work. Try again, or use another way."))));
}

QString SignInPages::problemText(const Language &language, Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::WrongCredentials:
        return language.text(QT_TRANSLATE_NOOP("SignInPages", "The e-mail address or the password is not right."));
    case Problem::TooManyAttempts:
        return language.text(QT_TRANSLATE_NOOP("SignInPages", "Too many attempts. Wait a moment and try again."));
    case Problem::FormExpired:
        return language.text(QT_TRANSLATE_NOOP("SignInPages", "The form expired. Please sign in again."));
    case Problem::WrongCode:
        return language.text(QT_TRANSLATE_NOOP("SignInPages", "That code is not right, or it was used already."));
    case Problem::PasskeyFailed:
        return language.text(
            QT_TRANSLATE_NOOP("SignInPages", "The passkey did not work. Try again, or use another way."));
    }
    return {};
}

HttpResponse SignInPages::secondFactor(const HttpRequest &request, const Form &form, const QString &applicationName,
                                       const QStringList &methods, Problem problem, int status) const
{
    const Language &language = languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("SignInPages", "Two-step verification"));
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
                  .arg(escaped(form.action), hidden,
                       escaped(language.text(QT_TRANSLATE_NOOP("SignInPages", "Code from your authenticator app"))),
                       escaped(language.text(QT_TRANSLATE_NOOP("SignInPages", "Verify"))));
    QString recoveryForm;
    if (methods.contains(QLatin1String("recovery_code")))
        recoveryForm = QStringLiteral("<details%1><summary>%2</summary>\n<form method=\"post\" action=\"%3\">\n%4"
                                      "<label for=\"recovery_code\">%5</label>\n<input type=\"text\" "
                                      "id=\"recovery_code\" name=\"recovery_code\" autocomplete=\"off\" "
                                      "autocapitalize=\"none\" spellcheck=\"false\" required>\n<div "
                                      "class=\"actions\"><button class=\"secondary\" type=\"submit\">%6</button>"
                                      "</div>\n</form></details>")
                           .arg(codeForm.isEmpty() ? QStringLiteral(" open") : QString(),
                                escaped(language.text(QT_TRANSLATE_NOOP("SignInPages", "Use a recovery code"))),
                                escaped(form.action), hidden,
                                escaped(language.text(QT_TRANSLATE_NOOP("SignInPages", "Recovery code"))),
                                escaped(language.text(QT_TRANSLATE_NOOP("SignInPages", "Verify"))));
    const QString error = problemText(language, problem);
    const QString content = fill(
        m_secondFactor,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language.text(QT_TRANSLATE_NOOP("SignInPages", "Confirm it is you to continue to %1")).arg(applicationName)},
         {QStringLiteral("error"),
          error.isEmpty() ? QString() : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(escaped(error))},
         {QStringLiteral("codeForm"), codeForm},
         {QStringLiteral("passkeyForm"),
          withPasskey ? passkeyForm(language, form, form.action, form.parameters.value(QStringLiteral("mfa_token")))
                      : QString()},
         {QStringLiteral("recoveryForm"), recoveryForm}});
    return page(language, title, content, form.formTarget, status, withPasskey);
}

HttpResponse SignInPages::enrolApp(const HttpRequest &request, const Form &form, const QString &applicationName,
                                   const QString &qrSvg, const QString &secret, Problem problem, int status) const
{
    const Language &language = languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("SignInPages", "Set up two-step verification"));
    const QString error = problemText(language, problem);
    const QString content = fill(
        m_enrolApp,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language
              .text(QT_TRANSLATE_NOOP("SignInPages",
                                      "Your account needs a second step to continue to %1: an authenticator app."))
              .arg(applicationName)},
         {QStringLiteral("error"),
          error.isEmpty() ? QString() : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(escaped(error))},
         {QStringLiteral("scanStep"),
          language.text(QT_TRANSLATE_NOOP("SignInPages",
                                          "Scan this code with an authenticator app, then type the code it shows."))},
         {QStringLiteral("qr"), qrSvg},
         {QStringLiteral("secretLabel"), language.text(QT_TRANSLATE_NOOP("SignInPages", "Or enter this key:"))},
         {QStringLiteral("secret"), secret},
         {QStringLiteral("action"), form.action},
         {QStringLiteral("hidden"), hiddenFields(form)},
         {QStringLiteral("codeLabel"),
          language.text(QT_TRANSLATE_NOOP("SignInPages", "Code from your authenticator app"))},
         {QStringLiteral("submit"), language.text(QT_TRANSLATE_NOOP("SignInPages", "Verify"))}});
    return page(language, title, content, form.formTarget, status);
}

HttpResponse SignInPages::signIn(const HttpRequest &request, const Form &form, const QString &applicationName,
                                 const QString &email, Problem reason, int status) const
{
    const Language &language = languageFor(request);
    const QString problem = problemText(language, reason);
    const QString title = language.text(QT_TRANSLATE_NOOP("SignInPages", "Sign in"));
    const QString error = problem.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(escaped(problem));
    const QString content
        = fill(m_signIn,
               {{QStringLiteral("heading"), title},
                {QStringLiteral("lead"),
                 language.text(QT_TRANSLATE_NOOP("SignInPages", "to continue to %1")).arg(applicationName)},
                {QStringLiteral("error"), error},
                {QStringLiteral("action"), form.action},
                {QStringLiteral("hidden"), hiddenFields(form)},
                {QStringLiteral("emailLabel"), language.text(QT_TRANSLATE_NOOP("SignInPages", "E-mail address"))},
                {QStringLiteral("passwordLabel"), language.text(QT_TRANSLATE_NOOP("SignInPages", "Password"))},
                {QStringLiteral("submit"), language.text(QT_TRANSLATE_NOOP("SignInPages", "Sign in"))},
                {QStringLiteral("email"), email},
                {QStringLiteral("emailFocus"), email.isEmpty() ? QStringLiteral("autofocus") : QString()},
                {QStringLiteral("passwordFocus"), email.isEmpty() ? QString() : QStringLiteral("autofocus")},
                // The browser's passkey autofill offers passkeys in the address field.
                {QStringLiteral("emailAutocomplete"),
                 form.passkeyAction.isEmpty() ? QStringLiteral("username") : QStringLiteral("username webauthn")},
                {QStringLiteral("passkeyForm"),
                 form.passkeyAction.isEmpty() ? QString() : passkeyForm(language, form, form.passkeyAction, {})}});
    return page(language, title, content, form.formTarget, status, !form.passkeyAction.isEmpty());
}

HttpResponse SignInPages::consent(const HttpRequest &request, const Form &form, const QString &applicationName,
                                  const QStringList &scopes, const QString &email) const
{
    const Language &language = languageFor(request);
    QString items;
    for (const QString &scope : scopes) {
        QString text;
        if (scope == QLatin1String("openid"))
            text = language.text(QT_TRANSLATE_NOOP("SignInPages", "Know who you are on Keyward"));
        else if (scope == QLatin1String("profile"))
            text = language.text(QT_TRANSLATE_NOOP("SignInPages", "See your name"));
        else if (scope == QLatin1String("email"))
            text = language.text(QT_TRANSLATE_NOOP("SignInPages", "See your e-mail address"));
        else if (scope == QLatin1String("roles"))
            text = language.text(QT_TRANSLATE_NOOP("SignInPages", "See your roles"));
        else if (scope == QLatin1String("offline_access"))
            text = language.text(QT_TRANSLATE_NOOP("SignInPages", "Stay signed in when you are away"));
        else
            text = language.text(QT_TRANSLATE_NOOP("SignInPages", "Use the permission “%1”")).arg(scope);
        items += QStringLiteral("<li>%1</li>\n").arg(escaped(text));
    }
    const QString title = language.text(QT_TRANSLATE_NOOP("SignInPages", "Allow access"));
    const QString content = fill(
        m_consent,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"), language.text(QT_TRANSLATE_NOOP("SignInPages", "%1 asks to:")).arg(applicationName)},
         {QStringLiteral("scopes"), items},
         {QStringLiteral("who"), language.text(QT_TRANSLATE_NOOP("SignInPages", "Signed in as %1")).arg(email)},
         {QStringLiteral("action"), form.action},
         {QStringLiteral("hidden"), hiddenFields(form)},
         {QStringLiteral("allow"), language.text(QT_TRANSLATE_NOOP("SignInPages", "Allow"))},
         {QStringLiteral("deny"), language.text(QT_TRANSLATE_NOOP("SignInPages", "Deny"))}});
    return page(language, title, content, form.formTarget, 200);
}

HttpResponse SignInPages::error(const HttpRequest &request, const QString &code, const QString &description,
                                int status) const
{
    const Language &language = languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("SignInPages", "Sign-in is not possible"));
    const QString details
        = QStringLiteral("<p>%1</p>\n<p class=\"who\"><code>%2</code></p>").arg(escaped(description), escaped(code));
    const QString content
        = fill(m_message,
               {{QStringLiteral("heading"), title},
                {QStringLiteral("lead"),
                 language.text(QT_TRANSLATE_NOOP(
                     "SignInPages", "The application sent a request Keyward cannot accept. Tell its developers:"))},
                {QStringLiteral("details"), details}});
    return page(language, title, content, {}, status);
}

HttpResponse SignInPages::confirmSignOut(const HttpRequest &request, const Form &form, const QString &email) const
{
    const Language &language = languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("SignInPages", "Sign out?"));
    const QString details
        = QStringLiteral("<form method=\"post\" action=\"%1\">\n%2<div class=\"actions\"><button class=\"primary\" "
                         "type=\"submit\" name=\"confirm\" value=\"yes\" autofocus>%3</button></div>\n</form>")
              .arg(escaped(form.action), hiddenFields(form),
                   escaped(language.text(QT_TRANSLATE_NOOP("SignInPages", "Sign out"))));
    // Without the browser's cookie (a cross-site POST) nobody is known to be signed in yet.
    const QString lead = email.isEmpty()
        ? language.text(
            QT_TRANSLATE_NOOP("SignInPages", "Sign out of Keyward and of the applications you signed in to with it?"))
        : language
              .text(QT_TRANSLATE_NOOP("SignInPages",
                                      "You are signed in to Keyward as %1. Sign out of Keyward and "
                                      "of the applications you signed in to with it?"))
              .arg(email);
    const QString content = fill(
        m_message,
        {{QStringLiteral("heading"), title}, {QStringLiteral("lead"), lead}, {QStringLiteral("details"), details}});
    return page(language, title, content, form.formTarget, 200);
}

HttpResponse SignInPages::signedOut(const HttpRequest &request) const
{
    const Language &language = languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("SignInPages", "Signed out"));
    const QString content = fill(
        m_message,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"), language.text(QT_TRANSLATE_NOOP("SignInPages", "You are signed out of Keyward."))},
         {QStringLiteral("details"), QString()}});
    return page(language, title, content, {}, 200);
}

} // namespace keyward
