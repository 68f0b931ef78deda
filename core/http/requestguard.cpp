// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestguard.h"

#include "common/logging.h"
#include "responseorder.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace keyward {

namespace {
constexpr int kLingerMs = 2000;
constexpr qint64 kLingerBytes = 16 * 1024 * 1024;
} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, const TransportLimits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits), m_framing(limits.maxHeaderBytes, limits.maxBodyBytes)
{
    // Connected before QHttpServer connects its own slot, so this runs first on every read.
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::inspect);
    m_readTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        if (!m_sawBytes) { // silent since it connected: counts like a slow client, but gets no answer
            m_socket->abort();
            return;
        }
        refuse({408, "Request Timeout", "request_timeout", "the request did not arrive in time"});
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_framing.idle())
            m_socket->disconnectFromHost();
    });
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, m_socket, &QTcpSocket::abort);
    // The first request head must arrive within the read timeout, as every later one must.
    m_readTimer.start(m_limits.readTimeoutMs);
}

void RequestGuard::inspect()
{
    if (m_refused) {
        m_discarded += m_socket->readAll().size(); // nothing more reaches QHttpServer
        if (m_discarded > kLingerBytes)
            m_socket->abort();
        return;
    }
    m_sawBytes = true;
    if (m_limits.update && m_framing.idle()) { // a new request: under the settings in effect now
        m_limits.update(m_limits);
        m_framing.setMaxBodyBytes(m_limits.maxBodyBytes);
    }
    m_idleTimer.start(m_limits.idleTimeoutMs);
    const quint64 startedBefore = m_framing.started();
    const quint64 completedBefore = m_framing.completed();
    // Peeked into a buffer each thread keeps: no allocation per read.
    thread_local QByteArray unread;
    const qint64 available = m_socket->bytesAvailable();
    if (unread.size() < available)
        unread.resize(available);
    const qint64 peeked = m_socket->peek(unread.data(), available);
    if (const auto refusal = m_framing.feed(QByteArrayView(unread.constData(), qMax<qint64>(0, peeked)))) {
        refuse(*refusal);
        return;
    }
    // The read timeout runs from a request's first byte to its last.
    if (m_framing.idle())
        m_readTimer.stop();
    else if (m_framing.started() != startedBefore || m_framing.completed() != completedBefore)
        m_readTimer.start(m_limits.readTimeoutMs);
}

void RequestGuard::refuse(const FramingRefusal &refusal)
{
    if (m_refused)
        return;
    m_refused = true;
    m_readTimer.stop();
    m_idleTimer.stop();
    m_socket->readAll(); // QHttpServer never sees this request
    const QByteArray body = "{\"error\":\"" + refusal.code + "\",\"message\":\"" + refusal.message + "\"}";
    const QByteArray answer = "HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + refusal.reason
        + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    qCInfo(lcHttp).noquote() << "refused a request with" << refusal.status << "from"
                             << m_socket->peerAddress().toString();
    // After every answer still owed for earlier requests (the password pool may hold one).
    if (ResponseOrder *order = ResponseOrder::of(m_socket)) {
        order->fulfil(order->reserve(), answer, true, [this] { linger(); });
        return;
    }
    m_socket->write(answer);
    linger();
}

void RequestGuard::linger()
{
    m_lingerTimer.start(kLingerMs);
    connect(m_socket, &QTcpSocket::disconnected, &m_lingerTimer, &QTimer::stop);
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost(); // TLS has its own close_notify; half-closing under it breaks it
        return;
    }
    m_socket->flush();
    if (m_socket->bytesToWrite() == 0) {
        shutdownWriting();
        return;
    }
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            shutdownWriting();
    });
}

void RequestGuard::shutdownWriting()
{
    // Our side is done (the client sees the end of the answer); theirs may still be sending.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace keyward
