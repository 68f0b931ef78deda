// SPDX-License-Identifier: GPL-3.0-or-later
// Watches one connection's bytes as they arrive, before QHttpServer reads them, and enforces
// the transport limits: framing and sizes through RequestFraming, time through its timers.
//
// It peeks at what is unread when readyRead fires, before QHttpServer's own slot; QHttpServer
// 6.4 then reads everything available, so each byte is seen here once.
//
// Threads: lives on its connection's thread, as a child of the socket.
#pragma once

#include "guardedtcpserver.h"
#include "requestframing.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace keyward {

class RequestGuard : public QObject {
    Q_OBJECT
public:
    RequestGuard(QTcpSocket *socket, const TransportLimits &limits);

private:
    void inspect();
    void refuse(const FramingRefusal &refusal);
    // RFC 9112 §9.6: after a refusal, stop writing but keep reading and discarding (bounded in
    // time and bytes) before closing, so a client still sending its body reads the answer
    // instead of a reset.
    void linger();
    void shutdownWriting();

    QTcpSocket *m_socket;
    TransportLimits m_limits;
    RequestFraming m_framing;
    bool m_refused = false;
    bool m_sawBytes = false; // a connection that never says anything is closed at the read timeout
    qint64 m_discarded = 0; // while lingering
    QTimer m_readTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
};

} // namespace keyward
