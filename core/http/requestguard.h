// Watches one connection's bytes as they arrive, before QHttpServer reads them, and enforces
// the transport limits. Parses just enough HTTP/1.1 framing to know where each request ends.
#pragma once

#include "guardedtcpserver.h"

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
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, Trailer };

    void inspect();
    // Consumes bytes of the stream; false when the connection was refused.
    bool consume(QByteArrayView bytes);
    bool headComplete();
    bool chunkSizeLine(const QByteArray &line);
    void requestComplete();
    void refuse(int status, const QByteArray &reason, const QByteArray &code, const QByteArray &message);
    // RFC 9112 §9.6: after a refusal, stop writing but keep reading and discarding (bounded in
    // time and bytes) before closing, so a client still sending its body reads the answer
    // instead of a reset.
    void linger();
    void shutdownWriting();

    QTcpSocket *m_socket;
    TransportLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_buffer; // the head or a chunk-size line being collected
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    bool m_refused = false;
    bool m_sawBytes = false; // a connection that never says anything is closed at the read timeout
    qint64 m_discarded = 0; // while lingering
    QTimer m_readTimer;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
};

} // namespace keyward
