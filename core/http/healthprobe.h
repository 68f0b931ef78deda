// SPDX-License-Identifier: GPL-3.0-or-later
// Whether the database answers, as /healthz reports it: probed at most once a second (by the
// injected clock), so a flood of health checks costs the database nothing.
//
// Threads: any request thread asks; one of them runs the probe when it is due, the others answer
// with the last result meanwhile.
#pragma once

#include <QtGlobal>

#include <atomic>

namespace keyward {

class Clock;
class Database;

class HealthProbe {
public:
    HealthProbe(Database &database, const Clock &clock);

    bool databaseAnswers();

    static constexpr qint64 kIntervalMs = 1000;

private:
    Database &m_database;
    const Clock &m_clock;
    std::atomic<qint64> m_nextProbeMs{0};
    std::atomic<bool> m_answers{true};
};

} // namespace keyward
