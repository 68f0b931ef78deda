// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditstore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace keyward {

QString AuditRecord::detail(const QString &name) const
{
    return QJsonDocument::fromJson(details.toUtf8()).object().value(name).toString();
}

AuditStore::AuditStore(QSqlDatabase db) : m_db(std::move(db))
{ }

qint64 AuditStore::insert(const AuditRecord &event)
{
    return SqlStatement(m_db,
                        QStringLiteral("INSERT INTO audit_events (at, actor, action, target, client_address, "
                                       "outcome, details) VALUES (:at, :actor, :action, :target, :client, "
                                       ":outcome, :details) RETURNING id"))
        .bind(QStringLiteral(":at"), event.at.toSecsSinceEpoch())
        .bind(QStringLiteral(":actor"), event.actor)
        .bind(QStringLiteral(":action"), event.action)
        .bind(QStringLiteral(":target"), event.target)
        .bind(QStringLiteral(":client"), event.clientAddress)
        .bind(QStringLiteral(":outcome"), event.outcome)
        .bind(QStringLiteral(":details"), event.details)
        .insertReturningId();
}

namespace {

// A row of SELECT id, at, actor, action, target, client_address, outcome, details.
AuditRecord readEvent(const SqlStatement &query)
{
    AuditRecord event;
    event.id = query.value(0).toLongLong();
    event.at = fromEpoch(query.value(1).toLongLong());
    event.actor = query.value(2).toString();
    event.action = query.value(3).toString();
    event.target = query.value(4).toString();
    event.clientAddress = query.value(5).toString();
    event.outcome = query.value(6).toString();
    event.details = query.value(7).toString();
    return event;
}

} // namespace

std::vector<AuditRecord> AuditStore::about(const QStringList &targets, const QString &actor, int limit)
{
    // Each condition walks its own index (target, id) or (actor, id) from the newest; the union
    // is cut to the newest `limit`.
    QString conditions = QStringLiteral("actor = :actor");
    for (int i = 0; i < targets.size(); ++i)
        conditions += QStringLiteral(" OR target = :t%1").arg(i);
    SqlStatement query(m_db,
                       QStringLiteral("SELECT id, at, actor, action, target, client_address, outcome, details "
                                      "FROM audit_events WHERE ")
                           + conditions + QStringLiteral(" ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":actor"), actor);
    for (int i = 0; i < targets.size(); ++i)
        query.bind(QStringLiteral(":t%1").arg(i), targets.at(i));
    query.bind(QStringLiteral(":limit"), sqlLimit(limit)).exec();
    std::vector<AuditRecord> events;
    while (query.next())
        events.push_back(readEvent(query));
    return events;
}

std::vector<AuditRecord> AuditStore::ofActionAbout(const QString &action, const QStringList &targets)
{
    std::vector<AuditRecord> events;
    SqlStatement::forEachChunk(targets, [&](const QVariantList &chunk) {
        SqlStatement query(m_db,
                           QStringLiteral("SELECT id, at, actor, action, target, client_address, outcome, details "
                                          "FROM audit_events WHERE target IN ")
                               + SqlStatement::inList(QStringLiteral(":t"))
                               + QStringLiteral(" AND action = :action ORDER BY id"));
        query.bindInList(QStringLiteral(":t"), chunk).bind(QStringLiteral(":action"), action).exec();
        while (query.next())
            events.push_back(readEvent(query));
    });
    return events;
}

std::vector<AuditRecord> AuditStore::list(const AuditQuery &filter)
{
    // "What is new since T": the first id at or after T, found through the index on at (the +
    // keeps the planner from walking the ids for MIN instead), bounds the walk down the ids to
    // the new events (else a poller with nothing new walks them all). The list itself always
    // walks the ids (+at: never the index on at, which would mean sorting what it finds).
    qint64 fromId = std::numeric_limits<qint64>::min();
    if (filter.since) {
        const QVariant first
            = SqlStatement(m_db, QStringLiteral("SELECT MIN(+id) FROM audit_events WHERE at >= :since"))
                  .bind(QStringLiteral(":since"), filter.since->toSecsSinceEpoch())
                  .scalar();
        if (first.isNull())
            return {};
        fromId = first.toLongLong();
    }
    if (filter.afterId > 0)
        fromId = qMax(fromId, filter.afterId + 1);
    SqlStatement query(m_db,
                       QStringLiteral("SELECT id, at, actor, action, target, client_address, outcome, details "
                                      "FROM audit_events WHERE id >= :from AND id < :before AND +at >= :since "
                                      "AND (:any_action = 1 OR action = :action) ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":from"), fromId)
        .bind(QStringLiteral(":since"),
              filter.since ? filter.since->toSecsSinceEpoch() : std::numeric_limits<qint64>::min())
        .bind(QStringLiteral(":before"), filter.beforeId > 0 ? filter.beforeId : std::numeric_limits<qint64>::max())
        .bind(QStringLiteral(":any_action"), filter.action.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":action"), filter.action)
        .bind(QStringLiteral(":limit"), sqlLimit(filter.limit))
        .exec();
    std::vector<AuditRecord> events;
    while (query.next())
        events.push_back(readEvent(query));
    return events;
}

qint64 AuditStore::newestId()
{
    return SqlStatement(m_db, QStringLiteral("SELECT MAX(id) FROM audit_events")).scalar().toLongLong();
}

} // namespace keyward
