// SPDX-License-Identifier: GPL-3.0-or-later
// Tells the other Keyward processes on one database that something they keep in memory has
// changed. On PostgreSQL an announcement is a NOTIFY on the writer's connection: it is
// delivered when (and only if) the writer's transaction commits. SQLite has no such channel;
// its readers poll (see ChangeListener for the PostgreSQL side).
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward {

namespace ChangeFeed {

enum class Topic {
    Revocations, // the revocation feed grew: revoked tokens, sessions, user cut-offs
    Keys, // a signing key was created, rotated or retired
    Access, // a user's roles or state, or the role hierarchy, changed
    Settings, // a setting stored in the database changed
};

QString channel();
QString payloadOf(Topic topic);
std::optional<Topic> topicOf(const QString &payload);

// Announces a change on the caller's connection; does nothing on SQLite.
void announce(const QSqlDatabase &db, Topic topic);

} // namespace ChangeFeed

} // namespace keyward
