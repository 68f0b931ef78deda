// SPDX-License-Identifier: GPL-3.0-or-later
// The per-account delay after failed logins, counted in the database: growing, bounded, exact in
// its Retry-After, and shared by two backends on one database (two servers of a fleet).
#include "testinstallation.h"

#include "auth/loginthrottle.h"

#include <QSqlDatabase>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace keyward;

class TestLoginThrottle : public QObject {
    Q_OBJECT

    // An attempt that fails: counted whatever the delay (no limit reached at a million).
    static void fail(LoginThrottle &throttle, const QString &account)
    {
        QVERIFY(!throttle.beginAttempt(account, 1000000));
    }

private slots:
    void failedLoginDelaysGrowButStaySmall()
    {
        TestInstallation kw;
        LoginThrottle &throttle = kw.backend().loginThrottle();
        const QString ada = QStringLiteral("ada@example.org");
        for (int i = 0; i < 2; ++i)
            fail(throttle, ada);
        QCOMPARE(throttle.delayFor(ada, 2), std::optional<qint64>(2));
        QList<qint64> waits;
        for (int i = 0; i < 8; ++i) {
            kw.clock().advance(*throttle.delayFor(ada, 2));
            QVERIFY(!throttle.delayFor(ada, 2)); // Retry-After is exactly long enough
            fail(throttle, ada);
            waits << *throttle.delayFor(ada, 2);
        }
        QCOMPARE(waits, (QList<qint64>{4, 8, 16, 32, 60, 60, 60, 60})); // never more than a minute
        throttle.recordSuccess(ada);
        QVERIFY(!throttle.delayFor(ada, 2));
        QVERIFY(!throttle.delayFor(QStringLiteral("bob@example.org"), 2));
    }

    void retryAfterRoundsTheRealDelayUp()
    {
        TestInstallation kw;
        LoginThrottle &throttle = kw.backend().loginThrottle();
        const QString ada = QStringLiteral("ada@example.org");
        fail(throttle, ada);
        kw.clock().set(kw.clock().now().addMSecs(300));
        QCOMPARE(throttle.delayFor(ada, 1), std::optional<qint64>(2)); // 1.7 s left: say 2, never 1
        kw.clock().set(kw.clock().now().addMSecs(1700));
        QVERIFY(!throttle.delayFor(ada, 1));
    }

    void theWindowEndsAfterFifteenMinutes()
    {
        TestInstallation kw;
        LoginThrottle &throttle = kw.backend().loginThrottle();
        const QString ada = QStringLiteral("ada@example.org");
        for (int i = 0; i < 5; ++i)
            fail(throttle, ada);
        QVERIFY(throttle.delayFor(ada, 3));
        kw.clock().advance(LoginThrottle::kWindowSeconds);
        QVERIFY(!throttle.delayFor(ada, 3));
        fail(throttle, ada); // a new window starts at one
        QVERIFY(!throttle.delayFor(ada, 3));
        QCOMPARE(throttle.purge(), 0);
        kw.clock().advance(LoginThrottle::kWindowSeconds + 1);
        QCOMPARE(throttle.purge(), 1);
    }

    // Attempts in flight are counted when they begin: of many that start together while the
    // account is at its limit, one goes ahead (on any server); the others are told to wait.
    void attemptsInParallelCannotAllPassTheDelay()
    {
        TestInstallation kw;
        const auto other = Backend::open(kw.sameFilesOptions());
        QVERIFY(other);
        const QString ada = QStringLiteral("ada@example.org");
        for (int i = 0; i < 3; ++i)
            QVERIFY(!kw.backend().loginThrottle().beginAttempt(ada, 3)); // three free attempts
        kw.clock().advance(2); // the fourth may go after 2 s …
        std::atomic<int> admitted{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i) {
            threads.emplace_back([&, i] {
                LoginThrottle &throttle = (i % 2 ? kw.backend() : *other.value()).loginThrottle();
                if (!throttle.beginAttempt(ada, 3))
                    ++admitted;
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(admitted.load(), 1); // … but only one of them
        QCOMPARE(kw.backend().loginThrottle().delayFor(ada, 3), std::optional<qint64>(4));
    }

    void twoServersCountTheSameFailures()
    {
        TestInstallation kw;
        const auto other = Backend::open(kw.sameFilesOptions());
        QVERIFY(other);
        const QString ada = QStringLiteral("ada@example.org");
        // Attempts alternate between the servers: the delay holds on both.
        for (int i = 0; i < 4; ++i)
            fail(i % 2 ? kw.backend().loginThrottle() : other.value()->loginThrottle(), ada);
        QCOMPARE(kw.backend().loginThrottle().delayFor(ada, 3), std::optional<qint64>(4));
        QCOMPARE(other.value()->loginThrottle().delayFor(ada, 3), std::optional<qint64>(4));
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
