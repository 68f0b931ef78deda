// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include <algorithm>

#include "common/changesignals.h"

#include "actor.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "storage/counterstore.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>

namespace keyward {

namespace {

// The events the dashboard counts per minute (Statistics), kept with the event itself.
const char *counterOf(const QString &action, const QString &outcome)
{
    if (action == QLatin1String("login"))
        return outcome == AuditOutcome::success()
            ? Counter::kLoginsSucceeded
            : (outcome == AuditOutcome::failure() ? Counter::kLoginsFailed : nullptr);
    if (action == QLatin1String("refresh_reuse_detected"))
        return Counter::kReusesDetected;
    return nullptr;
}

} // namespace

AuditLog::AuditLog(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{ }

void AuditLog::record(const Actor &actor, const QString &action, const QString &target, const QString &outcome,
                      const QJsonObject &details)
{
    AuditRecord event;
    event.at = m_clock.now();
    event.actor = actor.name;
    event.action = action;
    event.target = target.left(320); // targets can be attacker-chosen (unknown e-mails): bound them
    event.clientAddress = actor.clientAddress;
    event.outcome = outcome;
    event.details
        = details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    // Its own (nested) transaction: inside a caller's transaction it commits with it; alone it
    // queues behind this process's other writers.
    TransactionGuard transaction(m_database);
    AuditStore(transaction.connection()).insert(event);
    if (const char *counter = counterOf(action, outcome))
        CounterStore(transaction.connection()).add(counter, 1, CounterStore::minuteOf(event.at.toSecsSinceEpoch()));
    if (m_observer)
        m_observer(transaction.connection(), event);
    transaction.commit();
}

qint64 AuditLog::newestId()
{
    return AuditStore(m_database.connection()).newestId();
}

QJsonObject AuditLog::toJson(const AuditRecord &event)
{
    return {{QStringLiteral("id"), QString::number(event.id)},
            {QStringLiteral("at"), toRfc3339(event.at)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("action"), event.action},
            {QStringLiteral("target"), event.target},
            {QStringLiteral("client_address"), event.clientAddress},
            {QStringLiteral("outcome"), event.outcome},
            {QStringLiteral("details"), QJsonDocument::fromJson(event.details.toUtf8()).object()}};
}

std::vector<AuditRecord> AuditLog::aboutUser(qint64 userId, const QString &email, int limit)
{
    // Events name a user by address, or by id for the kinds below: a bare number names a
    // workspace (its slug) in others, whose events are not this user's.
    static const QStringList idTargeted{QStringLiteral("passkey."), QStringLiteral("totp."),
                                        QStringLiteral("recovery_codes."), QStringLiteral("mfa."),
                                        QStringLiteral("session.")};
    const QString id = QString::number(userId);
    std::vector<AuditRecord> events;
    for (AuditRecord &event :
         AuditStore(m_database.connection()).about({email, id}, QStringLiteral("user:") + email, limit)) {
        const bool byId = event.target == id && event.actor != QLatin1String("user:") + email;
        if (byId && std::none_of(idTargeted.begin(), idTargeted.end(), [&](const QString &prefix) {
                return event.action.startsWith(prefix);
            }))
            continue;
        events.push_back(std::move(event));
    }
    return events;
}

std::vector<AuditRecord> AuditLog::ofActionAbout(const QString &action, const QStringList &targets)
{
    return AuditStore(m_database.connection()).ofActionAbout(action, targets);
}

std::vector<AuditRecord> AuditLog::list(const AuditQuery &query)
{
    return AuditStore(m_database.connection()).list(query);
}

} // namespace keyward
