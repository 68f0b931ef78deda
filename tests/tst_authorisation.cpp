// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what, over real sockets: Keyward's own routes authorise with the user's current
// roles (not the token's claim), introspection tells the truth about a user's state now, and the
// rank rule ("nobody acts on a user above them") holds on every admin route.
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/tokenservice.h"
#include "crypto/base64url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward;

namespace {

QJsonObject claimsOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(*Base64Url::decode(token.split('.').at(1))).object();
}

QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

} // namespace

class TestAuthorisation : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_adminToken;

    TestServer &server() { return *m_server; }

    QString userId(const QString &email) { return server().backend().accounts().find(email)->record.publicId; }

    void setRolesByHttp(const QString &email, const QString &role)
    {
        const TestReply reply = server().request("PUT", QStringLiteral("/admin/users/%1/roles").arg(userId(email)),
                                                 "{\"roles\":[\"" + role.toLatin1() + "\"]}", bearer(m_adminToken));
        QCOMPARE(reply.status, 200);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        server().createUser(QStringLiteral("root@example.org"), {QStringLiteral("admin")});
        m_adminToken = server().accessToken(QStringLiteral("root@example.org"));
    }

    void cleanup() { m_server.reset(); }

    void aDemotedAdministratorIsRefusedAtTheNextRequest()
    {
        server().createUser(QStringLiteral("second@example.org"), {QStringLiteral("admin")});
        const QByteArray token = server().accessToken(QStringLiteral("second@example.org"));
        QCOMPARE(server().get(QStringLiteral("/api/admin"), token).status, 200);
        QCOMPARE(server().get(QStringLiteral("/admin/keys"), token).status, 200);
        setRolesByHttp(QStringLiteral("second@example.org"), QStringLiteral("user"));
        // The token still says "admin"; the server asks who the user is now.
        QCOMPARE(claimsOf(token).value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("admin")});
        const TestReply admin = server().get(QStringLiteral("/api/admin"), token);
        QCOMPARE(admin.status, 403);
        QCOMPARE(admin.error(), QStringLiteral("insufficient_role"));
        QCOMPARE(server().get(QStringLiteral("/admin/keys"), token).status, 403);
        const TestReply protectedRoute = server().get(QStringLiteral("/api/protected"), token);
        QCOMPARE(protectedRoute.status, 200);
        QCOMPARE(protectedRoute.json().value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("user")});
        // Promoted back: allowed again at once.
        setRolesByHttp(QStringLiteral("second@example.org"), QStringLiteral("admin"));
        QCOMPARE(server().get(QStringLiteral("/api/admin"), token).status, 200);
    }

    void aChangeByAnotherProcessIsSeenWithinASecond()
    {
        server().createUser(QStringLiteral("boss@example.org"), {QStringLiteral("manager")});
        const QByteArray token = server().accessToken(QStringLiteral("boss@example.org"));
        QCOMPARE(server().get(QStringLiteral("/api/manager"), token).status, 200);
        // Another process on the same database (the CLI, a second server): no signal reaches us.
        Result<std::shared_ptr<Backend>> other = Backend::open(server().installation().sameFilesOptions());
        QVERIFY(other);
        QVERIFY(other.value()
                    ->accounts()
                    .setRoles(Actor::local(QStringLiteral("test")), QStringLiteral("boss@example.org"),
                              {QStringLiteral("user")})
                    .ok());
        server().clock().advance(1); // the access version is checked at most once a second
        QCOMPARE(server().get(QStringLiteral("/api/manager"), token).status, 403);
    }

    // Disabling ends the user's sessions and every token issued before it, for good: enabling
    // the user again brings none of them back (a per-user "not before"), whether the change
    // came over HTTP or from another process (the CLI).
    void aTokenIssuedBeforeADisableStaysDeadAfterTheEnable()
    {
        for (const bool byAnotherProcess : {false, true}) {
            const QString email
                = byAnotherProcess ? QStringLiteral("cli@example.org") : QStringLiteral("http@example.org");
            server().createUser(email);
            const QByteArray session = server().accessToken(email);
            const Result<IssuedToken> minted = server().backend().tokens().mint(
                Actor::local(QStringLiteral("test")), server().backend().accounts().find(email).value(), 600, {});
            QVERIFY(minted);
            const auto setDisabled = [&](bool disabled) {
                if (!byAnotherProcess) {
                    QCOMPARE(server()
                                 .request("PATCH", QStringLiteral("/admin/users/") + userId(email),
                                          disabled ? "{\"disabled\":true}" : "{\"disabled\":false}",
                                          bearer(m_adminToken))
                                 .status,
                             200);
                    return;
                }
                Result<std::shared_ptr<Backend>> other = Backend::open(server().installation().sameFilesOptions());
                QVERIFY(other);
                QVERIFY(
                    other.value()->accounts().setDisabled(Actor::local(QStringLiteral("cli")), email, disabled).ok());
                server().clock().advance(1);
            };
            setDisabled(true);
            setDisabled(false);
            for (const QByteArray &token : {session, minted->token}) {
                QTRY_COMPARE_WITH_TIMEOUT(server().get(QStringLiteral("/api/protected"), token).status, 401, 2000);
                QCOMPARE(server().get(QStringLiteral("/auth/me"), token).status, 401);
                QCOMPARE(server()
                             .postForm(QStringLiteral("/oauth/introspect"), "token=" + token, m_adminToken)
                             .json()
                             .value(QStringLiteral("active"))
                             .toBool(),
                         false);
            }
            // Signing in again works, with new tokens.
            QCOMPARE(server().get(QStringLiteral("/api/protected"), server().accessToken(email)).status, 200);
        }
    }

    void introspectionTellsTheUsersStateNow()
    {
        server().createUser(QStringLiteral("ada@example.org"), {QStringLiteral("manager")});
        const QByteArray token = server().accessToken(QStringLiteral("ada@example.org"));
        const auto introspect = [this](const QByteArray &candidate) {
            return server().postForm(QStringLiteral("/oauth/introspect"), "token=" + candidate, m_adminToken).json();
        };
        const QJsonObject active = introspect(token);
        QVERIFY(active.value(QStringLiteral("active")).toBool());
        QCOMPARE(active.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer")); // RFC 7662 §2.2
        QCOMPARE(active.value(QStringLiteral("client_id")).toString(), QStringLiteral("keyward"));
        QCOMPARE(active.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("manager")});
        // Demoted: the token claims more than the user holds now.
        setRolesByHttp(QStringLiteral("ada@example.org"), QStringLiteral("user"));
        QCOMPARE(introspect(token), (QJsonObject{{QStringLiteral("active"), false}}));
        // A token issued after the change is active, with the roles held now.
        const QByteArray again = server().accessToken(QStringLiteral("ada@example.org"));
        QCOMPARE(introspect(again).value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("user")});
        // Disabled, then deleted: inactive.
        const TestReply disabled
            = server().request("PATCH", QStringLiteral("/admin/users/") + userId(QStringLiteral("ada@example.org")),
                               "{\"disabled\":true}", bearer(m_adminToken));
        QCOMPARE(disabled.status, 200);
        QCOMPARE(introspect(again), (QJsonObject{{QStringLiteral("active"), false}}));
    }

    // Every admin route that acts on a user, for every actor role and target role: the actor
    // needs the route's permission, and nobody acts on a user whose highest role is above theirs.
    void theRankRuleHoldsOnEveryAdminRoute_data()
    {
        QTest::addColumn<QString>("actorRole");
        QTest::addColumn<QString>("targetRole");
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("expected");
        const QStringList roles{QStringLiteral("user"), QStringLiteral("manager"), QStringLiteral("admin")};
        // route → (permission holder's minimum role, success status)
        const QList<std::tuple<QString, QString, int>> routes{
            {QStringLiteral("rename"), QStringLiteral("admin"), 200},
            {QStringLiteral("disable"), QStringLiteral("admin"), 200},
            {QStringLiteral("reset-password"), QStringLiteral("admin"), 200},
            {QStringLiteral("delete"), QStringLiteral("admin"), 204},
            {QStringLiteral("set-roles"), QStringLiteral("manager"), 200},
            {QStringLiteral("revoke-sessions"), QStringLiteral("manager"), 200},
            {QStringLiteral("delete-session"), QStringLiteral("manager"), 204},
            {QStringLiteral("revoke-token"), QStringLiteral("admin"), 204},
        };
        for (const QString &actor : roles) {
            for (const QString &target : roles) {
                for (const auto &[route, needed, ok] : routes) {
                    const bool permitted = roles.indexOf(actor) >= roles.indexOf(needed);
                    const bool outranked = roles.indexOf(target) > roles.indexOf(actor);
                    QTest::addRow("%s on %s: %s", qPrintable(actor), qPrintable(target), qPrintable(route))
                        << actor << target << route << (permitted && !outranked ? ok : 403);
                }
            }
        }
    }

    void theRankRuleHoldsOnEveryAdminRoute()
    {
        QFETCH(QString, actorRole);
        QFETCH(QString, targetRole);
        QFETCH(QString, route);
        QFETCH(int, expected);
        const QString actorEmail = QStringLiteral("actor@example.org");
        const QString targetEmail = QStringLiteral("target@example.org");
        server().createUser(actorEmail, {actorRole});
        server().createUser(targetEmail, {targetRole});
        const QByteArray actor = server().accessToken(actorEmail);
        const QJsonObject targetLogin = server().login(targetEmail);
        const QByteArray targetAccess = targetLogin.value(QStringLiteral("access_token")).toString().toLatin1();
        const QString user = QStringLiteral("/admin/users/") + userId(targetEmail);

        TestReply reply;
        if (route == QLatin1String("rename"))
            reply = server().request("PATCH", user, "{\"name\":\"Renamed\"}", bearer(actor));
        else if (route == QLatin1String("disable"))
            reply = server().request("PATCH", user, "{\"disabled\":true}", bearer(actor));
        else if (route == QLatin1String("reset-password"))
            reply = server().request("PATCH", user, "{\"password\":\"another sturdy phrase\"}", bearer(actor));
        else if (route == QLatin1String("delete"))
            reply = server().request("DELETE", user, {}, bearer(actor));
        else if (route == QLatin1String("set-roles"))
            reply = server().request("PUT", user + QStringLiteral("/roles"), "{\"roles\":[\"user\"]}", bearer(actor));
        else if (route == QLatin1String("revoke-sessions"))
            reply = server().request("POST", user + QStringLiteral("/revoke-sessions"), {}, bearer(actor));
        else if (route == QLatin1String("delete-session"))
            reply = server().request("DELETE",
                                     QStringLiteral("/admin/sessions/")
                                         + targetLogin.value(QStringLiteral("session_id")).toString(),
                                     {}, bearer(actor));
        else if (route == QLatin1String("revoke-token"))
            reply = server().request(
                "POST", QStringLiteral("/admin/tokens/revoke"),
                QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(targetAccess)}})
                    .toJson(QJsonDocument::Compact),
                bearer(actor));
        QVERIFY2(reply.status == expected,
                 qPrintable(QStringLiteral("got %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
        if (expected == 403) {
            QCOMPARE(reply.error(), QStringLiteral("insufficient_role"));
            // Refused means untouched: the target's token still works and the account is as it was.
            QCOMPARE(server().get(QStringLiteral("/api/protected"), targetAccess).status, 200);
            const Result<User> target = server().backend().accounts().find(targetEmail);
            QVERIFY(target);
            QCOMPARE(target->roles, QStringList{targetRole});
            QVERIFY(!target->record.disabled);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthorisation)
#include "tst_authorisation.moc"
