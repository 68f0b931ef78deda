// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/settingdefinitions.h"
#include "config/settingsresolver.h"

#include <QFile>
#include <QSet>
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
        using namespace std::chrono_literals;
        const Settings settings = SettingsResolver().resolve().value();
        QCOMPARE(settings.server.listen, QStringLiteral("127.0.0.1:8080"));
        QCOMPARE(settings.server.maxBodyBytes, 65536);
        QCOMPARE(settings.server.accessLog, QStringLiteral("stderr"));
        QCOMPARE(settings.tokens.accessTtl, 900s);
        QCOMPARE(settings.tokens.refreshIdleTtl, 604800s);
        QCOMPARE(settings.tokens.refreshAbsoluteTtl, 2592000s);
        QCOMPARE(settings.tokens.reuseGrace, 10s);
        QCOMPARE(settings.tokens.leeway, 30s);
        QCOMPARE(settings.tokens.algorithm, JwsAlgorithm::ES256);
        QCOMPARE(settings.tokens.audience, QStringLiteral("keyward"));
        QCOMPARE(settings.limits.loginFailuresPerAccount, 10);
        QVERIFY(settings.registrationEnabled);
        QVERIFY(settings.server.corsOrigins.isEmpty());
        QCOMPARE(settings.source(Setting::TokensAccessTtl), SettingSource::Default);
    }

    void laterLayersWin()
    {
        using namespace std::chrono_literals;
        QTemporaryDir dir;
        const QString ini
            = writeIni(dir,
                       "[tokens]\naccess_ttl=300\nleeway=5\naudience=from-file\nalgorithm=EdDSA\n[server]\n"
                       "cors_origins=https://a.example, https://b.example\n");
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
        QCOMPARE(settings.tokens.reuseGrace, 20s);
        QCOMPARE(settings.source(Setting::TokensReuseGrace), SettingSource::Database);
        QCOMPARE(settings.tokens.leeway, 5s);
        QCOMPARE(settings.source(Setting::TokensLeeway), SettingSource::File);
        QCOMPARE(settings.tokens.accessTtl, 120s);
        QCOMPARE(settings.source(Setting::TokensAccessTtl), SettingSource::Environment);
        QCOMPARE(settings.tokens.audience, QStringLiteral("from-cli"));
        QCOMPARE(settings.source(Setting::TokensAudience), SettingSource::CommandLine);
        QCOMPARE(settings.tokens.algorithm, JwsAlgorithm::EdDSA);
        QCOMPARE(settings.server.corsOrigins,
                 (QStringList{QStringLiteral("https://a.example"), QStringLiteral("https://b.example")}));
        QCOMPARE(settings.text(Setting::ServerCorsOrigins), QStringLiteral("https://a.example, https://b.example"));
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
        QCOMPARE(resolved.error().codeName(), QStringLiteral("invalid_setting"));
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

    void theCatalogueNamesEverySettingOnce()
    {
        QSet<QString> keys;
        for (std::size_t i = 0; i < kSettingCount; ++i) {
            const SettingDefinition &definition = settingDefinitions()[i];
            QCOMPARE(std::size_t(definition.id), i); // every enum value has its definition
            QVERIFY2(!definition.key.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY(!keys.contains(definition.key));
            keys.insert(definition.key);
            QCOMPARE(findSetting(definition.key), &definition);
        }
        // Only what a running server cannot change under itself waits for a restart.
        QStringList restart;
        for (const SettingDefinition &definition : settingDefinitions()) {
            if (definition.apply == SettingApply::Restart)
                restart << definition.key;
        }
        QCOMPARE(restart,
                 (QStringList{QStringLiteral("server.listen"), QStringLiteral("server.threads"),
                              QStringLiteral("server.tls_cert"), QStringLiteral("server.tls_key"),
                              QStringLiteral("passwords.argon2_ops"), QStringLiteral("passwords.argon2_memory_kib")}));
    }

    void theLongestAccessLifetimeCoversEveryAllowedSetting()
    {
        const qint64 longest
            = definitionOf(Setting::TokensAccessTtl).maximum + definitionOf(Setting::TokensLeeway).maximum;
        QCOMPARE(kLongestPossibleAccessLifetime.count(), longest);
        QCOMPARE(kLongestLeeway.count(), definitionOf(Setting::TokensLeeway).maximum);
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
