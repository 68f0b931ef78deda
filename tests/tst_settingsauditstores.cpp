// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "common/timeformat.h"
#include "storage/auditstore.h"
#include "storage/settingsstore.h"

#include <QTest>

using namespace keyward;

class TestSettingsAndAuditStores : public QObject {
    Q_OBJECT

private slots:
    void settingsUpsertAndRemove()
    {
        TestDatabase db;
        SettingsStore store(db.connection());
        QVERIFY(store.all().isEmpty());
        store.set(QStringLiteral("tokens.access_ttl"), QStringLiteral("600"), 1);
        store.set(QStringLiteral("tokens.access_ttl"), QStringLiteral("300"), 2);
        store.set(QStringLiteral("registration.enabled"), QStringLiteral("false"), 3);
        QCOMPARE(store.value(QStringLiteral("tokens.access_ttl")), std::optional(QStringLiteral("300")));
        QCOMPARE(store.all().size(), 2);
        QVERIFY(store.remove(QStringLiteral("tokens.access_ttl")));
        QVERIFY(!store.value(QStringLiteral("tokens.access_ttl")));
        QVERIFY(!store.remove(QStringLiteral("tokens.access_ttl")));
    }

    void auditEventsListNewestFirstWithFilters()
    {
        TestDatabase db;
        AuditStore store(db.connection());
        for (int i = 0; i < 5; ++i) {
            AuditRecord event;
            event.at = fromEpoch(1000 + i * 100);
            event.actor = QStringLiteral("cli:root");
            event.action = QStringLiteral("user.create");
            event.target = QStringLiteral("u%1@x.org").arg(i);
            event.outcome = QStringLiteral("success");
            event.details = QStringLiteral("{\"n\":%1}").arg(i);
            store.insert(event);
        }
        auto all = store.list({});
        QCOMPARE(all.size(), size_t(5));
        QCOMPARE(all.front().target, QStringLiteral("u4@x.org"));
        QCOMPARE(all.front().details, QStringLiteral("{\"n\":4}"));
        QCOMPARE(all.front().clientAddress, QString());
        AuditQuery since;
        since.since = fromEpoch(1250);
        QCOMPARE(store.list(since).size(), size_t(2));
        AuditQuery page;
        page.limit = 2;
        const auto first = store.list(page);
        QCOMPARE(first.size(), size_t(2));
        page.beforeId = first.back().id;
        const auto second = store.list(page);
        QCOMPARE(second.front().target, QStringLiteral("u2@x.org"));
    }

    // A watcher's look (the console's reuse alarm): one action, only what came after its last
    // look, however many other events came between; and a member of the details by name.
    void aWatcherReadsOneActionAfterItsLastLook()
    {
        TestDatabase db;
        AuditStore store(db.connection());
        const auto insert = [&store](const QString &action, const QString &target) {
            AuditRecord event;
            event.at = fromEpoch(1000);
            event.actor = QStringLiteral("user:7");
            event.action = action;
            event.target = target;
            event.outcome = QStringLiteral("denied");
            event.details = QStringLiteral("{\"user_id\":\"7\"}");
            return store.insert(event);
        };
        const qint64 before = insert(QStringLiteral("refresh_reuse_detected"), QStringLiteral("s0"));
        for (int i = 0; i < 30; ++i)
            insert(QStringLiteral("refresh"), QStringLiteral("r%1").arg(i));
        insert(QStringLiteral("refresh_reuse_detected"), QStringLiteral("s1"));
        insert(QStringLiteral("refresh"), QStringLiteral("r30"));
        insert(QStringLiteral("refresh_reuse_detected"), QStringLiteral("s2"));
        AuditQuery look;
        look.afterId = before;
        look.action = QStringLiteral("refresh_reuse_detected");
        const auto found = store.list(look);
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0].target, QStringLiteral("s2"));
        QCOMPARE(found[1].target, QStringLiteral("s1"));
        QCOMPARE(found[0].detail(QStringLiteral("user_id")), QStringLiteral("7"));
        QCOMPARE(found[0].detail(QStringLiteral("absent")), QString());
        look.afterId = store.newestId();
        QVERIFY(store.list(look).empty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsAndAuditStores)
#include "tst_settingsauditstores.moc"
