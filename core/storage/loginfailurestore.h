// SPDX-License-Identifier: GPL-3.0-or-later
// The login_failures table: failed logins per account in a 15-minute window, in the database so
// every server of a fleet counts the same attempts.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward {

struct LoginFailures {
    qint64 windowStart = 0; // seconds
    qint64 failures = 0;
    qint64 lastFailureMs = 0;
};

class LoginFailureStore {
public:
    explicit LoginFailureStore(QSqlDatabase db);

    std::optional<LoginFailures> find(const QString &account);
    // One more failure at nowMs; a window older than windowSeconds starts again at one.
    void recordFailure(const QString &account, qint64 nowMs, qint64 windowSeconds);
    void clear(const QString &account);
    int purgeOlderThan(qint64 ms);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
