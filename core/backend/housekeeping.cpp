// SPDX-License-Identifier: GPL-3.0-or-later
#include "housekeeping.h"

#include "auth/invitationservice.h"
#include "auth/keyservice.h"
#include "auth/loginthrottle.h"
#include "auth/mfaservice.h"
#include "auth/oidcservice.h"
#include "auth/revocationservice.h"
#include "auth/sessionservice.h"
#include "auth/statistics.h"
#include "backend.h"
#include "common/logging.h"
#include "mail/mailoutbox.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"

#include <QScopeGuard>
#include <QTimer>

namespace keyward {

Housekeeping::Housekeeping(std::shared_ptr<Backend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend))
{
    m_thread.setObjectName(QStringLiteral("housekeeping"));
}

Housekeeping::~Housekeeping()
{
    stop();
}

void Housekeeping::start(std::chrono::milliseconds interval)
{
    if (m_worker)
        return;
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [this, interval] {
        auto *timer = new QTimer(m_worker);
        connect(timer, &QTimer::timeout, m_worker, [this] { emit ran(runOnce()); });
        timer->start(interval);
        emit ran(runOnce());
    });
}

void Housekeeping::stop()
{
    if (!m_worker)
        return;
    m_thread.requestInterruption(); // a long purge stops at its next batch
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

Housekeeping::Outcome Housekeeping::runOnce()
{
    Database &database = m_backend->database();
    try {
        if (!database.dialect().hasAdvisoryLocks()) {
            runJobs();
            return Outcome::Ran;
        }
        // A session lock, not a transaction's: each job keeps its own short transactions, and
        // the lock goes with the connection if this process dies mid-run.
        const QSqlDatabase db = database.connection();
        if (!SqlStatement(db, QStringLiteral("SELECT pg_try_advisory_lock(:key)"))
                 .bind(QStringLiteral(":key"), kLockKey)
                 .scalar()
                 .toBool()) {
            qCDebug(lcStorage) << "housekeeping: another server is running it";
            return Outcome::Skipped;
        }
        const auto unlock = qScopeGuard([&database] {
            try {
                SqlStatement(database.connection(), QStringLiteral("SELECT pg_advisory_unlock(:key)"))
                    .bind(QStringLiteral(":key"), kLockKey)
                    .exec();
            } catch (const StorageError &error) {
                qCWarning(lcStorage) << "housekeeping: cannot release its lock:" << error.what();
            }
        });
        runJobs();
        return Outcome::Ran;
    } catch (const StorageError &error) {
        qCWarning(lcStorage) << "housekeeping:" << error.what();
        return Outcome::Failed;
    }
}

void Housekeeping::runJobs()
{
    m_backend->keys().runSchedule();
    m_backend->sessions().recountActive(); // before the purge: a purged session leaves the count first
    m_backend->sessions().purgeEnded();
    m_backend->sessions().purgeRotatedTokens();
    m_backend->oidc().purgeExpiredCodes();
    m_backend->mfa().purgeExpired(); // and the mailed links' tokens
    m_backend->invitations().purgeExpired();
    m_backend->mail().purgeFinished();
    m_backend->statistics().purgeOldCounts();
    m_backend->revocations().purgeExpired();
    m_backend->loginThrottle().purge();
}

} // namespace keyward
