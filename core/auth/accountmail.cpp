// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountmail.h"

#include "auditlog.h"
#include "common/clock.h"
#include "common/language.h"
#include "emailaddress.h"
#include "linktokens.h"
#include "mail/mailoutbox.h"
#include "tokenservice.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace keyward {

namespace {

struct NoticeOfAction {
    const char *action;
    SecurityNotice notice;
    const char *detail; // what the factor is, for the factor notices
};

// The audited changes a user is told about by mail.
const NoticeOfAction kNotices[] = {
    {"user.change_password", SecurityNotice::PasswordChanged, ""},
    {"user.reset_password", SecurityNotice::PasswordChanged, ""},
    {"user.password_reset_by_link", SecurityNotice::PasswordReset, ""},
    {"user.change_email", SecurityNotice::EmailChanged, ""},
    {"passkey.add", SecurityNotice::FactorAdded, QT_TRANSLATE_NOOP("Mail", "A passkey")},
    {"passkey.remove", SecurityNotice::FactorRemoved, QT_TRANSLATE_NOOP("Mail", "A passkey")},
    {"totp.enrol", SecurityNotice::FactorAdded, QT_TRANSLATE_NOOP("Mail", "An authenticator app")},
    {"totp.remove", SecurityNotice::FactorRemoved, QT_TRANSLATE_NOOP("Mail", "The authenticator app")},
    {"recovery_codes.generate", SecurityNotice::FactorAdded, QT_TRANSLATE_NOOP("Mail", "A new set of recovery codes")},
    {"mfa.reset", SecurityNotice::FactorsResetByAdministrator, ""},
};

} // namespace

AccountMail::AccountMail(MailOutbox &outbox, TokenService &tokens, const Clock &clock)
    : m_outbox(outbox), m_tokens(tokens), m_clock(clock)
{ }

bool AccountMail::enabled() const
{
    return m_outbox.enabled();
}

MailComposer AccountMail::composerFor(const QString &locale) const
{
    return MailComposer(Language::named(locale), m_tokens.issuer());
}

QString AccountMail::link(const QString &path, const QString &token) const
{
    QString base = m_tokens.issuer();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + path + QStringLiteral("?token=") + token;
}

bool AccountMail::queueVerification(const QSqlDatabase &db, const UserRecord &user)
{
    if (!enabled())
        return false;
    const QString token = LinkTokens::issue(db, LinkTokens::kVerifyEmail, user.id,
                                            {{QStringLiteral("email"), EmailAddress::key(user.email)}}, m_clock.now(),
                                            kVerifyLinkSeconds);
    const MailContent content
        = composerFor(user.locale).verification(user.name, user.email, link(QStringLiteral("/account/verify"), token));
    return m_outbox.enqueue(db, QStringLiteral("verify"), user.email, content).has_value();
}

bool AccountMail::queueReset(const QSqlDatabase &db, const UserRecord &user)
{
    if (!enabled())
        return false;
    // Bound to the password it replaces: once that changes (by this link or any other way),
    // every link made before it is void.
    const QString token
        = LinkTokens::issue(db, LinkTokens::kResetPassword, user.id,
                            {{QStringLiteral("email"), EmailAddress::key(user.email)},
                             {QStringLiteral("password_changed_at"), user.passwordChangedAt.toSecsSinceEpoch()}},
                            m_clock.now(), kResetLinkSeconds);
    const MailContent content
        = composerFor(user.locale).passwordReset(user.email, link(QStringLiteral("/account/reset"), token));
    return m_outbox.enqueue(db, QStringLiteral("reset"), user.email, content).has_value();
}

bool AccountMail::queueInvitation(const QSqlDatabase &db, const QString &email, const QString &locale,
                                  const QString &inviter, const QString &workspace, const QString &role,
                                  const QString &token)
{
    if (!enabled())
        return false;
    const MailContent content
        = composerFor(locale).invitation(inviter, workspace, role, link(QStringLiteral("/account/invitation"), token));
    return m_outbox.enqueue(db, QStringLiteral("invitation"), email, content).has_value();
}

void AccountMail::queueNotice(const QSqlDatabase &db, const QString &email, const QString &locale,
                              SecurityNotice notice, const QString &detail)
{
    const MailContent content = composerFor(locale).notice(notice, email, detail, m_clock.now());
    m_outbox.enqueue(db, QStringLiteral("notice"), email, content);
}

std::optional<UserRecord> AccountMail::userOf(const QSqlDatabase &db, const QString &target) const
{
    // Services name the user by address or by id.
    bool numeric = false;
    const qint64 id = target.toLongLong(&numeric);
    UserStore users(db);
    return numeric ? users.findById(id) : users.findByEmailKey(EmailAddress::key(target));
}

void AccountMail::onAudited(const QSqlDatabase &db, const AuditRecord &event)
{
    if (event.outcome != AuditOutcome::success() || !enabled())
        return;
    for (const NoticeOfAction &entry : kNotices) {
        if (event.action != QLatin1String(entry.action))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
        if (entry.notice == SecurityNotice::EmailChanged) {
            // To the old address (the target): whoever holds the new one changed it.
            const auto user = userOf(db, details.value(QStringLiteral("new_email")).toString());
            queueNotice(db, event.target, user ? user->locale : QStringLiteral("en"), entry.notice,
                        details.value(QStringLiteral("new_email")).toString());
            return;
        }
        const auto user = userOf(db, event.target);
        if (!user)
            return;
        const QString detail = *entry.detail ? Language::named(user->locale).text("Mail", entry.detail) : QString();
        queueNotice(db, user->email, user->locale, entry.notice, detail);
        return;
    }
}

} // namespace keyward
