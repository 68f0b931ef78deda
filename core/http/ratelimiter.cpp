// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include "common/clock.h"

#include <QHostAddress>
#include <QMutexLocker>

namespace keyward {

QString RateLimiter::networkOf(const QString &address)
{
    const QHostAddress parsed(address);
    if (parsed.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool mapped = false;
    parsed.toIPv4Address(&mapped);
    if (mapped)
        return address;
    Q_IPV6ADDR bytes = parsed.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

namespace {
constexpr qint64 kPruneEvery = 60;
} // namespace

RateLimiter::RateLimiter(const Clock &clock) : m_clock(clock)
{ }

void RateLimiter::prune(qint64 now)
{
    // Bounded memory: forget windows that can no longer matter.
    if (now - m_lastPrune < kPruneEvery)
        return;
    m_lastPrune = now;
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = now - it->start > 3600 ? m_windows.erase(it) : std::next(it);
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

} // namespace keyward
