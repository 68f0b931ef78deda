// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "sqldialect.h"
#include "sqlstatement.h"

namespace keyward::ChangeFeed {

QString channel()
{
    return QStringLiteral("keyward_changes");
}

QString payloadOf(Topic topic)
{
    switch (topic) {
    case Topic::Keys:
        return QStringLiteral("keys");
    case Topic::Access:
        return QStringLiteral("access");
    case Topic::Settings:
        return QStringLiteral("settings");
    case Topic::Revocations:
        break;
    }
    return QStringLiteral("revocations");
}

std::optional<Topic> topicOf(const QString &payload)
{
    for (const Topic topic : {Topic::Revocations, Topic::Keys, Topic::Access, Topic::Settings}) {
        if (payload == payloadOf(topic))
            return topic;
    }
    return std::nullopt;
}

void announce(const QSqlDatabase &db, Topic topic)
{
    if (!SqlDialect::of(db.driver()).hasNotifications())
        return;
    // PostgreSQL folds identical notifications of one transaction into one.
    SqlStatement(db, QStringLiteral("SELECT pg_notify(:channel, :payload)"))
        .bind(QStringLiteral(":channel"), channel())
        .bind(QStringLiteral(":payload"), payloadOf(topic))
        .exec();
}

} // namespace keyward::ChangeFeed
