// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginthrottle.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/loginfailurestore.h"
#include "storage/transaction.h"

namespace keyward {

LoginThrottle::LoginThrottle(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
{ }

qint64 LoginThrottle::waitAfter(qint64 failures, qint64 allowed)
{
    if (failures < allowed)
        return 0;
    const qint64 excess = qMin<qint64>(failures - allowed, 5);
    return qMin<qint64>(qint64(2) << excess, kLongestDelaySeconds);
}

std::optional<qint64> LoginThrottle::delayFor(const QString &account, qint64 allowed)
{
    const auto failures = LoginFailureStore(m_database.connection()).find(account);
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (!failures || nowMs / 1000 - failures->windowStart >= kWindowSeconds)
        return std::nullopt;
    const qint64 readyMs = failures->lastFailureMs + 1000 * waitAfter(failures->failures, allowed);
    if (readyMs <= nowMs)
        return std::nullopt;
    return (readyMs - nowMs + 999) / 1000; // Retry-After: never shorter than the real delay
}

std::optional<qint64> LoginThrottle::beginAttempt(const QString &account, qint64 allowed)
{
    // waitAfter() as SQL, for the one statement that checks and counts together.
    QString waitMs = QStringLiteral("CASE");
    for (qint64 failures = allowed; waitAfter(failures, allowed) < kLongestDelaySeconds; ++failures)
        waitMs += QStringLiteral(" WHEN login_failures.failures = %1 THEN %2")
                      .arg(failures)
                      .arg(1000 * waitAfter(failures, allowed));
    waitMs += QStringLiteral(" ELSE %1 END").arg(1000 * kLongestDelaySeconds);
    bool counted = false;
    {
        TransactionGuard transaction(m_database);
        counted = LoginFailureStore(transaction.connection())
                      .tryCountAttempt(account, m_clock.now().toMSecsSinceEpoch(), kWindowSeconds, allowed, waitMs);
        transaction.commit();
    }
    if (counted)
        return std::nullopt;
    return qMax<qint64>(1, delayFor(account, allowed).value_or(1));
}

void LoginThrottle::recordSuccess(const QString &account)
{
    TransactionGuard transaction(m_database);
    LoginFailureStore(transaction.connection()).clear(account);
    transaction.commit();
}

void LoginThrottle::cancelAttempt(const QString &account)
{
    TransactionGuard transaction(m_database);
    LoginFailureStore(transaction.connection()).uncount(account);
    transaction.commit();
}

int LoginThrottle::purge()
{
    return LoginFailureStore(m_database.connection())
        .purgeOlderThan(m_clock.now().toMSecsSinceEpoch() - 1000 * kWindowSeconds);
}

} // namespace keyward
