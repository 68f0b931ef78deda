// Counters and a latency histogram for /metrics in the Prometheus text format.
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>

namespace keyward {

class Metrics {
public:
    enum class Event { LoginSucceeded, LoginFailed, Refresh, ReuseDetected, Revocation, RateLimited, EventCount };

    void recordRequest(const QString &route, int status, double seconds);
    void count(Event event);
    // Every request answered since start (the console's requests-per-second display).
    quint64 requestsTotal() const { return m_total.load(std::memory_order_relaxed); }
    // Seconds spent answering, summed over every request since start.
    double secondsTotal() const;
    // activeSessions is read from the database at scrape time.
    QByteArray render(qint64 activeSessions) const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};

    mutable QMutex m_mutex;
    QHash<QPair<QString, int>, quint64> m_requests;
    std::array<quint64, kBuckets.size() + 1> m_latency{};
    double m_latencySum = 0;
    quint64 m_latencyCount = 0;
    std::array<std::atomic<quint64>, size_t(Event::EventCount)> m_events{};
    std::atomic<quint64> m_total{0};
};

} // namespace keyward
