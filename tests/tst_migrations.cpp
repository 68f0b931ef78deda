// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/sessionservice.h"
#include "auth/statistics.h"
#include "auth/workspaceservice.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "storage/schema.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"
#include "storage/userpublicid.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace keyward;

class TestMigrations : public QObject {
    Q_OBJECT

private:
    static QStringList column(Database &db, const QString &sql)
    {
        SqlStatement query(db.connection(), sql);
        query.exec();
        QStringList values;
        while (query.next())
            values << query.value(0).toString();
        return values;
    }

    static void loadFixture(Database &db, const QString &name)
    {
        QFile file(QStringLiteral(KEYWARD_TEST_FIXTURES "/") + name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--")))
                SqlStatement(db.connection(), line).exec();
        }
    }

private slots:
    void freshDatabaseReachesLatestVersion()
    {
        TestDatabase db(false);
        MigrationRunner runner(db.database(), schemaMigrations());
        QCOMPARE(runner.currentVersion(), 0);
        runner.migrate();
        QCOMPARE(runner.currentVersion(), runner.latestVersion());
        QVERIFY(runner.latestVersion() >= 3);
        QCOMPARE(column(db.database(), QStringLiteral("SELECT name FROM roles ORDER BY id")),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("user")}));
        QCOMPARE(column(db.database(), QStringLiteral("SELECT COUNT(*) FROM permissions")).first().toInt(), 17);
        // Running again changes nothing.
        runner.migrate();
        QCOMPARE(column(db.database(), QStringLiteral("SELECT COUNT(*) FROM schema_migrations")).first().toInt(),
                 runner.latestVersion());
    }

    void versionOneFixtureMigratesWithItsData()
    {
        TestDatabase db(false);
        loadFixture(db.database(),
                    db.isPostgres() ? QStringLiteral("schema_v1.postgres.sql") : QStringLiteral("schema_v1.sql"));
        MigrationRunner runner(db.database(), schemaMigrations());
        QCOMPARE(runner.currentVersion(), 1);
        runner.migrate();
        QCOMPARE(runner.currentVersion(), runner.latestVersion());
        // Users, their hashes and settings survive; accounts from before roles became plain users.
        QCOMPARE(column(db.database(), QStringLiteral("SELECT email FROM users ORDER BY id")),
                 (QStringList{QStringLiteral("Grace@Example.org"), QStringLiteral("old@example.org")}));
        QVERIFY(column(db.database(), QStringLiteral("SELECT password_hash FROM users WHERE id = 1"))
                    .first()
                    .startsWith(QLatin1String("$argon2id$")));
        QCOMPARE(column(db.database(),
                        QStringLiteral(
                            "SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id ORDER BY ur.user_id")),
                 (QStringList{QStringLiteral("user"), QStringLiteral("user")}));
        QCOMPARE(column(db.database(), QStringLiteral("SELECT value FROM settings WHERE key = 'tokens.access_ttl'")),
                 QStringList{QStringLiteral("600")});
        QCOMPARE(column(db.database(), QStringLiteral("SELECT COUNT(*) FROM audit_events")).first().toInt(), 0);
        // Every existing user got a public id of their own (schema 17): version 4 UUIDs, distinct.
        const QStringList publicIds = column(db.database(), QStringLiteral("SELECT public_id FROM users ORDER BY id"));
        QCOMPARE(publicIds.size(), 2);
        for (const QString &id : publicIds) {
            QVERIFY2(UserPublicId::isWellFormed(id), qPrintable(id));
            QCOMPARE(QUuid::fromString(id).version(), QUuid::Random);
        }
        QVERIFY(publicIds.first() != publicIds.last());
        // Counters start from the rows that were there (schema 10); workspaces are ready (11).
        QCOMPARE(column(db.database(), QStringLiteral("SELECT value FROM counters WHERE name = 'users'")),
                 QStringList{QStringLiteral("2")});
        QCOMPARE(column(db.database(), QStringLiteral("SELECT value FROM counters WHERE name = 'workspaces'")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(column(db.database(),
                        QStringLiteral("SELECT p.name FROM role_permissions rp JOIN roles r ON r.id = rp.role_id "
                                       "JOIN permissions p ON p.id = rp.permission_id WHERE r.name = 'admin' "
                                       "AND p.name LIKE 'workspaces.%' ORDER BY p.name")),
                 (QStringList{QStringLiteral("workspaces.read"), QStringLiteral("workspaces.write")}));
        SqlStatement(db.connection(),
                     QStringLiteral("INSERT INTO workspaces (slug, name, plan, created_at) "
                                    "VALUES ('acme', 'Acme', 'free', 0)"))
            .exec();
        SqlStatement(db.connection(),
                     QStringLiteral("INSERT INTO workspace_members (workspace_id, user_id, role, "
                                    "created_at) SELECT id, 1, 'owner', 0 FROM workspaces"))
            .exec();
        QCOMPARE(column(db.database(), QStringLiteral("SELECT COUNT(*) FROM workspace_members WHERE user_id = 1")),
                 QStringList{QStringLiteral("1")});
        // New rows continue the old id sequence.
        SqlStatement(db.connection(),
                     QStringLiteral("INSERT INTO users (email, email_key, password_hash, created_at, updated_at, "
                                    "password_changed_at) VALUES ('n@x.org', 'n@x.org', 'h', 0, 0, 0)"))
            .exec();
        QCOMPARE(column(db.database(), QStringLiteral("SELECT MAX(id) FROM users")).first().toInt(), 3);
    }

    // The release before workspaces (schema 10), with live sessions and refresh tokens of the
    // earlier shape: after the upgrade the sessions go on (a refresh rotates, a replay of a
    // rotated token still ends the chain), the counters keep their values, and a session can
    // move into a workspace.
    void versionTenInstallationKeepsItsSessionsThroughTheUpgrade()
    {
        TestDatabase db(false);
        std::vector<Migration> versionTen = schemaMigrations();
        versionTen.resize(10);
        QCOMPARE(versionTen.back().version, 10);
        MigrationRunner(db.database(), versionTen).migrate();
        loadFixture(db.database(), QStringLiteral("schema_v10_data.sql"));
        MigrationRunner runner(db.database(), schemaMigrations());
        runner.migrate();
        QCOMPARE(runner.currentVersion(), runner.latestVersion());
        QCOMPARE(column(db.database(), QStringLiteral("SELECT COUNT(*) FROM sessions WHERE workspace_id IS NULL")),
                 QStringList{QStringLiteral("3")});

        BackendOptions options;
        options.data.dataDir = db.dataDir();
        options.data.databaseUrl = db.databaseUrl();
        options.environment = QProcessEnvironment();
        options.clock = std::make_shared<ManualClock>(QDateTime::fromSecsSinceEpoch(1767268800, QTimeZone::utc()));
        Result<std::shared_ptr<Backend>> opened = Backend::open(options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Backend &backend = *opened.value();
        QVERIFY(backend.startTokens());
        QCOMPARE(backend.statistics().figures().users, qint64(2));
        QCOMPARE(backend.statistics().figures().activeSessions, qint64(2));

        const Actor local = Actor::local(QStringLiteral("test"));
        QVERIFY(backend.workspaces().create(local,
                                            {QStringLiteral("acme"),
                                             QStringLiteral("Acme"),
                                             {},
                                             backend.accounts().find(QStringLiteral("ada@example.org"))->record.id}));
        QVERIFY(backend.workspaces().addMember(local, QStringLiteral("acme"), QStringLiteral("bob@example.org"),
                                               QStringLiteral("member")));
        const Result<TokenPair> moved
            = backend.sessions().refresh(QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"), {},
                                         WorkspaceChoice::enter(QStringLiteral("acme")));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(moved.value().sessionId, QStringLiteral("bob-live-session"));
        const QJsonObject claims
            = QJsonDocument::fromJson(
                  QByteArray::fromBase64(moved.value().accessToken.split('.').at(1), QByteArray::Base64UrlEncoding))
                  .object();
        QCOMPARE(claims.value(QStringLiteral("workspace_slug")).toString(), QStringLiteral("acme"));
        QCOMPARE(claims.value(QStringLiteral("workspace_role")).toString(), QStringLiteral("member"));
        // The new token is of the current shape and rotates again.
        QVERIFY(backend.sessions().refresh(moved.value().refreshToken, {}));
        // A replay of the token rotated before the upgrade is reuse: the session ends.
        const Result<TokenPair> replay
            = backend.sessions().refresh(QStringLiteral("ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8"), {});
        QVERIFY(!replay);
        QVERIFY(backend.sessions().find(QStringLiteral("bob-live-session"))->revokedAt.has_value());
        // Ada's session was not touched by any of it.
        QVERIFY(backend.sessions().refresh(QStringLiteral("QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8"), {}));
        QCOMPARE(backend.statistics().figures().activeSessions, qint64(1));
    }

    void failingStepIsRolledBackAndEarlierStepsStay()
    {
        TestDatabase db(false);
        std::vector<Migration> steps{
            {1, QStringLiteral("good"), {QStringLiteral("CREATE TABLE a (x INTEGER)")}},
            {2,
             QStringLiteral("bad"),
             {QStringLiteral("CREATE TABLE b (x INTEGER)"), QStringLiteral("INSERT INTO missing VALUES (1)")}},
        };
        MigrationRunner runner(db.database(), steps);
        QVERIFY_THROWS_EXCEPTION(StorageError, runner.migrate());
        QCOMPARE(runner.currentVersion(), 1);
        QCOMPARE(column(db.database(),
                        db.isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                         "WHERE table_name IN ('a', 'b')")
                                        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                         "AND name IN ('a', 'b')")),
                 QStringList{QStringLiteral("a")});
    }

    void newerDatabaseIsRefused()
    {
        TestDatabase db;
        std::vector<Migration> older = schemaMigrations();
        older.pop_back();
        MigrationRunner runner(db.database(), older);
        try {
            runner.migrate();
            QFAIL("an older build migrated a newer database");
        } catch (const StorageError &error) {
            QVERIFY(error.message().contains(QStringLiteral("newer")));
        }
    }

    void misnumberedStepsAreRejected()
    {
        TestDatabase db(false);
        std::vector<Migration> steps{{2, QStringLiteral("skips one"), {}}};
        QVERIFY_THROWS_EXCEPTION(StorageError, MigrationRunner(db.database(), steps));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
