// SPDX-License-Identifier: GPL-3.0-or-later
// Delivers the outbox. On its own thread it claims due messages (a lease, so on a fleet one
// server sends each), hands each to the SMTP server, and marks it sent, or due again after a
// backoff of 1, 2, 4 … minutes up to an hour, or — 24 hours after it was queued — failed, which
// is audited. It looks every few seconds, and at once when this process queues a message.
//
// A message an SMTP server took but that was not yet marked sent when the process died is sent
// again when its lease runs out, or at once when a sender starting on the same host finds the
// lease's process gone, with the same Message-ID.
//
// Threads: start()/stop() from the owning thread; deliverDue() runs on the calling thread.
#pragma once

#include "common/result.h"
#include "storage/outboxstore.h"

#include <QObject>
#include <QThread>

#include <chrono>
#include <memory>
#include <optional>

namespace keyward {

class Backend;

class MailSender : public QObject {
    Q_OBJECT
public:
    explicit MailSender(std::shared_ptr<Backend> backend, QObject *parent = nullptr);
    ~MailSender() override;

    static constexpr std::chrono::seconds kLease{300}; // beyond one attempt's longest (connect + 60 s)
    static constexpr std::chrono::seconds kGiveUpAfter{24 * 3600};
    // The wait after the n-th failed attempt (n ≥ 1): 1 min, doubling, at most 1 h.
    static std::chrono::seconds backoffAfter(int attempts);

    // Delivers what is due now; gives how many messages were tried.
    int deliverDue();
    // Delivers this one message now, if it is pending and nobody else holds it (`mail test`);
    // gives its state afterwards, or nothing when it could not be taken.
    std::optional<OutboxRecord> deliverNow(qint64 id);
    void start(std::chrono::milliseconds pollInterval = std::chrono::seconds(5));
    void stop(); // waits for a delivery in progress

private:
    void deliver(const OutboxRecord &message);

    std::shared_ptr<Backend> m_backend;
    const QString m_claimant; // this sender's name on its leases
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; deleted there by stop()
};

} // namespace keyward
