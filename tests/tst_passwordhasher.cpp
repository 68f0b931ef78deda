// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/constanttime.h"
#include "crypto/passwordhasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace keyward;

class TestPasswordHasher : public QObject {
    Q_OBJECT

private slots:
    void hashesAreArgon2idPhcStringsAtTheConfiguredCost()
    {
        const PasswordHasher hasher({2, 19 * 1024});
        const QString hash = hasher.hash(QStringLiteral("correct horse battery staple"));
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")), qPrintable(hash));
        QVERIFY(hash != hasher.hash(QStringLiteral("correct horse battery staple"))); // salted
        const auto verdict = hasher.verify(QStringLiteral("correct horse battery staple"), hash);
        QVERIFY(verdict.matches);
        QVERIFY(!verdict.needsRehash);
        QVERIFY(!hasher.verify(QStringLiteral("correct horse battery stapl"), hash).matches);
    }

    // Known answers from implementations other than libsodium.
    void argon2idFromTheReferenceImplementation_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("matches");
        QTest::newRow("right") << QStringLiteral("correct horse battery staple") << true;
        QTest::newRow("wrong") << QStringLiteral("correct horse battery stapler") << false;
    }

    void argon2idFromTheReferenceImplementation()
    {
        QFETCH(QString, password);
        QFETCH(bool, matches);
        // Made by the Argon2 reference implementation's CLI:
        // echo -n "correct horse battery staple" | argon2 keywardfixturesalt -id -t 2 -m 14 -p 1 -e
        const QString reference = QStringLiteral(
            "$argon2id$v=19$m=16384,t=2,p=1$a2V5d2FyZGZpeHR1cmVzYWx0$Q6KD+GZGEf6+hgyE3nKFsDbxb0w6fLdFkpMP5kQ4j5E");
        const PasswordHasher hasher;
        const auto verdict = hasher.verify(password, reference);
        QCOMPARE(verdict.matches, matches);
        // m=16 MiB is weaker than the 19 MiB default: a match asks for an upgrade.
        QCOMPARE(verdict.needsRehash, matches);
    }

    void argon2idWithParallelismFromTheReferenceImplementation()
    {
        // echo -n password | argon2 somesalt -id -t 2 -m 16 -p 4 -e
        const QString reference
            = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo");
        QVERIFY(PasswordHasher().verify(QStringLiteral("password"), reference).matches);
        QVERIFY(!PasswordHasher().verify(QStringLiteral("Password"), reference).matches);
    }

    // Published bcrypt test vectors (Openwall crypt_blowfish), in all three prefixes.
    void bcryptVectors_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("hash");
        QTest::newRow("U*U") << QStringLiteral("U*U")
                             << QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
        QTest::newRow("U*U*") << QStringLiteral("U*U*")
                              << QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK");
        QTest::newRow("U*U*U") << QStringLiteral("U*U*U")
                               << QStringLiteral("$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a");
        QTest::newRow("72 bytes") << QStringLiteral(
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789chars after 72 are ignored")
                                  << QStringLiteral("$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui");
        QTest::newRow("2b prefix") << QStringLiteral("U*U")
                                   << QStringLiteral("$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
        QTest::newRow("2y prefix") << QStringLiteral("U*U")
                                   << QStringLiteral("$2y$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
    }

    void bcryptVectors()
    {
        QFETCH(QString, password);
        QFETCH(QString, hash);
        const PasswordHasher hasher;
        QVERIFY(PasswordHasher::isSupportedHash(hash));
        const auto verdict = hasher.verify(password, hash);
        QVERIFY(verdict.matches);
        QVERIFY(verdict.needsRehash); // bcrypt is always upgraded to Argon2id
        QVERIFY(!hasher.verify(password + QLatin1Char('x'), hash).matches || password.toUtf8().size() >= 72);
        QVERIFY(!hasher.verify(QStringLiteral("U*U*U*U"), hash).matches);
    }

    void bcryptRefusesAnEmbeddedNul()
    {
        const QString hash = QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
        QVERIFY(!PasswordHasher().verify(QStringLiteral("U*U") + QChar(0) + QStringLiteral("tail"), hash).matches);
    }

    void changedParametersAskForARehash()
    {
        const QString hash = PasswordHasher({1, 7 * 1024}).hash(QStringLiteral("a long enough password"));
        const auto verdict = PasswordHasher({2, 19 * 1024}).verify(QStringLiteral("a long enough password"), hash);
        QVERIFY(verdict.matches);
        QVERIFY(verdict.needsRehash);
        QVERIFY(!PasswordHasher({1, 7 * 1024}).verify(QStringLiteral("a long enough password"), hash).needsRehash);
    }

    void malformedHashesNeverMatch_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("secret");
        QTest::newRow("md5crypt") << QStringLiteral("$1$saltsalt$abcdefghijklmnopqrstuv");
        QTest::newRow("truncated bcrypt")
            << QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOe");
        QTest::newRow("bcrypt cost 99") << QStringLiteral(
            "$2a$99$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW");
        QTest::newRow("argon2 garbage") << QStringLiteral("$argon2id$v=19$m=x,t=2,p=1$abc$def");
        QTest::newRow("argon2 version 16")
            << QStringLiteral("$argon2id$v=16$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo");
    }

    void malformedHashesNeverMatch()
    {
        QFETCH(QString, hash);
        QVERIFY(!PasswordHasher::isSupportedHash(hash));
        const auto verdict = PasswordHasher().verify(QStringLiteral("secret"), hash);
        QVERIFY(!verdict.matches);
        QVERIFY(!verdict.needsRehash);
    }

    void constantTimeEquality()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
