// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthprobe.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"

namespace keyward {

HealthProbe::HealthProbe(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{ }

bool HealthProbe::databaseAnswers()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 due = m_nextProbeMs.load(std::memory_order_relaxed);
    if (now >= due && m_nextProbeMs.compare_exchange_strong(due, now + kIntervalMs)) {
        try {
            SqlStatement(m_database.connection(), QStringLiteral("SELECT 1")).exec();
            m_answers.store(true, std::memory_order_relaxed);
        } catch (const StorageError &) {
            m_answers.store(false, std::memory_order_relaxed);
        }
    }
    return m_answers.load(std::memory_order_relaxed);
}

} // namespace keyward
