// SPDX-License-Identifier: GPL-3.0-or-later
// The users table.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace keyward {

struct UserRecord {
    qint64 id = 0; // the database's key: never leaves the server
    QString publicId; // the API's id and tokens' sub (userpublicid.h)
    QString email;
    QString name;
    QString passwordHash;
    bool disabled = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> lastLoginAt;
    QDateTime passwordChangedAt;
    bool emailVerified = false;
    QString locale = QStringLiteral("en"); // the language of the user's mail: en, de or fr
};

class UserStore {
public:
    explicit UserStore(QSqlDatabase db);

    // emailKey is the normalised address uniqueness is judged on; the users counter goes up.
    // A user without a public id gets a new one (services set it first, to know it). Throws
    // StorageError(UniqueViolation) when the address or the public id is taken.
    qint64 insert(const UserRecord &user, const QString &emailKey);

    std::optional<UserRecord> findById(qint64 id);
    std::optional<UserRecord> findByPublicId(const QString &publicId);
    // Whether the user exists and is enabled, read in the caller's transaction with the row
    // share-locked on PostgreSQL (SQLite's write transactions are exclusive already): a disable
    // either committed before, or waits for the caller and then sees what it wrote.
    bool isEnabledLocked(qint64 id);
    std::optional<UserRecord> findByEmailKey(const QString &emailKey);
    // Ordered by id; afterId = 0 starts at the beginning; limit < 0 means all.
    std::vector<UserRecord> list(qint64 afterId = 0, int limit = -1);
    // Users whose normalised address starts with prefix (every user if empty), in address order.
    std::vector<UserRecord> listByEmailKeyPrefix(const QString &prefix, int limit);
    // The addresses of some users (those of a page), by id; ids of no user are left out.
    QHash<qint64, QString> emailsOf(const std::vector<qint64> &ids);
    qint64 count();

    void updateProfile(qint64 id, const QString &name, const QDateTime &at);
    // A new address is not verified (email_verified goes back to false).
    void updateEmail(qint64 id, const QString &email, const QString &emailKey, const QDateTime &at);
    void updatePasswordHash(qint64 id, const QString &hash, const QDateTime &at);
    // Replaces the hash without changing password_changed_at: same password, stronger hash.
    void upgradePasswordHash(qint64 id, const QString &hash, const QDateTime &at);
    void setDisabled(qint64 id, bool disabled, const QDateTime &at);
    void setEmailVerified(qint64 id, bool verified, const QDateTime &at);
    void setLocale(qint64 id, const QString &locale, const QDateTime &at);
    void recordLogin(qint64 id, const QDateTime &at);
    // Also keeps the counters (users, live sessions: the user's go with them) right.
    bool remove(qint64 id);

private:
    // The user whose uniqueColumn (one of this class's own names, never input) holds value.
    std::optional<UserRecord> findWhere(const QString &uniqueColumn, const QVariant &value);
    // column: one of this class's own names, never input.
    void setColumn(const QString &column, const QVariant &value, qint64 id, const QDateTime &at);

    QSqlDatabase m_db;
};

} // namespace keyward
