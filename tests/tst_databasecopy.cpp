// SPDX-License-Identifier: GPL-3.0-or-later
// db copy, backup and restore: every row arrives, ids continue, keys stay sealed and still
// open with the master key, and a failed copy leaves the target as it was. Under the postgres
// label the target (and the backed-up database) is PostgreSQL.
#include "testdatabase.h"
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/keyservice.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "storage/databasebackup.h"
#include "storage/databasecopy.h"
#include "storage/schema.h"
#include "storage/sqlstatement.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestDatabaseCopy : public QObject {
    Q_OBJECT

private:
    const Actor m_local = Actor::local(QStringLiteral("test"));

    // Every row of every table, as text, in a stable order: what must survive a copy.
    static QStringList contents(Database &database)
    {
        QStringList all;
        for (const SchemaTable &table : schemaTables()) {
            QStringList rows; // sorted: rows with equal first columns come in no fixed order
            SqlStatement query(database.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table.name));
            query.exec();
            while (query.next()) {
                QStringList values;
                const QSqlRecord record = query.record();
                for (int i = 0; i < record.count(); ++i) {
                    const QVariant value = query.value(i);
                    values << (value.isNull() ? QStringLiteral("NULL")
                                   : value.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(value.toByteArray().toHex())
                                   : value.toString());
                }
                rows << table.name + QLatin1Char('|') + values.join(QLatin1Char('|'));
            }
            rows.sort();
            all << rows;
        }
        return all;
    }

    // A lived-in SQLite installation: users, a custom role whose parent has a higher id,
    // a session, a revocation, a rotated key.
    static std::shared_ptr<Backend> livedIn(const QString &dataDir, ManualClock &clock)
    {
        BackendOptions options;
        options.data.dataDir = dataDir;
        options.environment = QProcessEnvironment();
        options.environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"),
                                   QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        options.commandLineSettings = {{QStringLiteral("passwords.argon2_ops"), QStringLiteral("1")},
                                       {QStringLiteral("passwords.argon2_memory_kib"), QStringLiteral("7168")}};
        options.clock = std::shared_ptr<Clock>(&clock, [](Clock *) {});
        auto opened = Backend::open(options);
        if (!opened || !opened.value()->startTokens())
            qFatal("cannot open the source installation");
        Backend &kw = *opened.value();
        const Actor local = Actor::local(QStringLiteral("test"));
        const auto ada = kw.accounts().create(local,
                                              {QStringLiteral("ada@x.org"),
                                               QStringLiteral("Ada"),
                                               {QStringLiteral("admin")},
                                               QStringLiteral("a sturdy passphrase"),
                                               {}});
        require(bool(ada));
        require(bool(kw.accounts().create(
            local, {QStringLiteral("bob@x.org"), {}, {}, QStringLiteral("another passphrase"), {}})));
        const QSqlDatabase db = kw.database().connection();
        SqlStatement(db,
                     QStringLiteral("INSERT INTO roles (name, parent_id, builtin, description) "
                                    "VALUES ('lead', 2, 0, 'x')"))
            .exec();
        SqlStatement(db,
                     QStringLiteral("INSERT INTO roles (name, parent_id, builtin, description) "
                                    "VALUES ('top', NULL, 0, 'y')"))
            .exec();
        SqlStatement(db,
                     QStringLiteral("UPDATE roles SET parent_id = (SELECT id FROM roles WHERE name = 'top') "
                                    "WHERE name = 'lead'"))
            .exec();
        const auto pair = kw.sessions().start(ada.value(), {QStringLiteral("127.0.0.1"), QStringLiteral("test")});
        require(bool(pair));
        require(bool(kw.sessions().refresh(pair->refreshToken, {})));
        require(bool(kw.keys().rotate(local, JwsAlgorithm::EdDSA, RotationTiming::Now)));
        require(kw.tokens().revoke(local, kw.tokens().issue(ada.value(), 600, {})->token).ok());
        return opened.value();
    }

    static void require(bool condition)
    {
        if (!condition)
            qFatal("setting up the source installation failed");
    }

private slots:
    void schemaTablesListsEveryTable()
    {
        TestDatabase db;
        const QString sql = db.isPostgres()
            ? QStringLiteral(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
            : QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1");
        SqlStatement query(db.connection(), sql);
        query.exec();
        QStringList present;
        while (query.next())
            present << query.value(0).toString();
        QStringList listed;
        for (const SchemaTable &table : schemaTables())
            listed << table.name;
        listed.sort();
        QCOMPARE(listed, present); // a migration that adds a table must add it to schemaTables()
    }

    void copyMovesEveryRowAndKeysStillOpen()
    {
        QTemporaryDir dir;
        ManualClock clock(TestInstallation::startTime());
        const auto source = livedIn(dir.path(), clock);
        TestDatabase target(false);
        const auto copied = DatabaseCopy(source->database(), target.database()).run(DatabaseCopy::Target::MustBeEmpty);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
        QCOMPARE(copied->size(), qsizetype(schemaTables().size()));
        QCOMPARE(contents(target.database()), contents(source->database()));

        // New rows continue after the copied ids.
        const qint64 nextUser = SqlStatement(target.connection(),
                                             QStringLiteral("INSERT INTO users (email, email_key, password_hash, "
                                                            "created_at, updated_at, password_changed_at) VALUES "
                                                            "('c@x.org', 'c@x.org', 'h', 0, 0, 0) RETURNING id"))
                                    .insertReturningId();
        QCOMPARE(nextUser, 3);

        // Copying again would overwrite an installation: refused, nothing changes.
        const QStringList before = contents(target.database());
        const auto again = DatabaseCopy(source->database(), target.database()).run(DatabaseCopy::Target::MustBeEmpty);
        QVERIFY(!again);
        QCOMPARE(again.error().codeName(), QStringLiteral("target_not_empty"));
        QCOMPARE(contents(target.database()), before);
    }

    void theCopiedKeysSignWithTheSameMasterKey()
    {
        QTemporaryDir dir;
        ManualClock clock(TestInstallation::startTime());
        const auto source = livedIn(dir.path(), clock);
        const QByteArray token
            = source->tokens().issue(source->accounts().find(QStringLiteral("bob@x.org")).value(), 600, {})->token;
        TestDatabase target(false);
        QVERIFY(DatabaseCopy(source->database(), target.database()).run(DatabaseCopy::Target::MustBeEmpty));

        QTemporaryDir otherDir;
        BackendOptions options;
        options.data.dataDir = otherDir.path();
        options.data.databaseUrl
            = target.isPostgres() ? target.config().displayName() : QStringLiteral("sqlite://") + target.path();
        options.environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"),
                                   QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        options.clock = std::shared_ptr<Clock>(&clock, [](Clock *) {});
        const auto moved = Backend::open(options);
        QVERIFY(moved);
        QVERIFY(moved.value()->startTokens());
        QVERIFY(moved.value()->tokens().verify(token).valid()); // same keys, still sealed by the same master key
        QCOMPARE(moved.value()->keys().activeKey()->kid, source->keys().activeKey()->kid);
    }

    void backupAndRestoreRoundTrip()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens());
        QVERIFY(kw.backend().accounts().create(
            m_local, {QStringLiteral("ada@x.org"), {}, {}, QStringLiteral("a sturdy passphrase"), {}}));
        const QStringList before = contents(kw.backend().database());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("backup"));
        DatabaseBackup backups(kw.backend().database());
        const auto made = backups.backup(file);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(backups.backup(file).error().codeName(), QStringLiteral("file_exists"));

        QVERIFY(kw.backend().accounts().remove(m_local, QStringLiteral("ada@x.org")));
        QVERIFY(contents(kw.backend().database()) != before);
        const auto restored = backups.restore(file);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(contents(kw.backend().database()), before);
    }

    void restoreRefusesWhatIsNotABackup()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().accounts().create(
            m_local, {QStringLiteral("ada@x.org"), {}, {}, QStringLiteral("a sturdy passphrase"), {}}));
        const QStringList before = contents(kw.backend().database());
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QCOMPARE(DatabaseBackup(kw.backend().database()).restore(junk.fileName()).error().codeName(),
                 QStringLiteral("wrong_backup"));
        // A SQLite file that is not Keyward's: the copy fails and the database is unchanged.
        {
            Database foreign(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("foreign.db"))));
            SqlStatement(foreign.connection(), QStringLiteral("CREATE TABLE users (x TEXT)")).exec();
        }
        QVERIFY(!DatabaseBackup(kw.backend().database()).restore(dir.filePath(QStringLiteral("foreign.db"))));
        QCOMPARE(contents(kw.backend().database()), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
