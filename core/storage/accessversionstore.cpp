// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessversionstore.h"

#include "changefeed.h"
#include "sqlstatement.h"

namespace keyward::AccessVersion {

qint64 current(const QSqlDatabase &db)
{
    SqlStatement query(db, QStringLiteral("SELECT version FROM change_versions WHERE topic = 'access'"));
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

void bump(const QSqlDatabase &db)
{
    SqlStatement(db, QStringLiteral("UPDATE change_versions SET version = version + 1 WHERE topic = 'access'")).exec();
    ChangeFeed::announce(db, ChangeFeed::Topic::Access);
}

} // namespace keyward::AccessVersion
