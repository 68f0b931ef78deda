// SPDX-License-Identifier: GPL-3.0-or-later
// The periodic jobs of a serving installation: key retirement and scheduled rotation, purges of
// ended sessions and stale revocations. Several servers on one PostgreSQL database run them once
// between them: a run holds a PostgreSQL advisory lock, and a server that cannot take it skips
// that run (the holder is doing the work). On SQLite there is one server per file; it just runs.
//
// Threads: start() runs the jobs on a thread of their own ("housekeeping"), never on the
// caller's — the console's GUI thread stays free while a purge runs. runOnce() runs on the
// calling thread (tests, the CLI).
#pragma once

#include <QObject>
#include <QThread>

#include <memory>

namespace keyward {

class Backend;

class Housekeeping : public QObject {
    Q_OBJECT
public:
    // The backend must have started its tokens (Backend::startTokens).
    explicit Housekeeping(std::shared_ptr<Backend> backend, QObject *parent = nullptr);
    ~Housekeeping() override;

    enum class Outcome { Ran, Skipped, Failed };
    Outcome runOnce();
    // On the housekeeping thread: once now and then every interval, until stop().
    void start(std::chrono::milliseconds interval = std::chrono::minutes(1));
    // Waits for a run in progress to finish.
    void stop();

    // The advisory lock's key: "keyward" in ASCII, unlikely to meet another application's.
    static constexpr qint64 kLockKey = 0x6b6579776172640LL;

signals:
    // After each scheduled run, emitted on the housekeeping thread.
    void ran(keyward::Housekeeping::Outcome outcome);

private:
    void runJobs();

    std::shared_ptr<Backend> m_backend;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, with the timer; deleted there by stop()
};

} // namespace keyward
