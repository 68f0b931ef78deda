// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include "common/logging.h"
#include "connectioncounts.h"
#include "ratelimiter.h"
#include "requestguard.h"
#include "responseorder.h"

#include <QSslSocket>

namespace keyward {

GuardedTcpServer::GuardedTcpServer(TransportLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(std::move(limits)), m_ownCounts(std::make_unique<ConnectionCounts>()),
      m_counts(m_ownCounts.get())
{ }

GuardedTcpServer::~GuardedTcpServer() = default;

namespace {

QString addressOf(const QTcpSocket &socket)
{
    QHostAddress peer = socket.peerAddress();
    bool mapped = false;
    const QHostAddress v4(peer.toIPv4Address(&mapped)); // ::ffff:a.b.c.d is a.b.c.d
    return mapped ? v4.toString() : peer.toString();
}

// Under TLS nothing can be written before the handshake: the connection is just closed.
void refuseConnection(QTcpSocket *socket, const QByteArray &response, bool tls)
{
    if (!tls)
        socket->write(response);
    socket->disconnectFromHost();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString peer = addressOf(*socket);
    TransportLimits limits = m_limits;
    if (limits.update)
        limits.update(limits);
    const int perAddress = limits.unlimitedAddresses.contains(peer) ? 0 : limits.maxConnectionsPerAddress;
    // What the per-address cap counts: a client's /64; an unlimited address (a trusted proxy) alone.
    const QString address = perAddress == 0 ? peer : RateLimiter::networkOf(peer);
    switch (m_counts->tryOpen(address, limits.maxConnections, perAddress)) {
    case ConnectionCounts::Verdict::TooManyInAll:
        qCWarning(lcHttp) << "connection limit reached; refusing" << address;
        refuseConnection(socket,
                         "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n"
                         "Content-Length: 0\r\n\r\n",
                         m_tls.has_value());
        return;
    case ConnectionCounts::Verdict::TooManyFromAddress: {
        qCWarning(lcHttp) << "too many connections from" << address << "; refusing one more";
        static const QByteArray body = "{\"error\":\"rate_limited\",\"message\":\"too many open connections from "
                                       "this address\"}";
        refuseConnection(socket,
                         "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nConnection: close\r\n"
                         "Content-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                         m_tls.has_value());
        return;
    }
    case ConnectionCounts::Verdict::Open:
        break;
    }
    ConnectionCounts *counts = m_counts;
    connect(socket, &QObject::destroyed, this, [counts, address] { counts->close(address); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    new RequestGuard(socket, limits);
    new ResponseOrder(socket);
    if (m_tls) {
        auto *tls = static_cast<QSslSocket *>(socket);
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
    addPendingConnection(socket);
}

} // namespace keyward
