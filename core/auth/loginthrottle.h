// SPDX-License-Identifier: GPL-3.0-or-later
// The per-account delay after repeated failed logins: up to `allowed` failures per 15 minutes
// are free; after that each attempt waits 2, 4, 8 … seconds (at most 60) after the previous
// failure — a delay, never a lock-out. Counted in the database, so a fleet of servers on one
// PostgreSQL gives an attacker no more guesses per account than one server does.
//
// Threads: any thread; no state in memory, every count is one statement in the database.
#pragma once

#include <QString>

#include <optional>

namespace keyward {

class Clock;
class Database;

class LoginThrottle {
public:
    LoginThrottle(Database &database, const Clock &clock);

    // Whole seconds (rounded up) until the account may try again, if it must wait.
    std::optional<qint64> delayFor(const QString &account, qint64 allowed);
    // Starts an attempt: counted as a failure at once (so that attempts running in parallel, on
    // this server or another, cannot all pass the delay while their passwords are checked) unless
    // the account must wait, which is answered instead. recordSuccess() takes it back.
    std::optional<qint64> beginAttempt(const QString &account, qint64 allowed);
    void recordSuccess(const QString &account);
    // Takes back the count of an attempt that failed for another reason than the password.
    void cancelAttempt(const QString &account);
    // Forgets accounts whose last failure is older than the window (housekeeping).
    int purge();

    static constexpr qint64 kWindowSeconds = 15 * 60;
    static constexpr qint64 kLongestDelaySeconds = 60;
    // The wait after the last failure, for a count of failures in the window.
    static qint64 waitAfter(qint64 failures, qint64 allowed);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace keyward
