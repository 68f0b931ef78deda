// SPDX-License-Identifier: GPL-3.0-or-later
// The mail_outbox table: every message Keyward sends, written in the transaction of what causes
// it, then claimed and delivered by a sender (core/mail/mailsender.h). A claim is a lease held by
// one sender (claimed_by): while claimed_until lies in the future no other sender takes the
// message, and only the holder may record its outcome. A sender that dies leaves a lease that
// runs out (or is released early when its process is known to be gone), and the message is taken
// again, with its Message-ID, so a receiver can tell a repeat.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace keyward {

struct OutboxRecord {
    enum class State { Pending, Sent, Failed };

    qint64 id = 0;
    QString messageId; // "<…@host>", the same for every attempt
    QString recipient; // the bare address
    QString kind; // what the message is for: "verify", "reset", "invitation", "notice", "test"
    QString subject;
    // The whole message as it goes out, sealed under a key from the master key (it holds a
    // single-use link); emptied once sent.
    QByteArray sealedMime;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    std::optional<QDateTime> sentAt;
};

QString outboxStateName(OutboxRecord::State state);
std::optional<OutboxRecord::State> outboxStateNamed(const QString &name);

class OutboxStore {
public:
    explicit OutboxStore(QSqlDatabase db);

    qint64 insert(const OutboxRecord &message);
    // Leases up to `limit` pending messages due at `now` whose lease (if any) ran out, counts an
    // attempt on each, and gives them, oldest first. On PostgreSQL rows another transaction is
    // claiming are skipped (FOR UPDATE SKIP LOCKED), not waited for.
    std::vector<OutboxRecord> claimDue(const QDateTime &now, const QDateTime &leaseUntil, int limit,
                                       const QString &claimant);
    // The one message, when it is pending and nobody holds it (a test message sent at once).
    std::optional<OutboxRecord> claim(qint64 id, const QDateTime &now, const QDateTime &leaseUntil,
                                      const QString &claimant);
    // The outcome, recorded only by the claim's holder: false when the lease was lost (another
    // sender has the message now).
    bool markSent(qint64 id, const QString &claimant, const QDateTime &at);
    // Another attempt at `next`; the lease ends.
    bool reschedule(qint64 id, const QString &claimant, const QDateTime &next, const QString &error);
    bool markFailed(qint64 id, const QString &claimant, const QString &error);
    // A failed message, or a pending one nobody is delivering, is due now again with its attempts
    // counted from zero; false when there is no such message, it was sent, or a sender has it.
    bool retry(qint64 id, const QDateTime &now);
    // The claimants holding leases now.
    QStringList claimants();
    // That claimant's leases end (its process is gone).
    int release(const QString &claimant);
    std::optional<OutboxRecord> find(qint64 id);
    // In id order after `afterId`; no state = all.
    std::vector<OutboxRecord> list(std::optional<OutboxRecord::State> state, qint64 afterId, int limit);
    std::map<OutboxRecord::State, qint64> countByState();
    // Removes sent and failed messages older than `before` (a failed one's sealed link with it).
    int purgeFinished(const QDateTime &before, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
