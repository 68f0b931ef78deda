// SPDX-License-Identifier: GPL-3.0-or-later
// Follows the change feed (changefeed.h) of a PostgreSQL database: LISTEN on a connection of
// its own, on a thread of its own (notifications arrive through that thread's event loop).
// The callback runs on that thread. A health check every second notices a lost
// connection and subscribes again; after every (re)subscription the callback hears every
// topic, since notifications sent while nobody listened are gone.
#pragma once

#include "changefeed.h"

#include <QThread>

#include <atomic>
#include <functional>

namespace keyward {

class Database;

class ChangeListener {
public:
    using Callback = std::function<void(ChangeFeed::Topic)>;

    ChangeListener(Database &database, Callback callback);
    ~ChangeListener();
    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

    // Whether notifications are flowing now (false while the database is unreachable).
    bool isListening() const { return m_listening.load(); }
    // How often it has subscribed: more than once after the connection was replaced.
    int subscriptions() const { return m_subscriptions.load(); }

    static constexpr int kHealthCheckMs = 1000;

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    std::atomic<bool> m_listening{false};
    std::atomic<int> m_subscriptions{0};
};

} // namespace keyward
