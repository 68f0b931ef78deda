// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP/1.1 request framing (RFC 9112 §6), just enough to know where each request on a
// connection ends and to refuse what must not be read: a head over the limit, a body over the
// limit (Content-Length or chunked), ambiguous framing. No sockets: RequestGuard feeds it the
// bytes as they arrive, and the fuzz target feeds it anything.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace keyward {

struct FramingRefusal {
    int status;
    QByteArray reason; // the status line's phrase
    QByteArray code; // the contract's error code
    QByteArray message;
};

class RequestFraming {
public:
    RequestFraming(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    // Consumes the next bytes of the stream, each byte once. After a refusal, nothing more.
    std::optional<FramingRefusal> feed(QByteArrayView bytes);

    // Applies from the next request on.
    void setMaxBodyBytes(qint64 maxBodyBytes) { m_maxBodyBytes = maxBodyBytes; }
    // Between requests (nothing of the next one seen yet).
    bool idle() const { return m_state == State::Idle; }
    // Requests whose last byte has been seen.
    quint64 completed() const { return m_completed; }
    // Requests whose first byte has been seen.
    quint64 started() const { return m_started; }

private:
    enum class State { Idle, Head, Body, ChunkSize, ChunkData, Trailer, Refused };

    std::optional<FramingRefusal> headComplete();
    std::optional<FramingRefusal> chunkSizeLine(const QByteArray &line);
    std::optional<FramingRefusal> refuse(FramingRefusal refusal);
    void requestComplete();

    qint64 m_maxHeaderBytes;
    qint64 m_maxBodyBytes;
    State m_state = State::Idle;
    QByteArray m_buffer; // the head or a chunk-size line being collected
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    quint64 m_started = 0;
    quint64 m_completed = 0;
};

} // namespace keyward
