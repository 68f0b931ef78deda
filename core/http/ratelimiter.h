// In-memory request limits: fixed windows per key (client address, account), and a short,
// growing delay for an account after repeated failed logins that never becomes a lock-out.
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

    // Failed logins: up to `allowed` per 15 minutes are free; after that each attempt must wait
    // 2, 4, 8 … seconds (at most 60) after the previous failure. A success clears the account.
    std::optional<qint64> loginDelay(const QString &account, qint64 allowed);
    void recordLoginFailure(const QString &account);
    void recordLoginSuccess(const QString &account);

private:
    struct Window {
        qint64 start = 0;
        qint64 count = 0;
    };
    struct Failures {
        qint64 windowStart = 0;
        qint64 count = 0;
        qint64 last = 0;
    };
    void prune(qint64 now);

    const Clock &m_clock;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
    QHash<QString, Failures> m_failures;
    qint64 m_lastPrune = 0;
};

} // namespace keyward
