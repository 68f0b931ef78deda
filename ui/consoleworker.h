// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the console's database, hashing and signing work on a thread of its own, one task
// after another, and hands each result back on the GUI thread. The GUI thread never waits on
// the database: a slow query delays the answer, not the window.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <stdexcept>

namespace keyward {

class ConsoleWorker : public QObject {
    Q_OBJECT
public:
    explicit ConsoleWorker(QObject *parent = nullptr);
    ~ConsoleWorker() override;

    // work runs on the worker thread; done (or failed, with the exception's message) runs on
    // receiver's thread, unless receiver is gone by then.
    template <typename Result>
    void run(QObject *receiver, std::function<Result()> work, std::function<void(Result)> done,
             std::function<void(const QString &)> failed = {})
    {
        post([receiver = QPointer<QObject>(receiver), work = std::move(work), done = std::move(done),
              failed = std::move(failed)] {
            try {
                Result result = work();
                if (receiver)
                    QMetaObject::invokeMethod(
                        receiver, [done, result] { done(result); }, Qt::QueuedConnection);
            } catch (const std::exception &error) {
                const QString message = QString::fromUtf8(error.what());
                if (receiver && failed)
                    QMetaObject::invokeMethod(
                        receiver, [failed, message] { failed(message); }, Qt::QueuedConnection);
            }
        });
    }

    // Blocks until every task posted so far has run (tests, and shutting down).
    void waitForIdle();
    // Tasks posted since start (GUI thread).
    quint64 posted() const { return m_posted; }

signals:
    void busyChanged(bool busy);

private:
    void post(std::function<void()> task);

    QThread m_thread;
    QObject *m_executor = nullptr; // lives on m_thread
    int m_pending = 0; // GUI-thread count of tasks not yet finished
    quint64 m_posted = 0;
};

} // namespace keyward
