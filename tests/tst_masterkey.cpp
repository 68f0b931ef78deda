// SPDX-License-Identifier: GPL-3.0-or-later
// Where the master key comes from, in order, with a stand-in keychain; the real OS keychain is
// exercised by tst_keychain under a private session bus.
#include "auth/keychain.h"
#include "auth/masterkey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace keyward;

namespace {

class FakeKeychain final : public Keychain {
public:
    Outcome availability = Outcome::NotFound;
    QHash<QString, QByteArray> entries;
    bool writable = true;
    int reads = 0;

    Reading read(const QString &service, const QString &account) override
    {
        ++reads;
        if (availability == Outcome::Unavailable)
            return {};
        const auto it = entries.constFind(service + QLatin1Char('/') + account);
        return it == entries.cend() ? Reading{Outcome::NotFound, {}} : Reading{Outcome::Found, *it};
    }

    bool write(const QString &service, const QString &account, const QByteArray &secret) override
    {
        if (!writable || availability == Outcome::Unavailable)
            return false;
        entries.insert(service + QLatin1Char('/') + account, secret);
        return true;
    }
};

const QByteArray kKey(32, 'K');

} // namespace

class TestMasterKey : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeKeyFile(const QString &name, const QByteArray &content, QFile::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write key file");
        file.write(content);
        file.setPermissions(permissions);
        return path;
    }

    static QProcessEnvironment environment(const QString &name, const QString &value)
    {
        QProcessEnvironment environment;
        environment.insert(name, value);
        return environment;
    }

private slots:
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("master.key"))); }

    void environmentVariableComesFirst()
    {
        FakeKeychain keychain;
        keychain.entries.insert(QStringLiteral("keyward/acct"), QByteArray(32, 'C').toBase64());
        MasterKeyProvider provider(
            m_dir.path(), environment(QStringLiteral("KEYWARD_MASTER_KEY"), QString::fromLatin1(kKey.toBase64())),
            &keychain, QStringLiteral("acct"));
        const auto key = provider.obtain();
        QVERIFY(key);
        QCOMPARE(key->bytes, kKey);
        QCOMPARE(key->source, QStringLiteral("KEYWARD_MASTER_KEY"));
        QCOMPARE(keychain.reads, 0);
        const auto bad = MasterKeyProvider(
                             m_dir.path(),
                             environment(QStringLiteral("KEYWARD_MASTER_KEY"), QStringLiteral("c2hvcnQ=")), nullptr, {})
                             .obtain();
        QCOMPARE(bad.error().message, QStringLiteral("KEYWARD_MASTER_KEY must be the base64 of exactly 32 bytes"));
    }

    void keyFileMustBePrivate()
    {
        const QString path
            = writeKeyFile(QStringLiteral("given.key"), kKey.toBase64() + '\n', QFile::ReadOwner | QFile::WriteOwner);
        const auto key
            = MasterKeyProvider(m_dir.path(), environment(QStringLiteral("KEYWARD_MASTER_KEY_FILE"), path), nullptr, {})
                  .obtain();
        QVERIFY(key);
        QCOMPARE(key->bytes, kKey);
        QCOMPARE(key->source, path);
        writeKeyFile(QStringLiteral("given.key"), kKey, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const auto loose
            = MasterKeyProvider(m_dir.path(), environment(QStringLiteral("KEYWARD_MASTER_KEY_FILE"), path), nullptr, {})
                  .obtain();
        QVERIFY(!loose);
        QVERIFY(loose.error().message.contains(QStringLiteral("chmod 600")));
        const auto missing
            = MasterKeyProvider(m_dir.path(),
                                environment(QStringLiteral("KEYWARD_MASTER_KEY_FILE"), path + QLatin1Char('x')),
                                nullptr, {})
                  .obtain();
        QVERIFY(missing.error().message.startsWith(QStringLiteral("cannot read the master key file")));
    }

    void keychainEntryIsUsedAndCreated()
    {
        FakeKeychain keychain;
        const auto created = MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("acct")).obtain();
        QVERIFY(created);
        QCOMPARE(created->source, QStringLiteral("the OS keychain"));
        QCOMPARE(keychain.entries.value(QStringLiteral("keyward/acct")), created->bytes.toBase64());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("master.key"))));
        const auto again = MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("acct")).obtain();
        QCOMPARE(again->bytes, created->bytes);
        // Another installation gets its own entry.
        const auto other = MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("other")).obtain();
        QVERIFY(other->bytes != created->bytes);
    }

    void withoutAKeychainAPrivateKeyFileIsGenerated()
    {
        FakeKeychain keychain;
        keychain.availability = Keychain::Outcome::Unavailable;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no OS keychain answered: .*master.key")));
        const auto generated = MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("acct")).obtain();
        QVERIFY(generated);
        const QString path = m_dir.filePath(QStringLiteral("master.key"));
        QCOMPARE(generated->source, path);
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        // Next start: the same key from the file, even if a keychain has appeared since.
        keychain.availability = Keychain::Outcome::NotFound;
        const auto reread = MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("acct")).obtain();
        QCOMPARE(reread->bytes, generated->bytes);
        QVERIFY(keychain.entries.isEmpty());
    }

    void existingSealedKeysNeedTheirKey()
    {
        FakeKeychain keychain;
        keychain.availability = Keychain::Outcome::Unavailable;
        const auto missing = MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("acct")).obtain(false);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QStringLiteral("no master key was found (tried KEYWARD_MASTER_KEY")),
                 qPrintable(missing.error().message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("master.key")))); // nothing written
        keychain.availability = Keychain::Outcome::NotFound;
        QVERIFY(!MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("acct")).obtain(false));
        QVERIFY(keychain.entries.isEmpty());
    }

    void anUnreachableKeychainAnswersQuickly()
    {
        // No session bus at all: QtKeychain fails, and Keyward does not wait for it.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyward-test-bus");
        qunsetenv("DISPLAY");
        OsKeychain keychain(3000);
        QElapsedTimer timer;
        timer.start();
        const Keychain::Reading reading = keychain.read(MasterKeyProvider::keychainService(), QStringLiteral("acct"));
        QCOMPARE(int(reading.outcome), int(Keychain::Outcome::Unavailable));
        QVERIFY2(timer.elapsed() < 3500, qPrintable(QString::number(timer.elapsed())));
    }

    void aKeychainThatRefusesWritesFallsBackToTheFile()
    {
        FakeKeychain keychain;
        keychain.writable = false;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no OS keychain answered")));
        const auto key = MasterKeyProvider(m_dir.path(), {}, &keychain, QStringLiteral("acct")).obtain();
        QVERIFY(key);
        QCOMPARE(key->source, m_dir.filePath(QStringLiteral("master.key")));
    }
};

QTEST_GUILESS_MAIN(TestMasterKey)
#include "tst_masterkey.moc"
