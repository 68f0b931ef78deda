// SPDX-License-Identifier: GPL-3.0-or-later
// The web origins of the public clients (single-page applications): the origins of their
// registered http(s) redirect URIs (a loopback IP literal's on any port, as its redirects are).
// A browser application served from one of them may call the endpoints an application needs across origins (CORS)
// without server.cors_origins, as Keycloak's "web origins: +" does; server.cors_origins stays for Keyward's own API.
//
// Read from the database at most once a second: a client registered or changed on another server
// of a fleet is seen within a second, here too.
//
// Threads: any thread.
#pragma once

#include <QDateTime>
#include <QMutex>
#include <QSet>
#include <QString>

class QUrl;

namespace keyward {

class Clock;
class Database;

class ApplicationOrigins {
public:
    ApplicationOrigins(Database &database, const Clock &clock);

    // origin as a browser sends it in the Origin header: scheme://host[:port].
    bool contains(const QString &origin);

    // scheme://host[:port] of an http or https URL, the port only when it is not the scheme's
    // default (RFC 6454 §6.2); empty for any other URL.
    static QString originOf(const QUrl &url);

    static constexpr int kRefreshSeconds = 1;

private:
    struct Known {
        QSet<QString> origins; // exactly
        QSet<QString> anyPortLiterals; // "127.0.0.1", "[::1]": http on any port
    };
    Known read();

    Database &m_database;
    const Clock &m_clock;
    QMutex m_mutex;
    Known m_known;
    QDateTime m_readAt; // invalid: never read
};

} // namespace keyward
