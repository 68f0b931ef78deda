// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenID Connect provider over HTTP, black-box from the contract. So far: the admin API of
// clients (/admin/clients…) — permissions, the secret shown once, validation answers, changes,
// rotation, removal and paging.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward;

class TestOidcHttp : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_admin;

    TestServer &server() { return *m_server; }

    TestReply send(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                   const QByteArray &bearer = {})
    {
        return server().request(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                                {{"Authorization", "Bearer " + (bearer.isEmpty() ? m_admin : bearer)},
                                 {"Content-Type", "application/json"}});
    }

    static QJsonObject webApp(const QString &id)
    {
        return {{QStringLiteral("client_id"), id},
                {QStringLiteral("name"), QStringLiteral("Web app")},
                {QStringLiteral("type"), QStringLiteral("confidential")},
                {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("https://app.example.org/cb")}}};
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        server().createUser(QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        server().createUser(QStringLiteral("mia@x.org"), {QStringLiteral("manager")});
        m_admin = server().accessToken(QStringLiteral("root@x.org"));
    }

    void onlyClientPermissionsReachTheClientRoutes()
    {
        const QByteArray manager = server().accessToken(QStringLiteral("mia@x.org"));
        QCOMPARE(send("GET", QStringLiteral("/admin/clients"), {}, manager).status, 403);
        QCOMPARE(send("POST", QStringLiteral("/admin/clients"), webApp(QStringLiteral("web")), manager).status, 403);
        QCOMPARE(server().get(QStringLiteral("/admin/clients")).status, 401);
        QCOMPARE(send("GET", QStringLiteral("/admin/clients")).status, 200);
    }

    void registerShowChangeRotateAndRemove()
    {
        const TestReply created = send("POST", QStringLiteral("/admin/clients"), webApp(QStringLiteral("web")));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject client = created.json();
        const QString secret = client.value(QStringLiteral("client_secret")).toString();
        QCOMPARE(secret.size(), 43);
        for (const char *field : {"client_id", "name", "type", "redirect_uris", "post_logout_redirect_uris",
                                  "grant_types", "scopes", "first_party", "created_at"})
            QVERIFY2(client.contains(QLatin1String(field)), field);
        QCOMPARE(client.value(QStringLiteral("grant_types")).toArray().size(), 3);

        const TestReply shown = send("GET", QStringLiteral("/admin/clients/web"));
        QCOMPARE(shown.status, 200);
        QVERIFY(!shown.body.contains(secret.toLatin1()));
        QVERIFY(!shown.json().contains(QStringLiteral("client_secret")));

        const TestReply taken = send("POST", QStringLiteral("/admin/clients"), webApp(QStringLiteral("web")));
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.error(), QStringLiteral("client_id_taken"));

        const TestReply changed
            = send("PATCH", QStringLiteral("/admin/clients/web"),
                   {{QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/cb")}},
                    {QStringLiteral("name"), QStringLiteral("Renamed")}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QStringLiteral("redirect_uris")).toArray().first().toString(),
                 QStringLiteral("http://127.0.0.1/cb"));
        const TestReply fixed
            = send("PATCH", QStringLiteral("/admin/clients/web"), {{QStringLiteral("type"), QStringLiteral("public")}});
        QCOMPARE(fixed.status, 400);
        QCOMPARE(fixed.error(), QStringLiteral("invalid_request"));

        const TestReply rotated = send("POST", QStringLiteral("/admin/clients/web/secret"));
        QCOMPARE(rotated.status, 200);
        const QString second = rotated.json().value(QStringLiteral("client_secret")).toString();
        QCOMPARE(second.size(), 43);
        QVERIFY(second != secret);

        QCOMPARE(send("DELETE", QStringLiteral("/admin/clients/web")).status, 204);
        const TestReply gone = send("GET", QStringLiteral("/admin/clients/web"));
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.error(), QStringLiteral("not_found"));
        QCOMPARE(send("POST", QStringLiteral("/admin/clients/web/secret")).status, 404);
    }

    void badRegistrationsAreExplained_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QJsonObject plainHttp = webApp(QStringLiteral("a"));
        plainHttp.insert(QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://evil.example/cb")});
        QTest::newRow("plain http redirect") << plainHttp;
        QJsonObject notArray = webApp(QStringLiteral("a"));
        notArray.insert(QStringLiteral("redirect_uris"), QStringLiteral("https://app.example.org/cb"));
        QTest::newRow("redirect_uris not an array") << notArray;
        QJsonObject noType = webApp(QStringLiteral("a"));
        noType.remove(QStringLiteral("type"));
        QTest::newRow("no type") << noType;
        QJsonObject implicit = webApp(QStringLiteral("a"));
        implicit.insert(QStringLiteral("grant_types"), QJsonArray{QStringLiteral("implicit")});
        QTest::newRow("implicit grant") << implicit;
        QJsonObject badBool = webApp(QStringLiteral("a"));
        badBool.insert(QStringLiteral("first_party"), QStringLiteral("yes"));
        QTest::newRow("first_party not a boolean") << badBool;
    }
    void badRegistrationsAreExplained()
    {
        QFETCH(QJsonObject, body);
        const TestReply refused = send("POST", QStringLiteral("/admin/clients"), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.error(), QStringLiteral("invalid_request"));
        QVERIFY(!refused.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(send("GET", QStringLiteral("/admin/clients")).json().value(QStringLiteral("items")).toArray().size(),
                 0);
    }

    void listsPageWithCursors()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(send("POST", QStringLiteral("/admin/clients"), webApp(QStringLiteral("app-%1").arg(i))).status,
                     201);
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            const TestReply page = send("GET",
                                        QStringLiteral("/admin/clients?limit=2")
                                            + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &item : page.json().value(QStringLiteral("items")).toArray())
                seen << item.toObject().value(QStringLiteral("client_id")).toString();
            cursor = page.json().value(QStringLiteral("next_cursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("app-0"), QStringLiteral("app-1"), QStringLiteral("app-2"),
                              QStringLiteral("app-3"), QStringLiteral("app-4")}));
        QCOMPARE(send("GET", QStringLiteral("/admin/clients?cursor=!!")).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestOidcHttp)
#include "tst_oidchttp.moc"
