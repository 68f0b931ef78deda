// SPDX-License-Identifier: GPL-3.0-or-later
// Verifying that a user holds their address: the link of the registration mail (and of an
// address change) sets email_verified; with registration.require_verified_email a sign-in
// waits for it, and a sign-in with the right password sends the link again (at most once every
// few minutes, so nobody can flood a mailbox with someone's password).
//
// Threads: any.
#pragma once

#include "common/result.h"
#include "user.h"

namespace keyward {

class AccountMail;
class AuditLog;
class ChangeSignals;
class Clock;
class Database;

class EmailVerification {
public:
    static constexpr qint64 kResendAfterSeconds = 5 * 60;

    EmailVerification(Database &database, AccountMail &mail, AuditLog &audit, ChangeSignals &changes,
                      const Clock &clock);

    // Spends the link's token: the address it was sent to is verified, if it is still the
    // user's. invalid_grant for an unknown, used or expired link, or one for an earlier address.
    Result<UserRecord> verify(const QString &token, const QString &clientAddress);
    // A new link unless one went out in the last kResendAfterSeconds; whether one was queued.
    bool sendAgain(qint64 userId);

private:
    Database &m_database;
    AccountMail &m_mail;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
};

} // namespace keyward
