// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelistener.h"

#include "common/logging.h"
#include "database.h"
#include "sqlstatement.h"
#include "storageerror.h"

#include <QSqlDriver>
#include <QTimer>

namespace keyward {

class ChangeListener::Worker : public QObject {
public:
    Worker(Database &database, Callback callback, ChangeListener &owner)
        : m_database(database), m_callback(std::move(callback)), m_listening(owner.m_listening),
          m_subscriptions(owner.m_subscriptions)
    { }

    void start()
    {
        m_healthCheck = new QTimer(this);
        connect(m_healthCheck, &QTimer::timeout, this, &Worker::check);
        m_healthCheck->start(kHealthCheckMs);
        check();
    }

private:
    void check()
    {
        try {
            QSqlDatabase db = m_database.connection(); // a new connection after a failure
            // Ask the server, not the driver: after a reconnect the driver still believes it
            // listens, but the new session does not.
            const bool listening = SqlStatement(db,
                                                QStringLiteral("SELECT COUNT(*) FROM pg_listening_channels() AS c "
                                                               "WHERE c = :channel"))
                                       .bind(QStringLiteral(":channel"), ChangeFeed::channel())
                                       .scalar()
                                       .toInt()
                > 0;
            if (!listening)
                subscribe(db);
        } catch (const StorageError &error) {
            if (m_listening.exchange(false))
                qCWarning(lcStorage) << "change feed lost; polling until it is back:" << error.what();
        }
    }

    void subscribe(QSqlDatabase &db)
    {
        QSqlDriver *driver = db.driver();
        if (driver->subscribedToNotifications().contains(ChangeFeed::channel()))
            driver->unsubscribeFromNotification(ChangeFeed::channel()); // drops the dead socket's notifier
        connect(driver, &QSqlDriver::notification, this, &Worker::notified, Qt::UniqueConnection);
        if (!driver->subscribeToNotification(ChangeFeed::channel()))
            throw StorageError(StorageError::Kind::Unavailable, QStringLiteral("cannot LISTEN for changes"));
        m_listening = true;
        ++m_subscriptions;
        qCInfo(lcStorage) << "following the change feed of" << m_database.config().displayName();
        // Whatever changed while nobody listened is read now.
        for (const ChangeFeed::Topic topic :
             {ChangeFeed::Topic::Revocations, ChangeFeed::Topic::Keys, ChangeFeed::Topic::Access})
            m_callback(topic);
    }

    void notified(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        if (name != ChangeFeed::channel())
            return;
        if (const auto topic = ChangeFeed::topicOf(payload.toString()))
            deliver(*topic);
    }

    void deliver(ChangeFeed::Topic topic)
    {
        try {
            m_callback(topic);
        } catch (const StorageError &error) {
            qCWarning(lcStorage) << "cannot follow a change:" << error.what();
        }
    }

    Database &m_database;
    Callback m_callback;
    std::atomic<bool> &m_listening;
    std::atomic<int> &m_subscriptions;
    QTimer *m_healthCheck = nullptr;
};

ChangeListener::ChangeListener(Database &database, Callback callback)
    : m_worker(new Worker(database, std::move(callback), *this))
{
    m_thread.setObjectName(QStringLiteral("keyward-changes"));
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_worker, [worker = m_worker] { worker->start(); });
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ChangeListener::~ChangeListener()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace keyward
