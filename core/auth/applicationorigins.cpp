// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationorigins.h"

#include "clientservice.h"
#include "common/clock.h"
#include "redirecturi.h"
#include "storage/clientstore.h"
#include "storage/database.h"

#include <QMutexLocker>
#include <QUrl>

namespace keyward {

ApplicationOrigins::ApplicationOrigins(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{ }

QString ApplicationOrigins::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty())
        return {};
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    // QUrl keeps an IPv6 host without its brackets; an Origin header has them.
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    const QString authority = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return scheme + QLatin1String("://") + authority
        + (port == defaultPort ? QString() : QLatin1Char(':') + QString::number(port));
}

ApplicationOrigins::Known ApplicationOrigins::read()
{
    Known known;
    for (const ClientRecord &client : ClientStore(m_database.connection()).list(QString(), -1)) {
        if (Client{client}.isConfidential())
            continue;
        for (const QString &uri : client.redirectUris) {
            // A loopback IP literal's redirect matches on any port, so its origin does too.
            if (const QString literal = RedirectUri::loopbackLiteral(uri); !literal.isEmpty())
                known.anyPortLiterals.insert(literal);
            else if (const QString origin = originOf(QUrl(uri)); !origin.isEmpty())
                known.origins.insert(origin);
        }
    }
    return known;
}

bool ApplicationOrigins::contains(const QString &origin)
{
    if (origin.isEmpty())
        return false;
    const QDateTime now = m_clock.now();
    QMutexLocker lock(&m_mutex);
    // A clock set back counts as stale too.
    if (!m_readAt.isValid() || now < m_readAt || m_readAt.secsTo(now) >= kRefreshSeconds) {
        lock.unlock(); // read without holding others up; the last reader's answer stays
        Known fresh = read();
        lock.relock();
        m_known = std::move(fresh);
        m_readAt = now;
    }
    if (m_known.origins.contains(origin))
        return true;
    // Only a well-formed origin (scheme, host, port, nothing after) stands for its loopback literal.
    const QString literal = RedirectUri::loopbackLiteral(origin);
    return !literal.isEmpty() && originOf(QUrl(origin)) == origin && m_known.anyPortLiterals.contains(literal);
}

} // namespace keyward
