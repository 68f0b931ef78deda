// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestframing.h"

#include <QList>

namespace keyward {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;

FramingRefusal badRequest(const QByteArray &message)
{
    return {400, "Bad Request", "invalid_request", message};
}

FramingRefusal tooLarge()
{
    return {413, "Payload Too Large", "payload_too_large", "the request body is over the limit"};
}

} // namespace

RequestFraming::RequestFraming(qint64 maxHeaderBytes, qint64 maxBodyBytes)
    : m_maxHeaderBytes(maxHeaderBytes), m_maxBodyBytes(maxBodyBytes)
{ }

std::optional<FramingRefusal> RequestFraming::refuse(FramingRefusal refusal)
{
    m_state = State::Refused;
    m_buffer.clear();
    return refusal;
}

void RequestFraming::requestComplete()
{
    m_state = State::Idle;
    ++m_completed;
}

std::optional<FramingRefusal> RequestFraming::feed(QByteArrayView bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        switch (m_state) {
        case State::Refused:
            return std::nullopt;
        case State::Idle:
            m_state = State::Head;
            m_buffer.clear();
            ++m_started;
            break;
        case State::Head: {
            const qsizetype take = qMin(bytes.size() - at, m_maxHeaderBytes + 4 - m_buffer.size());
            const qsizetype before = m_buffer.size();
            m_buffer.append(bytes.sliced(at, take));
            // The end may straddle two reads: search from a little before the new bytes.
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            // RFC 9112 §2.2: lines end in CRLF. A bare LF is where parsers disagree on where a
            // head ends (QHttpServer's accepts it), so it is refused rather than guessed at.
            for (qsizetype i = before; i < (end < 0 ? m_buffer.size() : end + 4); ++i) {
                if (m_buffer.at(i) == '\n' && (i == 0 || m_buffer.at(i - 1) != '\r'))
                    return refuse(badRequest("header lines must end in CRLF"));
            }
            if (end < 0) {
                // A head may be maxHeaderBytes plus its closing CRLFCRLF, however it is split.
                if (m_buffer.size() >= m_maxHeaderBytes + 4)
                    return refuse({431, "Request Header Fields Too Large", "invalid_request",
                                   "the request headers are too large"});
                at += take;
                break;
            }
            at += end + 4 - before;
            m_buffer.truncate(end + 4);
            if (auto refused = headComplete())
                return refused;
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
            if (m_buffer.size() > kMaxChunkLine)
                return refuse(badRequest("malformed chunked body"));
            if (!m_buffer.endsWith('\n'))
                break;
            const QByteArray line = m_buffer.trimmed();
            m_buffer.clear();
            if (m_state == State::Trailer) {
                if (line.isEmpty())
                    requestComplete();
            } else if (auto refused = chunkSizeLine(line)) {
                return refused;
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
    return std::nullopt;
}

std::optional<FramingRefusal> RequestFraming::headComplete()
{
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool transferEncoding = false;
    const QList<QByteArray> lines = m_buffer.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &raw = lines[i];
        if (raw.startsWith(' ') || raw.startsWith('\t')) // RFC 9112 §5.2: obsolete line folding
            return refuse(badRequest("folded header lines are not accepted"));
        const QByteArray line = raw.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray rawName = line.left(colon);
        if (rawName != rawName.trimmed()) // RFC 9112 §5.1: no white space before the colon
            return refuse(badRequest("white space between a header name and its colon"));
        const QByteArray name = rawName.toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            // RFC 9112 §6.3: differing lengths (also 0 then N) are unrecoverable framing.
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength && length != *contentLength))
                return refuse(badRequest("invalid Content-Length"));
            contentLength = length;
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
            chunked = value.toLower().contains("chunked");
        }
    }
    // RFC 9112 §6.1: both framings in one request is how requests are smuggled.
    if (transferEncoding && contentLength)
        return refuse(badRequest("Content-Length and Transfer-Encoding together"));
    if (transferEncoding && !chunked)
        return refuse(badRequest("only chunked Transfer-Encoding is understood"));
    m_buffer.clear();
    if (contentLength.value_or(0) > m_maxBodyBytes)
        return refuse(tooLarge());
    m_bodyBytes = 0;
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength.value_or(0) > 0) {
        m_state = State::Body;
        m_remaining = *contentLength;
    } else {
        requestComplete();
    }
    return std::nullopt;
}

std::optional<FramingRefusal> RequestFraming::chunkSizeLine(const QByteArray &line)
{
    bool ok = false;
    const qint64 size = line.split(';').first().trimmed().toLongLong(&ok, 16);
    if (!ok || size < 0)
        return refuse(badRequest("malformed chunked body"));
    if (size > m_maxBodyBytes - m_bodyBytes) // never adds past the limit, so never overflows
        return refuse(tooLarge());
    m_bodyBytes += size;
    if (size == 0) {
        m_state = State::Trailer;
    } else {
        m_state = State::ChunkData;
        m_remaining = size + 2; // the data and its CRLF
    }
    return std::nullopt;
}

} // namespace keyward
