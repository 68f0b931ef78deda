// SPDX-License-Identifier: GPL-3.0-or-later
// "At most once per interval, by one thread": the check servers make of a shared version (roles,
// settings) on the request path. claim() is true for exactly one caller once the interval has
// passed by the injected clock; the others go on without waiting.
//
// Threads: any thread; one atomic, no lock.
#pragma once

#include "clock.h"

#include <atomic>

namespace keyward {

class PeriodicGate {
public:
    PeriodicGate(const Clock &clock, qint64 intervalMs) : m_clock(clock), m_intervalMs(intervalMs) { }

    // Not due before one interval from now (what was just read is current).
    void restart() { m_nextMs = m_clock.now().toMSecsSinceEpoch() + m_intervalMs; }

    bool claim()
    {
        const qint64 now = m_clock.now().toMSecsSinceEpoch();
        qint64 due = m_nextMs.load(std::memory_order_relaxed);
        return now >= due && m_nextMs.compare_exchange_strong(due, now + m_intervalMs);
    }

private:
    const Clock &m_clock;
    const qint64 m_intervalMs;
    std::atomic<qint64> m_nextMs{0};
};

} // namespace keyward
