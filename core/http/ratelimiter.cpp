#include "ratelimiter.h"

#include "common/clock.h"

#include <QMutexLocker>

namespace keyward {

namespace {
constexpr qint64 kFailureWindow = 15 * 60;
constexpr qint64 kLongestDelay = 60;
constexpr qint64 kPruneEvery = 60;
} // namespace

RateLimiter::RateLimiter(const Clock &clock) : m_clock(clock)
{ }

void RateLimiter::prune(qint64 now)
{
    // Bounded memory: forget windows and failure records that can no longer matter.
    if (now - m_lastPrune < kPruneEvery)
        return;
    m_lastPrune = now;
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = now - it->start > 3600 ? m_windows.erase(it) : std::next(it);
    for (auto it = m_failures.begin(); it != m_failures.end();)
        it = now - it->last > kFailureWindow ? m_failures.erase(it) : std::next(it);
}

std::optional<qint64> RateLimiter::hit(const QString &key, qint64 limit, qint64 windowSeconds)
{
    const qint64 now = m_clock.nowSecs();
    QMutexLocker lock(&m_mutex);
    prune(now);
    Window &window = m_windows[key];
    if (now - window.start >= windowSeconds)
        window = {now, 0};
    if (++window.count > limit)
        return window.start + windowSeconds - now;
    return std::nullopt;
}

std::optional<qint64> RateLimiter::loginDelay(const QString &account, qint64 allowed)
{
    const qint64 now = m_clock.nowSecs();
    QMutexLocker lock(&m_mutex);
    const auto it = m_failures.constFind(account);
    if (it == m_failures.cend() || now - it->windowStart >= kFailureWindow || it->count < allowed)
        return std::nullopt;
    const qint64 excess = qMin<qint64>(it->count - allowed, 5);
    const qint64 wait = qMin<qint64>(qint64(2) << excess, kLongestDelay);
    const qint64 ready = it->last + wait;
    return ready > now ? std::optional(ready - now) : std::nullopt;
}

void RateLimiter::recordLoginFailure(const QString &account)
{
    const qint64 now = m_clock.nowSecs();
    QMutexLocker lock(&m_mutex);
    Failures &failures = m_failures[account];
    if (now - failures.windowStart >= kFailureWindow)
        failures = {now, 0, now};
    ++failures.count;
    failures.last = now;
}

void RateLimiter::recordLoginSuccess(const QString &account)
{
    QMutexLocker lock(&m_mutex);
    m_failures.remove(account);
}

} // namespace keyward
