// SPDX-License-Identifier: GPL-3.0-or-later
// Records security-relevant actions. Details are structured data and must never hold a secret.
#pragma once

#include <functional>

#include "storage/auditstore.h"

#include <QJsonObject>

namespace keyward {

class Clock;
class Database;
struct Actor;

namespace AuditOutcome {
inline QString success()
{
    return QStringLiteral("success");
}
inline QString failure()
{
    return QStringLiteral("failure");
}
inline QString denied()
{
    return QStringLiteral("denied");
}
} // namespace AuditOutcome

class AuditLog {
public:
    AuditLog(Database &database, const Clock &clock);

    // Written on the calling thread's connection, so inside an open transaction it commits or
    // rolls back together with the change it describes.
    void record(const Actor &actor, const QString &action, const QString &target, const QString &outcome,
                const QJsonObject &details = {});
    std::vector<AuditRecord> list(const AuditQuery &query);
    // A user's own security events, newest first: about them (by address or id) or by them.
    std::vector<AuditRecord> aboutUser(qint64 userId, const QString &email, int limit);
    // Every event of this action about one of these targets, oldest first.
    std::vector<AuditRecord> ofActionAbout(const QString &action, const QStringList &targets);
    // The id of the newest event (0: none): a cheap "did anything happen since?".
    qint64 newestId();

    // Called with every event as it is written, inside its transaction (what it writes commits or
    // rolls back with the event): the security notices. Set once, before anything is audited
    // from another thread.
    using Observer = std::function<void(const QSqlDatabase &db, const AuditRecord &event)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // One event as the CLI and the admin API show it.
    static QJsonObject toJson(const AuditRecord &event);

private:
    Database &m_database;
    const Clock &m_clock;
    Observer m_observer;
};

} // namespace keyward
