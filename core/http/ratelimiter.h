// SPDX-License-Identifier: GPL-3.0-or-later
// In-memory request limits per server: fixed windows per key (client address). The per-account
// delay after failed logins is shared by the fleet instead (auth/loginthrottle.h).
//
// Threads: hit() from every request thread; the windows are under m_mutex, held per call.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace keyward {

class Clock;

class RateLimiter {
public:
    explicit RateLimiter(const Clock &clock);

    // Counts one event for key; the seconds to wait when more than `limit` fell in the window.
    std::optional<qint64> hit(const QString &key, qint64 limit, qint64 windowSeconds);

    // What per-address limits count: an IPv4 address itself, an IPv6 client by its /64 (one
    // subscriber gets a whole /64 and can pick any address in it), written "2001:db8:1:2::/64".
    static QString networkOf(const QString &address);

private:
    struct Window {
        qint64 start = 0;
        qint64 count = 0;
    };
    void prune(qint64 now);

    const Clock &m_clock;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
    qint64 m_lastPrune = 0;
};

} // namespace keyward
