// SPDX-License-Identifier: GPL-3.0-or-later
// Every difference between the SQLite and PostgreSQL dialects Keyward uses, in one place.
#pragma once

#include <QString>

class QSqlDriver;
class QSqlError;

namespace keyward {

class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind);
    // The dialect of a connection's driver (SQLite unless it is PostgreSQL's).
    static SqlDialect of(const QSqlDriver *driver);

    Kind kind() const { return m_kind; }
    QString driverName() const;

    // Replaces the placeholders schema SQL uses: ${ID} for an auto-increment primary key
    // column type, ${BLOB} for binary data, ${RANDOM_UUID} for an expression giving a new
    // version 4 UUID as text each time it is evaluated.
    QString expand(const QString &sql) const;

    // PostgreSQL only: LISTEN/NOTIFY (changefeed.h) and advisory locks (Housekeeping).
    bool hasNotifications() const { return m_kind == Kind::Postgres; }
    bool hasAdvisoryLocks() const { return m_kind == Kind::Postgres; }

    bool isUniqueViolation(const QSqlError &error) const;
    bool isConnectionFailure(const QSqlError &error) const;
    // The database is there but another writer holds what this needs (SQLite "database is
    // locked" past the busy timeout; PostgreSQL lock timeout, deadlock, serialization failure).
    bool isBusy(const QSqlError &error) const;

private:
    Kind m_kind;
};

} // namespace keyward
