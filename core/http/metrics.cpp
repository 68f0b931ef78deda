#include "metrics.h"

#include <QMutexLocker>

namespace keyward {

double Metrics::secondsTotal() const
{
    QMutexLocker lock(&m_mutex);
    return m_latencySum;
}

void Metrics::recordRequest(const QString &route, int status, double seconds)
{
    m_total.fetch_add(1, std::memory_order_relaxed);
    QMutexLocker lock(&m_mutex);
    ++m_requests[{route, status}];
    size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    ++m_latency[bucket];
    m_latencySum += seconds;
    ++m_latencyCount;
}

void Metrics::count(Event event)
{
    m_events[size_t(event)].fetch_add(1, std::memory_order_relaxed);
}

QByteArray Metrics::render(qint64 activeSessions) const
{
    QByteArray out;
    const auto counter = [&out, this](const char *name, const char *help, Event event) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
            + QByteArray::number(m_events[size_t(event)].load(std::memory_order_relaxed)) + '\n';
    };
    QMutexLocker lock(&m_mutex);
    out += "# HELP keyward_http_requests_total HTTP requests by route and status.\n"
           "# TYPE keyward_http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += "keyward_http_requests_total{route=\"" + it.key().first.toUtf8() + "\",status=\""
            + QByteArray::number(it.key().second) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP keyward_http_request_duration_seconds Time from request to response.\n"
           "# TYPE keyward_http_request_duration_seconds histogram\n";
    quint64 cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += m_latency[i];
        out += "keyward_http_request_duration_seconds_bucket{le=\"" + QByteArray::number(kBuckets[i]) + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    out += "keyward_http_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_latencyCount) + '\n';
    out += "keyward_http_request_duration_seconds_sum " + QByteArray::number(m_latencySum, 'f', 6) + '\n';
    out += "keyward_http_request_duration_seconds_count " + QByteArray::number(m_latencyCount) + '\n';
    lock.unlock();
    counter("keyward_logins_succeeded_total", "Successful logins.", Event::LoginSucceeded);
    counter("keyward_logins_failed_total", "Failed logins.", Event::LoginFailed);
    counter("keyward_refreshes_total", "Refresh token rotations.", Event::Refresh);
    counter("keyward_refresh_reuse_detected_total", "Refresh tokens presented again after the grace.",
            Event::ReuseDetected);
    counter("keyward_revocations_total", "Tokens and sessions revoked.", Event::Revocation);
    counter("keyward_rate_limited_total", "Requests answered 429.", Event::RateLimited);
    out += "# HELP keyward_active_sessions Refresh sessions alive now.\n# TYPE keyward_active_sessions gauge\n"
           "keyward_active_sessions "
        + QByteArray::number(activeSessions) + '\n';
    return out;
}

} // namespace keyward
