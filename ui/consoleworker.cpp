// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleworker.h"

#include <QSemaphore>

namespace keyward {

ConsoleWorker::ConsoleWorker(QObject *parent) : QObject(parent), m_executor(new QObject)
{
    m_thread.setObjectName(QStringLiteral("keyward-console-worker"));
    m_executor->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_executor, &QObject::deleteLater);
    m_thread.start();
}

ConsoleWorker::~ConsoleWorker()
{
    m_thread.quit(); // tasks already queued run first
    m_thread.wait();
}

void ConsoleWorker::post(std::function<void()> task)
{
    ++m_posted;
    if (m_pending++ == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(
        m_executor,
        [this, task = std::move(task)] {
            task();
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (--m_pending == 0)
                        emit busyChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ConsoleWorker::waitForIdle()
{
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_executor, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

} // namespace keyward
