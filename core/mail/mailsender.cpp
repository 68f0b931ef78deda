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

#include "crypto/securerandom.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QTimer>

#include <cerrno>
#include <csignal>

namespace keyward {

namespace {

// One at a time: a lease (kLease) then outlasts the one attempt it covers (at most the connect
// and transfer limits), so no other sender can take a message this one is still sending.
constexpr int kClaimBatch = 1;

// "host/pid/nonce": who holds a lease, so a restarted server can tell its dead self's leases.
QString newClaimant()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QString::fromLatin1(randomBytes(6).toHex()));
}

// Whether the process a claimant names is certainly gone (on this host, and no such pid).
bool claimantIsGone(const QString &claimant)
{
    const QStringList parts = claimant.split(QLatin1Char('/'));
    bool numeric = false;
    const qint64 pid = parts.value(1).toLongLong(&numeric);
    if (parts.size() != 3 || parts.first() != QSysInfo::machineHostName() || !numeric || pid <= 0)
        return false;
    return pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

MailSender::MailSender(std::shared_ptr<Backend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend)), m_claimant(newClaimant())
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
                due = OutboxStore(transaction.connection())
                          .claimDue(now, now.addSecs(kLease.count()), kClaimBatch, m_claimant);
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
        message = OutboxStore(transaction.connection()).claim(id, now, now.addSecs(kLease.count()), m_claimant);
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
                          QStringLiteral("mail.password was stored for another SMTP server or user (or another "
                                         "master key): set it again"));
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
        if (!store.markSent(message.id, m_claimant, now))
            qCWarning(lcMail) << "message" << message.id << "was sent after its lease ran out";
        qCInfo(lcMail) << "sent message" << message.id << "(" << message.kind << ")";
    } else {
        const QDateTime next = now.addSecs(backoffAfter(message.attempts).count());
        failedForGood = next > message.createdAt.addSecs(kGiveUpAfter.count()) || !mime;
        if (failedForGood) {
            store.markFailed(message.id, m_claimant, outcome.error().message);
            m_backend->audit().record(Actor::system(QStringLiteral("mail")), QStringLiteral("mail.failed"),
                                      message.recipient, AuditOutcome::failure(),
                                      {{QStringLiteral("message"), QString::number(message.id)},
                                       {QStringLiteral("kind"), message.kind},
                                       {QStringLiteral("error"), outcome.error().message}});
        } else {
            store.reschedule(message.id, m_claimant, next, outcome.error().message);
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
}

void MailSender::start(std::chrono::milliseconds pollInterval)
{
    if (m_worker)
        return;
    // Leases of senders on this host whose process is gone (this server, killed mid-delivery):
    // delivered now, not when the lease runs out.
    try {
        TransactionGuard transaction(m_backend->database());
        OutboxStore store(transaction.connection());
        for (const QString &claimant : store.claimants()) {
            if (claimantIsGone(claimant))
                store.release(claimant);
        }
        transaction.commit();
    } catch (const StorageError &error) {
        qCWarning(lcMail) << "cannot release the outbox's leases:" << error.what();
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
