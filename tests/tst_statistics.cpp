// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's and /metrics' figures come from counters kept by the changes themselves: they
// must equal what counting the tables says, through creations, deletions, logins, revocations,
// reuse and time.
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/sessionservice.h"
#include "auth/statistics.h"
#include "backend/housekeeping.h"
#include "storage/database.h"
#include "storage/userstore.h"

#include <QTest>

using namespace keyward;

class TestStatistics : public QObject {
    Q_OBJECT

private:
    const Actor m_local = Actor::local(QStringLiteral("test"));
    const QString m_password = TestInstallation::password();

    // What the counters must agree with: the tables, counted.
    static void compareWithTables(TestInstallation &kw)
    {
        const ActivityFigures figures = kw.backend().statistics().figures();
        QCOMPARE(figures.users, UserStore(kw.backend().database().connection()).count());
        QCOMPARE(figures.activeSessions, kw.backend().sessions().countActive());
    }

private slots:
    void figuresFollowEveryChangeThatCountsAndTime()
    {
        TestInstallation kw;
        Backend &backend = kw.backend();
        QVERIFY(backend.startTokens().ok());
        QCOMPARE(backend.statistics().figures().users, 0);
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const User bob = kw.createUser(QStringLiteral("bob@x.org"));
        kw.createUser(QStringLiteral("carol@x.org"));
        compareWithTables(kw);
        QCOMPARE(backend.statistics().figures().users, 3);

        // Logins and failed logins, per minute; sessions as they start.
        QVERIFY(backend.accounts().authenticate(QStringLiteral("ada@x.org"), m_password, {}));
        QVERIFY(!backend.accounts().authenticate(QStringLiteral("ada@x.org"), QStringLiteral("wrong one"), {}));
        QVERIFY(!backend.accounts().authenticate(QStringLiteral("nobody@x.org"), QStringLiteral("wrong one"), {}));
        const Result<TokenPair> adaSession = backend.sessions().start(ada, {});
        const Result<TokenPair> bobFirst = backend.sessions().start(bob, {});
        const Result<TokenPair> bobSecond = backend.sessions().start(bob, {});
        QVERIFY(adaSession && bobFirst && bobSecond);
        ActivityFigures figures = backend.statistics().figures();
        QCOMPARE(figures.activeSessions, 3);
        QCOMPARE(figures.loginsLastHour, 1);
        QCOMPARE(figures.failedLoginsLastHour, 2);
        compareWithTables(kw);

        // A revocation takes one off, a second revocation of it nothing.
        QVERIFY(backend.sessions().revoke(m_local, adaSession->sessionId, 0, QStringLiteral("test")));
        QVERIFY(!backend.sessions().revoke(m_local, adaSession->sessionId, 0, QStringLiteral("test")));
        compareWithTables(kw);
        QCOMPARE(backend.statistics().figures().activeSessions, 2);

        // Reuse after the grace ends the session and is counted.
        kw.clock().advance(1);
        const Result<TokenPair> rotated = backend.sessions().refresh(bobFirst->refreshToken, {});
        QVERIFY(rotated);
        kw.clock().advance(3600 - 61); // past the grace; the first minute's logins still in the hour
        QVERIFY(!backend.sessions().refresh(bobFirst->refreshToken, {}));
        figures = backend.statistics().figures();
        QCOMPARE(figures.reusesLastHour, 1);
        QCOMPARE(figures.loginsLastHour, 1);
        QCOMPARE(figures.activeSessions, 1);
        compareWithTables(kw);

        // A deleted user's sessions go with them.
        QVERIFY(backend.accounts().remove(m_local, QStringLiteral("bob@x.org")));
        compareWithTables(kw);
        QCOMPARE(backend.statistics().figures().users, 2);
        QCOMPARE(backend.statistics().figures().activeSessions, 0);

        // An hour on, the per-minute counts have left the window; after a day housekeeping drops them.
        kw.clock().advance(120);
        figures = backend.statistics().figures();
        QCOMPARE(figures.loginsLastHour, 0);
        QCOMPARE(figures.failedLoginsLastHour, 0);
        QCOMPARE(figures.reusesLastHour, 1);
        kw.clock().advance(86400);
        QVERIFY(backend.statistics().purgeOldCounts() >= 3);
    }

    void sessionsEndingByTimeLeaveAtTheNextHousekeepingRun()
    {
        TestInstallation kw({{QStringLiteral("tokens.refresh_idle_ttl"), QStringLiteral("60")}});
        Backend &backend = kw.backend();
        QVERIFY(backend.startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        QVERIFY(backend.sessions().start(ada, {}));
        QVERIFY(backend.sessions().start(ada, {}));
        kw.clock().advance(61); // both idle now: the counter does not know yet
        QCOMPARE(backend.statistics().figures().activeSessions, 2);
        QCOMPARE(backend.sessions().countActive(), 0);
        Housekeeping housekeeping(kw.sharedBackend());
        QCOMPARE(housekeeping.runOnce(), Housekeeping::Outcome::Ran);
        compareWithTables(kw);
        // Deleting a user whose idle session is already out of the count takes nothing more off.
        QVERIFY(backend.sessions().start(ada, {}));
        QCOMPARE(backend.statistics().figures().activeSessions, 1);
        QVERIFY(backend.accounts().remove(m_local, QStringLiteral("ada@x.org")));
        QCOMPARE(backend.statistics().figures().activeSessions, 0);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
