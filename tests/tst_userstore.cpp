// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "common/timeformat.h"
#include "storage/storageerror.h"
#include "storage/userstore.h"

#include <QTest>

using namespace keyward;

class TestUserStore : public QObject {
    Q_OBJECT

private:
    static UserRecord sample(const QString &email, qint64 at = 1767268800)
    {
        UserRecord user;
        user.email = email;
        user.name = QStringLiteral("Name of ") + email;
        user.passwordHash = QStringLiteral("$argon2id$v=19$m=7168,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
        user.createdAt = user.updatedAt = user.passwordChangedAt = fromEpoch(at);
        return user;
    }

private slots:
    void insertAndFind()
    {
        TestDatabase db;
        UserStore store(db.connection());
        const qint64 id = store.insert(sample(QStringLiteral("Ada@Example.org")), QStringLiteral("ada@example.org"));
        QVERIFY(id > 0);
        const auto byKey = store.findByEmailKey(QStringLiteral("ada@example.org"));
        QVERIFY(byKey);
        QCOMPARE(byKey->id, id);
        QCOMPARE(byKey->email, QStringLiteral("Ada@Example.org"));
        QCOMPARE(byKey->name, QStringLiteral("Name of Ada@Example.org"));
        QCOMPARE(byKey->createdAt, fromEpoch(1767268800));
        QVERIFY(!byKey->lastLoginAt);
        QVERIFY(!byKey->disabled);
        QVERIFY(store.findById(id));
        QVERIFY(!store.findById(id + 1));
        QVERIFY(!store.findByEmailKey(QStringLiteral("Ada@Example.org"))); // keys are normalised by the caller
    }

    void emailKeyIsUnique()
    {
        TestDatabase db;
        UserStore store(db.connection());
        store.insert(sample(QStringLiteral("a@x.org")), QStringLiteral("a@x.org"));
        try {
            store.insert(sample(QStringLiteral("A@x.org")), QStringLiteral("a@x.org"));
            QFAIL("a second user with the same key was stored");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::UniqueViolation);
        }
        QCOMPARE(store.count(), 1);
    }

    void listPagesInIdOrder()
    {
        TestDatabase db;
        UserStore store(db.connection());
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << store.insert(sample(QStringLiteral("u%1@x.org").arg(i)), QStringLiteral("u%1@x.org").arg(i));
        const auto firstPage = store.list(0, 2);
        QCOMPARE(firstPage.size(), size_t(2));
        QCOMPARE(firstPage[1].id, ids[1]);
        const auto rest = store.list(firstPage.back().id);
        QCOMPARE(rest.size(), size_t(3));
        QCOMPARE(rest.front().id, ids[2]);
        QCOMPARE(store.list().size(), size_t(5));
    }

    void updates()
    {
        TestDatabase db;
        UserStore store(db.connection());
        const qint64 id = store.insert(sample(QStringLiteral("a@x.org")), QStringLiteral("a@x.org"));
        store.updateProfile(id, QStringLiteral("Ada"), fromEpoch(1767268900));
        store.setDisabled(id, true, fromEpoch(1767269000));
        store.recordLogin(id, fromEpoch(1767269100));
        store.upgradePasswordHash(id, QStringLiteral("upgraded"), fromEpoch(1767269200));
        auto user = store.findById(id);
        QCOMPARE(user->name, QStringLiteral("Ada"));
        QVERIFY(user->disabled);
        QCOMPARE(user->lastLoginAt, std::optional(fromEpoch(1767269100)));
        QCOMPARE(user->passwordHash, QStringLiteral("upgraded"));
        QCOMPARE(user->passwordChangedAt, fromEpoch(1767268800)); // an upgrade is not a change
        QCOMPARE(user->updatedAt, fromEpoch(1767269200));
        store.updatePasswordHash(id, QStringLiteral("changed"), fromEpoch(1767269300));
        user = store.findById(id);
        QCOMPARE(user->passwordChangedAt, fromEpoch(1767269300));
    }

    void removeDeletesOnce()
    {
        TestDatabase db;
        UserStore store(db.connection());
        const qint64 id = store.insert(sample(QStringLiteral("a@x.org")), QStringLiteral("a@x.org"));
        QVERIFY(store.remove(id));
        QVERIFY(!store.remove(id));
        QCOMPARE(store.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
