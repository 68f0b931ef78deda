// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeversionstore.h"

#include "sqlstatement.h"

namespace keyward::ChangeVersion {

qint64 current(const QSqlDatabase &db, ChangeFeed::Topic topic)
{
    SqlStatement query(db, QStringLiteral("SELECT version FROM change_versions WHERE topic = :topic"));
    query.bind(QStringLiteral(":topic"), ChangeFeed::payloadOf(topic)).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

void bump(const QSqlDatabase &db, ChangeFeed::Topic topic)
{
    SqlStatement(db, QStringLiteral("UPDATE change_versions SET version = version + 1 WHERE topic = :topic"))
        .bind(QStringLiteral(":topic"), ChangeFeed::payloadOf(topic))
        .exec();
    ChangeFeed::announce(db, topic);
}

} // namespace keyward::ChangeVersion
