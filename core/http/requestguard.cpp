#include "requestguard.h"

#include "common/logging.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace keyward {

namespace {
constexpr qsizetype kMaxChunkLine = 1024;
constexpr int kLingerMs = 2000;
constexpr qint64 kLingerBytes = 16 * 1024 * 1024;
} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, const TransportLimits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits)
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
        refuse(408, "Request Timeout", "request_timeout", "the request did not arrive in time");
    });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Idle)
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
    m_idleTimer.start(m_limits.idleTimeoutMs);
    const QByteArray bytes = m_socket->peek(m_socket->bytesAvailable());
    if (!consume(bytes))
        return;
}

bool RequestGuard::consume(QByteArrayView bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        switch (m_state) {
        case State::Idle:
            m_state = State::Head;
            m_buffer.clear();
            m_readTimer.start(m_limits.readTimeoutMs);
            break;
        case State::Head: {
            const qsizetype take = qMin(bytes.size() - at, m_limits.maxHeaderBytes + 4 - m_buffer.size());
            const qsizetype before = m_buffer.size();
            m_buffer.append(bytes.sliced(at, take));
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > m_limits.maxHeaderBytes) {
                    refuse(431, "Request Header Fields Too Large", "invalid_request",
                           "the request headers are too large");
                    return false;
                }
                at += take;
                break;
            }
            at += end + 4 - before;
            m_buffer.truncate(end + 4);
            if (!headComplete())
                return false;
            break;
        }
        case State::Body: {
            const qint64 take = qMin<qint64>(bytes.size() - at, m_remaining);
            m_remaining -= take;
            at += take;
            if (m_remaining == 0)
                requestComplete();
            break;
        }
        case State::ChunkSize:
        case State::Trailer: {
            const qsizetype newline = bytes.indexOf('\n', at);
            const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
            m_buffer.append(bytes.sliced(at, end - at));
            at = end;
            if (m_buffer.size() > kMaxChunkLine) {
                refuse(400, "Bad Request", "invalid_request", "malformed chunked body");
                return false;
            }
            if (!m_buffer.endsWith('\n'))
                break;
            const QByteArray line = m_buffer.trimmed();
            m_buffer.clear();
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    requestComplete();
            } else if (!chunkSizeLine(line)) {
                return false;
            }
            break;
        }
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(bytes.size() - at, m_remaining);
            m_remaining -= take;
            at += take;
            if (m_remaining == 0)
                m_state = State::ChunkSize;
            break;
        }
        }
    }
    return true;
}

bool RequestGuard::headComplete()
{
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool transferEncoding = false;
    const QList<QByteArray> lines = m_buffer.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // RFC 9112 §6.3: differing lengths (also a list, also 0 then N) are unrecoverable framing.
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength && length != *contentLength)) {
                refuse(400, "Bad Request", "invalid_request", "invalid Content-Length");
                return false;
            }
            contentLength = length;
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
            chunked = value.toLower().contains("chunked");
        }
    }
    // RFC 9112 §6.1: both framings in one request is how requests are smuggled; refuse and close.
    if (transferEncoding && contentLength) {
        refuse(400, "Bad Request", "invalid_request", "Content-Length and Transfer-Encoding together");
        return false;
    }
    if (transferEncoding && !chunked) {
        refuse(400, "Bad Request", "invalid_request", "only chunked Transfer-Encoding is understood");
        return false;
    }
    m_buffer.clear();
    if (contentLength.value_or(0) > m_limits.maxBodyBytes) {
        refuse(413, "Payload Too Large", "payload_too_large", "the request body is over the limit");
        return false;
    }
    m_bodyBytes = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength.value_or(0) > 0) {
        m_state = State::Body;
        m_remaining = *contentLength;
    } else {
        requestComplete();
    }
    return true;
}

bool RequestGuard::chunkSizeLine(const QByteArray &line)
{
    bool ok = false;
    const qint64 size = line.split(';').first().trimmed().toLongLong(&ok, 16);
    if (!ok || size < 0) {
        refuse(400, "Bad Request", "invalid_request", "malformed chunked body");
        return false;
    }
    m_bodyBytes += size;
    if (m_bodyBytes > m_limits.maxBodyBytes) {
        refuse(413, "Payload Too Large", "payload_too_large", "the request body is over the limit");
        return false;
    }
    if (size == 0) {
        m_state = State::Trailer;
    } else {
        m_state = State::ChunkData;
        m_remaining = size + 2; // the data and its CRLF
    }
    return true;
}

void RequestGuard::requestComplete()
{
    m_state = State::Idle;
    m_readTimer.stop();
    m_idleTimer.start(m_limits.idleTimeoutMs);
}

void RequestGuard::refuse(int status, const QByteArray &reason, const QByteArray &code, const QByteArray &message)
{
    if (m_refused)
        return;
    m_refused = true;
    m_readTimer.stop();
    m_idleTimer.stop();
    m_socket->readAll(); // QHttpServer never sees this request
    const QByteArray body = "{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    qCInfo(lcHttp).noquote() << "refused a request with" << status << "from" << m_socket->peerAddress().toString();
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
