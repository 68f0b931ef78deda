// SPDX-License-Identifier: GPL-3.0-or-later
// The real OS keychain (Secret Service via gnome-keyring on a private session bus, started by
// checks/with-keychain.sh): Keyward stores its master key there and reads the same key back;
// secret-tool, an independent client, sees the entry.
#include "auth/keychain.h"
#include "auth/masterkey.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestKeychain : public QObject {
    Q_OBJECT

private slots:
    void masterKeyLivesInTheKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through checks/with-keychain.sh");
        QTemporaryDir dir;
        OsKeychain keychain(5000);
        const QString account = QStringLiteral("master-key:") + dir.path();
        const auto created = MasterKeyProvider(dir.path(), {}, &keychain, account).obtain();
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->source, QStringLiteral("the OS keychain"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("master.key"))));

        OsKeychain fresh(5000);
        const Keychain::Reading reading = fresh.read(MasterKeyProvider::keychainService(), account);
        QCOMPARE(int(reading.outcome), int(Keychain::Outcome::Found));
        QCOMPARE(QByteArray::fromBase64(reading.secret), created->bytes);
        const auto again = MasterKeyProvider(dir.path(), {}, &fresh, account).obtain();
        QCOMPARE(again->bytes, created->bytes);

        // secret-tool finds the entry QtKeychain wrote (its libsecret schema: server + user).
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), MasterKeyProvider::keychainService(),
                      QStringLiteral("user"), account});
        QVERIFY(lookup.waitForFinished(10000));
        const QByteArray stored = lookup.readAllStandardOutput().trimmed();
        QVERIFY2(!stored.isEmpty(), lookup.readAllStandardError().constData());
        QVERIFY(stored.contains(created->bytes.toBase64())
                || QByteArray::fromBase64(stored).contains(created->bytes.toBase64()));
    }

    void aMissingEntryIsNotFound()
    {
        OsKeychain keychain(5000);
        QCOMPARE(int(keychain.read(MasterKeyProvider::keychainService(), QStringLiteral("no-such-account")).outcome),
                 int(Keychain::Outcome::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
