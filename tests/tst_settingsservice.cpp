// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsService: the one write path (permission, every rule start-up checks, all or nothing,
// audit), the snapshot every thread reads while changes are published, and a second backend on
// the same database applying a change once its clock says a second has passed.
#include "testinstallation.h"

#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/settingsservice.h"
#include "backend/backend.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace keyward;
using namespace std::chrono_literals;

class TestSettingsService : public QObject {
    Q_OBJECT

    static Actor admin() { return Actor::local(QStringLiteral("test")); }

private slots:
    void aChangeIsCheckedStoredAuditedAndPublished()
    {
        TestInstallation kw;
        SettingsService &settings = kw.backend().settingsService();
        const std::shared_ptr<const Settings> before = settings.current();
        QCOMPARE(before->tokens.accessTtl, 900s);

        const auto changed = settings.change(admin(),
                                             {{QStringLiteral("tokens.access_ttl"), QStringLiteral(" 600 ")},
                                              {QStringLiteral("registration.enabled"), QStringLiteral("off")}});
        QVERIFY2(changed.ok(), qPrintable(changed.error().message));
        QCOMPARE(settings.current()->tokens.accessTtl, 600s);
        QVERIFY(!settings.current()->registrationEnabled);
        QVERIFY(settings.current()->generation() > before->generation());
        QCOMPARE(before->tokens.accessTtl, 900s); // a snapshot taken earlier never changes under its reader
        QCOMPARE(settings.current()->source(Setting::TokensAccessTtl), SettingSource::Database);

        AuditQuery query;
        query.limit = 2;
        QStringList targets;
        for (const AuditRecord &event : kw.backend().audit().list(query)) {
            QCOMPARE(event.action, QStringLiteral("setting.change"));
            targets << event.target;
        }
        targets.sort();
        QCOMPARE(targets, (QStringList{QStringLiteral("registration.enabled"), QStringLiteral("tokens.access_ttl")}));
        // Stored as written back after parsing: what `settings list` shows.
        bool sawStored = false;
        for (const SettingState &state : settings.list()) {
            if (state.definition->id == Setting::RegistrationEnabled) {
                QCOMPARE(state.stored, std::optional<QString>(QStringLiteral("false")));
                sawStored = true;
            }
        }
        QVERIFY(sawStored);
    }

    void refusedChangesChangeNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << QStringLiteral("tokens.acess_ttl") << QStringLiteral("60")
                                 << QStringLiteral("invalid_setting");
        QTest::newRow("out of range") << QStringLiteral("tokens.access_ttl") << QStringLiteral("0")
                                      << QStringLiteral("invalid_setting");
        QTest::newRow("certificate alone")
            << QStringLiteral("server.tls_cert") << QStringLiteral("/x.pem") << QStringLiteral("invalid_setting");
        QTest::newRow("absolute below idle") << QStringLiteral("tokens.refresh_absolute_ttl") << QStringLiteral("3600")
                                             << QStringLiteral("invalid_setting");
        QTest::newRow("set on the command line")
            << QStringLiteral("tokens.audience") << QStringLiteral("x") << QStringLiteral("setting_overridden");
    }

    void refusedChangesChangeNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, code);
        TestInstallation kw({{QStringLiteral("tokens.audience"), QStringLiteral("pinned")}});
        SettingsService &settings = kw.backend().settingsService();
        const quint64 generation = settings.current()->generation();
        // With a valid change beside it: all or nothing.
        const auto refused
            = settings.change(admin(), {{key, value}, {QStringLiteral("tokens.leeway"), QStringLiteral("5")}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().codeName(), code);
        QCOMPARE(settings.current()->generation(), generation);
        QCOMPARE(settings.current()->tokens.leeway, 30s);
        for (const SettingState &state : settings.list())
            QVERIFY2(!state.stored, qPrintable(state.definition->key));
    }

    void onlyWhoHoldsSettingsWriteMayChange()
    {
        TestInstallation kw;
        SettingsService &settings = kw.backend().settingsService();
        const Actor manager = Actor::user(QStringLiteral("boss@example.org"), {QStringLiteral("manager")}, {});
        const auto refused = settings.change(manager, {{QStringLiteral("tokens.access_ttl"), QStringLiteral("60")}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().codeName(), QStringLiteral("insufficient_role"));
        const Actor administrator = Actor::user(QStringLiteral("root@example.org"), {QStringLiteral("admin")}, {});
        QVERIFY(settings.change(administrator, {{QStringLiteral("tokens.access_ttl"), QStringLiteral("60")}}).ok());
    }

    // Another process on the same database (SQLite has no NOTIFY): it applies the change when
    // its clock says the version is due for a look, at most a second later.
    void anotherBackendAppliesAChangeWithinASecondOfItsClock()
    {
        TestInstallation kw;
        Result<std::shared_ptr<Backend>> other = Backend::open(kw.sameFilesOptions());
        QVERIFY2(other.ok(), qPrintable(other.error().message));
        SettingsService &theirs = other.value()->settingsService();
        QCOMPARE(theirs.current()->tokens.accessTtl, 900s);
        QVERIFY(kw.backend().settingsService().change(admin(),
                                                      {{QStringLiteral("tokens.access_ttl"), QStringLiteral("60")}}));
        QCOMPARE(theirs.current()->tokens.accessTtl, 900s); // not yet due: no query per request
        kw.clock().advance(1);
        QCOMPARE(theirs.current()->tokens.accessTtl, 60s);
    }

    // The CLI beside a running server: what that server's own layers pin is refused, and what it
    // started with is what `settings list` compares restart settings with.
    void theToolsJudgeByTheServingServer()
    {
        TestInstallation kw({{QStringLiteral("tokens.audience"), QStringLiteral("pinned")}});
        kw.backend().announceServing(QStringLiteral("http://127.0.0.1:1"));
        BackendOptions cli = kw.sameFilesOptions(); // no command-line settings of its own
        Result<std::shared_ptr<Backend>> tool = Backend::open(cli);
        QVERIFY2(tool.ok(), qPrintable(tool.error().message));
        SettingsService &settings = tool.value()->settingsService();
        const auto pinned = settings.change(admin(), {{QStringLiteral("tokens.audience"), QStringLiteral("x")}});
        QVERIFY(!pinned);
        QCOMPARE(pinned.error().codeName(), QStringLiteral("setting_overridden"));
        QVERIFY(settings.change(admin(), {{QStringLiteral("server.listen"), QStringLiteral("127.0.0.1:9999")}}).ok());
        bool flagged = false;
        for (const SettingState &state : settings.list()) {
            if (state.definition->id == Setting::ServerListen)
                flagged = state.restartPending;
            else
                QVERIFY2(!state.restartPending, qPrintable(state.definition->key));
        }
        QVERIFY(flagged);
    }

    // A restored backup can carry an older settings version: still a change to apply.
    void aVersionThatGoesBackIsAChangeToo()
    {
        TestInstallation kw;
        Result<std::shared_ptr<Backend>> other = Backend::open(kw.sameFilesOptions());
        QVERIFY(other.ok());
        QVERIFY(
            kw.backend().settingsService().change(admin(), {{QStringLiteral("tokens.leeway"), QStringLiteral("7")}}));
        kw.clock().advance(1);
        QCOMPARE(other.value()->settingsService().current()->tokens.leeway, 7s);
        {
            QSqlQuery restore(kw.backend().database().connection());
            QVERIFY(restore.exec(QStringLiteral("UPDATE settings SET value = '9' WHERE key = 'tokens.leeway'")));
            QVERIFY(restore.exec(QStringLiteral("UPDATE change_versions SET version = 0 WHERE topic = 'settings'")));
        }
        kw.clock().advance(1);
        QCOMPARE(other.value()->settingsService().current()->tokens.leeway, 9s);
    }

    // Readers on many threads while changes are published: each sees a whole snapshot, one
    // that was published, never a mix (run under TSan in CI).
    void readersOnManyThreadsSeeWholeSnapshots()
    {
        TestInstallation kw;
        SettingsService &settings = kw.backend().settingsService();
        std::atomic<bool> stop{false};
        std::atomic<int> torn{0};
        std::atomic<qint64> reads{0};
        std::vector<std::thread> readers;
        for (int i = 0; i < 4; ++i) {
            readers.emplace_back([&] {
                while (!stop.load()) {
                    const std::shared_ptr<const Settings> snapshot = settings.current();
                    // Written together in every change below: they must always agree.
                    const qint64 ttl = snapshot->tokens.accessTtl.count();
                    const qint64 leeway = snapshot->tokens.leeway.count();
                    if (!((ttl == 900 && leeway == 30) || ttl == leeway * 10))
                        ++torn;
                    ++reads;
                }
            });
        }
        for (int i = 1; i <= 40; ++i) {
            const auto changed = settings.change(admin(),
                                                 {{QStringLiteral("tokens.access_ttl"), QString::number(i * 10)},
                                                  {QStringLiteral("tokens.leeway"), QString::number(i)}});
            QVERIFY(changed.ok());
        }
        stop = true;
        for (std::thread &reader : readers)
            reader.join();
        QCOMPARE(torn.load(), 0);
        QVERIFY(reads.load() > 0);
        QCOMPARE(settings.current()->tokens.accessTtl, 400s);
    }
};

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"
