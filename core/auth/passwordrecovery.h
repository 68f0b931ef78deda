// SPDX-License-Identifier: GPL-3.0-or-later
// "Forgot password?": a single-use link (30 minutes) by mail, and the new password it sets.
//
// A request's answer is the same, and takes the same time, whether or not the address has an
// account: request() only hands the address to a thread of its own and returns; the lookup, the
// limits and the mail happen after the answer has gone. At most kLinksPerAccount links go to one
// account per link lifetime (more requests are dropped silently; the per-address limit is the
// HTTP layer's).
//
// A reset sets the password, ends every session of the account (browsers' sign-ins included)
// and sends a notice; it never removes a second factor.
//
// Threads: any.
#pragma once

#include "common/result.h"
#include "storage/userstore.h"

#include <QThreadPool>

#include <atomic>

namespace keyward {

class AccountMail;
class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class PasswordHasher;
class SessionService;

class PasswordRecovery {
public:
    static constexpr int kLinksPerAccount = 3;
    static constexpr int kQueuedRequests = 200; // beyond this many waiting, requests are dropped

    PasswordRecovery(Database &database, AccountMail &mail, SessionService &sessions, AuditLog &audit,
                     ChangeSignals &changes, const Clock &clock, const PasswordHasher &hasher);
    ~PasswordRecovery();

    void request(const QString &email);
    // Until the requests made so far are handled (tests, shutting down).
    void waitForRequests();

    // The account a link resets, without spending the link (its page's form); nothing for an
    // unknown, used, expired or superseded link.
    std::optional<UserRecord> accountOf(const QString &token);
    // weak_password (the link stays usable), invalid_grant for a link that cannot be used.
    Result<UserRecord> reset(const QString &token, const QString &newPassword, const QString &clientAddress);

private:
    void handle(const QString &email);
    std::optional<UserRecord> linkedAccount(const QSqlDatabase &db, const QString &token, bool spend);

    Database &m_database;
    AccountMail &m_mail;
    SessionService &m_sessions;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    std::atomic<int> m_waiting{0}; // requests handed over and not yet handled
    QThreadPool m_requests;
};

} // namespace keyward
