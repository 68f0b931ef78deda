// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "auth/statistics.h"

namespace keyward {

Metrics::Metrics() : m_requests(std::make_unique<StatusCounts[]>(1))
{ }

Metrics::~Metrics() = default;

void Metrics::setPaths(QStringList patterns)
{
    m_paths = std::move(patterns);
    m_requests = std::make_unique<StatusCounts[]>(size_t(m_paths.size()) + 1);
}

size_t Metrics::statusSlot(int status)
{
    for (size_t i = 0; i < kStatuses.size(); ++i) {
        if (kStatuses[i] == status)
            return i;
    }
    return kStatuses.size();
}

double Metrics::secondsTotal() const
{
    return double(m_latencyMicros.load(std::memory_order_relaxed)) / 1e6;
}

void Metrics::recordRequest(int pathIndex, int status, double seconds)
{
    const size_t row = pathIndex >= 0 && pathIndex < m_paths.size() ? size_t(pathIndex) : size_t(m_paths.size());
    m_requests[row][statusSlot(status)].fetch_add(1, std::memory_order_relaxed);
    size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    m_latency[bucket].fetch_add(1, std::memory_order_relaxed);
    m_latencyMicros.fetch_add(quint64(seconds * 1e6), std::memory_order_relaxed);
    m_total.fetch_add(1, std::memory_order_relaxed);
}

void Metrics::count(Event event)
{
    m_events[size_t(event)].fetch_add(1, std::memory_order_relaxed);
}

QByteArray Metrics::render(const ActivityFigures &figures) const
{
    QByteArray out;
    const auto counter = [&out, this](const char *name, const char *help, Event event) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + ' '
            + QByteArray::number(m_events[size_t(event)].load(std::memory_order_relaxed)) + '\n';
    };
    out += "# HELP keyward_http_requests_total HTTP requests by route and status.\n"
           "# TYPE keyward_http_requests_total counter\n";
    for (qsizetype row = 0; row <= m_paths.size(); ++row) {
        const QByteArray route = row < m_paths.size() ? m_paths[row].toUtf8() : QByteArray("unmatched");
        for (size_t slot = 0; slot <= kStatuses.size(); ++slot) {
            const quint64 count = m_requests[size_t(row)][slot].load(std::memory_order_relaxed);
            if (count == 0)
                continue;
            const QByteArray status = slot < kStatuses.size() ? QByteArray::number(kStatuses[slot]) : "other";
            out += "keyward_http_requests_total{route=\"" + route + "\",status=\"" + status + "\"} "
                + QByteArray::number(count) + '\n';
        }
    }
    out += "# HELP keyward_http_request_duration_seconds Time from request to response.\n"
           "# TYPE keyward_http_request_duration_seconds histogram\n";
    quint64 cumulative = 0;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        cumulative += m_latency[i].load(std::memory_order_relaxed);
        out += "keyward_http_request_duration_seconds_bucket{le=\"" + QByteArray::number(kBuckets[i]) + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    cumulative += m_latency[kBuckets.size()].load(std::memory_order_relaxed);
    out += "keyward_http_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(cumulative) + '\n';
    out += "keyward_http_request_duration_seconds_sum " + QByteArray::number(secondsTotal(), 'f', 6) + '\n';
    out += "keyward_http_request_duration_seconds_count " + QByteArray::number(cumulative) + '\n';
    counter("keyward_logins_succeeded_total", "Successful logins.", Event::LoginSucceeded);
    counter("keyward_logins_failed_total", "Failed logins.", Event::LoginFailed);
    counter("keyward_refreshes_total", "Refresh token rotations.", Event::Refresh);
    counter("keyward_refresh_reuse_detected_total", "Refresh tokens presented again after the grace.",
            Event::ReuseDetected);
    counter("keyward_revocations_total", "Tokens and sessions revoked.", Event::Revocation);
    counter("keyward_rate_limited_total", "Requests answered 429.", Event::RateLimited);
    counter("keyward_oidc_authorizations_total", "Authorization codes issued.", Event::Authorization);
    out += "# HELP keyward_oauth_token_grants_total Tokens issued at /oauth/token, by grant type.\n"
           "# TYPE keyward_oauth_token_grants_total counter\n";
    const std::pair<const char *, Event> grants[] = {{"authorization_code", Event::GrantAuthorizationCode},
                                                     {"refresh_token", Event::GrantRefreshToken},
                                                     {"client_credentials", Event::GrantClientCredentials},
                                                     {"password", Event::GrantPassword}};
    for (const auto &[grant, event] : grants)
        out += QByteArray("keyward_oauth_token_grants_total{grant_type=\"") + grant + "\"} "
            + QByteArray::number(m_events[size_t(event)].load(std::memory_order_relaxed)) + '\n';
    const auto gauge = [&out](const char *name, const char *help, qint64 value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' '
            + QByteArray::number(value) + '\n';
    };
    gauge("keyward_active_sessions", "Refresh sessions alive now (one ending by time leaves it within a minute).",
          figures.activeSessions);
    gauge("keyward_users", "User accounts.", figures.users);
    gauge("keyward_workspaces", "Workspaces.", figures.workspaces);
    gauge("keyward_workspace_memberships", "Memberships of users in workspaces.", figures.memberships);
    out += "# HELP keyward_mail_outbox Messages in the mail outbox, by state.\n"
           "# TYPE keyward_mail_outbox gauge\n";
    for (const auto &[state, count] : {std::pair{"pending", figures.mailPending},
                                       std::pair{"failed", figures.mailFailed}, std::pair{"sent", figures.mailSent}})
        out += QByteArray("keyward_mail_outbox{state=\"") + state + "\"} " + QByteArray::number(count) + '\n';
    return out;
}

} // namespace keyward
