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
    return topic == Topic::Keys ? QStringLiteral("keys") : QStringLiteral("revocations");
}

std::optional<Topic> topicOf(const QString &payload)
{
    if (payload == QLatin1String("keys"))
        return Topic::Keys;
    if (payload == QLatin1String("revocations"))
        return Topic::Revocations;
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
