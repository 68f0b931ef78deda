// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces over HTTP, black-box from the contract: login and refresh into a workspace and the
// claims they carry, one live chain across a switch, identical 404s for non-members and unknown
// ids on every route (no IDOR across workspaces), the demo routes, and membership changes that
// end tokens at once.
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/tokenservice.h"
#include "auth/workspaceservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward;

namespace {

QByteArray bearerOf(const QJsonObject &pair)
{
    return pair.value(QStringLiteral("access_token")).toString().toLatin1();
}

} // namespace

class TestWorkspaceHttp : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QString m_acme; // ada owns it, bob is a member, gus a guest, carl an admin
    QString m_globex; // owned by olga; nobody else

    TestServer &server() { return *m_server; }

    qint64 idOf(const QString &email) { return server().backend().accounts().find(email).value().record.id; }
    // What the API calls the user's id.
    QString publicIdOf(const QString &email)
    {
        return server().backend().accounts().find(email).value().record.publicId;
    }

    TestReply login(const QString &email, const QJsonValue &workspace = QJsonValue::Undefined)
    {
        QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), TestServer::defaultPassword()}};
        if (!workspace.isUndefined())
            body.insert(QStringLiteral("workspace"), workspace);
        return server().postJson(QStringLiteral("/auth/login"), body);
    }

    TestReply refresh(const QString &refreshToken, const QJsonValue &workspace = QJsonValue::Undefined)
    {
        QJsonObject body{{QStringLiteral("refresh_token"), refreshToken}};
        if (!workspace.isUndefined())
            body.insert(QStringLiteral("workspace"), workspace);
        return server().postJson(QStringLiteral("/auth/refresh"), body);
    }

    QJsonObject claimsOf(const QJsonObject &pair)
    {
        const TokenVerdict verdict = server().backend().tokens().verify(bearerOf(pair));
        if (!verdict.valid())
            qFatal("an issued token does not verify");
        return verdict.token.claims;
    }

    TestReply send(const QByteArray &method, const QString &path, const QJsonObject &body, const QByteArray &bearer)
    {
        return server().request(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                                {{"Authorization", "Bearer " + bearer}, {"Content-Type", "application/json"}});
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        for (const char *email : {"ada@x.org", "bob@x.org", "gus@x.org", "carl@x.org", "olga@x.org", "eve@x.org"})
            server().createUser(QString::fromLatin1(email));
        server().createUser(QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        WorkspaceService &workspaces = server().backend().workspaces();
        const Actor local = Actor::local(QStringLiteral("test"));
        m_acme = QString::number(
            workspaces
                .create(local, {QStringLiteral("acme"), QStringLiteral("Acme"), {}, idOf(QStringLiteral("ada@x.org"))})
                ->record.id);
        m_globex = QString::number(
            workspaces
                .create(local,
                        {QStringLiteral("globex"), QStringLiteral("Globex"), {}, idOf(QStringLiteral("olga@x.org"))})
                ->record.id);
        QVERIFY(workspaces.addMember(local, m_acme, QStringLiteral("bob@x.org"), QStringLiteral("member")));
        QVERIFY(workspaces.addMember(local, m_acme, QStringLiteral("gus@x.org"), QStringLiteral("guest")));
        QVERIFY(workspaces.addMember(local, m_acme, QStringLiteral("carl@x.org"), QStringLiteral("admin")));
    }

    void aLoginIntoAWorkspaceCarriesItsClaims()
    {
        for (const QJsonValue &reference :
             {QJsonValue(QStringLiteral("acme")), QJsonValue(m_acme), QJsonValue(m_acme.toLongLong())}) {
            const TestReply reply = login(QStringLiteral("ada@x.org"), reference);
            QCOMPARE(reply.status, 200);
            const QJsonObject claims = claimsOf(reply.json());
            QCOMPARE(claims.value(QStringLiteral("workspace_id")).toString(), m_acme);
            QCOMPARE(claims.value(QStringLiteral("workspace_slug")).toString(), QStringLiteral("acme"));
            QCOMPARE(claims.value(QStringLiteral("workspace_role")).toString(), QStringLiteral("owner"));
            QCOMPARE(claims.value(QStringLiteral("workspace_plan")).toString(), QStringLiteral("free"));
        }
        const TestReply scoped
            = server().get(QStringLiteral("/api/workspace"),
                           bearerOf(login(QStringLiteral("bob@x.org"), QStringLiteral("acme")).json()));
        QCOMPARE(scoped.status, 200);
        QCOMPARE(scoped.json().value(QStringLiteral("workspace_id")).toString(), m_acme);
        QCOMPARE(scoped.json().value(QStringLiteral("workspace_role")).toString(), QStringLiteral("member"));
        // Unscoped: no workspace claims, and the workspace route says so.
        const QJsonObject plain = login(QStringLiteral("bob@x.org")).json();
        QVERIFY(!claimsOf(plain).contains(QStringLiteral("workspace_id")));
        const TestReply unscoped = server().get(QStringLiteral("/api/workspace"), bearerOf(plain));
        QCOMPARE(unscoped.status, 403);
        QCOMPARE(unscoped.error(), QStringLiteral("no_workspace"));
        QCOMPARE(login(QStringLiteral("bob@x.org"), QJsonArray{}).status, 400);
    }

    void aNonMemberAndAnUnknownWorkspaceGetTheSameAnswer()
    {
        const TestReply notMine = login(QStringLiteral("eve@x.org"), QStringLiteral("acme"));
        const TestReply unknown = login(QStringLiteral("eve@x.org"), QStringLiteral("no-such-place"));
        QCOMPARE(notMine.status, 404);
        QCOMPARE(notMine.error(), QStringLiteral("not_found"));
        QCOMPARE(notMine.body, unknown.body);
        // On every route, for someone of another workspace (olga owns globex): no IDOR.
        const QByteArray olga = bearerOf(login(QStringLiteral("olga@x.org")).json());
        const QString bob = publicIdOf(QStringLiteral("bob@x.org"));
        const QString missing = QStringLiteral("987654");
        struct Call {
            QByteArray method;
            QString path; // %1: the workspace id
            QJsonObject body;
        };
        const Call calls[] = {
            {"GET", QStringLiteral("/workspaces/%1"), {}},
            {"PATCH", QStringLiteral("/workspaces/%1"), {{QStringLiteral("name"), QStringLiteral("Mine now")}}},
            {"DELETE", QStringLiteral("/workspaces/%1"), {}},
            {"GET", QStringLiteral("/workspaces/%1/members"), {}},
            {"POST",
             QStringLiteral("/workspaces/%1/members"),
             {{QStringLiteral("email"), QStringLiteral("olga@x.org")},
              {QStringLiteral("role"), QStringLiteral("owner")}}},
            {"PUT",
             QStringLiteral("/workspaces/%1/members/") + bob,
             {{QStringLiteral("role"), QStringLiteral("guest")}}},
            {"DELETE", QStringLiteral("/workspaces/%1/members/") + bob, {}},
        };
        for (const Call &call : calls) {
            const TestReply hidden = send(call.method, call.path.arg(m_acme), call.body, olga);
            const TestReply absent = send(call.method, call.path.arg(missing), call.body, olga);
            QVERIFY2(hidden.status == 404, qPrintable(QString::fromLatin1(call.method) + QLatin1Char(' ') + call.path));
            QCOMPARE(hidden.body, absent.body);
        }
        // Nothing changed in acme.
        const QByteArray ada = bearerOf(login(QStringLiteral("ada@x.org")).json());
        const TestReply members = server().get(QStringLiteral("/workspaces/%1/members").arg(m_acme), ada);
        QCOMPARE(members.status, 200);
        QCOMPARE(members.json().value(QStringLiteral("items")).toArray().size(), 4);
        QCOMPARE(server()
                     .get(QStringLiteral("/workspaces/%1").arg(m_acme), ada)
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Acme"));
    }

    void aRefreshSwitchesWorkspaceAndKeepsOneChain()
    {
        const QJsonObject first = login(QStringLiteral("bob@x.org")).json();
        const TestReply moved
            = refresh(first.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("acme"));
        QCOMPARE(moved.status, 200);
        QCOMPARE(claimsOf(moved.json()).value(QStringLiteral("workspace_role")).toString(), QStringLiteral("member"));
        QCOMPARE(claimsOf(moved.json()).value(QStringLiteral("sid")), claimsOf(first).value(QStringLiteral("sid")));
        // A workspace bob is not in: 404, and the token is still good (nothing was used up).
        const QString live = moved.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(refresh(live, QStringLiteral("globex")).status, 404);
        const TestReply stays = refresh(live);
        QCOMPARE(stays.status, 200);
        QCOMPARE(claimsOf(stays.json()).value(QStringLiteral("workspace_id")).toString(), m_acme);
        const TestReply left
            = refresh(stays.json().value(QStringLiteral("refresh_token")).toString(), QJsonValue::Null);
        QCOMPARE(left.status, 200);
        QVERIFY(!claimsOf(left.json()).contains(QStringLiteral("workspace_id")));
        // The chain moved on: the first token is dead, and presenting it after the grace ends the
        // session — also when it asks for a workspace bob is not in (the reuse is not masked by a 404).
        server().clock().advance(60);
        QCOMPARE(refresh(first.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("globex")).status,
                 401);
        QCOMPARE(refresh(left.json().value(QStringLiteral("refresh_token")).toString()).status, 401);
    }

    // A switch whose answer was lost is retried with the same token within the grace: the retry
    // gets the same successor and the workspace's claims; a retry that asks for a workspace the
    // user is not in is refused without touching the chain; after the grace the old token ends
    // the session whatever it asks for.
    void aRetriedSwitchWithinTheGraceGetsTheSameSuccessor()
    {
        const QString first
            = login(QStringLiteral("bob@x.org")).json().value(QStringLiteral("refresh_token")).toString();
        const TestReply moved = refresh(first, QStringLiteral("acme"));
        QCOMPARE(moved.status, 200);
        server().clock().advance(2);
        const TestReply retried = refresh(first, QStringLiteral("acme"));
        QCOMPARE(retried.status, 200);
        const QString successor = moved.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(retried.json().value(QStringLiteral("refresh_token")).toString(), successor);
        QCOMPARE(claimsOf(retried.json()).value(QStringLiteral("workspace_id")).toString(), m_acme);
        QCOMPARE(claimsOf(retried.json()).value(QStringLiteral("sid")),
                 claimsOf(moved.json()).value(QStringLiteral("sid")));
        const TestReply elsewhere = refresh(first, QStringLiteral("globex"));
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(elsewhere.body, refresh(first, QStringLiteral("no-such-place")).body);
        // One live chain: the successor rotates, in acme still.
        const TestReply next = refresh(successor);
        QCOMPARE(next.status, 200);
        QCOMPARE(claimsOf(next.json()).value(QStringLiteral("workspace_id")).toString(), m_acme);
        // The successor is used now: a retry of the first token gets nothing more.
        QCOMPARE(refresh(first, QStringLiteral("acme")).status, 401);
        server().clock().advance(60);
        QCOMPARE(refresh(first, QStringLiteral("acme")).status, 401);
        QCOMPARE(refresh(next.json().value(QStringLiteral("refresh_token")).toString()).status, 401);
    }

    void theDemoAdminRouteChecksTheWorkspaceRoleFromTheToken()
    {
        const TestReply guest
            = server().get(QStringLiteral("/api/workspace/admin"),
                           bearerOf(login(QStringLiteral("gus@x.org"), QStringLiteral("acme")).json()));
        QCOMPARE(guest.status, 403);
        QCOMPARE(guest.error(), QStringLiteral("insufficient_role"));
        QCOMPARE(server()
                     .get(QStringLiteral("/api/workspace/admin"),
                          bearerOf(login(QStringLiteral("bob@x.org"), QStringLiteral("acme")).json()))
                     .status,
                 403);
        QCOMPARE(server()
                     .get(QStringLiteral("/api/workspace/admin"),
                          bearerOf(login(QStringLiteral("carl@x.org"), QStringLiteral("acme")).json()))
                     .status,
                 200);
        QCOMPARE(server()
                     .get(QStringLiteral("/api/workspace/admin"),
                          bearerOf(login(QStringLiteral("ada@x.org"), QStringLiteral("acme")).json()))
                     .status,
                 200);
    }

    void aRemovedMemberLosesTheirTokensAtOnce()
    {
        const QJsonObject bob = login(QStringLiteral("bob@x.org"), QStringLiteral("acme")).json();
        const QJsonObject bobElsewhere = login(QStringLiteral("bob@x.org")).json(); // not in acme: stays
        QCOMPARE(server().get(QStringLiteral("/api/workspace"), bearerOf(bob)).status, 200);
        const QByteArray ada = bearerOf(login(QStringLiteral("ada@x.org")).json());
        const TestReply removed = send(
            "DELETE", QStringLiteral("/workspaces/%1/members/%2").arg(m_acme, publicIdOf(QStringLiteral("bob@x.org"))),
            {}, ada);
        QCOMPARE(removed.status, 204);
        QCOMPARE(server().get(QStringLiteral("/api/workspace"), bearerOf(bob)).status, 401);
        QCOMPARE(refresh(bob.value(QStringLiteral("refresh_token")).toString()).status, 401);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), bearerOf(bobElsewhere)).status, 200);
        // A role change ends the sessions in the workspace too (their tokens carry the old role).
        const QJsonObject gus = login(QStringLiteral("gus@x.org"), QStringLiteral("acme")).json();
        const TestReply promoted = send(
            "PUT", QStringLiteral("/workspaces/%1/members/%2").arg(m_acme, publicIdOf(QStringLiteral("gus@x.org"))),
            {{QStringLiteral("role"), QStringLiteral("member")}}, ada);
        QCOMPARE(promoted.status, 200);
        QCOMPARE(promoted.json().value(QStringLiteral("role")).toString(), QStringLiteral("member"));
        QCOMPARE(server().get(QStringLiteral("/api/workspace"), bearerOf(gus)).status, 401);
        const TestReply again = login(QStringLiteral("gus@x.org"), QStringLiteral("acme"));
        QCOMPARE(claimsOf(again.json()).value(QStringLiteral("workspace_role")).toString(), QStringLiteral("member"));
    }

    void deletingAWorkspaceEndsItsSessions()
    {
        const QJsonObject bob = login(QStringLiteral("bob@x.org"), QStringLiteral("acme")).json();
        const QByteArray carl = bearerOf(login(QStringLiteral("carl@x.org")).json());
        QCOMPARE(send("DELETE", QStringLiteral("/workspaces/%1").arg(m_acme), {}, carl).status, 403); // admins do not
        const QByteArray ada = bearerOf(login(QStringLiteral("ada@x.org")).json());
        QCOMPARE(send("DELETE", QStringLiteral("/workspaces/%1").arg(m_acme), {}, ada).status, 204);
        QCOMPARE(server().get(QStringLiteral("/api/workspace"), bearerOf(bob)).status, 401);
        QCOMPARE(refresh(bob.value(QStringLiteral("refresh_token")).toString()).status, 401);
        QCOMPARE(server().get(QStringLiteral("/workspaces/%1").arg(m_acme), ada).status, 404);
    }

    void listsCreationAndPlans()
    {
        const QByteArray bob = bearerOf(login(QStringLiteral("bob@x.org")).json());
        const TestReply mine = server().get(QStringLiteral("/auth/workspaces"), bob);
        QCOMPARE(mine.status, 200);
        const QJsonArray items = mine.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("member"));
        QCOMPARE(items.first()
                     .toObject()
                     .value(QStringLiteral("workspace"))
                     .toObject()
                     .value(QStringLiteral("slug"))
                     .toString(),
                 QStringLiteral("acme"));
        QCOMPARE(server().get(QStringLiteral("/admin/workspaces"), bob).status, 403);
        const QByteArray root = bearerOf(login(QStringLiteral("root@x.org")).json());
        const TestReply all = server().get(QStringLiteral("/admin/workspaces?limit=1"), root);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(all.json().value(QStringLiteral("next_cursor")).isString());
        // Self-service creation; the creator owns it; the plan is the operator's.
        const TestReply created = server().postJson(
            QStringLiteral("/workspaces"),
            {{QStringLiteral("slug"), QStringLiteral("bobs")}, {QStringLiteral("name"), QStringLiteral("Bob's")}}, bob);
        QCOMPARE(created.status, 201);
        const QString bobs = created.json().value(QStringLiteral("id")).toString();
        QCOMPARE(server()
                     .postJson(QStringLiteral("/workspaces"),
                               {{QStringLiteral("slug"), QStringLiteral("bobs")},
                                {QStringLiteral("name"), QStringLiteral("Again")}},
                               bob)
                     .status,
                 409);
        QCOMPARE(send("PATCH", QStringLiteral("/workspaces/%1").arg(bobs),
                      {{QStringLiteral("plan"), QStringLiteral("pro")}}, bob)
                     .status,
                 403);
        const QJsonObject bobIn = login(QStringLiteral("bob@x.org"), QStringLiteral("bobs")).json();
        QCOMPARE(send("PATCH", QStringLiteral("/workspaces/%1").arg(bobs),
                      {{QStringLiteral("plan"), QStringLiteral("pro")}}, root)
                     .status,
                 200);
        // The plan shows at the next refresh.
        const TestReply refreshed = refresh(bobIn.value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(claimsOf(refreshed.json()).value(QStringLiteral("workspace_plan")).toString(), QStringLiteral("pro"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceHttp)
#include "tst_workspacehttp.moc"
