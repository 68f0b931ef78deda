// SPDX-License-Identifier: GPL-3.0-or-later
// One line per answered request (server.access_log: off, stderr or a file), written without
// blocking request threads: a line is formatted on the request's thread and handed to a writer
// thread, which writes what has gathered in one write(2). When the writer falls far behind,
// lines are dropped and counted rather than making requests wait.
//
// A line: time, client address, method, path (never the query: it may carry secrets), status,
// body bytes, milliseconds. No headers, bodies or tokens.
//
// Threads: log() from any thread; the writer is a std::thread of its own, stopped by the
// destructor after writing what is queued.
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace keyward {

struct AccessLogEntry {
    QByteArrayView method;
    QStringView path;
    QStringView clientAddress;
    int status = 0;
    qint64 bytes = 0;
    double milliseconds = 0;
};

class AccessLog {
public:
    // destination: "off", "stderr" or a file path (opened for appending, created 0640).
    explicit AccessLog(const QString &destination);
    ~AccessLog();
    AccessLog(const AccessLog &) = delete;
    AccessLog &operator=(const AccessLog &) = delete;

    // False when the destination is a file that cannot be opened (errorString() says why).
    bool isOpen() const { return m_fd >= 0 || !m_enabled; }
    QString errorString() const { return m_error; }
    bool enabled() const { return m_enabled; }

    void log(const AccessLogEntry &entry);
    // Writes what is queued and stops the writer; later lines are dropped. Any thread, once.
    void close();
    // Lines dropped because the writer could not keep up.
    quint64 dropped() const;
    // Waits until every line logged so far is written (tests, shutdown).
    void flush();

    static QByteArray format(const AccessLogEntry &entry, qint64 epochMs);
    static void appendLine(QByteArray &line, const AccessLogEntry &entry, qint64 epochMs);
    static constexpr size_t kMaxQueuedBytes = 8 * 1024 * 1024;
    // The writer writes when this much is queued, or every kBatchInterval, or on flush().
    static constexpr qsizetype kBatchBytes = 64 * 1024;
    static constexpr std::chrono::milliseconds kBatchInterval{20};

private:
    void run();

    bool m_enabled = false;
    int m_fd = -1;
    bool m_ownsFd = false;
    QString m_error;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_written;
    QByteArray m_queue; // lines waiting for the writer
    quint64 m_queuedLines = 0;
    quint64 m_writtenLines = 0;
    quint64 m_dropped = 0;
    bool m_stopping = false;
    bool m_flushWanted = false;
    std::thread m_writer;
};

} // namespace keyward
