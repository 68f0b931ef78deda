// SPDX-License-Identifier: GPL-3.0-or-later
// The periodic jobs of a serving installation: key retirement and scheduled rotation, purges of
// ended sessions and stale revocations. Several servers on one PostgreSQL database run them once
// between them: a run holds a PostgreSQL advisory lock, and a server that cannot take it skips
// that run (the holder is doing the work). On SQLite there is one server per file; it just runs.
#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace keyward {

class Backend;

class Housekeeping : public QObject {
public:
    // The backend must have started its tokens (Backend::startTokens).
    explicit Housekeeping(std::shared_ptr<Backend> backend, QObject *parent = nullptr);

    enum class Outcome { Ran, Skipped, Failed };
    Outcome runOnce();
    // Runs once now and then every interval.
    void start(std::chrono::milliseconds interval = std::chrono::minutes(1));

    // The advisory lock's key: "keyward" in ASCII, unlikely to meet another application's.
    static constexpr qint64 kLockKey = 0x6b6579776172640LL;

private:
    void runJobs();

    std::shared_ptr<Backend> m_backend;
    QTimer m_timer;
};

} // namespace keyward
