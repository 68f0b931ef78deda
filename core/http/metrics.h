// SPDX-License-Identifier: GPL-3.0-or-later
// Counters and a latency histogram for /metrics in the Prometheus text format.
//
// Threads: every request thread records; nothing is locked per request — each path (by its
// index in the route table, fixed at start) has atomic counters per status, and the histogram
// buckets are atomics. Rendering sums them as they are.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <memory>

namespace keyward {

struct ActivityFigures;

class Metrics {
public:
    enum class Event {
        LoginSucceeded,
        LoginFailed,
        Refresh,
        ReuseDetected,
        Revocation,
        RateLimited,
        Authorization, // a code issued at /oauth/authorize
        GrantAuthorizationCode, // token endpoint grants, by type
        GrantRefreshToken,
        GrantClientCredentials,
        GrantPassword,
        EventCount
    };

    Metrics();
    ~Metrics();
    // The route labels, by path index; requests for no path count as "unmatched". Call once,
    // before serving.
    void setPaths(QStringList patterns);

    void recordRequest(int pathIndex, int status, double seconds);
    void count(Event event);
    // Every request answered since start (the console's requests-per-second display).
    quint64 requestsTotal() const { return m_total.load(std::memory_order_relaxed); }
    // Seconds spent answering, summed over every request since start.
    double secondsTotal() const;
    // With the installation's figures (gauges: users, live sessions) from the counters table.
    QByteArray render(const ActivityFigures &figures) const;

    // The statuses Keyward answers with; any other is counted as "other".
    static constexpr std::array<int, 16> kStatuses{200, 201, 204, 400, 401, 403, 404, 405,
                                                   408, 409, 413, 415, 429, 431, 500, 503};

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};
    using StatusCounts = std::array<std::atomic<quint64>, kStatuses.size() + 1>;

    static size_t statusSlot(int status);

    QStringList m_paths;
    std::unique_ptr<StatusCounts[]> m_requests; // m_paths.size() + 1 rows: the last is "unmatched"
    std::array<std::atomic<quint64>, kBuckets.size() + 1> m_latency{};
    std::atomic<quint64> m_latencyMicros{0};
    std::array<std::atomic<quint64>, size_t(Event::EventCount)> m_events{};
    std::atomic<quint64> m_total{0};
};

} // namespace keyward
