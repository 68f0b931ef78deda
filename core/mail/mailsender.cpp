// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailsender.h"

#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/settingsservice.h"
#include "backend/backend.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/logging.h"
#include "mailoutbox.h"
#include "smtptransport.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QTimer>

namespace keyward {

namespace {

constexpr int kClaimBatch = 10;

} // namespace

MailSender::MailSender(std::shared_ptr<Backend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend))
{
    m_thread.setObjectName(QStringLiteral("mail"));
}

MailSender::~MailSender()
{
    stop();
}

std::chrono::seconds MailSender::backoffAfter(int attempts)
{
    const int doublings = qBound(0, attempts - 1, 6); // 60 s · 2^6 = 64 min: past the hour
    return std::min(std::chrono::seconds(60LL << doublings), std::chrono::seconds(3600));
}

int MailSender::deliverDue()
{
    if (!m_backend->settings()->mail.enabled())
        return 0;
    int sent = 0;
    try {
        for (;;) {
            std::vector<OutboxRecord> due;
            {
                TransactionGuard transaction(m_backend->database());
                const QDateTime now = m_backend->clock().now();
                due = OutboxStore(transaction.connection()).claimDue(now, now.addSecs(kLease.count()), kClaimBatch);
                transaction.commit();
            }
            if (due.empty())
                return sent;
            for (const OutboxRecord &message : due) {
                if (QThread::currentThread()->isInterruptionRequested())
                    return sent; // the rest are claimed: taken again when their lease runs out
                deliver(message);
                sent += 1;
            }
        }
    } catch (const StorageError &error) { // the next look tries again
        qCWarning(lcMail) << "cannot deliver the outbox:" << error.what();
    }
    return sent;
}

std::optional<OutboxRecord> MailSender::deliverNow(qint64 id)
{
    std::optional<OutboxRecord> message;
    {
        TransactionGuard transaction(m_backend->database());
        const QDateTime now = m_backend->clock().now();
        message = OutboxStore(transaction.connection()).claim(id, now, now.addSecs(kLease.count()));
        transaction.commit();
    }
    if (!message)
        return std::nullopt;
    deliver(*message);
    return OutboxStore(m_backend->database().connection()).find(id);
}

void MailSender::deliver(const OutboxRecord &message)
{
    MailOutbox &outbox = m_backend->mail();
    const std::shared_ptr<const Settings> settings = m_backend->settings();
    Status outcome = success();
    const std::optional<QByteArray> mime = outbox.openMime(message);
    const std::optional<QString> password = m_backend->settingsService().revealed(*settings, Setting::MailPassword);
    if (!mime)
        outcome = failure(ErrorCode::MasterKey, QStringLiteral("the message was sealed under another master key"));
    else if (!password)
        outcome = failure(ErrorCode::MasterKey,
                          QStringLiteral("mail.password was sealed under another master key: set it again"));
    else {
        SmtpOptions options;
        options.url = settings->mail.smtpUrl;
        options.requireTls = settings->mail.requireTls;
        options.username = settings->mail.username;
        options.password = *password;
        options.caFile = settings->mail.caFile;
        outcome = SmtpTransport::send(options, outbox.sender(*settings).address, message.recipient, *mime);
    }

    const QDateTime now = m_backend->clock().now();
    TransactionGuard transaction(m_backend->database());
    OutboxStore store(transaction.connection());
    bool failedForGood = false;
    if (outcome) {
        store.markSent(message.id, now);
        qCInfo(lcMail) << "sent message" << message.id << "(" << message.kind << ")";
    } else {
        const QDateTime next = now.addSecs(backoffAfter(message.attempts).count());
        failedForGood = next > message.createdAt.addSecs(kGiveUpAfter.count()) || !mime;
        if (failedForGood) {
            store.markFailed(message.id, outcome.error().message);
            m_backend->audit().record(Actor::system(QStringLiteral("mail")), QStringLiteral("mail.failed"),
                                      message.recipient, AuditOutcome::failure(),
                                      {{QStringLiteral("message"), QString::number(message.id)},
                                       {QStringLiteral("kind"), message.kind},
                                       {QStringLiteral("error"), outcome.error().message}});
        } else {
            store.reschedule(message.id, next, outcome.error().message);
        }
        qCWarning(lcMail).noquote() << QStringLiteral("message %1 (%2) not sent%3: %4")
                                           .arg(message.id)
                                           .arg(message.kind,
                                                failedForGood
                                                    ? QStringLiteral(", given up")
                                                    : QStringLiteral(", again at ") + next.toString(Qt::ISODate),
                                                outcome.error().message);
    }
    m_backend->changeSignals().publishAfterCommit(transaction.connection(), Change::Mail);
    transaction.commit();
    emit delivered(message.id, bool(outcome));
}

void MailSender::start(std::chrono::milliseconds pollInterval)
{
    if (m_worker)
        return;
    if (!m_backend->database().dialect().hasAdvisoryLocks()) {
        // SQLite: this server alone delivers from its file, so a lease left is from its own
        // earlier life (killed mid-delivery): deliver those now, not in five minutes.
        try {
            TransactionGuard transaction(m_backend->database());
            OutboxStore(transaction.connection()).releaseClaims();
            transaction.commit();
        } catch (const StorageError &error) {
            qCWarning(lcMail) << "cannot release the outbox's leases:" << error.what();
        }
    }
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [this, pollInterval] {
        auto *timer = new QTimer(m_worker);
        connect(timer, &QTimer::timeout, m_worker, [this] { deliverDue(); });
        timer->start(pollInterval);
        // A message queued here goes out at once, not at the next look.
        // Many changes (a batch delivered) make one look.
        auto *wake = new QTimer(m_worker);
        wake->setSingleShot(true);
        connect(wake, &QTimer::timeout, m_worker, [this] { deliverDue(); });
        connect(
            &m_backend->changeSignals(), &ChangeSignals::mailChanged, m_worker,
            [wake] {
                if (!wake->isActive())
                    wake->start(0);
            },
            Qt::QueuedConnection);
        deliverDue();
    });
}

void MailSender::stop()
{
    if (!m_worker)
        return;
    m_thread.requestInterruption();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace keyward
