// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the requests that hash passwords (login, registration, password changes) on their own
// bounded pool of threads, off the request threads: a login flood then costs CPU but never
// holds a request thread, so token checks keep answering. When the queue is full the request
// is refused at once (503 with Retry-After) instead of piling up memory.
#pragma once

#include <QThreadPool>

#include <atomic>
#include <functional>

namespace keyward {

class PasswordWorkPool {
public:
    PasswordWorkPool(int threads, int maxQueued);
    ~PasswordWorkPool();

    // False when maxQueued requests are already waiting or running.
    bool trySubmit(std::function<void()> work);
    void waitForDone();

private:
    QThreadPool m_pool;
    std::atomic<int> m_pending{0};
    int m_maxQueued;
};

} // namespace keyward
