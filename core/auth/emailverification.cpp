// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailverification.h"

#include "accountmail.h"
#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "emailaddress.h"
#include "linktokens.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace keyward {

EmailVerification::EmailVerification(Database &database, AccountMail &mail, AuditLog &audit, ChangeSignals &changes,
                                     const Clock &clock)
    : m_database(database), m_mail(mail), m_audit(audit), m_changes(changes), m_clock(clock)
{ }

Result<UserRecord> EmailVerification::verify(const QString &token, const QString &clientAddress)
{
    const auto unusable = [] {
        return failure(ErrorCode::InvalidGrant,
                       QStringLiteral("this link is unknown, was used already or has expired"));
    };
    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    const auto grant = LinkTokens::take(db, LinkTokens::kVerifyEmail, token, m_clock.now());
    if (!grant) {
        transaction.commit(); // an expired one is spent all the same
        return unusable();
    }
    UserStore users(db);
    std::optional<UserRecord> user = users.findById(grant->userId);
    // A link for an address the account no longer has verifies nothing.
    if (!user || EmailAddress::key(user->email) != grant->payload.value(QStringLiteral("email")).toString()) {
        transaction.commit();
        return unusable();
    }
    if (!user->emailVerified) {
        users.setEmailVerified(user->id, true, m_clock.now());
        user->emailVerified = true;
        m_audit.record(Actor::anonymous(QStringLiteral("link:") + user->email, clientAddress),
                       QStringLiteral("user.verify_email"), user->email, AuditOutcome::success());
        m_changes.publishAfterCommit(db, Change::Users);
    }
    transaction.commit();
    return *user;
}

bool EmailVerification::sendAgain(qint64 userId)
{
    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    const auto user = UserStore(db).findById(userId);
    if (!user || user->emailVerified || user->disabled)
        return false;
    if (LinkTokens::issuedSince(db, LinkTokens::kVerifyEmail, userId, m_clock.now().addSecs(-kResendAfterSeconds)) > 0)
        return false;
    const bool queued = m_mail.queueVerification(db, *user);
    transaction.commit();
    return queued;
}

} // namespace keyward
