// SPDX-License-Identifier: GPL-3.0-or-later
// The sessions table: one row per login, alive until revoked, idle or past its absolute end.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace keyward {

struct SessionRecord {
    QString id;
    qint64 userId = 0;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime absoluteExpiresAt;
    std::optional<QDateTime> revokedAt;
    QString revokeReason;
    QString clientAddress;
    QString userAgent;
    int rotationCount = 0;

    // Alive at `now` given the idle lifetime in seconds.
    bool isActive(const QDateTime &now, qint64 idleSeconds) const;
    QDateTime expiresAt(qint64 idleSeconds) const; // the earlier of idle and absolute expiry
};

class SessionStore {
public:
    explicit SessionStore(QSqlDatabase db);

    void insert(const SessionRecord &session);
    std::optional<SessionRecord> find(const QString &id);
    // Not revoked, not past either expiry; all users when userId is 0. Newest first.
    std::vector<SessionRecord> listActive(qint64 userId, const QDateTime &now, qint64 idleSeconds);
    // Counted by the database, nothing loaded: every active session, and per user.
    // The same, each with its user's e-mail; userId 0 = every user.
    std::vector<std::pair<SessionRecord, QString>> listActiveWithEmails(qint64 userId, const QDateTime &now,
                                                                        qint64 idleSeconds);
    qint64 countActive(const QDateTime &now, qint64 idleSeconds);
    QHash<qint64, int> countActiveByUser(const QDateTime &now, qint64 idleSeconds);
    void recordUse(const QString &id, const QDateTime &at, bool rotated);
    bool revoke(const QString &id, const QDateTime &at, const QString &reason); // false if already revoked
    std::vector<QString> revokeAllOfUser(qint64 userId, const QDateTime &at, const QString &reason);
    // Deletes sessions that ended before `before` (revoked or expired); their tokens go with them.
    int purgeEndedBefore(const QDateTime &before, qint64 idleSeconds);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
