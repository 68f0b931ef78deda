// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordrecovery.h"

#include "accountmail.h"
#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/logging.h"
#include "crypto/passwordhasher.h"
#include "emailaddress.h"
#include "linktokens.h"
#include "passwordpolicy.h"
#include "sessionservice.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

namespace keyward {

PasswordRecovery::PasswordRecovery(Database &database, AccountMail &mail, SessionService &sessions, AuditLog &audit,
                                   ChangeSignals &changes, const Clock &clock, const PasswordHasher &hasher)
    : m_database(database), m_mail(mail), m_sessions(sessions), m_audit(audit), m_changes(changes), m_clock(clock),
      m_hasher(hasher)
{
    m_requests.setMaxThreadCount(1);
    m_requests.setObjectName(QStringLiteral("password-recovery"));
}

PasswordRecovery::~PasswordRecovery()
{
    m_requests.clear();
    m_requests.waitForDone();
}

void PasswordRecovery::request(const QString &email)
{
    if (!EmailAddress::isValid(email) || m_waiting.fetch_add(1) >= kQueuedRequests) {
        if (EmailAddress::isValid(email))
            m_waiting -= 1;
        return;
    }
    m_requests.start([this, email] {
        handle(email);
        m_waiting -= 1;
    });
}

void PasswordRecovery::waitForRequests()
{
    m_requests.waitForDone();
}

void PasswordRecovery::handle(const QString &email)
{
    try {
        TransactionGuard transaction(m_database);
        const QSqlDatabase db = transaction.connection();
        const auto user = UserStore(db).findByEmailKey(EmailAddress::key(email));
        if (!user || user->disabled)
            return;
        const QDateTime since = m_clock.now().addSecs(-AccountMail::kResetLinkSeconds);
        if (LinkTokens::issuedSince(db, LinkTokens::kResetPassword, user->id, since) >= kLinksPerAccount) {
            qCInfo(lcAuth) << "password reset: the account's links are used up for now; request dropped";
            return;
        }
        if (!m_mail.queueReset(db, *user))
            return;
        m_audit.record(Actor::anonymous(QStringLiteral("forgot:") + user->email, {}),
                       QStringLiteral("user.request_password_reset"), user->email, AuditOutcome::success());
        transaction.commit();
    } catch (const StorageError &error) {
        qCWarning(lcAuth) << "password reset request failed:" << error.what();
    }
}

std::optional<UserRecord> PasswordRecovery::linkedAccount(const QSqlDatabase &db, const QString &token, bool spend)
{
    const auto grant = spend ? LinkTokens::take(db, LinkTokens::kResetPassword, token, m_clock.now())
                             : LinkTokens::peek(db, LinkTokens::kResetPassword, token, m_clock.now());
    if (!grant)
        return std::nullopt;
    const auto user = UserStore(db).findById(grant->userId);
    // The account as the link knew it: same address, same password, still enabled.
    if (!user || user->disabled
        || EmailAddress::key(user->email) != grant->payload.value(QStringLiteral("email")).toString()
        || user->passwordChangedAt.toSecsSinceEpoch()
            != grant->payload.value(QStringLiteral("password_changed_at")).toInteger())
        return std::nullopt;
    return user;
}

std::optional<UserRecord> PasswordRecovery::accountOf(const QString &token)
{
    return linkedAccount(m_database.connection(), token, false);
}

Result<UserRecord> PasswordRecovery::reset(const QString &token, const QString &newPassword,
                                           const QString &clientAddress)
{
    const auto unusable = [] {
        return failure(ErrorCode::InvalidGrant,
                       QStringLiteral("this link is unknown, was used already or has expired"));
    };
    // The policy first, outside any transaction (hashing takes a while): a weak password leaves
    // the link as it was.
    const auto before = accountOf(token);
    if (!before)
        return unusable();
    if (const Status policy = PasswordPolicy::check(newPassword, before->email); !policy)
        return policy.error();
    const QString hash = m_hasher.hash(newPassword);

    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    const auto user = linkedAccount(db, token, true);
    if (!user) {
        transaction.commit();
        return unusable();
    }
    const QDateTime now = m_clock.now();
    UserStore(db).updatePasswordHash(user->id, hash, now);
    const Actor actor = Actor::system(QStringLiteral("password-reset"));
    const Result<int> ended = m_sessions.revokeAllOfUser(actor, user->id, QStringLiteral("password_reset"));
    if (!ended)
        return ended.error();
    // Audited as the person holding the link; the event sends the notice (AccountMail).
    m_audit.record(Actor::anonymous(QStringLiteral("link:") + user->email, clientAddress),
                   QStringLiteral("user.password_reset_by_link"), user->email, AuditOutcome::success(),
                   {{QStringLiteral("sessions_ended"), ended.value()}});
    m_changes.publishAfterCommit(db, Change::Users | Change::Sessions | Change::Revocations);
    transaction.commit();
    return *user;
}

} // namespace keyward
