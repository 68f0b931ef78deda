// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "config/dataoptions.h"
#include "storage/sessionstore.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace keyward;

class TestDatabaseLayer : public QObject {
    Q_OBJECT

private:
    static qint64 countRows(Database &db, const QString &table)
    {
        return SqlStatement(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar().toLongLong();
    }

    static void createScratchTable(Database &db)
    {
        SqlStatement(db.connection(),
                     db.dialect().expand(QStringLiteral("CREATE TABLE scratch (id ${ID}, value TEXT)")))
            .exec();
    }

    static void insertScratch(const QSqlDatabase &connection, const QString &value)
    {
        SqlStatement(connection, QStringLiteral("INSERT INTO scratch (value) VALUES (:v)"))
            .bind(QStringLiteral(":v"), value)
            .exec();
    }

private slots:
    void sqlitePragmas()
    {
        TestDatabase db;
        if (db.isPostgres())
            QSKIP("SQLite only");
        const QSqlDatabase connection = db.connection();
        QCOMPARE(SqlStatement(connection, QStringLiteral("PRAGMA journal_mode")).scalar().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(SqlStatement(connection, QStringLiteral("PRAGMA foreign_keys")).scalar().toInt(), 1);
        QCOMPARE(SqlStatement(connection, QStringLiteral("PRAGMA synchronous")).scalar().toInt(), 1); // NORMAL
    }

    void eachThreadGetsItsOwnConnection()
    {
        TestDatabase db;
        createScratchTable(db.database());
        const QString mainName = db.connection().connectionName();
        QString otherName;
        constexpr int kRowsPerThread = 300;
        // Two writers at once: the busy timeout and BEGIN IMMEDIATE must let every insert through.
        auto writer = [&db](QString *name) {
            for (int i = 0; i < kRowsPerThread; ++i) {
                TransactionGuard transaction(db.database());
                insertScratch(transaction.connection(), QStringLiteral("row"));
                transaction.commit();
            }
            if (name)
                *name = db.connection().connectionName();
        };
        std::unique_ptr<QThread> thread(QThread::create(writer, &otherName));
        thread->start();
        writer(nullptr);
        QVERIFY(thread->wait(60000));
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != mainName);
        QCOMPARE(countRows(db.database(), QStringLiteral("scratch")), 2 * kRowsPerThread);
    }

    void transactionRollsBackUnlessCommitted()
    {
        TestDatabase db;
        createScratchTable(db.database());
        {
            TransactionGuard transaction(db.database());
            insertScratch(transaction.connection(), QStringLiteral("lost"));
        }
        QCOMPARE(countRows(db.database(), QStringLiteral("scratch")), 0);
        {
            TransactionGuard transaction(db.database());
            insertScratch(transaction.connection(), QStringLiteral("kept"));
            transaction.commit();
        }
        QCOMPARE(countRows(db.database(), QStringLiteral("scratch")), 1);
    }

    void nestedGuardsAreSavepoints()
    {
        TestDatabase db;
        createScratchTable(db.database());
        {
            TransactionGuard outer(db.database());
            insertScratch(outer.connection(), QStringLiteral("outer"));
            {
                TransactionGuard failed(db.database());
                insertScratch(failed.connection(), QStringLiteral("undone"));
            }
            {
                TransactionGuard inner(db.database());
                insertScratch(inner.connection(), QStringLiteral("inner"));
                inner.commit();
            }
            outer.commit();
        }
        SqlStatement values(db.connection(), QStringLiteral("SELECT value FROM scratch ORDER BY id"));
        values.exec();
        QStringList seen;
        while (values.next())
            seen << values.value(0).toString();
        QCOMPARE(seen, (QStringList{QStringLiteral("outer"), QStringLiteral("inner")}));
    }

    void uniqueViolationIsReportedAsSuch()
    {
        TestDatabase db;
        SqlStatement(db.connection(), QStringLiteral("CREATE TABLE u (k TEXT UNIQUE)")).exec();
        SqlStatement(db.connection(), QStringLiteral("INSERT INTO u VALUES ('a')")).exec();
        try {
            SqlStatement(db.connection(), QStringLiteral("INSERT INTO u VALUES ('a')")).exec();
            QFAIL("the duplicate insert succeeded");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::UniqueViolation);
        }
    }

    void badSqlThrowsWithoutCrashing()
    {
        TestDatabase db;
        QVERIFY_THROWS_EXCEPTION(StorageError, SqlStatement(db.connection(), QStringLiteral("SELEKT 1")).exec());
    }

    void unreachableDatabaseIsUnavailable()
    {
        Database db(DatabaseConfig::sqlite(QStringLiteral("/nonexistent-dir/for/sure/keyward.db")));
        try {
            db.connection();
            QFAIL("opened a database in a missing directory");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Unavailable);
        }
    }

    void postgresUrlIsParsedAndPasswordNeverShown()
    {
        const auto config = DatabaseConfig::fromUrl(
            QStringLiteral("postgresql://kw:s3cret@db.example.org:5433/keyward?sslmode=require"));
        QVERIFY(config.ok());
        QCOMPARE(config->kind, SqlDialect::Kind::Postgres);
        QCOMPARE(config->host, QStringLiteral("db.example.org"));
        QCOMPARE(config->port, 5433);
        QCOMPARE(config->databaseName, QStringLiteral("keyward"));
        QCOMPARE(config->user, QStringLiteral("kw"));
        QCOMPARE(config->password, QStringLiteral("s3cret"));
        // An unreachable host fails within seconds, not libpq's default of never.
        QCOMPARE(config->connectOptions, QStringLiteral("sslmode=require;connect_timeout=5"));
        QCOMPARE(config->statementTimeoutMs, 10000);
        QVERIFY(!config->displayName().contains(QStringLiteral("s3cret")));
        const auto tuned = DatabaseConfig::fromUrl(
            QStringLiteral("postgresql://kw@db/keyward?connect_timeout=2&statement_timeout=2500&sslmode=verify-full"));
        QVERIFY(tuned.ok());
        QCOMPARE(tuned->connectOptions, QStringLiteral("connect_timeout=2;sslmode=verify-full"));
        QCOMPARE(tuned->statementTimeoutMs, 2500);
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://x@y/z?statement_timeout=soon")).ok());
        // A value cannot smuggle a second libpq option in.
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://x@y/z?sslmode=disable%3Bhost%3Devil")).ok());
        QCOMPARE(DatabaseConfig::fromUrl(QStringLiteral("mysql://x@y/z")).error().codeName(),
                 QStringLiteral("invalid_db_url"));
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://x@y/z?evil=1")).ok());
    }

    void postgresSessionsHaveTimeoutsAndTls()
    {
        TestDatabase db;
        if (!db.isPostgres())
            QSKIP("PostgreSQL only");
        const QSqlDatabase plain = db.connection();
        QCOMPARE(SqlStatement(plain, QStringLiteral("SHOW statement_timeout")).scalar().toString(),
                 QStringLiteral("10s"));
        QCOMPARE(SqlStatement(plain, QStringLiteral("SHOW lock_timeout")).scalar().toString(), QStringLiteral("10s"));
        // sslmode in the URL reaches libpq: the test cluster has a certificate.
        DatabaseConfig config = db.config();
        config.connectOptions = QStringLiteral("sslmode=require");
        config.statementTimeoutMs = 1500;
        Database encrypted(config);
        const QSqlDatabase tls = encrypted.connection();
        QCOMPARE(SqlStatement(tls, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                     .scalar()
                     .toBool(),
                 true);
        QCOMPARE(SqlStatement(tls, QStringLiteral("SHOW statement_timeout")).scalar().toString(),
                 QStringLiteral("1500ms"));
        QCOMPARE(SqlStatement(plain, QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                     .scalar()
                     .toBool(),
                 false);
        // A statement over its limit fails (the API answers 503) instead of holding the request.
        QVERIFY_THROWS_EXCEPTION(StorageError, SqlStatement(tls, QStringLiteral("SELECT pg_sleep(3)")).exec());
    }

    void afterCommitActionsFollowTheOutermostCommitOnly()
    {
        TestDatabase db;
        QStringList ran;
        const auto note = [&ran](const QString &what) { return [&ran, what] { ran << what; }; };
        TransactionGuard::afterCommit(db.connection(), note(QStringLiteral("no transaction")));
        QCOMPARE(ran, QStringList{QStringLiteral("no transaction")});
        {
            TransactionGuard outer(db.database());
            TransactionGuard::afterCommit(outer.connection(), note(QStringLiteral("outer")));
            {
                TransactionGuard kept(db.database());
                TransactionGuard::afterCommit(kept.connection(), note(QStringLiteral("kept savepoint")));
                kept.commit();
            }
            {
                TransactionGuard undone(db.database());
                TransactionGuard::afterCommit(undone.connection(), note(QStringLiteral("undone savepoint")));
            } // rolled back
            QCOMPARE(ran.size(), 1); // nothing before the outermost commit
            outer.commit();
        }
        QCOMPARE(
            ran,
            (QStringList{QStringLiteral("no transaction"), QStringLiteral("outer"), QStringLiteral("kept savepoint")}));
        {
            TransactionGuard rolledBack(db.database());
            TransactionGuard::afterCommit(rolledBack.connection(), note(QStringLiteral("rolled back")));
        }
        QCOMPARE(ran.size(), 3);
    }

    // The console counts the active sessions of a page of users: through the index on user_id,
    // never the one on revoked_at, which holds nearly every active session (a page of 200 users
    // of 100,000 read all 20,000 sessions).
    void activeSessionsOfSomeUsersAreFoundThroughTheirIndex()
    {
        TestDatabase db;
        if (db.isPostgres())
            QSKIP("a SQLite query plan (PostgreSQL plans by its statistics)");
        QSqlQuery plan(db.connection());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + SessionStore::activeCountsOfUsersSql()));
        for (int i = 0; i < plan.boundValues().size(); ++i)
            plan.bindValue(i, 1);
        QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString described = steps.join(QLatin1Char('|'));
        QVERIFY2(described.contains(QLatin1String("USING INDEX sessions_user_created")), qPrintable(described));
        QVERIFY2(!described.contains(QLatin1String("sessions_revoked")), qPrintable(described));
    }

    void dialectPlaceholders()
    {
        const SqlDialect sqlite(SqlDialect::Kind::Sqlite);
        const SqlDialect postgres(SqlDialect::Kind::Postgres);
        QCOMPARE(sqlite.expand(QStringLiteral("id ${ID}, b ${BLOB}")),
                 QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT, b BLOB"));
        QCOMPARE(postgres.expand(QStringLiteral("b ${BLOB}")), QStringLiteral("b BYTEA"));
    }

    void dataDirectoryIsCreatedOwnerOnly()
    {
        QTemporaryDir parent;
        QCommandLineParser parser;
        DataOptions::addTo(parser);
        const QString dir = parent.filePath(QStringLiteral("nested/keyward"));
        QVERIFY(parser.parse({QStringLiteral("prog"), QStringLiteral("--data-dir"), dir}));
        const DataOptions options = DataOptions::from(parser, QProcessEnvironment());
        QVERIFY(options.ensureDataDir().ok());
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(dir).constData(), &info), 0);
        QVERIFY(S_ISDIR(info.st_mode));
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        QCOMPARE(options.databaseConfig()->sqlitePath, dir + QStringLiteral("/keyward.db"));
    }

    void environmentNamesTheDataDirectory()
    {
        QCommandLineParser parser;
        DataOptions::addTo(parser);
        QVERIFY(parser.parse({QStringLiteral("prog")}));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("KEYWARD_DATA_DIR"), QStringLiteral("/srv/keyward"));
        environment.insert(QStringLiteral("KEYWARD_DB"), QStringLiteral("postgresql://a@b/c"));
        const DataOptions options = DataOptions::from(parser, environment);
        QCOMPARE(options.dataDir, QStringLiteral("/srv/keyward"));
        QCOMPARE(options.databaseConfig()->kind, SqlDialect::Kind::Postgres);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLayer)
#include "tst_database.moc"
