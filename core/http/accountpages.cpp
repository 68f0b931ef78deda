// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountpages.h"

#include "auth/authenticatorapps.h"

#include <QLocale>
#include <QUrl>

namespace keyward {

namespace {

QString csrfField(const QString &csrf)
{
    return QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"%1\">\n").arg(htmlEscaped(csrf));
}

QString whenText(const PageLanguage &language, const QDateTime &at)
{
    return QLocale(language.code()).toString(at.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
}

QString paragraph(const QString &text, const QString &cssClass = {})
{
    return cssClass.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(htmlEscaped(text))
                              : QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, htmlEscaped(text));
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

AccountPages::AccountPages()
    : m_account(PageRenderer::pageTemplate(QStringLiteral("account.html"))),
      m_message(PageRenderer::pageTemplate(QStringLiteral("message.html"))),
      m_enrolApp(PageRenderer::pageTemplate(QStringLiteral("enrol-app.html")))
{ }

QString AccountPages::buttonForm(const QString &action, const QString &csrf, const QString &label,
                                 const QString &buttonClass)
{
    return QStringLiteral("<form method=\"post\" action=\"%1\" class=\"inline\">\n%2<button class=\"%3\" "
                          "type=\"submit\">%4</button>\n</form>\n")
        .arg(htmlEscaped(action), csrfField(csrf), buttonClass, htmlEscaped(label));
}

QString AccountPages::reauthenticateLink(const PageLanguage &language, const AccountView &view)
{
    return QStringLiteral("<p class=\"who\">%1 <a href=\"%2\">%3</a></p>\n")
        .arg(htmlEscaped(
                 language.text(QT_TRANSLATE_NOOP("WebPages", "To change how you sign in, confirm it is you first."))),
             htmlEscaped(view.reauthenticateUrl),
             htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Sign in again"))));
}

QString AccountPages::noticeText(const PageLanguage &language, const QString &notice)
{
    static const QMap<QString, const char *> notices{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("WebPages", "Your name is saved.")},
        {QStringLiteral("email"),
         QT_TRANSLATE_NOOP("WebPages",
                           "Your address is changed. Confirm it with the link sent to it; the old address "
                           "was told.")},
        {QStringLiteral("verification-sent"), QT_TRANSLATE_NOOP("WebPages", "A new confirmation link is on its way.")},
        {QStringLiteral("verification-wait"),
         QT_TRANSLATE_NOOP("WebPages", "A link went out less than 5 minutes ago: look for it, or try again later.")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("WebPages", "The language of your mail is saved.")},
        {QStringLiteral("password"),
         QT_TRANSLATE_NOOP("WebPages", "Your password is changed. Your other sessions have ended.")},
        {QStringLiteral("passkey-added"), QT_TRANSLATE_NOOP("WebPages", "The passkey is added.")},
        {QStringLiteral("passkey-renamed"), QT_TRANSLATE_NOOP("WebPages", "The passkey is renamed.")},
        {QStringLiteral("passkey-removed"), QT_TRANSLATE_NOOP("WebPages", "The passkey is removed.")},
        {QStringLiteral("app-added"), QT_TRANSLATE_NOOP("WebPages", "The authenticator app is set up.")},
        {QStringLiteral("app-removed"), QT_TRANSLATE_NOOP("WebPages", "The authenticator app is removed.")},
        {QStringLiteral("session-ended"), QT_TRANSLATE_NOOP("WebPages", "The session has ended.")},
        {QStringLiteral("application-revoked"),
         QT_TRANSLATE_NOOP("WebPages", "The application's access is revoked: it asks again next time.")},
    };
    const char *text = notices.value(notice, nullptr);
    return text ? language.text(text) : QString();
}

QString AccountPages::emailSection(const PageLanguage &language, const AccountView &view)
{
    const UserRecord &user = view.user.record;
    const QString csrf = csrfField(view.csrf);
    const QString status = user.emailVerified ? language.text(QT_TRANSLATE_NOOP("WebPages", "Confirmed."))
                                              : language.text(QT_TRANSLATE_NOOP("WebPages", "Not confirmed yet."));
    QString html
        = QStringLiteral("<form method=\"post\" action=\"/account/email\">\n%1<label for=\"email\">%2</label>\n"
                         "<input type=\"email\" id=\"email\" name=\"email\" value=\"%3\" "
                         "autocomplete=\"email\" required aria-describedby=\"email-status\">\n<p "
                         "class=\"who\" id=\"email-status\">%4</p>\n<div class=\"actions\"><button "
                         "class=\"secondary\" type=\"submit\">%5</button></div>\n</form>\n")
              .arg(csrf, htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "E-mail address"))),
                   htmlEscaped(user.email), htmlEscaped(status),
                   htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Change the address"))));
    if (!user.emailVerified && view.mailEnabled)
        html += QStringLiteral("<form method=\"post\" action=\"/account/email/verify\">\n%1<div class=\"actions\">"
                               "<button class=\"secondary\" type=\"submit\">%2</button></div>\n</form>\n")
                    .arg(csrf,
                         htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Send the confirmation link again"))));
    QString options;
    for (const auto &[code, name] :
         {std::pair{"en", "English"}, std::pair{"de", "Deutsch"}, std::pair{"fr", "Français"}})
        options += QStringLiteral("<option value=\"%1\"%2>%3</option>")
                       .arg(QLatin1String(code),
                            user.locale == QLatin1String(code) ? QStringLiteral(" selected") : QString(),
                            QString::fromUtf8(name));
    html += QStringLiteral("<form method=\"post\" action=\"/account/language\">\n%1<label for=\"locale\">%2</label>\n"
                           "<select id=\"locale\" name=\"locale\">%3</select>\n<div class=\"actions\"><button "
                           "class=\"secondary\" type=\"submit\">%4</button></div>\n</form>\n")
                .arg(csrf, htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Language of your mail"))), options,
                     htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Save"))));
    return html;
}

QString AccountPages::problemText(const HttpRequest &request, Problem problem, const QString &detail) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    switch (problem) {
    case Problem::FormExpired:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "The form expired. Please try again."));
    case Problem::WrongPassword:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "The current password is not right."));
    case Problem::WeakPassword:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "The new password is too weak (%1).")).arg(detail);
    case Problem::TooManyAttempts:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "Too many attempts. Wait a moment and try again."));
    case Problem::PasskeyFailed:
        return language.text(QT_TRANSLATE_NOOP("WebPages", "The passkey could not be added (%1).")).arg(detail);
    case Problem::Other:
        return detail;
    }
    return detail;
}

QString AccountPages::passkeysSection(const PageLanguage &language, const AccountView &view) const
{
    QString html;
    if (view.factors.passkeys.empty())
        html += paragraph(language.text(QT_TRANSLATE_NOOP(
            "WebPages", "No passkeys yet. A passkey signs you in with your fingerprint, face or screen lock.")));
    html += QStringLiteral("<ul class=\"items\">\n");
    for (const PasskeyRecord &passkey : view.factors.passkeys) {
        const QString used = passkey.lastUsedAt
            ? language.text(QT_TRANSLATE_NOOP("WebPages", "last used %1")).arg(whenText(language, *passkey.lastUsedAt))
            : language.text(QT_TRANSLATE_NOOP("WebPages", "never used"));
        const QString kind = passkey.backedUp ? language.text(QT_TRANSLATE_NOOP("WebPages", "synced"))
                                              : language.text(QT_TRANSLATE_NOOP("WebPages", "on one device"));
        const QString base = QStringLiteral("/account/passkeys/") + pathSegment(passkey.id);
        html += QStringLiteral("<li><strong>%1</strong><br><span class=\"who\">%2 · %3 · %4</span>\n")
                    .arg(htmlEscaped(passkey.name),
                         htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "added %1"))
                                         .arg(whenText(language, passkey.createdAt))),
                         htmlEscaped(used), htmlEscaped(kind));
        const QString field = QStringLiteral("name-") + passkey.id;
        html
            += QStringLiteral("<form method=\"post\" action=\"%1/rename\" class=\"inline\">\n%2<label "
                              "class=\"visually-hidden\" for=\"%3\">%4</label><input type=\"text\" id=\"%3\" "
                              "name=\"name\" value=\"%5\" maxlength=\"64\" required><button class=\"secondary\" "
                              "type=\"submit\">%6</button>\n</form>\n")
                   .arg(htmlEscaped(base), csrfField(view.csrf), htmlEscaped(field),
                        htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Passkey name"))),
                        htmlEscaped(passkey.name), htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Rename"))));
        if (view.recent)
            html += buttonForm(base + QStringLiteral("/remove"), view.csrf,
                               language.text(QT_TRANSLATE_NOOP("WebPages", "Remove")));
        html += QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ul>\n");
    if (!view.passkeysAvailable)
        return html
            + paragraph(language.text(QT_TRANSLATE_NOOP(
                            "WebPages", "Passkeys need this server under a host name; ask your administrator.")),
                        QStringLiteral("who"));
    if (!view.recent)
        return html + reauthenticateLink(language, view);
    // Hidden until webauthn.js finds WebAuthn in this browser.
    html += QStringLiteral("<div data-passkey-offer hidden>\n<form method=\"post\" action=\"/account/passkeys\" "
                           "data-passkey=\"register\" data-options=\"/account/passkeys/options\">\n%1"
                           "<input type=\"hidden\" name=\"challenge_id\" value=\"\">\n"
                           "<input type=\"hidden\" name=\"credential\" value=\"\">\n"
                           "<label for=\"passkey-name\">%2</label><input type=\"text\" id=\"passkey-name\" "
                           "name=\"name\" maxlength=\"64\" placeholder=\"%3\">\n"
                           "<div class=\"actions\"><button class=\"primary\" type=\"submit\">%4</button></div>\n"
                           "<p class=\"error\" role=\"alert\" data-passkey-problem hidden>%5</p>\n</form></div>\n")
                .arg(csrfField(view.csrf),
                     htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Name of the new passkey"))),
                     htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "e.g. Laptop"))),
                     htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Add a passkey"))),
                     htmlEscaped(language.text(
                         QT_TRANSLATE_NOOP("WebPages", "The passkey was not added. Try again, or use another one."))));
    return html;
}

QString AccountPages::appSection(const PageLanguage &language, const AccountView &view) const
{
    if (view.factors.totp) {
        QString html = paragraph(
            language.text(QT_TRANSLATE_NOOP("WebPages", "An authenticator app gives you a code after your password.")));
        return html
            + (view.recent ? buttonForm(QStringLiteral("/account/totp/remove"), view.csrf,
                                        language.text(QT_TRANSLATE_NOOP("WebPages", "Remove the authenticator app")))
                           : reauthenticateLink(language, view));
    }
    QString html = paragraph(language.text(QT_TRANSLATE_NOOP("WebPages", "No authenticator app is set up.")));
    return html
        + (view.recent ? buttonForm(QStringLiteral("/account/totp"), view.csrf,
                                    language.text(QT_TRANSLATE_NOOP("WebPages", "Set up an authenticator app")))
                       : reauthenticateLink(language, view));
}

QString AccountPages::recoverySection(const PageLanguage &language, const AccountView &view) const
{
    QString html = paragraph(language
                                 .text(QT_TRANSLATE_NOOP("WebPages",
                                                         "Recovery codes left: %1. Each signs you in once "
                                                         "when you have no other way."))
                                 .arg(view.factors.recoveryCodesLeft));
    return html
        + (view.recent ? buttonForm(QStringLiteral("/account/recovery-codes"), view.csrf,
                                    language.text(QT_TRANSLATE_NOOP("WebPages", "Create new recovery codes")))
                       : reauthenticateLink(language, view));
}

QString AccountPages::sessionsSection(const PageLanguage &language, const AccountView &view) const
{
    QString html = QStringLiteral("<ul class=\"items\">\n");
    for (const ActiveSession &active : view.sessions) {
        const SessionRecord &session = active.session;
        const bool current = session.id == view.currentSignIn;
        QString where = session.userAgent.isEmpty()
            ? session.clientAddress
            : session.userAgent.left(80) + QStringLiteral(" · ") + session.clientAddress;
        if (!session.clientId.isEmpty())
            where = session.clientId + QStringLiteral(" · ") + where;
        html += QStringLiteral("<li>%1%2<br><span class=\"who\">%3</span>\n")
                    .arg(htmlEscaped(where),
                         current ? QStringLiteral(" <strong>(%1)</strong>")
                                       .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "this browser"))))
                                 : QString(),
                         htmlEscaped(
                             language.text(QT_TRANSLATE_NOOP("WebPages", "since %1, last used %2"))
                                 .arg(whenText(language, session.createdAt), whenText(language, session.lastUsedAt))));
        if (!current)
            html += buttonForm(QStringLiteral("/account/sessions/%1/end").arg(pathSegment(session.id)), view.csrf,
                               language.text(QT_TRANSLATE_NOOP("WebPages", "End")));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}

QString AccountPages::applicationsSection(const PageLanguage &language, const AccountView &view) const
{
    if (view.applications.empty())
        return paragraph(language.text(QT_TRANSLATE_NOOP("WebPages", "You have not allowed any application yet.")));
    QString html = QStringLiteral("<ul class=\"items\">\n");
    for (const AllowedApplication &application : view.applications) {
        html += QStringLiteral("<li><strong>%1</strong><br><span class=\"who\">%2</span>\n")
                    .arg(htmlEscaped(application.name.isEmpty() ? application.clientId : application.name),
                         htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "allowed %1: %2"))
                                         .arg(whenText(language, application.grantedAt),
                                              application.scopes.join(QLatin1String(", ")))));
        html += buttonForm(QStringLiteral("/account/applications/%1/revoke").arg(pathSegment(application.clientId)),
                           view.csrf, language.text(QT_TRANSLATE_NOOP("WebPages", "Revoke")));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}

QString AccountPages::eventsSection(const PageLanguage &language, const AccountView &view) const
{
    if (view.events.empty())
        return paragraph(language.text(QT_TRANSLATE_NOOP("WebPages", "Nothing yet.")));
    QString html = QStringLiteral("<ul class=\"items\">\n");
    for (const AuditRecord &event : view.events) {
        html += QStringLiteral("<li><code>%1</code> %2<br><span class=\"who\">%3 · %4</span></li>\n")
                    .arg(htmlEscaped(event.action), htmlEscaped(event.outcome),
                         htmlEscaped(whenText(language, event.at)),
                         htmlEscaped(event.clientAddress)); // not who acted: an administrator stays unnamed
    }
    return html + QStringLiteral("</ul>\n");
}

HttpResponse AccountPages::overview(const HttpRequest &request, const AccountView &view, int status) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Your account"));
    QString notice;
    if (!view.problem.isEmpty())
        notice = QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(htmlEscaped(view.problem));
    else if (const QString done = noticeText(language, view.notice); !done.isEmpty())
        notice = QStringLiteral("<p class=\"notice\" role=\"status\">%1</p>").arg(htmlEscaped(done));
    const QString content = PageRenderer::fill(
        m_account,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language.text(QT_TRANSLATE_NOOP("WebPages", "Signed in as %1")).arg(view.user.record.email)},
         {QStringLiteral("notice"), notice},
         {QStringLiteral("csrf"), csrfField(view.csrf)},
         {QStringLiteral("profileHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Profile"))},
         {QStringLiteral("nameLabel"), language.text(QT_TRANSLATE_NOOP("WebPages", "Name"))},
         {QStringLiteral("name"), view.user.record.name},
         {QStringLiteral("email"), view.user.record.email},
         {QStringLiteral("emailSection"), emailSection(language, view)},
         {QStringLiteral("save"), language.text(QT_TRANSLATE_NOOP("WebPages", "Save"))},
         {QStringLiteral("passwordHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Password"))},
         {QStringLiteral("currentPasswordLabel"), language.text(QT_TRANSLATE_NOOP("WebPages", "Current password"))},
         {QStringLiteral("newPasswordLabel"), language.text(QT_TRANSLATE_NOOP("WebPages", "New password"))},
         {QStringLiteral("changePassword"), language.text(QT_TRANSLATE_NOOP("WebPages", "Change the password"))},
         {QStringLiteral("passkeysHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Passkeys"))},
         {QStringLiteral("passkeys"), passkeysSection(language, view)},
         {QStringLiteral("appHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Authenticator app"))},
         {QStringLiteral("app"), appSection(language, view)},
         {QStringLiteral("recoveryHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Recovery codes"))},
         {QStringLiteral("recovery"), recoverySection(language, view)},
         {QStringLiteral("sessionsHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Sessions"))},
         {QStringLiteral("sessions"), sessionsSection(language, view)},
         {QStringLiteral("applicationsHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Applications"))},
         {QStringLiteral("applications"), applicationsSection(language, view)},
         {QStringLiteral("eventsHeading"), language.text(QT_TRANSLATE_NOOP("WebPages", "Recent security events"))},
         {QStringLiteral("events"), eventsSection(language, view)},
         {QStringLiteral("signOut"), language.text(QT_TRANSLATE_NOOP("WebPages", "Sign out"))}});
    return m_renderer.page(language, title, content, {}, status, view.passkeysAvailable && view.recent);
}

HttpResponse AccountPages::appEnrolment(const HttpRequest &request, const QString &csrf, const TotpEnrolment &enrolment,
                                        bool wrongCode) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Set up an authenticator app"));
    const QString error = wrongCode
        ? QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
              .arg(htmlEscaped(
                  language.text(QT_TRANSLATE_NOOP("WebPages", "That code is not right. Try the next one."))))
        : QString();
    const QString content = PageRenderer::fill(
        m_enrolApp,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language.text(
              QT_TRANSLATE_NOOP("WebPages", "After your password you will be asked for a code from the app."))},
         {QStringLiteral("error"), error},
         {QStringLiteral("scanStep"),
          language.text(
              QT_TRANSLATE_NOOP("WebPages", "Scan this code with an authenticator app, then type the code it shows."))},
         {QStringLiteral("qr"), enrolment.qrSvg},
         {QStringLiteral("secretLabel"), language.text(QT_TRANSLATE_NOOP("WebPages", "Or enter this key:"))},
         {QStringLiteral("secret"), enrolment.secret},
         {QStringLiteral("action"), QStringLiteral("/account/totp/confirm")},
         {QStringLiteral("hidden"),
          csrfField(csrf)
              + QStringLiteral("<input type=\"hidden\" name=\"enrolment_id\" value=\"%1\">\n")
                    .arg(htmlEscaped(enrolment.enrolmentId))},
         {QStringLiteral("codeLabel"),
          language.text(QT_TRANSLATE_NOOP("WebPages", "Code from your authenticator app"))},
         {QStringLiteral("submit"), language.text(QT_TRANSLATE_NOOP("WebPages", "Verify"))}});
    return m_renderer.page(language, title, content, {}, wrongCode ? 400 : 200);
}

HttpResponse AccountPages::recoveryCodes(const HttpRequest &request, const QStringList &codes) const
{
    const PageLanguage &language = m_renderer.languageFor(request);
    const QString title = language.text(QT_TRANSLATE_NOOP("WebPages", "Your new recovery codes"));
    QString list = QStringLiteral("<ol class=\"codes\">\n");
    for (const QString &code : codes)
        list += QStringLiteral("<li>%1</li>\n").arg(htmlEscaped(code));
    list += QStringLiteral("</ol>\n<p><a href=\"/account\">%1</a></p>\n")
                .arg(htmlEscaped(language.text(QT_TRANSLATE_NOOP("WebPages", "Back to your account"))));
    const QString content = PageRenderer::fill(
        m_message,
        {{QStringLiteral("heading"), title},
         {QStringLiteral("lead"),
          language.text(QT_TRANSLATE_NOOP("WebPages",
                                          "Print them or keep them somewhere safe: they are shown only "
                                          "now, each works once, and the codes you had before no longer "
                                          "work."))},
         {QStringLiteral("details"), list}});
    return m_renderer.page(language, title, content, {}, 200);
}

} // namespace keyward
