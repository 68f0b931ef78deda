// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/settingdefinitions.h"
#include "config/settingsresolver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestSettings : public QObject {
    Q_OBJECT

private:
    static QString writeIni(const QTemporaryDir &dir, const QByteArray &text)
    {
        const QString path = dir.filePath(QStringLiteral("keyward.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void defaultsMatchTheContract()
    {
        const Settings settings = SettingsResolver().resolve().value();
        QCOMPARE(settings.text(QStringLiteral("server.listen")), QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(settings.integer(QStringLiteral("server.max_body_bytes")), 65536);
        QCOMPARE(settings.integer(QStringLiteral("tokens.access_ttl")), 900);
        QCOMPARE(settings.integer(QStringLiteral("tokens.refresh_idle_ttl")), 604800);
        QCOMPARE(settings.integer(QStringLiteral("tokens.refresh_absolute_ttl")), 2592000);
        QCOMPARE(settings.integer(QStringLiteral("tokens.reuse_grace")), 10);
        QCOMPARE(settings.integer(QStringLiteral("tokens.leeway")), 30);
        QCOMPARE(settings.text(QStringLiteral("tokens.algorithm")), QStringLiteral("ES256"));
        QCOMPARE(settings.text(QStringLiteral("tokens.audience")), QStringLiteral("keyward"));
        QCOMPARE(settings.integer(QStringLiteral("limits.login_failures_per_account")), 10);
        QVERIFY(settings.boolean(QStringLiteral("registration.enabled")));
        QVERIFY(settings.list(QStringLiteral("server.cors_origins")).isEmpty());
        QCOMPARE(settings.source(QStringLiteral("tokens.access_ttl")), SettingSource::Default);
    }

    void laterLayersWin()
    {
        QTemporaryDir dir;
        const QString ini = writeIni(dir,
                                     "[tokens]\naccess_ttl=300\nleeway=5\naudience=from-file\n[server]\ncors_origins="
                                     "https://a.example, https://b.example\n");
        SettingsResolver resolver;
        resolver.addLayer(SettingSource::Database,
                          {{QStringLiteral("tokens.access_ttl"), QStringLiteral("600")},
                           {QStringLiteral("tokens.reuse_grace"), QStringLiteral("20")},
                           {QStringLiteral("tokens.leeway"), QStringLiteral("1")}});
        resolver.addIniFile(ini);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("KEYWARD_TOKENS_ACCESS_TTL"), QStringLiteral("120"));
        environment.insert(QStringLiteral("KEYWARD_TOKENS_AUDIENCE"), QStringLiteral("from-env"));
        resolver.addEnvironment(environment);
        resolver.addLayer(SettingSource::CommandLine,
                          {{QStringLiteral("tokens.audience"), QStringLiteral("from-cli")}});
        const Result<Settings> resolved = resolver.resolve();
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        const Settings &settings = resolved.value();
        QCOMPARE(settings.integer(QStringLiteral("tokens.reuse_grace")), 20);
        QCOMPARE(settings.source(QStringLiteral("tokens.reuse_grace")), SettingSource::Database);
        QCOMPARE(settings.integer(QStringLiteral("tokens.leeway")), 5);
        QCOMPARE(settings.source(QStringLiteral("tokens.leeway")), SettingSource::File);
        QCOMPARE(settings.integer(QStringLiteral("tokens.access_ttl")), 120);
        QCOMPARE(settings.source(QStringLiteral("tokens.access_ttl")), SettingSource::Environment);
        QCOMPARE(settings.text(QStringLiteral("tokens.audience")), QStringLiteral("from-cli"));
        QCOMPARE(settings.source(QStringLiteral("tokens.audience")), SettingSource::CommandLine);
        QCOMPARE(settings.list(QStringLiteral("server.cors_origins")),
                 (QStringList{QStringLiteral("https://a.example"), QStringLiteral("https://b.example")}));
    }

    void invalidValuesAreRefusedWithClearMessages_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ttl 0") << QStringLiteral("tokens.access_ttl") << QStringLiteral("0")
                               << QStringLiteral("tokens.access_ttl must be between 1 and 86400 (got 0)");
        QTest::newRow("not a number") << QStringLiteral("tokens.leeway") << QStringLiteral("soon")
                                      << QStringLiteral("tokens.leeway must be a whole number (got 'soon')");
        QTest::newRow("algorithm") << QStringLiteral("tokens.algorithm") << QStringLiteral("HS256")
                                   << QStringLiteral(
                                          "tokens.algorithm must be one of ES256, EdDSA, RS256 (got 'HS256')");
        QTest::newRow("boolean") << QStringLiteral("registration.enabled") << QStringLiteral("maybe")
                                 << QStringLiteral("registration.enabled must be true or false (got 'maybe')");
        QTest::newRow("listen") << QStringLiteral("server.listen") << QStringLiteral("127.0.0.1")
                                << QStringLiteral("server.listen must be HOST:PORT");
        QTest::newRow("issuer") << QStringLiteral("tokens.issuer") << QStringLiteral("ftp://x")
                                << QStringLiteral("tokens.issuer must be an absolute http(s) URL");
        QTest::newRow("weak argon2") << QStringLiteral("passwords.argon2_memory_kib") << QStringLiteral("1024")
                                     << QStringLiteral("passwords.argon2_memory_kib must be between 7168");
        QTest::newRow("empty audience") << QStringLiteral("tokens.audience") << QStringLiteral(" ")
                                        << QStringLiteral("tokens.audience must not be empty");
        QTest::newRow("unknown") << QStringLiteral("tokens.acess_ttl") << QStringLiteral("1")
                                 << QStringLiteral("unknown setting 'tokens.acess_ttl'");
    }

    void invalidValuesAreRefusedWithClearMessages()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        SettingsResolver resolver;
        resolver.addLayer(SettingSource::CommandLine, {{key, value}});
        const Result<Settings> resolved = resolver.resolve();
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().code, QStringLiteral("invalid_setting"));
        QVERIFY2(resolved.error().message.contains(expected), qPrintable(resolved.error().message));
    }

    void environmentErrorsNameTheVariable()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("KEYWARD_TOKENS_ACCESS_TTL"), QStringLiteral("0"));
        environment.insert(QStringLiteral("KEYWARD_SERVER_MAX_BODY_BYTES"), QStringLiteral("12"));
        SettingsResolver resolver;
        resolver.addEnvironment(environment);
        const QString message = resolver.resolve().error().message;
        QVERIFY2(message.contains(QStringLiteral("KEYWARD_TOKENS_ACCESS_TTL: tokens.access_ttl")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("KEYWARD_SERVER_MAX_BODY_BYTES")),
                 qPrintable(message)); // all problems at once
    }

    void iniProblemsNameTheFile()
    {
        QTemporaryDir dir;
        const QString ini = writeIni(dir, "[tokens]\nacces_ttl=30\n");
        SettingsResolver resolver;
        resolver.addIniFile(ini);
        resolver.addIniFile(dir.filePath(QStringLiteral("missing.ini")));
        const QString message = resolver.resolve().error().message;
        QVERIFY2(message.contains(ini + QStringLiteral(": unknown setting 'tokens.acces_ttl'")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("missing.ini: cannot read")), qPrintable(message));
    }

    void crossFieldRules()
    {
        SettingsResolver tls;
        tls.addLayer(SettingSource::CommandLine, {{QStringLiteral("server.tls_cert"), QStringLiteral("/x.pem")}});
        QVERIFY(tls.resolve().error().message.contains(QStringLiteral("must be set together")));
        SettingsResolver lifetimes;
        lifetimes.addLayer(SettingSource::CommandLine,
                           {{QStringLiteral("tokens.refresh_absolute_ttl"), QStringLiteral("3600")}});
        QVERIFY(lifetimes.resolve().error().message.contains(QStringLiteral("refresh_absolute_ttl")));
    }

    void everySettingHasAnEnvironmentName()
    {
        for (const SettingDefinition &definition : settingDefinitions()) {
            QVERIFY(definition.environmentName().startsWith(QLatin1String("KEYWARD_")));
            QVERIFY2(definition.parse(definition.defaultValue).ok(), qPrintable(definition.key));
        }
        QCOMPARE(findSetting(QStringLiteral("server.max_body_bytes"))->environmentName(),
                 QStringLiteral("KEYWARD_SERVER_MAX_BODY_BYTES"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
