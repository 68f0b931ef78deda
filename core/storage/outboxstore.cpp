// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxstore.h"

#include "common/timeformat.h"
#include "sqldialect.h"
#include "sqlstatement.h"

#include <QSqlDriver>

namespace keyward {

namespace {

const QString kColumns = QStringLiteral(
    "id, message_id, recipient, kind, subject, body, state, attempts, next_attempt_at, last_error, created_at, "
    "sent_at");

OutboxRecord messageFrom(const SqlStatement &query)
{
    OutboxRecord message;
    message.id = query.value(0).toLongLong();
    message.messageId = query.value(1).toString();
    message.recipient = query.value(2).toString();
    message.kind = query.value(3).toString();
    message.subject = query.value(4).toString();
    message.sealedMime = query.value(5).toByteArray();
    message.state = outboxStateNamed(query.value(6).toString()).value_or(OutboxRecord::State::Pending);
    message.attempts = query.value(7).toInt();
    message.nextAttemptAt = fromEpoch(query.value(8).toLongLong());
    message.lastError = query.value(9).toString();
    message.createdAt = fromEpoch(query.value(10).toLongLong());
    if (!query.value(11).isNull())
        message.sentAt = fromEpoch(query.value(11).toLongLong());
    return message;
}

std::vector<OutboxRecord> allFrom(SqlStatement &query)
{
    std::vector<OutboxRecord> messages;
    while (query.next())
        messages.push_back(messageFrom(query));
    return messages;
}

} // namespace

QString outboxStateName(OutboxRecord::State state)
{
    switch (state) {
    case OutboxRecord::State::Pending:
        return QStringLiteral("pending");
    case OutboxRecord::State::Sent:
        return QStringLiteral("sent");
    case OutboxRecord::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<OutboxRecord::State> outboxStateNamed(const QString &name)
{
    for (const auto state : {OutboxRecord::State::Pending, OutboxRecord::State::Sent, OutboxRecord::State::Failed}) {
        if (outboxStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

OutboxStore::OutboxStore(QSqlDatabase db) : m_db(std::move(db))
{ }

qint64 OutboxStore::insert(const OutboxRecord &message)
{
    return SqlStatement(m_db,
                        QStringLiteral("INSERT INTO mail_outbox (message_id, recipient, kind, subject, body, state, "
                                       "attempts, next_attempt_at, last_error, created_at) VALUES (:message, "
                                       ":recipient, :kind, :subject, :body, 'pending', 0, :next, '', :created) "
                                       "RETURNING id"))
        .bind(QStringLiteral(":message"), message.messageId)
        .bind(QStringLiteral(":recipient"), message.recipient)
        .bind(QStringLiteral(":kind"), message.kind)
        .bind(QStringLiteral(":subject"), message.subject)
        .bind(QStringLiteral(":body"), message.sealedMime)
        .bind(QStringLiteral(":next"), message.nextAttemptAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":created"), message.createdAt.toSecsSinceEpoch())
        .insertReturningId();
}

std::vector<OutboxRecord> OutboxStore::claimDue(const QDateTime &now, const QDateTime &leaseUntil, int limit,
                                                const QString &claimant)
{
    // The inner SELECT picks; on PostgreSQL it locks what it picks and passes over what another
    // sender has locked, and a row another sender claimed and committed meanwhile is checked
    // again against the WHERE (its lease now in the future) before it is locked.
    const bool postgres = SqlDialect::of(m_db.driver()).kind() == SqlDialect::Kind::Postgres;
    const QString pick
        = QStringLiteral("SELECT id FROM mail_outbox WHERE state = 'pending' AND next_attempt_at <= :now AND "
                         "(claimed_until IS NULL OR claimed_until <= :now2) ORDER BY id LIMIT :limit")
        + (postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString());
    SqlStatement query(m_db,
                       QStringLiteral("UPDATE mail_outbox SET claimed_until = :lease, claimed_by = :claimant, "
                                      "attempts = attempts + 1 WHERE id IN (")
                           + pick + QStringLiteral(") RETURNING ") + kColumns);
    query.bind(QStringLiteral(":lease"), leaseUntil.toSecsSinceEpoch())
        .bind(QStringLiteral(":claimant"), claimant)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":now2"), now.toSecsSinceEpoch())
        .bind(QStringLiteral(":limit"), sqlLimit(limit))
        .exec();
    std::vector<OutboxRecord> messages = allFrom(query);
    std::sort(messages.begin(), messages.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return messages;
}

std::optional<OutboxRecord> OutboxStore::claim(qint64 id, const QDateTime &now, const QDateTime &leaseUntil,
                                               const QString &claimant)
{
    SqlStatement query(m_db,
                       QStringLiteral("UPDATE mail_outbox SET claimed_until = :lease, claimed_by = :claimant, "
                                      "attempts = attempts + 1 WHERE id = :id AND state = 'pending' AND "
                                      "(claimed_until IS NULL OR claimed_until <= :now) RETURNING ")
                           + kColumns);
    query.bind(QStringLiteral(":lease"), leaseUntil.toSecsSinceEpoch())
        .bind(QStringLiteral(":claimant"), claimant)
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
        .exec();
    if (!query.next())
        return std::nullopt;
    return messageFrom(query);
}

bool OutboxStore::markSent(qint64 id, const QString &claimant, const QDateTime &at)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE mail_outbox SET state = 'sent', sent_at = :at, body = :empty, "
                                       "claimed_until = NULL, claimed_by = NULL, last_error = '' WHERE id = :id AND "
                                       "claimed_by = :claimant"))
               .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
               .bind(QStringLiteral(":empty"), QByteArray(""))
               .bind(QStringLiteral(":id"), id)
               .bind(QStringLiteral(":claimant"), claimant)
               .exec()
               .rowsAffected()
        > 0;
}

bool OutboxStore::reschedule(qint64 id, const QString &claimant, const QDateTime &next, const QString &error)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE mail_outbox SET next_attempt_at = :next, last_error = :error, "
                                       "claimed_until = NULL, claimed_by = NULL WHERE id = :id AND state = 'pending' "
                                       "AND claimed_by = :claimant"))
               .bind(QStringLiteral(":next"), next.toSecsSinceEpoch())
               .bind(QStringLiteral(":error"), error.left(500))
               .bind(QStringLiteral(":id"), id)
               .bind(QStringLiteral(":claimant"), claimant)
               .exec()
               .rowsAffected()
        > 0;
}

bool OutboxStore::markFailed(qint64 id, const QString &claimant, const QString &error)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE mail_outbox SET state = 'failed', last_error = :error, claimed_until = "
                                       "NULL, claimed_by = NULL WHERE id = :id AND state = 'pending' AND claimed_by = "
                                       ":claimant"))
               .bind(QStringLiteral(":error"), error.left(500))
               .bind(QStringLiteral(":id"), id)
               .bind(QStringLiteral(":claimant"), claimant)
               .exec()
               .rowsAffected()
        > 0;
}

bool OutboxStore::retry(qint64 id, const QDateTime &now)
{
    // created_at moves too: the 24 hours of retries count from the administrator's retry.
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE mail_outbox SET state = 'pending', attempts = 0, next_attempt_at = "
                                       ":now, created_at = :now2, claimed_until = NULL, claimed_by = NULL WHERE id = "
                                       ":id AND (state = 'failed' OR (state = 'pending' AND (claimed_until IS NULL OR "
                                       "claimed_until <= :now3)))"))
               .bind(QStringLiteral(":now"), now.toSecsSinceEpoch())
               .bind(QStringLiteral(":now2"), now.toSecsSinceEpoch())
               .bind(QStringLiteral(":id"), id)
               .bind(QStringLiteral(":now3"), now.toSecsSinceEpoch())
               .exec()
               .rowsAffected()
        > 0;
}

QStringList OutboxStore::claimants()
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT DISTINCT claimed_by FROM mail_outbox WHERE claimed_by IS NOT NULL"));
    query.exec();
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    return found;
}

int OutboxStore::release(const QString &claimant)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE mail_outbox SET claimed_until = NULL, claimed_by = NULL WHERE "
                                       "claimed_by = :claimant"))
        .bind(QStringLiteral(":claimant"), claimant)
        .exec()
        .rowsAffected();
}

std::optional<OutboxRecord> OutboxStore::find(qint64 id)
{
    SqlStatement query(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM mail_outbox WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return messageFrom(query);
}

std::vector<OutboxRecord> OutboxStore::list(std::optional<OutboxRecord::State> state, qint64 afterId, int limit)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM mail_outbox WHERE id > :after AND (:any = 1 OR state = :state) "
                                            "ORDER BY id LIMIT :limit"));
    query.bind(QStringLiteral(":after"), afterId)
        .bind(QStringLiteral(":any"), state ? 0 : 1)
        .bind(QStringLiteral(":state"), state ? outboxStateName(*state) : QString())
        .bind(QStringLiteral(":limit"), sqlLimit(limit))
        .exec();
    return allFrom(query);
}

std::map<OutboxRecord::State, qint64> OutboxStore::countByState()
{
    std::map<OutboxRecord::State, qint64> counts{
        {OutboxRecord::State::Pending, 0}, {OutboxRecord::State::Sent, 0}, {OutboxRecord::State::Failed, 0}};
    SqlStatement query(m_db, QStringLiteral("SELECT state, COUNT(*) FROM mail_outbox GROUP BY state"));
    query.exec();
    while (query.next()) {
        if (const auto state = outboxStateNamed(query.value(0).toString()))
            counts[*state] = query.value(1).toLongLong();
    }
    return counts;
}

int OutboxStore::purgeFinished(const QDateTime &before, int limit)
{
    return SqlStatement(m_db,
                        QStringLiteral("DELETE FROM mail_outbox WHERE id IN (SELECT id FROM mail_outbox WHERE state "
                                       "<> 'pending' AND created_at < :before ORDER BY id LIMIT :limit)"))
        .bind(QStringLiteral(":before"), before.toSecsSinceEpoch())
        .bind(QStringLiteral(":limit"), sqlLimit(limit))
        .exec()
        .rowsAffected();
}

} // namespace keyward
