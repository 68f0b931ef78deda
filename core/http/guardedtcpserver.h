// SPDX-License-Identifier: GPL-3.0-or-later
// The listening socket in front of QHttpServer, which in Qt 6.4 has no limits of its own
// (see PLATFORM.md): it caps open connections (in all and per client address), answers 413 for a
// body over the limit before it is buffered (Content-Length or chunked), 431 for oversized
// headers, 408 for a request that is not complete in time, closes silent and idle connections,
// and speaks TLS when configured.
//
// Threads: each instance lives on its worker thread with its sockets; the ConnectionCounts it
// shares with the other workers are thread-safe, and TransportLimits::update is called on the
// worker's thread.
#pragma once

#include <QSslConfiguration>
#include <QStringList>
#include <QTcpServer>

#include <functional>

#include <memory>
#include <optional>

namespace keyward {

struct TransportLimits {
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int readTimeoutMs = 10'000; // from a request's first byte to its last
    int idleTimeoutMs = 60'000; // a keep-alive connection with nothing to say
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 64; // server.max_connections_per_ip; refused at once past it
    QStringList unlimitedAddresses; // trusted proxies: every client comes through them
    // When set: applies the settings in effect, as each connection opens and each request on it
    // starts (body limit, per-address cap, trusted proxies change without a restart).
    std::function<void(TransportLimits &)> update;
};

class ConnectionCounts;

class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit GuardedTcpServer(TransportLimits limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }
    // Shared across the servers of one API so the caps are for the whole process.
    void setConnectionCounts(ConnectionCounts *counts) { m_counts = counts; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    TransportLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<ConnectionCounts> m_ownCounts; // when none is shared
    ConnectionCounts *m_counts;
};

} // namespace keyward
