// SPDX-License-Identifier: GPL-3.0-or-later
// The roles and state each user has *now*, for authorising Keyward's own routes (the token's
// roles claim may be up to a token lifetime old). Cached per server: dropped at once when a
// change commits in this process or is announced by another server (PostgreSQL NOTIFY), and
// whenever the shared access version moved, which is checked at most once a second by the
// injected clock — so every server sees a change within a second, SQLite included.
//
// Threads: any request thread may call of()/roleGraph(); invalidate() may come from any thread.
// The cache is a map under a mutex held only for lookups and swaps, never across a query.
#pragma once

#include "common/periodicgate.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace keyward {

class Clock;
class Database;
class RoleGraph;

struct UserAccess {
    qint64 userId = 0;
    QString email;
    QStringList roles;
    bool disabled = false;
};

class CurrentAccess {
public:
    CurrentAccess(Database &database, const Clock &clock);
    ~CurrentAccess();

    // By the user's public id (a token's sub); nothing for a user that no longer exists.
    std::optional<UserAccess> of(const QString &publicId);
    std::shared_ptr<const RoleGraph> roleGraph();
    // Forget everything: the next question reads the database.
    void invalidate();

    static constexpr qint64 kVersionCheckMs = 1000;

private:
    struct Snapshot {
        qint64 version = -1;
        std::shared_ptr<const RoleGraph> graph;
        QHash<QString, std::optional<UserAccess>> users; // by public id
    };
    // Re-reads the access version when it is due, dropping the cache when it moved.
    void checkVersion();
    std::shared_ptr<Snapshot> snapshot();
    quint64 currentGeneration();

    Database &m_database;
    QMutex m_mutex;
    std::shared_ptr<Snapshot> m_snapshot; // replaced whole; users filled in under m_mutex
    quint64 m_generation = 0; // under m_mutex: how often the cache was dropped
    PeriodicGate m_versionCheck;
};

} // namespace keyward
