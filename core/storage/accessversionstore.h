// SPDX-License-Identifier: GPL-3.0-or-later
// The change_versions row 'access': a number every transaction that changes who may do what
// (a user's roles or state, the role hierarchy) increases. Servers compare it with the one their
// cached roles were read at.
#pragma once

#include <QSqlDatabase>

namespace keyward::AccessVersion {

qint64 current(const QSqlDatabase &db);
// In the caller's transaction; also announces the change to the other servers (PostgreSQL).
void bump(const QSqlDatabase &db);

} // namespace keyward::AccessVersion
