// SPDX-License-Identifier: GPL-3.0-or-later
#include "accesslog.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace keyward {

namespace {

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// Control characters and quotes in a path or address cannot forge or break a line.
void appendEscaped(QByteArray &out, char c)
{
    if (uchar(c) < 0x20 || c == '"' || c == '\\' || uchar(c) == 0x7f) {
        static const char hex[] = "0123456789abcdef";
        out += "\\x";
        out += hex[uchar(c) >> 4];
        out += hex[uchar(c) & 0xf];
    } else {
        out += c;
    }
}

void appendEscaped(QByteArray &out, QByteArrayView text)
{
    for (const char c : text)
        appendEscaped(out, c);
}

void appendEscaped(QByteArray &out, QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) { // rare in a path or an address: the slow way
            appendEscaped(out, QByteArrayView(text.toUtf8()));
            return;
        }
    }
    for (const QChar c : text) // ASCII: no conversion to allocate
        appendEscaped(out, char(c.unicode()));
}

} // namespace

AccessLog::AccessLog(const QString &destination)
{
    if (destination.isEmpty() || destination == QLatin1String("off"))
        return;
    m_enabled = true;
    if (destination == QLatin1String("stderr")) {
        m_fd = STDERR_FILENO;
    } else {
        m_fd = ::open(QFile::encodeName(destination).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
        m_ownsFd = m_fd >= 0;
        if (m_fd < 0) {
            m_error = QStringLiteral("cannot open the access log %1: %2")
                          .arg(destination, QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
    }
    m_writer = std::thread([this] { run(); });
}

AccessLog::~AccessLog()
{
    close();
}

void AccessLog::close()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_writer.joinable())
        m_writer.join();
    if (m_ownsFd)
        ::close(m_fd); // m_fd keeps its number: log() never uses it, and sees m_stopping first
}

QByteArray AccessLog::format(const AccessLogEntry &entry, qint64 epochMs)
{
    QByteArray line;
    appendLine(line, entry, epochMs);
    return line;
}

void AccessLog::appendLine(QByteArray &line, const AccessLogEntry &entry, qint64 epochMs)
{
    // Formatting a date is the dear part of a line: each thread does it once a second.
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedPrefix; // "2026-11-30T03:36:22."
    if (epochMs / 1000 != cachedSecond) {
        cachedSecond = epochMs / 1000;
        cachedPrefix = QDateTime::fromSecsSinceEpoch(cachedSecond, QTimeZone::utc())
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."))
                           .toLatin1();
    }
    line += cachedPrefix;
    const int millis = int(epochMs % 1000);
    line += char('0' + millis / 100);
    line += char('0' + millis / 10 % 10);
    line += char('0' + millis % 10);
    line += "Z ";
    appendEscaped(line, entry.clientAddress);
    line += " \"";
    appendEscaped(line, entry.method);
    line += ' ';
    appendEscaped(line, entry.path);
    line += "\" ";
    appendNumber(line, entry.status);
    line += ' ';
    appendNumber(line, entry.bytes);
    line += ' ';
    appendNumber(line, qint64(entry.milliseconds));
    line += '.';
    line += char('0' + int(entry.milliseconds * 10) % 10);
    line += "ms\n";
}

void AccessLog::log(const AccessLogEntry &entry)
{
    if (!m_enabled || m_fd < 0)
        return;
    thread_local QByteArray line; // formatted here, on the request's thread, into its own buffer
    line.resize(0); // keeps what it has allocated
    appendLine(line, entry, QDateTime::currentMSecsSinceEpoch());
    bool wake = false;
    {
        std::lock_guard lock(m_mutex); // held for an append, never for I/O
        if (m_stopping) // closed: a request that took this log just before it was replaced
            return;
        if (size_t(m_queue.size()) + size_t(line.size()) > kMaxQueuedBytes) {
            ++m_dropped;
            return;
        }
        // The writer is woken when a batch is full, else it looks every kBatchInterval: no
        // wake-up (a futex call and a context switch) per request.
        wake = m_queue.size() < kBatchBytes && m_queue.size() + line.size() >= kBatchBytes;
        // Bytes copied, never the line's buffer shared: no reference count crosses threads.
        m_queue.append(line.constData(), line.size());
        ++m_queuedLines;
    }
    if (wake)
        m_wake.notify_one();
}

quint64 AccessLog::dropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

void AccessLog::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_queuedLines;
    m_flushWanted = true;
    m_wake.notify_one();
    m_written.wait(lock, [&] { return m_writtenLines >= target || !m_writer.joinable(); });
}

void AccessLog::run()
{
    QByteArray batch;
    for (;;) {
        quint64 lines = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, kBatchInterval,
                            [this] { return m_stopping || m_flushWanted || m_queue.size() >= kBatchBytes; });
            m_flushWanted = false;
            if (m_queue.isEmpty() && m_stopping)
                return;
            batch.swap(m_queue);
            lines = m_queuedLines - m_writtenLines;
        }
        qsizetype at = 0;
        while (at < batch.size()) {
            const ssize_t n = ::write(m_fd, batch.constData() + at, size_t(batch.size() - at));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break; // the destination is gone: these lines are lost, serving goes on
            at += n;
        }
        batch.resize(0); // handed back to the loggers with its capacity at the next swap
        {
            std::lock_guard lock(m_mutex);
            m_writtenLines += lines;
        }
        m_written.notify_all();
    }
}

} // namespace keyward
