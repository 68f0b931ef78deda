// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailcomposer.h"

#include "common/language.h"

#include <QLocale>
#include <QtGlobal>

namespace keyward {

MailComposer::MailComposer(const Language &language, QString site) : m_language(language), m_site(std::move(site))
{ }

QString MailComposer::say(const char *source) const
{
    return m_language.text("Mail", source);
}

MailContent MailComposer::compose(const QString &subject, const QStringList &before, const QString &link,
                                  const QStringList &after) const
{
    const QString signature = say(QT_TRANSLATE_NOOP("Mail", "Keyward at %1")).arg(m_site);
    MailContent content;
    content.subject = subject;
    QStringList text = before;
    if (!link.isEmpty())
        text << link;
    text << after << QStringLiteral("-- \r\n") + signature;
    content.text = text.join(QStringLiteral("\r\n\r\n")) + QStringLiteral("\r\n");

    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "</head><body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a;"
                                  "max-width:36em\">")
                       .arg(m_language.code(), subject.toHtmlEscaped());
    for (const QString &paragraph : before)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    if (!link.isEmpty())
        html += QStringLiteral("<p><a href=\"%1\" style=\"font-weight:bold\">%1</a></p>").arg(link.toHtmlEscaped());
    for (const QString &paragraph : after)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    html += QStringLiteral("<p style=\"color:#555\">%1</p></body></html>").arg(signature.toHtmlEscaped());
    content.html = html;
    return content;
}

MailContent MailComposer::verification(const QString &name, const QString &email, const QString &link) const
{
    const QString greeting = name.isEmpty() ? say(QT_TRANSLATE_NOOP("Mail", "Hello,"))
                                            : say(QT_TRANSLATE_NOOP("Mail", "Hello %1,")).arg(name);
    return compose(
        say(QT_TRANSLATE_NOOP("Mail", "Confirm your e-mail address")),
        {greeting,
         say(QT_TRANSLATE_NOOP("Mail", "please confirm that %1 is your address at %2 by opening this link:"))
             .arg(email, m_site)},
        link,
        {say(QT_TRANSLATE_NOOP("Mail", "The link works once, for 24 hours.")),
         say(QT_TRANSLATE_NOOP("Mail", "If you did not ask for this, ignore this message: nothing changes."))});
}

MailContent MailComposer::passwordReset(const QString &email, const QString &link) const
{
    return compose(
        say(QT_TRANSLATE_NOOP("Mail", "Reset your password")),
        {say(QT_TRANSLATE_NOOP(
                 "Mail", "Someone asked to reset the password of %1 at %2. If it was you, choose a new password here:"))
             .arg(email, m_site)},
        link,
        {say(QT_TRANSLATE_NOOP(
             "Mail", "The link works once, for 30 minutes. Your passkeys and authenticator app stay as they are.")),
         say(QT_TRANSLATE_NOOP("Mail", "If it wasn't you, ignore this message: your password stays as it is."))});
}

MailContent MailComposer::notice(SecurityNotice notice, const QString &email, const QString &detail,
                                 const QDateTime &at) const
{
    QString subject;
    QString what;
    switch (notice) {
    case SecurityNotice::PasswordChanged:
        subject = say(QT_TRANSLATE_NOOP("Mail", "Your password was changed"));
        what = say(QT_TRANSLATE_NOOP("Mail", "The password of %1 at %2 was changed.")).arg(email, m_site);
        break;
    case SecurityNotice::PasswordReset:
        subject = say(QT_TRANSLATE_NOOP("Mail", "Your password was reset"));
        what = say(QT_TRANSLATE_NOOP(
                       "Mail",
                       "The password of %1 at %2 was reset with a link sent to this address. Every session of the "
                       "account was ended."))
                   .arg(email, m_site);
        break;
    case SecurityNotice::EmailChanged:
        subject = say(QT_TRANSLATE_NOOP("Mail", "Your e-mail address was changed"));
        what = say(QT_TRANSLATE_NOOP(
                       "Mail",
                       "The address of your account at %1 was changed from %2 to %3. Messages go to the new address "
                       "from now on."))
                   .arg(m_site, email, detail);
        break;
    case SecurityNotice::FactorAdded:
        subject = say(QT_TRANSLATE_NOOP("Mail", "A sign-in factor was added"));
        what = say(QT_TRANSLATE_NOOP("Mail", "%1 was added to the account %2 at %3.")).arg(detail, email, m_site);
        break;
    case SecurityNotice::FactorRemoved:
        subject = say(QT_TRANSLATE_NOOP("Mail", "A sign-in factor was removed"));
        what = say(QT_TRANSLATE_NOOP("Mail", "%1 was removed from the account %2 at %3.")).arg(detail, email, m_site);
        break;
    case SecurityNotice::FactorsResetByAdministrator:
        subject = say(QT_TRANSLATE_NOOP("Mail", "Your sign-in factors were reset"));
        what = say(QT_TRANSLATE_NOOP(
                       "Mail",
                       "An administrator removed every passkey, authenticator app and recovery code of %1 at %2, and "
                       "ended its sessions."))
                   .arg(email, m_site);
        break;
    }
    const QString when
        = say(QT_TRANSLATE_NOOP("Mail", "When: %1 UTC."))
              .arg(QLocale(m_language.code()).toString(at.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm")));
    return compose(subject, {what, when}, {},
                   {say(QT_TRANSLATE_NOOP(
                       "Mail",
                       "If this was you, there is nothing to do. If it wasn't, reset your password with \"Forgot "
                       "password?\" on the sign-in page and tell your administrator."))});
}

MailContent MailComposer::invitation(const QString &inviterName, const QString &workspace, const QString &role,
                                     const QString &link) const
{
    const QString inviter = inviterName.isEmpty() ? say(QT_TRANSLATE_NOOP("Mail", "An administrator")) : inviterName;
    return compose(say(QT_TRANSLATE_NOOP("Mail", "%1 invited you to %2")).arg(inviter, workspace),
                   {say(QT_TRANSLATE_NOOP(
                            "Mail",
                            "%1 invited you to the workspace %2 at %3, as %4. Accept the invitation here (you can sign "
                            "in or create an account):"))
                        .arg(inviter, workspace, m_site, role)},
                   link,
                   {say(QT_TRANSLATE_NOOP("Mail", "The invitation works once, for 7 days.")),
                    say(QT_TRANSLATE_NOOP("Mail", "If you did not expect it, ignore this message."))});
}

} // namespace keyward
