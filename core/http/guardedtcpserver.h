// The listening socket in front of QHttpServer, which in Qt 6.4 has no limits of its own
// (see PLATFORM.md): it caps open connections, answers 413 for a body over the limit before it
// is buffered (Content-Length or chunked), 431 for oversized headers, 408 for a request that is
// not complete in time, closes idle keep-alive connections, and speaks TLS when configured.
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <atomic>
#include <optional>

namespace keyward {

struct TransportLimits {
    qint64 maxBodyBytes = 64 * 1024;
    qint64 maxHeaderBytes = 16 * 1024;
    int readTimeoutMs = 10'000; // from a request's first byte to its last
    int idleTimeoutMs = 60'000; // a keep-alive connection with nothing to say
    int maxConnections = 1024;
};

class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit GuardedTcpServer(TransportLimits limits, QObject *parent = nullptr);

    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }
    bool isTls() const { return m_tls.has_value(); }
    // Shared across the servers of one API so the cap is for the whole process.
    void setConnectionCounter(std::atomic<int> *counter) { m_open = counter; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    TransportLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    std::atomic<int> m_ownCounter{0};
    std::atomic<int> *m_open = &m_ownCounter;
};

} // namespace keyward
