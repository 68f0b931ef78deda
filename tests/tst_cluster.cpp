// SPDX-License-Identifier: GPL-3.0-or-later
// Two backends on one database, as two servers (or the console beside a server) would be:
// changes made through one are enforced by the other, housekeeping runs once between them, and
// a lost database connection is replaced. Runs on SQLite and, under the postgres label, on
// PostgreSQL, where changes travel by LISTEN/NOTIFY instead of the one-second poll.
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/keyservice.h"
#include "auth/revocationservice.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "auth/workspaceservice.h"
#include "backend/housekeeping.h"
#include "crypto/jws.h"
#include "storage/changelistener.h"
#include "storage/database.h"
#include "storage/revocationstore.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userpublicid.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace keyward;

class TestCluster : public QObject {
    Q_OBJECT

private:
    struct Pair {
        std::unique_ptr<TestInstallation> installation;
        std::shared_ptr<Backend> other;
        Backend &a() { return installation->backend(); }
        Backend &b() { return *other; }
    };

    static Pair pair()
    {
        Pair p;
        p.installation = std::make_unique<TestInstallation>();
        if (!p.a().startTokens())
            qFatal("cannot start tokens");
        auto opened = Backend::open(p.installation->sameFilesOptions());
        if (!opened || !opened.value()->startTokens())
            qFatal("cannot open the second backend");
        p.other = opened.value();
        return p;
    }

    // Until the second backend follows the change feed (PostgreSQL) or at once (SQLite).
    static bool waitUntilListening(Backend &backend)
    {
        return !backend.changeListener()
            || QTest::qWaitFor([&backend] { return backend.changeListener()->isListening(); }, 5000);
    }

    // A connection of the test's own to the installation's PostgreSQL database.
    static QSqlDatabase directConnection(const TestInstallation &kw, const QString &name)
    {
        const QUrl url(kw.databaseUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        return db;
    }

    const Actor m_admin = Actor::local(QStringLiteral("test"));

private slots:
    void aRevocationOnOneIsEnforcedByTheOther()
    {
        Pair p = pair();
        QVERIFY(waitUntilListening(p.b()));
        const TokenIdentity token{QStringLiteral("jti-1"), {}, QStringLiteral("7"), 0};
        QVERIFY(!p.b().revocations().isRevoked(token)); // B has just read the feed
        QElapsedTimer timer;
        timer.start();
        p.a().revocations().revokeToken(m_admin, token.jti, p.a().clock().nowSecs() + 600);
        // PostgreSQL: notified at once, long before B's own one-second poll would look.
        // SQLite: B's poll, once its clock says a second has passed.
        if (!p.b().changeListener()) {
            QVERIFY(!p.b().revocations().isRevoked(token));
            p.installation->clock().advance(1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(p.b().revocations().isRevoked(token), 500);
        qInfo("revocation seen by the other backend after %lld ms", timer.elapsed());
    }

    void aMemberRemovedOnOneIsRefusedByTheOther()
    {
        Pair p = pair();
        QVERIFY(waitUntilListening(p.b()));
        const User bob = p.installation->createUser(QStringLiteral("bob@x.org"));
        QVERIFY(p.a().workspaces().create(m_admin, {QStringLiteral("acme"), QStringLiteral("Acme"), {}, 0}));
        QVERIFY(p.a().workspaces().addMember(m_admin, QStringLiteral("acme"), QStringLiteral("bob@x.org"),
                                             QStringLiteral("member")));
        const Result<TokenPair> session
            = p.a().sessions().start(bob, {}, WorkspaceChoice::enter(QStringLiteral("acme")));
        QVERIFY(session);
        QVERIFY(p.b().tokens().verify(session->accessToken).valid()); // B has seen it, and caches it
        QElapsedTimer timer;
        timer.start();
        QVERIFY(p.a().workspaces().removeMember(m_admin, QStringLiteral("acme"), bob.record.id));
        if (!p.b().changeListener())
            p.installation->clock().advance(1); // SQLite: B's one-second poll
        QTRY_COMPARE_WITH_TIMEOUT(p.b().tokens().verify(session->accessToken).rejection, TokenRejection::Revoked, 1000);
        qInfo("the removal refused by the other backend after %lld ms", timer.elapsed());
        QVERIFY(!p.b().sessions().refresh(session->refreshToken, {}));
    }

    // Contract: an emergency rotation (keys rotate --now) signs at once on every server, and the
    // new key is in every server's JWK Set: notified on PostgreSQL, the keys' version read at the
    // next second on SQLite (before: the cache's ten-second safety net).
    void aKeyRotatedOnOneSignsOnTheOther()
    {
        Pair p = pair();
        QVERIFY(waitUntilListening(p.b()));
        const QString before = p.b().keys().activeKey()->kid;
        (void)p.b().keys().jwks(); // B has its JWK Set cached
        const auto rotated = p.a().keys().rotate(m_admin, JwsAlgorithm::ES256, RotationTiming::Now);
        QVERIFY(rotated);
        QVERIFY(rotated->kid != before);
        if (!p.b().changeListener())
            p.installation->clock().advance(1); // SQLite: B looks at the keys' version once a second
        QTRY_COMPARE_WITH_TIMEOUT(p.b().keys().activeKey()->kid, rotated->kid, 500);
        QVERIFY(QJsonDocument(p.b().keys().jwks()).toJson().contains(rotated->kid.toLatin1()));
        User user{{}, {}};
        user.record.publicId = UserPublicId::generate(); // tokens name a user by it
        QCOMPARE(Jws::parse(p.b().tokens().issue(user, 60, {}).value().token)
                     ->header.value(QStringLiteral("kid"))
                     .toString(),
                 rotated->kid);
    }

    void aKeyRetiredOnOneStopsVerifyingOnTheOther()
    {
        Pair p = pair();
        QVERIFY(waitUntilListening(p.b()));
        const QString old = p.a().keys().activeKey()->kid;
        QVERIFY(p.a().keys().rotate(m_admin, JwsAlgorithm::ES256, RotationTiming::Now));
        QVERIFY(p.b().keys().verificationKey(old)); // still published while retiring
        QVERIFY(p.a().keys().retire(m_admin, old));
        if (!p.b().changeListener())
            p.installation->clock().advance(1); // SQLite: the keys' version, once a second
        QTRY_VERIFY_WITH_TIMEOUT(!p.b().keys().verificationKey(old), 2000); // a loaded machine
    }

    // The console starts housekeeping from its GUI thread; a purge must not run there.
    void scheduledHousekeepingRunsOnItsOwnThread()
    {
        Pair p = pair();
        Housekeeping housekeeping(p.installation->sharedBackend());
        std::atomic<QThread *> ranOn{nullptr};
        std::atomic<int> runs{0};
        connect(
            &housekeeping, &Housekeeping::ran, &housekeeping,
            [&](Housekeeping::Outcome outcome) {
                if (outcome == Housekeeping::Outcome::Ran)
                    ranOn = QThread::currentThread();
                ++runs;
            },
            Qt::DirectConnection);
        housekeeping.start(std::chrono::milliseconds(20));
        QTRY_VERIFY_WITH_TIMEOUT(runs.load() >= 2, 5000); // once at start, then by its timer
        QVERIFY(ranOn.load() != nullptr);
        QVERIFY(ranOn.load() != QThread::currentThread());
        housekeeping.stop();
        const int stopped = runs.load();
        QTest::qWait(100);
        QCOMPARE(runs.load(), stopped);
    }

    void housekeepingRunsOnceBetweenServers()
    {
        Pair p = pair();
        Housekeeping onA(p.installation->sharedBackend());
        Housekeeping onB(p.other);
        if (!p.a().database().dialect().hasAdvisoryLocks()) {
            QCOMPARE(onB.runOnce(), Housekeeping::Outcome::Ran);
            QSKIP("SQLite: one server per file, nothing to share");
        }
        {
            // While another server holds the lock, this one skips the run …
            QSqlDatabase holder = directConnection(*p.installation, QStringLiteral("lock-holder"));
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(Housekeeping::kLockKey)));
            QCOMPARE(onB.runOnce(), Housekeeping::Outcome::Skipped);
            QVERIFY(lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(Housekeeping::kLockKey)));
            // … and runs once it is free, releasing it again so the other can run next time.
            QCOMPARE(onB.runOnce(), Housekeeping::Outcome::Ran);
            QCOMPARE(onA.runOnce(), Housekeeping::Outcome::Ran);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
    }

    void revocationWritersQueueUntilTheyCommit()
    {
        // The feed is read by id: ids must become visible in order, so a writer holds the
        // feed lock from its insert to its commit.
        Pair p = pair();
        if (!p.a().database().dialect().hasAdvisoryLocks())
            QSKIP("SQLite has one writer at a time");
        QSqlDatabase other = directConnection(*p.installation, QStringLiteral("other-writer"));
        const auto feedLockIsFree = [&other] {
            QSqlQuery query(other);
            const bool ok
                = query.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(RevocationStore::kFeedLockKey))
                && query.next();
            return ok && query.value(0).toBool();
        };
        QVERIFY(feedLockIsFree());
        {
            TransactionGuard transaction(p.a().database());
            RevocationService::writeSessionRevocation(transaction.connection(), QStringLiteral("sid-1"), 1);
            QVERIFY(!feedLockIsFree());
            transaction.commit();
        }
        QVERIFY(feedLockIsFree());
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    }

    void aLostConnectionIsReplaced()
    {
        Pair p = pair();
        if (!p.b().changeListener())
            QSKIP("PostgreSQL only: a SQLite file cannot lose its connection");
        QVERIFY(waitUntilListening(p.b()));
        const int subscriptions = p.b().changeListener()->subscriptions();
        QVERIFY(p.b().accounts().find(QStringLiteral("nobody@x.org")).error().codeName()
                == QStringLiteral("not_found"));
        {
            // What a database restart does to every open connection.
            QSqlDatabase admin = directConnection(*p.installation, QStringLiteral("terminator"));
            QSqlQuery kill(admin);
            QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                             "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
        // The first use of the dead connection fails cleanly (the API answers 503) …
        QVERIFY_THROWS_EXCEPTION(StorageError, p.b().accounts().find(QStringLiteral("nobody@x.org")));
        // … the next one reconnects.
        QCOMPARE(p.b().accounts().find(QStringLiteral("nobody@x.org")).error().codeName(), QStringLiteral("not_found"));
        try { // A lost its connection too
            (void)p.a().accounts().find(QStringLiteral("nobody@x.org"));
        } catch (const StorageError &) { }
        // The change feed subscribes again by itself and carries changes again.
        QTRY_VERIFY_WITH_TIMEOUT(p.b().changeListener()->subscriptions() > subscriptions,
                                 3 * ChangeListener::kHealthCheckMs);
        const TokenIdentity token{QStringLiteral("jti-2"), {}, QStringLiteral("7"), 0};
        QVERIFY(!p.b().revocations().isRevoked(token));
        p.a().revocations().revokeToken(m_admin, token.jti, p.a().clock().nowSecs() + 600);
        QTRY_VERIFY_WITH_TIMEOUT(p.b().revocations().isRevoked(token), 500);
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
