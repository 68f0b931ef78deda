// SPDX-License-Identifier: GPL-3.0-or-later
// The figures the dashboard and /metrics show, read from the counters table (a few rows, whatever
// the number of users, sessions or audit events) rather than counted from the tables.
//
// Threads: any thread (it reads on the calling thread's connection).
#pragma once

#include <QtGlobal>

namespace keyward {

class Clock;
class Database;

struct ActivityFigures {
    qint64 users = 0;
    qint64 workspaces = 0;
    qint64 memberships = 0;
    // Starts and revocations count as they commit; a session ending by time leaves the figure at
    // the next housekeeping run (SessionService::recountActive), within a minute.
    qint64 activeSessions = 0;
    // The last sixty minutes, this one included.
    qint64 loginsLastHour = 0;
    qint64 failedLoginsLastHour = 0;
    qint64 reusesLastHour = 0;
    // The outbox by state (filled by who serves /metrics: MailOutbox::counts).
    qint64 mailPending = 0;
    qint64 mailFailed = 0;
    qint64 mailSent = 0;
};

class Statistics {
public:
    Statistics(Database &database, const Clock &clock);

    ActivityFigures figures();
    // Drops per-minute counts older than a day (housekeeping).
    int purgeOldCounts();

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace keyward
