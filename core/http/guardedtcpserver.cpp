#include "guardedtcpserver.h"

#include "common/logging.h"
#include "requestguard.h"

#include <QSslSocket>

namespace keyward {

GuardedTcpServer::GuardedTcpServer(TransportLimits limits, QObject *parent) : QTcpServer(parent), m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open->fetch_add(1) >= m_limits.maxConnections) {
        m_open->fetch_sub(1);
        qCWarning(lcHttp) << "connection limit reached; refusing" << socket->peerAddress().toString();
        socket->write(
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    std::atomic<int> *open = m_open;
    connect(socket, &QObject::destroyed, this, [open] { open->fetch_sub(1); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    new RequestGuard(socket, m_limits);
    if (m_tls) {
        auto *tls = static_cast<QSslSocket *>(socket);
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
    addPendingConnection(socket);
}

} // namespace keyward
