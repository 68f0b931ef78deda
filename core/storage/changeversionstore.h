// SPDX-License-Identifier: GPL-3.0-or-later
// The change_versions table: one number per topic that every transaction changing that topic
// increases — 'access' (a user's roles or state, the role hierarchy) and 'settings'. Servers
// compare it with the one their cache was read at, so a change is seen on SQLite too, where
// there is no NOTIFY.
#pragma once

#include "changefeed.h"

#include <QSqlDatabase>

namespace keyward::ChangeVersion {

qint64 current(const QSqlDatabase &db, ChangeFeed::Topic topic);
// In the caller's transaction; also announces the change to the other servers (PostgreSQL).
void bump(const QSqlDatabase &db, ChangeFeed::Topic topic);

} // namespace keyward::ChangeVersion
