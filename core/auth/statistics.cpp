// SPDX-License-Identifier: GPL-3.0-or-later
#include "statistics.h"

#include "common/clock.h"
#include "storage/counterstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace keyward {

Statistics::Statistics(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{ }

ActivityFigures Statistics::figures()
{
    CounterStore counters(m_database.connection());
    const qint64 hourAgo = CounterStore::minuteOf(m_clock.nowSecs()) - 59 * 60;
    ActivityFigures figures;
    figures.users = qMax<qint64>(0, counters.value(Counter::kUsers));
    figures.workspaces = qMax<qint64>(0, counters.value(Counter::kWorkspaces));
    figures.memberships = qMax<qint64>(0, counters.value(Counter::kMemberships));
    // Never below zero: a user deleted with an idle session may take it off twice until the recount.
    figures.activeSessions = qMax<qint64>(0, counters.value(Counter::kActiveSessions));
    figures.loginsLastHour = counters.sumSince(Counter::kLoginsSucceeded, hourAgo);
    figures.failedLoginsLastHour = counters.sumSince(Counter::kLoginsFailed, hourAgo);
    figures.reusesLastHour = counters.sumSince(Counter::kReusesDetected, hourAgo);
    return figures;
}

int Statistics::purgeOldCounts()
{
    TransactionGuard transaction(m_database);
    const int purged
        = CounterStore(transaction.connection()).purgeBucketsBefore(CounterStore::minuteOf(m_clock.nowSecs() - 86400));
    transaction.commit();
    return purged;
}

} // namespace keyward
