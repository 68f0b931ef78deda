// SPDX-License-Identifier: GPL-3.0-or-later
// The mail about a user's own account: the verification link, the password reset link and the
// security notices (password changed or reset, address changed, a factor added or removed, an
// administrator's reset), in the user's language, queued in the transaction of what causes them.
//
// The notices follow the audit log: every audited change of that kind sends one, whichever
// service made it, in that change's transaction (AuditLog::setObserver).
//
// Threads: any.
#pragma once

#include "mail/mailcomposer.h"
#include "storage/userstore.h"

#include <QSqlDatabase>

namespace keyward {

class Clock;
class MailOutbox;
class TokenService;
struct AuditRecord;

class AccountMail {
public:
    static constexpr qint64 kVerifyLinkSeconds = 24 * 3600;
    static constexpr qint64 kResetLinkSeconds = 30 * 60;
    static constexpr qint64 kInvitationSeconds = 7 * 24 * 3600;

    AccountMail(MailOutbox &outbox, TokenService &tokens, const Clock &clock);

    bool enabled() const;
    // Each issues a link token and queues the message on db's open transaction; false (and
    // nothing written) when mail is off.
    bool queueVerification(const QSqlDatabase &db, const UserRecord &user);
    bool queueReset(const QSqlDatabase &db, const UserRecord &user);
    void queueNotice(const QSqlDatabase &db, const QString &email, const QString &locale, SecurityNotice notice,
                     const QString &detail = {});
    // An invitation to a workspace (to an address that may have no account yet).
    bool queueInvitation(const QSqlDatabase &db, const QString &email, const QString &locale, const QString &inviter,
                         const QString &workspace, const QString &role, const QString &token);
    // The audit observer: the notices.
    void onAudited(const QSqlDatabase &db, const AuditRecord &event);

    // The page a link opens: the issuer + path + ?token=.
    QString link(const QString &path, const QString &token) const;

private:
    MailComposer composerFor(const QString &locale) const;
    std::optional<UserRecord> userOf(const QSqlDatabase &db, const QString &target) const;

    MailOutbox &m_outbox;
    TokenService &m_tokens;
    const Clock &m_clock;
};

} // namespace keyward
