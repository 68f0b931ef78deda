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
    // One more failure at nowMs (a window older than windowSeconds starts again at one), but only
    // when the account may try now: its failures are below `allowed`, or the
    // wait that waitMsSql (an SQL expression of login_failures.failures) gives has passed since
    // the last one. One statement: of concurrent callers that find the account free, one counts it
    // and the others see the count it left. True when this caller counted the attempt.
    bool tryCountAttempt(const QString &account, qint64 nowMs, qint64 windowSeconds, qint64 allowed,
                         const QString &waitMsSql);
    void clear(const QString &account);
    void uncount(const QString &account);
    int purgeOlderThan(qint64 ms);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
