// SPDX-License-Identifier: GPL-3.0-or-later
// OpenID Connect clients: which redirect URIs may be registered and which presented ones match
// (RFC 8252 loopback ports), and ClientService — defaults, the rules a client keeps, secrets
// shown once and kept hashed, client authentication, rotation, changes and removal, audited.
#include "testinstallation.h"

#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/clientservice.h"
#include "auth/oidcservice.h"
#include "auth/redirecturi.h"
#include "common/timeformat.h"
#include "storage/auditstore.h"
#include "storage/consentstore.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QTest>

using namespace keyward;

class TestClients : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestInstallation> m_kw;
    const Actor m_admin = Actor::local(QStringLiteral("test"));

    ClientService &clients() { return m_kw->backend().clients(); }

    NewClient webApp(const QString &id = QStringLiteral("web"))
    {
        NewClient input;
        input.clientId = id;
        input.name = QStringLiteral("Web app");
        input.type = QStringLiteral("confidential");
        input.redirectUris = {QStringLiteral("https://app.example.org/callback")};
        return input;
    }

    QStringList auditActions()
    {
        SqlStatement query(m_kw->backend().database().connection(),
                           QStringLiteral("SELECT action FROM audit_events WHERE action LIKE 'client.%' ORDER BY id"));
        query.exec();
        QStringList actions;
        while (query.next())
            actions << query.value(0).toString();
        return actions;
    }

private slots:
    void init()
    {
        m_kw = std::make_unique<TestInstallation>();
        QVERIFY(m_kw->backend().startTokens().ok());
    }
    void cleanup() { m_kw.reset(); }

    void whichRedirectUrisMayBeRegistered_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://app.example.org/cb" << true;
        QTest::newRow("https with query") << "https://app.example.org/cb?x=1" << true;
        QTest::newRow("loopback ip") << "http://127.0.0.1/cb" << true;
        QTest::newRow("loopback ip with port") << "http://127.0.0.1:8080/cb" << true;
        QTest::newRow("loopback v6") << "http://[::1]:9000/cb" << true;
        QTest::newRow("localhost") << "http://localhost:3000/cb" << true;
        QTest::newRow("native reverse domain") << "com.example.app:/oauth2redirect" << true;
        QTest::newRow("plain http elsewhere") << "http://app.example.org/cb" << false;
        QTest::newRow("fragment") << "https://app.example.org/cb#x" << false;
        QTest::newRow("relative") << "/cb" << false;
        QTest::newRow("user info") << "https://user:pw@app.example.org/cb" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("data") << "data:text/html,hi" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("https without host") << "https:///cb" << false;
        QTest::newRow("line end") << "https://app.example.org/cb\n" << false;
    }
    void whichRedirectUrisMayBeRegistered()
    {
        QFETCH(QString, uri);
        QFETCH(bool, allowed);
        QCOMPARE(RedirectUri::problemWith(uri).isEmpty(), allowed);
    }

    void matchingIsExactButForLoopbackPorts_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("presented");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << "https://a.example/cb"
                              << "https://a.example/cb" << true;
        QTest::newRow("trailing slash") << "https://a.example/cb"
                                        << "https://a.example/cb/" << false;
        QTest::newRow("case of path") << "https://a.example/cb"
                                      << "https://a.example/CB" << false;
        QTest::newRow("extra query") << "https://a.example/cb"
                                     << "https://a.example/cb?next=evil" << false;
        QTest::newRow("other port on https") << "https://a.example/cb"
                                             << "https://a.example:8443/cb" << false;
        QTest::newRow("loopback any port") << "http://127.0.0.1/cb"
                                           << "http://127.0.0.1:53123/cb" << true;
        QTest::newRow("loopback port to port") << "http://127.0.0.1:8080/cb"
                                               << "http://127.0.0.1:9090/cb" << true;
        QTest::newRow("loopback v6 any port") << "http://[::1]/cb"
                                              << "http://[::1]:4000/cb" << true;
        QTest::newRow("loopback other path") << "http://127.0.0.1/cb"
                                             << "http://127.0.0.1:5000/other" << false;
        QTest::newRow("loopback other host") << "http://127.0.0.1/cb"
                                             << "http://[::1]:5000/cb" << false;
        QTest::newRow("localhost is exact") << "http://localhost:3000/cb"
                                            << "http://localhost:3001/cb" << false;
        QTest::newRow("loopback prefix trick") << "http://127.0.0.1/cb"
                                               << "http://127.0.0.1.evil.example/cb" << false;
        QTest::newRow("userinfo trick") << "http://127.0.0.1/cb"
                                        << "http://127.0.0.1:80@evil.example/cb" << false;
    }
    void matchingIsExactButForLoopbackPorts()
    {
        QFETCH(QString, registered);
        QFETCH(QString, presented);
        QFETCH(bool, matches);
        QCOMPARE(RedirectUri::matchesAny({registered}, presented), matches);
    }

    void aConfidentialClientGetsItsSecretOnceAndTheDefaults()
    {
        const Result<ClientWithSecret> created = clients().create(m_admin, webApp());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->secret.size(), 43); // 256 bits, base64url
        QCOMPARE(created->client.record.grantTypes,
                 (QStringList{GrantType::kAuthorizationCode, GrantType::kRefreshToken, GrantType::kClientCredentials}));
        QCOMPARE(created->client.record.scopes, ClientService::defaultScopes());
        QVERIFY(created->toJson().contains(QStringLiteral("client_secret")));
        // Read back: no secret, and the database keeps only a hash of it.
        const Result<Client> found = clients().find(QStringLiteral("web"));
        QVERIFY(found);
        QVERIFY(!found->toJson().contains(QStringLiteral("client_secret")));
        QVERIFY(!found->toJson().contains(QStringLiteral("secret_hash")));
        const QString stored = SqlStatement(m_kw->backend().database().connection(),
                                            QStringLiteral("SELECT secret_hash FROM clients WHERE client_id = 'web'"))
                                   .scalar()
                                   .toString();
        QCOMPARE(stored.size(), 64);
        QVERIFY(!stored.contains(created->secret));
        // Authentication: the secret, and nothing else.
        QVERIFY(clients().authenticate(QStringLiteral("web"), created->secret));
        for (const std::optional<QString> &wrong : {std::optional<QString>(), std::optional(QString()),
                                                    std::optional(created->secret.left(42)), std::optional(stored)}) {
            const Result<Client> refused = clients().authenticate(QStringLiteral("web"), wrong);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::InvalidClient);
        }
        QCOMPARE(clients().authenticate(QStringLiteral("nobody"), created->secret).error().code,
                 ErrorCode::InvalidClient);
        QCOMPARE(auditActions(), QStringList{QStringLiteral("client.create")});
    }

    void aPublicClientHasNoSecretAndProvesNothingButItsId()
    {
        NewClient spa = webApp(QStringLiteral("spa"));
        spa.type = QStringLiteral("public");
        spa.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
        const Result<ClientWithSecret> created = clients().create(m_admin, spa);
        QVERIFY(created);
        QVERIFY(created->secret.isEmpty());
        QVERIFY(!created->toJson().contains(QStringLiteral("client_secret")));
        QCOMPARE(created->client.record.grantTypes,
                 (QStringList{GrantType::kAuthorizationCode, GrantType::kRefreshToken}));
        QVERIFY(clients().authenticate(QStringLiteral("spa"), std::nullopt));
        // A secret from a public client is a mistake worth refusing (it might be someone else's).
        QVERIFY(!clients().authenticate(QStringLiteral("spa"), QStringLiteral("anything")));
        QCOMPARE(clients().rotateSecret(m_admin, QStringLiteral("spa")).error().code, ErrorCode::InvalidRequest);
    }

    void theRulesAClientKeeps_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("bad id") << "id";
        QTest::newRow("first-party id") << "first-party id";
        QTest::newRow("no name") << "name";
        QTest::newRow("bad type") << "type";
        QTest::newRow("bad redirect") << "redirect";
        QTest::newRow("code without redirect") << "no redirect";
        QTest::newRow("public client credentials") << "public credentials";
        QTest::newRow("password not first party") << "password";
        QTest::newRow("unknown grant") << "grant";
        QTest::newRow("bad scope") << "scope";
        QTest::newRow("bad logout uri") << "logout";
        QTest::newRow("a user id's form") << "uuid";
        QTest::newRow("a user id's form in capitals") << "UUID";
        QTest::newRow("id with a line end") << "newline";
    }
    void theRulesAClientKeeps()
    {
        QFETCH(QString, what);
        NewClient input = webApp();
        if (what == QLatin1String("id"))
            input.clientId = QStringLiteral("has space");
        else if (what == QLatin1String("first-party id"))
            input.clientId = QStringLiteral("keyward");
        else if (what == QLatin1String("name"))
            input.name = QStringLiteral("  ");
        else if (what == QLatin1String("type"))
            input.type = QStringLiteral("secret");
        else if (what == QLatin1String("redirect"))
            input.redirectUris = {QStringLiteral("http://evil.example/cb")};
        else if (what == QLatin1String("no redirect"))
            input.redirectUris.clear(), input.grantTypes = {GrantType::kAuthorizationCode};
        else if (what == QLatin1String("public credentials"))
            input.type = QStringLiteral("public"), input.grantTypes = {GrantType::kClientCredentials};
        else if (what == QLatin1String("password"))
            input.grantTypes = {GrantType::kPassword};
        else if (what == QLatin1String("grant"))
            input.grantTypes = {QStringLiteral("implicit")};
        else if (what == QLatin1String("scope"))
            input.scopes = {QStringLiteral("bad\"scope")};
        else if (what == QLatin1String("uuid"))
            input.clientId = QStringLiteral("5b0f6d9e-3c1a-4f7e-9a52-1d2c8e7b4a60");
        else if (what == QLatin1String("UUID"))
            input.clientId = QStringLiteral("5B0F6D9E-3C1A-4F7E-9A52-1D2C8E7B4A60");
        else if (what == QLatin1String("newline"))
            input.clientId = QStringLiteral("web\n");
        else if (what == QLatin1String("logout"))
            input.postLogoutRedirectUris = {QStringLiteral("https://a.example/#x")};
        const Result<ClientWithSecret> refused = clients().create(m_admin, input);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidRequest);
        QVERIFY(clients().list({}, -1).empty());
        QVERIFY(auditActions().isEmpty());
    }

    void aMachineClientAndAFirstPartyPasswordClient()
    {
        NewClient machine = webApp(QStringLiteral("cron"));
        machine.redirectUris.clear();
        const Result<ClientWithSecret> created = clients().create(m_admin, machine);
        QVERIFY(created);
        QCOMPARE(created->client.record.grantTypes, QStringList{GrantType::kClientCredentials});
        NewClient own = webApp(QStringLiteral("own"));
        own.firstParty = true;
        own.grantTypes = {GrantType::kPassword, GrantType::kRefreshToken};
        QVERIFY(clients().create(m_admin, own));
        QCOMPARE(clients().create(m_admin, own).error().code, ErrorCode::ClientIdTaken);
    }

    void aRotationReplacesTheSecretAtOnce()
    {
        const QString first = clients().create(m_admin, webApp())->secret;
        const Result<ClientWithSecret> rotated = clients().rotateSecret(m_admin, QStringLiteral("web"));
        QVERIFY(rotated);
        QVERIFY(rotated->secret != first);
        QVERIFY(!clients().authenticate(QStringLiteral("web"), first));
        QVERIFY(clients().authenticate(QStringLiteral("web"), rotated->secret));
        QVERIFY(rotated->client.record.secretRotatedAt.has_value());
        QCOMPARE(auditActions(),
                 (QStringList{QStringLiteral("client.create"), QStringLiteral("client.secret_rotate")}));
    }

    // A client registered with a UUID as its id before users' ids were UUIDs (then allowed) is
    // not locked: it can still be changed, though no new one may be registered so.
    void anEarlierClientWithAUuidIdStaysEditable()
    {
        QVERIFY(clients().create(m_admin, webApp()));
        SqlStatement(m_kw->backend().database().connection(),
                     QStringLiteral("UPDATE clients SET client_id = '5b0f6d9e-3c1a-4f7e-9a52-1d2c8e7b4a60' "
                                    "WHERE client_id = 'web'"))
            .exec();
        ClientChange change;
        change.name = QStringLiteral("Renamed");
        const Result<Client> changed
            = clients().change(m_admin, QStringLiteral("5b0f6d9e-3c1a-4f7e-9a52-1d2c8e7b4a60"), change);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
        QCOMPARE(changed->record.name, QStringLiteral("Renamed"));
    }

    void changesAreCheckedAndAuditedAndRemovalIsFinal()
    {
        QVERIFY(clients().create(m_admin, webApp()));
        ClientChange change;
        change.redirectUris
            = QStringList{QStringLiteral("https://app.example.org/cb2"), QStringLiteral("http://127.0.0.1/cb")};
        change.name = QStringLiteral("Renamed");
        const Result<Client> changed = clients().change(m_admin, QStringLiteral("web"), change);
        QVERIFY(changed);
        QCOMPARE(changed->record.name, QStringLiteral("Renamed"));
        QCOMPARE(clients().find(QStringLiteral("web"))->record.redirectUris, *change.redirectUris);
        // A change that breaks a rule changes nothing.
        ClientChange broken;
        broken.grantTypes = QStringList{GrantType::kPassword};
        QCOMPARE(clients().change(m_admin, QStringLiteral("web"), broken).error().code, ErrorCode::InvalidRequest);
        QCOMPARE(clients().find(QStringLiteral("web"))->record.grantTypes.size(), 3);
        // Changing nothing records nothing.
        QVERIFY(clients().change(m_admin, QStringLiteral("web"), change));
        QCOMPARE(auditActions(), (QStringList{QStringLiteral("client.create"), QStringLiteral("client.change")}));
        QVERIFY(clients().remove(m_admin, QStringLiteral("web")));
        QCOMPARE(clients().find(QStringLiteral("web")).error().code, ErrorCode::NotFound);
        QCOMPARE(clients().remove(m_admin, QStringLiteral("web")).error().code, ErrorCode::NotFound);
        QCOMPARE(clients().change(m_admin, QStringLiteral("web"), change).error().code, ErrorCode::NotFound);
        QCOMPARE(auditActions().last(), QStringLiteral("client.delete"));
    }

    void listsPageInClientIdOrder()
    {
        for (const char *id : {"c", "a", "b", "d"})
            QVERIFY(clients().create(m_admin, webApp(QString::fromLatin1(id))));
        std::vector<Client> page = clients().list({}, 2);
        QCOMPARE(page.size(), size_t(2));
        QCOMPARE(page.back().record.clientId, QStringLiteral("b"));
        page = clients().list(QStringLiteral("b"), 10);
        QCOMPARE(page.size(), size_t(2));
        QCOMPARE(page.front().record.clientId, QStringLiteral("c"));
    }

    // Who allowed a client (the console's Applications page): its consents only, newest first,
    // as many as asked for.
    void theConsentsToAClientNewestFirst()
    {
        QVERIFY(clients().create(m_admin, webApp(QStringLiteral("notes"))));
        QVERIFY(clients().create(m_admin, webApp(QStringLiteral("other"))));
        ConsentStore consents(m_kw->backend().database().connection());
        QList<qint64> users;
        for (int i = 0; i < 3; ++i) {
            users << m_kw->createUser(QStringLiteral("u%1@example.org").arg(i)).record.id;
            consents.save({users.last(), QStringLiteral("notes"), {QStringLiteral("openid")}, fromEpoch(1000 + i)});
        }
        consents.save({users.first(), QStringLiteral("other"), {QStringLiteral("openid")}, fromEpoch(5000)});
        const std::vector<ConsentRecord> newest = m_kw->backend().oidc().consentsTo(QStringLiteral("notes"), 2);
        QCOMPARE(newest.size(), size_t(2));
        QCOMPARE(newest[0].userId, users[2]);
        QCOMPARE(newest[1].userId, users[1]);
        for (const ConsentRecord &consent : newest)
            QCOMPARE(consent.clientId, QStringLiteral("notes"));
        QCOMPARE(m_kw->backend().oidc().consentsTo(QStringLiteral("notes"), 10).size(), size_t(3));
        QVERIFY(m_kw->backend().oidc().consentsTo(QStringLiteral("nobody"), 10).empty());
    }
};

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
