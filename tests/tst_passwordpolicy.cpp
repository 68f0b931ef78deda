// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/emailaddress.h"
#include "auth/passwordpolicy.h"

#include <QTest>

using namespace keyward;

class TestPasswordPolicy : public QObject {
    Q_OBJECT

private slots:
    void policy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("9 chars") << QStringLiteral("123456789") << false;
        QTest::newRow("10 chars") << QStringLiteral("1234567890") << true;
        // Ten characters outside the BMP are 20 UTF-16 units but still ten characters.
        QTest::newRow("9 emoji") << QString::fromUtf8("😀😀😀😀😀😀😀😀😀") << false;
        QTest::newRow("10 emoji") << QString::fromUtf8("😀😀😀😀😀😀😀😀😀😀") << true;
        QTest::newRow("1024 bytes") << QString(1024, QLatin1Char('a')) << true;
        QTest::newRow("1025 bytes") << QString(1025, QLatin1Char('a')) << false;
        QTest::newRow("512 two-byte chars") << QString(512, QChar(0xe9)) << true;
        QTest::newRow("513 two-byte chars") << QString(513, QChar(0xe9)) << false;
        QTest::newRow("the e-mail") << QStringLiteral("alice.long@example.org") << false;
        QTest::newRow("the e-mail, other case") << QStringLiteral(" Alice.Long@Example.ORG") << false;
    }

    void policy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const Status result = PasswordPolicy::check(password, QStringLiteral("alice.long@example.org"));
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.error().codeName(), QStringLiteral("weak_password"));
            QVERIFY(!result.error().message.isEmpty());
            QVERIFY(!result.error().message.contains(password)); // never echo the password
        }
    }

    void emailSyntax_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ada@example.org") << true;
        QTest::newRow("plus and dots") << QStringLiteral("ada.l+tag@mail.example.org") << true;
        QTest::newRow("dotless domain") << QStringLiteral("admin@localhost") << true;
        QTest::newRow("surrounding space") << QStringLiteral("  ada@example.org ") << true;
        QTest::newRow("no at") << QStringLiteral("ada.example.org") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.org") << false;
        QTest::newRow("empty local") << QStringLiteral("@example.org") << false;
        QTest::newRow("space inside") << QStringLiteral("ada lovelace@example.org") << false;
        QTest::newRow("trailing dot") << QStringLiteral("ada@example.") << false;
        QTest::newRow("hyphen label") << QStringLiteral("ada@-example.org") << false;
        QTest::newRow("newline") << QStringLiteral("ada@example.org\nBcc: x@y.z") << false;
        QTest::newRow("too long") << QString(250, QLatin1Char('a')).insert(60, QStringLiteral("@"))
                + QStringLiteral(".org")
                                  << false;
        QTest::newRow("empty") << QString() << false;
    }

    void emailSyntax()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(EmailAddress::isValid(email), valid);
    }

    void emailKeyIsTrimmedAndCaseInsensitive()
    {
        QCOMPARE(EmailAddress::key(QStringLiteral("  Ada@Example.ORG ")), QStringLiteral("ada@example.org"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
