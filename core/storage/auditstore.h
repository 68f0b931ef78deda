// SPDX-License-Identifier: GPL-3.0-or-later
// The audit_events table: an append-only record of security-relevant actions.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace keyward {

struct AuditRecord {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString target;
    QString clientAddress;
    QString outcome; // "success", "failure" or "denied"
    QString details; // a JSON object; never a secret

    // One member of details as text ("" when absent).
    QString detail(const QString &name) const;
};

struct AuditQuery {
    std::optional<QDateTime> since;
    qint64 beforeId = 0; // paging: only events older than this id; 0 = from the newest
    qint64 afterId = 0; // only events newer than this id (a watcher's last look); 0 = any
    QString action; // only events of this action; empty = any
    int limit = 100;
};

class AuditStore {
public:
    explicit AuditStore(QSqlDatabase db);

    qint64 insert(const AuditRecord &event);
    // Newest first.
    std::vector<AuditRecord> list(const AuditQuery &query);
    // The newest events about one of these targets or by this actor (a user's own security
    // events: their address and id as targets, "user:ADDRESS" as actor), newest first.
    std::vector<AuditRecord> about(const QStringList &targets, const QString &actor, int limit);
    // Every event of this action about one of these targets (oldest first), read in chunks of a
    // fixed size through the target index: one statement text whatever the number of targets.
    std::vector<AuditRecord> ofActionAbout(const QString &action, const QStringList &targets);
    // The id of the newest event (0: none): whether anything happened since a look, in one index read.
    qint64 newestId();

private:
    QSqlDatabase m_db;
};

} // namespace keyward
