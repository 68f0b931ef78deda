// SPDX-License-Identifier: GPL-3.0-or-later
// The API contract over real sockets: every route, its errors, and the token attacks.
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/keyservice.h"
#include "auth/revocationservice.h"
#include "auth/sessionservice.h"
#include "auth/settingsservice.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/jws.h"
#include "crypto/signingkey.h"
#include "storage/database.h"
#include "storage/userpublicid.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <future>

using namespace keyward;

class TestHttp : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QByteArray m_adminToken;
    QByteArray m_userToken;

    TestServer &server() { return *m_server; }
    static QByteArray access(const QJsonObject &pair)
    {
        return pair.value(QStringLiteral("access_token")).toString().toLatin1();
    }

    static QByteArray forgeJws(const QJsonObject &header, const QJsonObject &claims, const QByteArray &signature)
    {
        return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
            + Base64Url::encode(signature);
    }

    QJsonObject claimsOf(const QByteArray &token) const
    {
        return QJsonDocument::fromJson(*Base64Url::decode(token.split('.').at(1))).object();
    }

private slots:
    // Contract v3: a client with a whole IPv6 /64 is one address to the per-address limits
    // (here the login limit, the client's address from a trusted proxy).
    void ipv6ClientsAreLimitedByTheirSlash64()
    {
        TestServer proxied({{QStringLiteral("server.trusted_proxies"), QStringLiteral("127.0.0.1")},
                            {QStringLiteral("limits.login_per_ip_per_minute"), QStringLiteral("3")}},
                           1);
        const auto loginFrom = [&](const QByteArray &address) {
            return proxied
                .request("POST", QStringLiteral("/auth/login"),
                         R"({"email":"nobody@example.org","password":"not the one"})",
                         {{"Content-Type", "application/json"}, {"X-Forwarded-For", address}})
                .status;
        };
        for (const char *address : {"2001:db8:1:2::a", "2001:db8:1:2::b", "2001:db8:1:2:ffff::c"})
            QCOMPARE(loginFrom(address), 401);
        QCOMPARE(loginFrom("2001:db8:1:2:1234::d"), 429); // the same /64
        QCOMPARE(loginFrom("2001:db8:1:3::1"), 401); // the next /64 has its own count
    }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        server().createUser(QStringLiteral("root@example.org"), {QStringLiteral("admin")});
        server().createUser(QStringLiteral("boss@example.org"), {QStringLiteral("manager")});
        server().createUser(QStringLiteral("ada@example.org"));
        m_adminToken = access(server().login(QStringLiteral("root@example.org")));
        m_userToken = access(server().login(QStringLiteral("ada@example.org")));
    }

    void cleanup() { m_server.reset(); }

    void registerValidatesAndRefusesDuplicates()
    {
        const TestReply created
            = server().postJson(QStringLiteral("/auth/register"),
                                {{QStringLiteral("email"), QStringLiteral("New@Example.org")},
                                 {QStringLiteral("password"), QStringLiteral("correct horse battery")},
                                 {QStringLiteral("name"), QStringLiteral("New")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("user")});
        QCOMPARE(created.json().value(QStringLiteral("email")).toString(), QStringLiteral("New@Example.org"));
        QVERIFY(!created.body.contains("password"));
        const auto registerWith
            = [this](const QJsonObject &body) { return server().postJson(QStringLiteral("/auth/register"), body); };
        QCOMPARE(registerWith({{QStringLiteral("email"), QStringLiteral("new@example.org")},
                               {QStringLiteral("password"), QStringLiteral("another long one")}})
                     .status,
                 409);
        QCOMPARE(registerWith({{QStringLiteral("email"), QStringLiteral("bad")},
                               {QStringLiteral("password"), QStringLiteral("another long one")}})
                     .error(),
                 QStringLiteral("invalid_email"));
        QCOMPARE(registerWith({{QStringLiteral("email"), QStringLiteral("x@example.org")},
                               {QStringLiteral("password"), QStringLiteral("short")}})
                     .error(),
                 QStringLiteral("weak_password"));
        QCOMPARE(registerWith(
                     {{QStringLiteral("email"), QStringLiteral("x@example.org")}, {QStringLiteral("password"), 12345}})
                     .error(),
                 QStringLiteral("invalid_request"));
        const TestReply malformed = server().request("POST", QStringLiteral("/auth/register"), "{not json",
                                                     {{"Content-Type", "application/json"}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.error(), QStringLiteral("invalid_request"));
        const TestReply wrongType
            = server().request("POST", QStringLiteral("/auth/register"), "email=a", {{"Content-Type", "text/plain"}});
        QCOMPARE(wrongType.status, 415);
        QCOMPARE(wrongType.error(), QStringLiteral("unsupported_media_type"));
    }

    void registrationCanBeSwitchedOff()
    {
        TestServer closed({{QStringLiteral("registration.enabled"), QStringLiteral("false")}}, 1);
        const TestReply reply = closed.postJson(QStringLiteral("/auth/register"),
                                                {{QStringLiteral("email"), QStringLiteral("a@example.org")},
                                                 {QStringLiteral("password"), QStringLiteral("long enough pass")}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.error(), QStringLiteral("registration_disabled"));
    }

    void loginAnswersTheSameForEveryFailure()
    {
        const auto attempt = [this](const QString &email, const QString &password) {
            return server().postJson(QStringLiteral("/auth/login"),
                                     {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        };
        const TestReply wrong = attempt(QStringLiteral("ada@example.org"), QStringLiteral("not the password"));
        const TestReply unknown = attempt(QStringLiteral("ghost@example.org"), QStringLiteral("not the password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(wrong.error(), QStringLiteral("invalid_credentials"));
        const QJsonObject pair = server().login(QStringLiteral("ada@example.org"));
        QCOMPARE(pair.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(pair.value(QStringLiteral("expires_in")).toInt(), 900);
        QVERIFY(pair.value(QStringLiteral("refresh_token")).toString().size() >= 43);
        QVERIFY(pair.value(QStringLiteral("refresh_expires_in")).toInt() > 0);
        QVERIFY(!pair.value(QStringLiteral("session_id")).toString().isEmpty());
        const QJsonObject claims = claimsOf(access(pair));
        for (const char *claim : {"iss", "aud", "sub", "iat", "nbf", "exp", "jti", "sid", "roles", "email"})
            QVERIFY2(claims.contains(QLatin1String(claim)), claim);
    }

    void protectedRoutesByRole()
    {
        const QByteArray manager = access(server().login(QStringLiteral("boss@example.org")));
        QCOMPARE(server().get(QStringLiteral("/api/protected"), m_userToken).status, 200);
        QCOMPARE(
            server().get(QStringLiteral("/api/protected"), m_userToken).json().value(QStringLiteral("roles")).toArray(),
            QJsonArray{QStringLiteral("user")});
        QCOMPARE(server().get(QStringLiteral("/api/manager"), m_userToken).status, 403);
        QCOMPARE(server().get(QStringLiteral("/api/manager"), m_userToken).error(),
                 QStringLiteral("insufficient_role"));
        QCOMPARE(server().get(QStringLiteral("/api/manager"), manager).status, 200);
        QCOMPARE(server().get(QStringLiteral("/api/manager"), m_adminToken).status, 200);
        QCOMPARE(server().get(QStringLiteral("/api/admin"), manager).status, 403);
        QCOMPARE(server().get(QStringLiteral("/api/admin"), m_adminToken).status, 200);
        const TestReply none = server().get(QStringLiteral("/api/protected"));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.error(), QStringLiteral("invalid_token"));
        // RFC 6750 §3.1: no credentials, no error code in the challenge; a bad token names the error.
        QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer realm=\"keyward\""));
        QCOMPARE(server().get(QStringLiteral("/api/protected"), "not-a-token").header("WWW-Authenticate"),
                 QByteArray("Bearer realm=\"keyward\", error=\"invalid_token\""));
        // x-auth-token works as well as Authorization.
        QCOMPARE(server().request("GET", QStringLiteral("/api/protected"), {}, {{"x-auth-token", m_userToken}}).status,
                 200);
    }

    void forgedTokensAreRefused()
    {
        const QJsonObject claims = claimsOf(m_adminToken);
        const QJsonObject header = QJsonDocument::fromJson(*Base64Url::decode(m_adminToken.split('.').at(0))).object();
        QList<QByteArray> forgeries;
        // alg none, with and without a signature
        QJsonObject none = header;
        none.insert(QStringLiteral("alg"), QStringLiteral("none"));
        forgeries << forgeJws(none, claims, {}) << forgeJws(none, claims, "x");
        // HS256 keyed with the server's own public key
        QJsonObject hs = header;
        hs.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        const QByteArray jwks = server().get(QStringLiteral("/.well-known/jwks.json")).body;
        const QByteArray input = forgeJws(hs, claims, {}).chopped(1);
        forgeries << input + '.'
                + Base64Url::encode(QMessageAuthenticationCode::hash(input, jwks, QCryptographicHash::Sha256));
        // tampered payload: a user promoting themselves
        QJsonObject promoted = claimsOf(m_userToken);
        promoted.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")});
        const QList<QByteArray> parts = m_userToken.split('.');
        forgeries << parts[0] + '.' + Base64Url::encode(QJsonDocument(promoted).toJson(QJsonDocument::Compact)) + '.'
                + parts[2];
        // a foreign key that claims a known kid
        const SigningKey foreign = SigningKey::generate(JwsAlgorithm::ES256);
        forgeries << Jws::sign(foreign, header, promoted);
        for (const QByteArray &forged : forgeries) {
            const TestReply reply = server().get(QStringLiteral("/api/admin"), forged);
            QVERIFY2(reply.status == 401, forged.constData());
            QCOMPARE(reply.error(), QStringLiteral("invalid_token"));
        }
    }

    // A user's id is a random UUID, the same in the user object, the tokens' sub, sessions and
    // the admin routes; the database's row number names nobody, not even in a well-signed token.
    void userIdsAreOpaqueAndTheTokensSubject()
    {
        const TestReply me = server().get(QStringLiteral("/auth/me"), m_userToken);
        const QString id = me.json().value(QStringLiteral("id")).toString();
        QVERIFY2(UserPublicId::isWellFormed(id), qPrintable(id));
        QCOMPARE(QUuid::fromString(id).version(), QUuid::Random);
        QCOMPARE(claimsOf(m_userToken).value(QStringLiteral("sub")).toString(), id);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), m_userToken).json().value(QStringLiteral("sub")), id);
        QVERIFY(claimsOf(m_adminToken).value(QStringLiteral("sub")).toString() != id);
        QCOMPARE(server().get(QStringLiteral("/admin/users/") + id, m_adminToken).json().value(QStringLiteral("email")),
                 QStringLiteral("ada@example.org"));
        const TestReply sessions = server().get(QStringLiteral("/admin/sessions?user_id=") + id, m_adminToken);
        QCOMPARE(sessions.status, 200);
        const QJsonArray items = sessions.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("user_id")).toString(), id);

        const qint64 rowId = server().backend().accounts().find(QStringLiteral("ada@example.org"))->record.id;
        const QString row = QString::number(rowId);
        QCOMPARE(server().get(QStringLiteral("/admin/users/") + row, m_adminToken).status, 404);
        QCOMPARE(server().get(QStringLiteral("/admin/sessions?user_id=") + row, m_adminToken).status, 400);
        QCOMPARE(server().get(QStringLiteral("/admin/users/") + id.toUpper(), m_adminToken).status, 404);
        // The server's own key over the row number as sub: no user.
        QJsonObject claims = claimsOf(m_userToken);
        claims.insert(QStringLiteral("sub"), row);
        const QJsonObject header = QJsonDocument::fromJson(*Base64Url::decode(m_userToken.split('.').at(0))).object();
        const QByteArray byRow = Jws::sign(server().backend().keys().activeKey()->key, header, claims);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), byRow).status, 401);
        claims.insert(QStringLiteral("sub"), id);
        QCOMPARE(server()
                     .get(QStringLiteral("/api/protected"),
                          Jws::sign(server().backend().keys().activeKey()->key, header, claims))
                     .status,
                 200);
    }

    void refreshRotatesAndDetectsReuse()
    {
        const QJsonObject first = server().login(QStringLiteral("ada@example.org"));
        const QString original = first.value(QStringLiteral("refresh_token")).toString();
        const auto refresh = [this](const QString &token) {
            return server().postJson(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), token}});
        };
        const TestReply rotated = refresh(original);
        QCOMPARE(rotated.status, 200);
        const QString next = rotated.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(next != original);
        QCOMPARE(rotated.json().value(QStringLiteral("session_id")), first.value(QStringLiteral("session_id")));
        // A retry within the grace (10 s) gets the same successor and a fresh access token.
        server().clock().advance(10);
        const TestReply retried = refresh(original);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json().value(QStringLiteral("refresh_token")).toString(), next);
        QVERIFY(access(retried.json()) != access(rotated.json()));
        // After it, the reuse revokes the whole session: refresh tokens and access tokens.
        server().clock().advance(1);
        const TestReply reused = refresh(original);
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.error(), QStringLiteral("invalid_grant"));
        QCOMPARE(refresh(next).status, 401);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access(rotated.json())).status, 401);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access(first)).status, 401);
        const TestReply audit = server().get(QStringLiteral("/admin/audit?limit=20"), m_adminToken);
        bool detected = false;
        for (const QJsonValue &event : audit.json().value(QStringLiteral("items")).toArray()) {
            if (event.toObject().value(QStringLiteral("action")).toString()
                == QLatin1String("refresh_reuse_detected")) {
                detected = true;
                QCOMPARE(event.toObject().value(QStringLiteral("client_address")).toString(),
                         QStringLiteral("127.0.0.1"));
            }
        }
        QVERIFY(detected);
        QCOMPARE(refresh(QStringLiteral("unknown-token")).status, 401);
    }

    void concurrentRefreshesLeaveOneLiveChain()
    {
        const QJsonObject pair = server().login(QStringLiteral("ada@example.org"));
        const QString token = pair.value(QStringLiteral("refresh_token")).toString();
        const QString sessionId = pair.value(QStringLiteral("session_id")).toString();
        std::vector<std::future<std::pair<int, QString>>> replies;
        const quint16 port = server().port();
        for (int i = 0; i < 100; ++i) {
            replies.push_back(std::async(std::launch::async, [port, token] {
                QNetworkAccessManager network;
                QNetworkRequest request{QUrl(QStringLiteral("http://127.0.0.1:%1/auth/refresh").arg(port))};
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                QNetworkReply *reply = network.post(request, "{\"refresh_token\":\"" + token.toLatin1() + "\"}");
                QEventLoop loop;
                QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QString next = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QStringLiteral("refresh_token"))
                                         .toString();
                delete reply;
                return std::pair(status, next);
            }));
        }
        int ok = 0;
        QSet<QString> successors;
        for (auto &reply : replies) {
            const auto [status, next] = reply.get();
            ok += status == 200 ? 1 : 0;
            successors.insert(next);
        }
        QCOMPARE(ok, 100); // one rotation, and 99 retries within the grace …
        QCOMPARE(successors.size(), 1); // … that all got the same successor: one live chain
        QCOMPARE(server().backend().sessions().find(sessionId)->rotationCount, 1);
        const QString next = *successors.cbegin();
        QVERIFY(next != token);
        // Once the successor rotates, every copy of the first token is dead, still within the grace.
        const TestReply moved
            = server().postJson(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), next}});
        QCOMPARE(moved.status, 200);
        const TestReply stale
            = server().postJson(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), token}});
        QCOMPARE(stale.status, 401);
        QCOMPARE(stale.error(), QStringLiteral("invalid_grant"));
        const QString third = moved.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(server().postJson(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), third}}).status,
                 200);
    }

    void cookieMode()
    {
        const TestReply login = server().postJson(QStringLiteral("/auth/login"),
                                                  {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                                   {QStringLiteral("password"), TestServer::defaultPassword()},
                                                   {QStringLiteral("use_cookie"), true}});
        QCOMPARE(login.status, 200);
        QVERIFY(!login.json().contains(QStringLiteral("refresh_token")));
        const QByteArray cookie = login.header("Set-Cookie");
        QVERIFY2(cookie.startsWith("keyward_refresh="), cookie.constData());
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(cookie.contains("Path=/auth"));
        QVERIFY(!cookie.contains("Secure")); // plain HTTP here
        const QByteArray value = cookie.split(';').first();
        const TestReply refreshed = server().request("POST", QStringLiteral("/auth/refresh"), {}, {{"Cookie", value}});
        QCOMPARE(refreshed.status, 200);
        QVERIFY(!refreshed.json().contains(QStringLiteral("refresh_token")));
        const QByteArray next = refreshed.header("Set-Cookie").split(';').first();
        QVERIFY(next != value);
        const TestReply logout
            = server().request("POST", QStringLiteral("/auth/logout"), {},
                               {{"Cookie", next}, {"Authorization", "Bearer " + access(refreshed.json())}});
        QCOMPARE(logout.status, 204);
        QVERIFY(logout.header("Set-Cookie").contains("Max-Age=0"));
        QCOMPARE(server().request("POST", QStringLiteral("/auth/refresh"), {}, {{"Cookie", next}}).status, 401);
    }

    void logoutMeSessionsAndPassword()
    {
        const QJsonObject first = server().login(QStringLiteral("ada@example.org"));
        const QJsonObject second = server().login(QStringLiteral("ada@example.org"));
        const TestReply me = server().get(QStringLiteral("/auth/me"), access(first));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.org"));
        QCOMPARE(me.json().value(QStringLiteral("session_id")), first.value(QStringLiteral("session_id")));
        const TestReply sessions = server().get(QStringLiteral("/auth/sessions"), access(first));
        const QJsonArray list = sessions.json().value(QStringLiteral("sessions")).toArray();
        QCOMPARE(list.size(), 3); // init()'s login too
        int current = 0;
        for (const QJsonValue &session : list) {
            current += session.toObject().value(QStringLiteral("current")).toBool() ? 1 : 0;
            QCOMPARE(session.toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
            // Who and until when, as every listing gives them (the service, not each caller).
            QCOMPARE(session.toObject().value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.org"));
            const auto expires = parseRfc3339(session.toObject().value(QStringLiteral("expires_at")).toString());
            QVERIFY(expires && *expires > server().installation().clock().now());
        }
        QCOMPARE(current, 1);
        // Not someone else's session.
        const QString adminSession = claimsOf(m_adminToken).value(QStringLiteral("sid")).toString();
        QCOMPARE(server()
                     .request("DELETE", QStringLiteral("/auth/sessions/") + adminSession, {},
                              {{"Authorization", "Bearer " + access(first)}})
                     .status,
                 404);
        QCOMPARE(server()
                     .request("DELETE",
                              QStringLiteral("/auth/sessions/") + second.value(QStringLiteral("session_id")).toString(),
                              {}, {{"Authorization", "Bearer " + access(first)}})
                     .status,
                 204);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access(second)).status, 401);
        // Password change: wrong current, weak new, then right; other sessions end, this one stays.
        const auto change = [&](const QString &currentPassword, const QString &next) {
            return server().postJson(
                QStringLiteral("/auth/password"),
                {{QStringLiteral("current_password"), currentPassword}, {QStringLiteral("new_password"), next}},
                access(first));
        };
        QCOMPARE(change(QStringLiteral("wrong one here"), QStringLiteral("a new passphrase")).status, 401);
        QCOMPARE(change(TestServer::defaultPassword(), QStringLiteral("short")).error(),
                 QStringLiteral("weak_password"));
        QCOMPARE(change(TestServer::defaultPassword(), QStringLiteral("a new passphrase")).status, 204);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access(first)).status, 200);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), m_userToken).status, 401);
        QCOMPARE(server()
                     .postJson(QStringLiteral("/auth/login"),
                               {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                {QStringLiteral("password"), QStringLiteral("a new passphrase")}})
                     .status,
                 200);
        // Logout revokes the token and its session; logout-all everything.
        QCOMPARE(server().postJson(QStringLiteral("/auth/logout"), {}, access(first)).status, 204);
        QCOMPARE(server().get(QStringLiteral("/auth/me"), access(first)).status, 401);
        const QJsonObject again = server().login(QStringLiteral("ada@example.org"), QStringLiteral("a new passphrase"));
        QCOMPARE(server().postJson(QStringLiteral("/auth/logout-all"), {}, access(again)).status, 204);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access(again)).status, 401);
        QCOMPARE(server()
                     .get(QStringLiteral("/auth/sessions"),
                          access(server().login(QStringLiteral("ada@example.org"), QStringLiteral("a new passphrase"))))
                     .json()
                     .value(QStringLiteral("sessions"))
                     .toArray()
                     .size(),
                 1);
    }

    void jwksAndDiscovery()
    {
        const TestReply jwks = server().get(QStringLiteral("/.well-known/jwks.json"));
        QCOMPARE(jwks.status, 200);
        QCOMPARE(jwks.header("Cache-Control"), QByteArray("public, max-age=300"));
        // The active key and a companion of each other algorithm (ID tokens in RS256 or EdDSA).
        const QJsonArray keys = jwks.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 3);
        QStringList algorithms;
        for (const QJsonValue &key : keys) {
            algorithms << key.toObject().value(QStringLiteral("alg")).toString();
            QVERIFY(!key.toObject().contains(QStringLiteral("d")));
        }
        algorithms.sort();
        QCOMPARE(algorithms, (QStringList{QStringLiteral("ES256"), QStringLiteral("EdDSA"), QStringLiteral("RS256")}));
        QCOMPARE(keys[0].toObject().value(QStringLiteral("kid")).toString(),
                 QJsonDocument::fromJson(*Base64Url::decode(m_userToken.split('.')[0]))
                     .object()
                     .value(QStringLiteral("kid"))
                     .toString());
        const TestReply discovery = server().get(QStringLiteral("/.well-known/openid-configuration"));
        QCOMPARE(discovery.status, 200);
        const QString issuer = discovery.json().value(QStringLiteral("issuer")).toString();
        QCOMPARE(claimsOf(m_userToken).value(QStringLiteral("iss")).toString(), issuer);
        for (const char *field : {"jwks_uri", "token_endpoint", "revocation_endpoint", "introspection_endpoint"})
            QVERIFY(discovery.json().value(QLatin1String(field)).toString().startsWith(issuer));
        // RFC 8414 serves the same document; both may be cached.
        const TestReply rfc8414 = server().get(QStringLiteral("/.well-known/oauth-authorization-server"));
        QCOMPARE(rfc8414.status, 200);
        QCOMPARE(rfc8414.json(), discovery.json());
        QCOMPARE(discovery.header("Cache-Control"), QByteArray("public, max-age=300"));
        QCOMPARE(rfc8414.header("Cache-Control"), QByteArray("public, max-age=300"));
        // HEAD: the GET's headers and Content-Length, no body.
        const TestReply head = server().request("HEAD", QStringLiteral("/.well-known/openid-configuration"));
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.header("Content-Length"), QByteArray::number(discovery.body.size()));
        // A rotation shows in the JWKS at once, the old key still there; the new key signs only
        // after tokens.jwks_max_age (and the fleet's re-read), unless it is an emergency.
        const QString oldKid = QJsonDocument::fromJson(*Base64Url::decode(m_userToken.split('.')[0]))
                                   .object()
                                   .value(QStringLiteral("kid"))
                                   .toString();
        const auto signingKid = [this] {
            const QByteArray token = server().accessToken(QStringLiteral("ada@example.org"));
            return QJsonDocument::fromJson(*Base64Url::decode(token.split('.')[0]))
                .object()
                .value(QStringLiteral("kid"))
                .toString();
        };
        const TestReply rotation = server().postJson(QStringLiteral("/admin/keys/rotate"),
                                                     {{QStringLiteral("alg"), QStringLiteral("EdDSA")}}, m_adminToken);
        QCOMPARE(rotation.status, 201);
        QCOMPARE(rotation.json().value(QStringLiteral("state")).toString(), QStringLiteral("next"));
        QVERIFY(!rotation.json().value(QStringLiteral("activates_at")).toString().isEmpty());
        QCOMPARE(signingKid(), oldKid);
        QCOMPARE(server()
                     .postJson(QStringLiteral("/admin/keys/rotate"), {{QStringLiteral("alg"), QStringLiteral("EdDSA")}},
                               m_adminToken)
                     .error(),
                 QStringLiteral("key_pending"));
        server().clock().advance(300 + 10);
        QCOMPARE(signingKid(), rotation.json().value(QStringLiteral("kid")).toString());
        QCOMPARE(server()
                     .get(QStringLiteral("/.well-known/jwks.json"))
                     .json()
                     .value(QStringLiteral("keys"))
                     .toArray()
                     .size(),
                 6); // active, the retiring old key, two new companions and the two retiring old ones
        QCOMPARE(server().get(QStringLiteral("/api/protected"), m_userToken).status, 200);
    }

    void oauthTokenRevokeIntrospect()
    {
        const TestReply token
            = server().postForm(QStringLiteral("/oauth/token"),
                                "grant_type=password&username=ada%40example.org&password=a+sturdy+passphrase");
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(token.header("Cache-Control"), QByteArray("no-store"));
        const QByteArray refresh = token.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
        const TestReply refreshed
            = server().postForm(QStringLiteral("/oauth/token"), "grant_type=refresh_token&refresh_token=" + refresh);
        QCOMPARE(refreshed.status, 200);
        const TestReply bad = server().postForm(QStringLiteral("/oauth/token"),
                                                "grant_type=password&username=ada%40example.org&password=nope");
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.error(), QStringLiteral("invalid_grant"));
        // client_credentials is for registered confidential clients: without one, invalid_client (401).
        const TestReply anonymous = server().postForm(QStringLiteral("/oauth/token"), "grant_type=client_credentials");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.error(), QStringLiteral("invalid_client"));
        QCOMPARE(server().postForm(QStringLiteral("/oauth/token"), "grant_type=implicit").error(),
                 QStringLiteral("unsupported_grant_type"));
        QCOMPARE(server().postForm(QStringLiteral("/oauth/token"), "").error(), QStringLiteral("invalid_request"));

        // Introspection needs tokens.introspect (admin has it, a user does not).
        const QByteArray userAccess = access(refreshed.json());
        QCOMPARE(server().postForm(QStringLiteral("/oauth/introspect"), "token=" + userAccess, m_userToken).status,
                 403);
        const TestReply active
            = server().postForm(QStringLiteral("/oauth/introspect"), "token=" + userAccess, m_adminToken);
        QCOMPARE(active.status, 200);
        QVERIFY(active.json().value(QStringLiteral("active")).toBool());
        QCOMPARE(active.json().value(QStringLiteral("username")).toString(), QStringLiteral("ada@example.org"));
        // RFC 7009: the holder revokes their own token; 200 even for garbage.
        QCOMPARE(server().postForm(QStringLiteral("/oauth/revoke"), "token=" + userAccess, userAccess).status, 200);
        QCOMPARE(server().postForm(QStringLiteral("/oauth/revoke"), "token=garbage", m_userToken).status, 200);
        const TestReply inactive
            = server().postJson(QStringLiteral("/oauth/introspect"),
                                {{QStringLiteral("token"), QString::fromLatin1(userAccess)}}, m_adminToken);
        QCOMPARE(inactive.json(), (QJsonObject{{QStringLiteral("active"), false}}));
        // RFC 7009 §2.1: a public client revokes by possession, with no bearer of its own.
        const QByteArray held = server().accessToken(QStringLiteral("root@example.org"));
        QCOMPARE(server().postForm(QStringLiteral("/oauth/revoke"), "token=" + held).status, 200);
        QCOMPARE(server().get(QStringLiteral("/api/admin"), held).status, 401);
        QCOMPARE(server().get(QStringLiteral("/api/admin"), m_adminToken).status, 200);
        const QByteArray heldRefresh = server()
                                           .login(QStringLiteral("ada@example.org"))
                                           .value(QStringLiteral("refresh_token"))
                                           .toString()
                                           .toLatin1();
        QCOMPARE(server().postForm(QStringLiteral("/oauth/revoke"), "token=" + heldRefresh).status, 200);
        // The hint is only a hint (RFC 7009 §2.1): an access token sent as a refresh token is revoked.
        const QByteArray hinted = server().accessToken(QStringLiteral("ada@example.org"));
        QCOMPARE(server()
                     .postForm(QStringLiteral("/oauth/revoke"), "token=" + hinted + "&token_type_hint=refresh_token")
                     .status,
                 200);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), hinted).status, 401);
        QCOMPARE(server()
                     .postJson(QStringLiteral("/auth/refresh"),
                               {{QStringLiteral("refresh_token"), QString::fromLatin1(heldRefresh)}})
                     .status,
                 401);
        // Refresh tokens: introspectable and revocable.
        const QByteArray nextRefresh = refreshed.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
        QVERIFY(server()
                    .postForm(QStringLiteral("/oauth/introspect"), "token=" + nextRefresh, m_adminToken)
                    .json()
                    .value(QStringLiteral("active"))
                    .toBool());
        QCOMPARE(server()
                     .postForm(QStringLiteral("/oauth/revoke"),
                               "token=" + nextRefresh + "&token_type_hint=refresh_token", m_adminToken)
                     .status,
                 200);
        QVERIFY(!server()
                     .postForm(QStringLiteral("/oauth/introspect"), "token=" + nextRefresh, m_adminToken)
                     .json()
                     .value(QStringLiteral("active"))
                     .toBool());
    }

    void adminApi()
    {
        // users: list with pagination, create, read, update, roles, delete
        const TestReply page = server().get(QStringLiteral("/admin/users?limit=2"), m_adminToken);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QStringLiteral("items")).toArray().size(), 2);
        const QString cursor = page.json().value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const TestReply rest = server().get(QStringLiteral("/admin/users?limit=2&cursor=") + cursor, m_adminToken);
        QCOMPARE(rest.json().value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(rest.json().value(QStringLiteral("next_cursor")).isNull());
        QCOMPARE(server().get(QStringLiteral("/admin/users?limit=501"), m_adminToken).status, 400);
        QCOMPARE(server().get(QStringLiteral("/admin/users"), m_userToken).status, 403);
        const TestReply created = server().postJson(QStringLiteral("/admin/users"),
                                                    {{QStringLiteral("email"), QStringLiteral("eve@example.org")},
                                                     {QStringLiteral("password"), QStringLiteral("long enough pass")},
                                                     {QStringLiteral("roles"), QJsonArray{QStringLiteral("manager")}}},
                                                    m_adminToken);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QCOMPARE(server()
                     .get(QStringLiteral("/admin/users/") + id, m_adminToken)
                     .json()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("eve@example.org"));
        QCOMPARE(server().get(QStringLiteral("/admin/users/99999"), m_adminToken).status, 404);
        const TestReply patched
            = server().request("PATCH", QStringLiteral("/admin/users/") + id, "{\"name\":\"Eve\",\"disabled\":true}",
                               {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_adminToken}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(QStringLiteral("name")).toString(), QStringLiteral("Eve"));
        QVERIFY(patched.json().value(QStringLiteral("disabled")).toBool());
        const TestReply roles = server().request(
            "PUT", QStringLiteral("/admin/users/") + id + QStringLiteral("/roles"), "{\"roles\":[\"user\"]}",
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + m_adminToken}});
        QCOMPARE(roles.json().value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("user")});
        // A manager may assign roles but not above their own.
        const QByteArray manager = access(server().login(QStringLiteral("boss@example.org")));
        const TestReply escalate = server().request(
            "PUT", QStringLiteral("/admin/users/") + id + QStringLiteral("/roles"), "{\"roles\":[\"admin\"]}",
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + manager}});
        QCOMPARE(escalate.status, 403);
        QCOMPARE(server()
                     .request("DELETE", QStringLiteral("/admin/users/") + id, {},
                              {{"Authorization", "Bearer " + m_adminToken}})
                     .status,
                 204);
        QCOMPARE(server().get(QStringLiteral("/admin/users/") + id, m_adminToken).status, 404);
        // roles, sessions, token revocation, keys, audit
        QVERIFY(server()
                    .get(QStringLiteral("/admin/roles"), m_adminToken)
                    .json()
                    .value(QStringLiteral("items"))
                    .toArray()
                    .size()
                >= 3);
        const QJsonArray sessions
            = server().get(QStringLiteral("/admin/sessions"), manager).json().value(QStringLiteral("items")).toArray();
        QVERIFY(sessions.size() >= 3);
        const QString adaSession = claimsOf(m_userToken).value(QStringLiteral("sid")).toString();
        QCOMPARE(server()
                     .request("DELETE", QStringLiteral("/admin/sessions/") + adaSession, {},
                              {{"Authorization", "Bearer " + manager}})
                     .status,
                 204);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), m_userToken).status, 401);
        const QByteArray fresh = access(server().login(QStringLiteral("ada@example.org")));
        QCOMPARE(server()
                     .postJson(QStringLiteral("/admin/tokens/revoke"),
                               {{QStringLiteral("token"), QString::fromLatin1(fresh)}}, m_adminToken)
                     .status,
                 204);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), fresh).status, 401);
        QCOMPARE(server().postJson(QStringLiteral("/admin/tokens/revoke"), {}, m_adminToken).status, 400);
        // exp is a time in whole seconds, 0 … 2^53: 1e300 or a fraction is refused, not cast.
        for (const double exp : {1e300, -1.0, 1.5})
            QCOMPARE(server()
                         .postJson(QStringLiteral("/admin/tokens/revoke"),
                                   {{QStringLiteral("jti"), QStringLiteral("x")}, {QStringLiteral("exp"), exp}},
                                   m_adminToken)
                         .status,
                     400);
        const QString adaId = claimsOf(fresh).value(QStringLiteral("sub")).toString();
        const QByteArray another = access(server().login(QStringLiteral("ada@example.org")));
        QCOMPARE(
            server()
                .postJson(QStringLiteral("/admin/users/") + adaId + QStringLiteral("/revoke-sessions"), {}, manager)
                .status,
            200);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), another).status, 401);
        QCOMPARE(server()
                     .get(QStringLiteral("/admin/keys"), m_adminToken)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 3); // the active key and its two companions
        QCOMPARE(server().get(QStringLiteral("/admin/keys"), manager).status, 403);
        const TestReply audit = server().get(QStringLiteral("/admin/audit?limit=5"), m_adminToken);
        QCOMPARE(audit.json().value(QStringLiteral("items")).toArray().size(), 5);
        QVERIFY(!audit.body.contains("passphrase"));
    }

    void unknownRoutesMethodsAndHealth()
    {
        const TestReply missing = server().get(QStringLiteral("/nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error(), QStringLiteral("not_found"));
        const TestReply wrongMethod = server().request("DELETE", QStringLiteral("/auth/login"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("POST, OPTIONS"));
        QCOMPARE(server().get(QStringLiteral("/healthz")).json(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("db"), QStringLiteral("ok")}}));
        const TestReply metrics = server().get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("keyward_http_requests_total{route=\"/healthz\",status=\"200\"} 1"));
        QVERIFY(metrics.body.contains("keyward_logins_succeeded_total 2"));
        QVERIFY(metrics.body.contains("keyward_active_sessions 2"));
    }

    void corsOnlyForConfiguredOrigins()
    {
        TestServer cors({{QStringLiteral("server.cors_origins"), QStringLiteral("https://app.example.org")}}, 1);
        const TestReply preflight
            = cors.request("OPTIONS", QStringLiteral("/auth/login"), {},
                           {{"Origin", "https://app.example.org"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.header("Access-Control-Allow-Origin"), QByteArray("https://app.example.org"));
        QVERIFY(preflight.header("Access-Control-Allow-Methods").contains("POST"));
        const TestReply foreign
            = cors.request("OPTIONS", QStringLiteral("/auth/login"), {}, {{"Origin", "https://evil.example"}});
        QVERIFY(foreign.header("Access-Control-Allow-Origin").isEmpty());
        QVERIFY(cors.request("GET", QStringLiteral("/healthz"), {}, {{"Origin", "https://app.example.org"}})
                    .header("Access-Control-Allow-Origin")
                == "https://app.example.org");
        QVERIFY(server()
                    .request("GET", QStringLiteral("/healthz"), {}, {{"Origin", "https://app.example.org"}})
                    .header("Access-Control-Allow-Origin")
                    .isEmpty());
    }

    void accessLogToAFileNeverHoldsTheQuery()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        TestServer logged({{QStringLiteral("server.access_log"), path}}, 1);
        QCOMPARE(logged.get(QStringLiteral("/healthz?token=secret-value")).status, 200);
        QCOMPARE(logged.get(QStringLiteral("/nope")).status, 404);
        QFile file(path);
        QByteArray text;
        QTRY_VERIFY_WITH_TIMEOUT(
            (file.open(QIODevice::ReadOnly), text = file.readAll(), file.close(), text.contains("\"GET /nope\" 404")),
            3000);
        QVERIFY(text.contains(" 127.0.0.1 \"GET /healthz\" 200 "));
        QVERIFY(!text.contains("secret-value"));
    }

    // PATCH /admin/settings goes through the same service as the console and the CLI: the next
    // request is served under the new values, no restart.
    void settingsChangedThroughTheApiApplyToTheNextRequest()
    {
        const auto patch = [this](const QJsonObject &body, const QByteArray &bearer) {
            return server().request("PATCH", QStringLiteral("/admin/settings"),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                                    {{"Authorization", "Bearer " + bearer}, {"Content-Type", "application/json"}});
        };
        const auto valueOf = [](const TestReply &reply, const QString &key) {
            for (const QJsonValue item : reply.json().value(QStringLiteral("items")).toArray()) {
                if (item.toObject().value(QStringLiteral("key")).toString() == key)
                    return item.toObject();
            }
            return QJsonObject();
        };
        const QByteArray origin = "https://app.example";
        QCOMPARE(server()
                     .request("GET", QStringLiteral("/healthz"), {}, {{"Origin", origin}})
                     .header("Access-Control-Allow-Origin"),
                 QByteArray());

        // Who may not change settings cannot read or change them.
        QCOMPARE(patch({{QStringLiteral("tokens.access_ttl"), 120}}, m_userToken).status, 403);
        QCOMPARE(server().get(QStringLiteral("/admin/settings"), m_userToken).status, 403);

        const TestReply changed
            = patch({{QStringLiteral("tokens.access_ttl"), 120},
                     {QStringLiteral("server.cors_origins"), QJsonArray{QString::fromLatin1(origin)}},
                     {QStringLiteral("limits.login_per_ip_per_minute"), 4}},
                    m_adminToken);
        QVERIFY2(changed.status == 200, changed.body.constData());
        QCOMPARE(valueOf(changed, QStringLiteral("tokens.access_ttl")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("120"));
        QCOMPARE(valueOf(changed, QStringLiteral("tokens.access_ttl")).value(QStringLiteral("source")).toString(),
                 QStringLiteral("database"));
        QCOMPARE(valueOf(changed, QStringLiteral("server.listen")).value(QStringLiteral("applies")).toString(),
                 QStringLiteral("restart"));

        // Token lifetime, CORS and the rate limit, each on the very next request.
        const TestReply login = server().postJson(QStringLiteral("/auth/login"),
                                                  {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                                   {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(QStringLiteral("expires_in")).toInt(), 120);
        const QJsonObject claims = claimsOf(login.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(),
                 120);
        QCOMPARE(server()
                     .request("GET", QStringLiteral("/healthz"), {}, {{"Origin", origin}})
                     .header("Access-Control-Allow-Origin"),
                 origin);
        const TestReply second = server().postJson(QStringLiteral("/auth/login"),
                                                   {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                                    {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(second.status, 200);
        QCOMPARE(server()
                     .postJson(QStringLiteral("/auth/login"),
                               {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                {QStringLiteral("password"), TestServer::defaultPassword()}})
                     .status,
                 429); // the fifth in this minute (init() logged in twice), at 4 a minute

        // A combination start-up would refuse is refused, all or nothing, and changes nothing.
        const TestReply shortSessions
            = patch({{QStringLiteral("tokens.refresh_absolute_ttl"), 3600}, {QStringLiteral("tokens.access_ttl"), 60}},
                    m_adminToken);
        QCOMPARE(shortSessions.status, 400);
        QCOMPARE(shortSessions.error(), QStringLiteral("invalid_request"));
        QVERIFY2(shortSessions.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("must not be shorter than tokens.refresh_idle_ttl")),
                 shortSessions.body.constData());
        // Which files the server reads or appends to is set on its host, never over the network.
        for (const auto &[key, value] :
             {std::pair(QStringLiteral("server.tls_cert"), QStringLiteral("/etc/ssl/x.pem")),
              std::pair(QStringLiteral("server.access_log"), QStringLiteral("/root/.bashrc"))}) {
            const TestReply file = patch({{key, value}}, m_adminToken);
            QCOMPARE(file.status, 403);
            QCOMPARE(file.error(), QStringLiteral("insufficient_role"));
        }
        const TestReply listed = server().get(QStringLiteral("/admin/settings"), m_adminToken);
        QCOMPARE(valueOf(listed, QStringLiteral("tokens.access_ttl")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("120"));
        QCOMPARE(valueOf(listed, QStringLiteral("server.tls_cert")).value(QStringLiteral("stored")), QJsonValue());
        QCOMPARE(patch({{QStringLiteral("tokens.acess_ttl"), 60}}, m_adminToken).error(),
                 QStringLiteral("invalid_request"));
        QCOMPARE(patch({{QStringLiteral("tokens.access_ttl"), 0.5}}, m_adminToken).status, 400);

        // A restart setting is stored and flagged, not applied.
        const TestReply threads = patch({{QStringLiteral("server.threads"), 3}}, m_adminToken);
        QCOMPARE(threads.status, 200);
        QCOMPARE(valueOf(threads, QStringLiteral("server.threads")).value(QStringLiteral("restart_pending")).toBool(),
                 true);

        // null gives the setting back to the defaults; the change is audited with its old value.
        QCOMPARE(patch({{QStringLiteral("tokens.access_ttl"), QJsonValue()}}, m_adminToken).status, 200);
        QCOMPARE(server().backend().settings()->tokens.accessTtl.count(), 900);
        const TestReply audit = server().get(QStringLiteral("/admin/audit?limit=1"), m_adminToken);
        const QJsonObject event = audit.json().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("setting.change"));
        QCOMPARE(event.value(QStringLiteral("target")).toString(), QStringLiteral("tokens.access_ttl"));
        QCOMPARE(event.value(QStringLiteral("details")).toObject().value(QStringLiteral("previous")).toString(),
                 QStringLiteral("120"));
    }

    // What the transport and the routes read from the settings, changed on a running server.
    void transportAndRouteSettingsApplyWithoutARestart()
    {
        const Actor local = Actor::local(QStringLiteral("test"));
        SettingsService &settings = server().backend().settingsService();
        const QByteArray big(4000, 'x');
        const QJsonObject registration{{QStringLiteral("email"), QStringLiteral("new@example.org")},
                                       {QStringLiteral("password"), QStringLiteral("correct horse battery")}};
        QCOMPARE(
            server().request("POST", QStringLiteral("/auth/login"), big, {{"Content-Type", "application/json"}}).status,
            400); // not JSON, but within the limit
        QCOMPARE(server().postJson(QStringLiteral("/auth/register"), registration).status, 201);

        QTemporaryDir dir;
        const QString logFile = dir.filePath(QStringLiteral("access.log"));
        QVERIFY(settings
                    .change(local,
                            {{QStringLiteral("server.max_body_bytes"), QStringLiteral("1024")},
                             {QStringLiteral("registration.enabled"), QStringLiteral("false")},
                             {QStringLiteral("server.access_log"), logFile}})
                    .ok());
        const TestReply tooLarge
            = server().request("POST", QStringLiteral("/auth/login"), big, {{"Content-Type", "application/json"}});
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.error(), QStringLiteral("payload_too_large"));
        const TestReply closed
            = server().postJson(QStringLiteral("/auth/register"),
                                {{QStringLiteral("email"), QStringLiteral("late@example.org")},
                                 {QStringLiteral("password"), QStringLiteral("correct horse battery")}});
        QCOMPARE(closed.status, 403);
        QCOMPARE(closed.error(), QStringLiteral("registration_disabled"));
        QCOMPARE(server().get(QStringLiteral("/healthz")).status, 200);
        QFile file(logFile);
        QByteArray text;
        QTRY_VERIFY_WITH_TIMEOUT((file.open(QIODevice::ReadOnly), text = file.readAll(), file.close(),
                                  text.contains("\"GET /healthz\" 200")),
                                 3000);
        QVERIFY2(text.contains("\"POST /auth/register\" 403"), text.constData());
    }

    // A value the command line (or INI file, or environment) sets would be stored in vain.
    void aSettingSetByAHigherLayerIsNotStored()
    {
        TestServer pinned({{QStringLiteral("tokens.audience"), QStringLiteral("pinned")}});
        pinned.createUser(QStringLiteral("root@example.org"), {QStringLiteral("admin")});
        const QByteArray admin = pinned.accessToken(QStringLiteral("root@example.org"));
        const TestReply refused
            = pinned.request("PATCH", QStringLiteral("/admin/settings"), R"({"tokens.audience":"other"})",
                             {{"Authorization", "Bearer " + admin}, {"Content-Type", "application/json"}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.error(), QStringLiteral("setting_overridden"));
        QCOMPARE(pinned.backend().settings()->tokens.audience, QStringLiteral("pinned"));
    }

    // Tokens accepted under one audience are refused once it changes, cached verifications too.
    void anAudienceChangeAppliesToTokensAlreadyVerified()
    {
        QCOMPARE(server().get(QStringLiteral("/api/protected"), m_userToken).status, 200);
        const auto changed = server().backend().settingsService().change(
            Actor::local(QStringLiteral("test")), {{QStringLiteral("tokens.audience"), QStringLiteral("elsewhere")}});
        QVERIFY(changed.ok());
        const TestReply refused = server().get(QStringLiteral("/api/protected"), m_userToken);
        QCOMPARE(refused.status, 401);
        const QByteArray fresh = server().accessToken(QStringLiteral("ada@example.org"));
        QCOMPARE(claimsOf(fresh).value(QStringLiteral("aud")).toString(), QStringLiteral("elsewhere"));
        QCOMPARE(server().get(QStringLiteral("/api/protected"), fresh).status, 200);
    }

    // A page of users carries its own users' roles (read for that page only).
    void userPagesCarryTheirUsersRoles()
    {
        QHash<QString, QJsonArray> roles;
        QString cursor;
        for (int page = 0; page < 5; ++page) {
            const TestReply reply
                = server().get(QStringLiteral("/admin/users?limit=1")
                                   + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                               m_adminToken);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue user : reply.json().value(QStringLiteral("items")).toArray())
                roles.insert(user.toObject().value(QStringLiteral("email")).toString(),
                             user.toObject().value(QStringLiteral("roles")).toArray());
            cursor = reply.json().value(QStringLiteral("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(roles.size(), 3);
        QCOMPARE(roles.value(QStringLiteral("root@example.org")), QJsonArray{QStringLiteral("admin")});
        QCOMPARE(roles.value(QStringLiteral("boss@example.org")), QJsonArray{QStringLiteral("manager")});
        QCOMPARE(roles.value(QStringLiteral("ada@example.org")), QJsonArray{QStringLiteral("user")});
    }

    // Session lists are paged in the database (keyset on created_at, id): every session once,
    // also when many share a second (the manual clock stands still here).
    void sessionListsArePagedByKeyset()
    {
        for (int i = 0; i < 4; ++i)
            server().login(QStringLiteral("ada@example.org")); // five of ada's with init()'s
        const auto walk = [this](const QString &path, const char *listName, int limit, const QByteArray &bearer) {
            QStringList seen;
            QString cursor;
            int pages = 0;
            do {
                const TestReply page
                    = server().get(path + QStringLiteral("?limit=%1").arg(limit)
                                       + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                                   bearer);
                if (page.status != 200)
                    return std::pair(QStringList{QStringLiteral("status %1").arg(page.status)}, pages);
                const QJsonArray list = page.json().value(QLatin1String(listName)).toArray();
                if (list.size() > limit)
                    return std::pair(QStringList{QStringLiteral("page too long")}, pages);
                for (const QJsonValue item : list)
                    seen << item.toObject().value(QStringLiteral("id")).toString();
                cursor = page.json().value(QStringLiteral("next_cursor")).toString();
                ++pages;
            } while (!cursor.isEmpty() && pages < 20);
            return std::pair(seen, pages);
        };
        const auto [own, ownPages] = walk(QStringLiteral("/auth/sessions"), "sessions", 2, m_userToken);
        QCOMPARE(own.size(), 5);
        QCOMPARE(QSet<QString>(own.cbegin(), own.cend()).size(), 5);
        QCOMPARE(ownPages, 3);
        // Not asked for pages: all of them at once, as the contract's {sessions} promises.
        const TestReply whole = server().get(QStringLiteral("/auth/sessions"), m_userToken);
        QCOMPARE(whole.json().value(QStringLiteral("sessions")).toArray().size(), 5);
        QVERIFY(whole.json().value(QStringLiteral("next_cursor")).isNull());
        const auto [all, allPages] = walk(QStringLiteral("/admin/sessions"), "items", 4, m_adminToken);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 6); // and root's
        QCOMPARE(allPages, 2);
        for (const QByteArray &bad : {QByteArray("nope"), QByteArray("1:a b"), QByteArray(" 1:abc"), QByteArray("1:")})
            QCOMPARE(server()
                         .get(QStringLiteral("/admin/sessions?cursor=") + QString::fromLatin1(Base64Url::encode(bad)),
                              m_adminToken)
                         .error(),
                     QStringLiteral("invalid_request"));
        QCOMPARE(server().get(QStringLiteral("/auth/sessions?limit=501"), m_userToken).status, 400);
    }

    // Ended sessions go in batches, however many there are.
    void endedSessionsArePurgedInBatches()
    {
        const User ada = server().backend().accounts().find(QStringLiteral("ada@example.org")).value();
        const int count = SessionService::kPurgeBatch + 500;
        for (int i = 0; i < count; ++i)
            QVERIFY(server().backend().sessions().start(ada, {QStringLiteral("127.0.0.1"), {}}).ok());
        QVERIFY(server().backend().sessions().revokeAllOfUser(Actor::local(QStringLiteral("test")), ada.record.id,
                                                              QStringLiteral("test")));
        QCOMPARE(server().backend().sessions().purgeEnded(), 0); // kept a day
        server().installation().clock().advance(86400 + 1);
        QCOMPARE(server().backend().sessions().purgeEnded(), count + 1); // and ada's from init()
        QSqlQuery left(server().backend().database().connection());
        QVERIFY(left.exec(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens")) && left.next());
        QCOMPARE(left.value(0).toInt(), 1); // root's live session keeps its token
    }

    // {jti, exp} from the caller: a far-future exp does not keep the entry for ever.
    void aRevocationOutlivesNoTokenLifetime()
    {
        const qint64 now = server().installation().clock().nowSecs();
        QCOMPARE(server()
                     .postJson(QStringLiteral("/admin/tokens/revoke"),
                               {{QStringLiteral("jti"), QStringLiteral("far-future")},
                                {QStringLiteral("exp"), now + 10LL * 365 * 86400}},
                               m_adminToken)
                     .status,
                 204);
        bool found = false;
        for (const RevocationRecord &record : server().backend().revocations().revokedTokens(100)) {
            if (record.subject == QLatin1String("far-future")) {
                found = true;
                QCOMPARE(record.expiresAt, now + kLongestPossibleAccessLifetime.count());
            }
        }
        QVERIFY(found);
    }

    void loginRateLimitsAndFailureDelays()
    {
        TestServer limited({{QStringLiteral("limits.login_per_ip_per_minute"), QStringLiteral("100")},
                            {QStringLiteral("limits.login_failures_per_account"), QStringLiteral("3")}},
                           1);
        limited.createUser(QStringLiteral("ada@example.org"));
        const auto attempt = [&](const QString &password) {
            return limited.postJson(
                QStringLiteral("/auth/login"),
                {{QStringLiteral("email"), QStringLiteral("ada@example.org")}, {QStringLiteral("password"), password}});
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(attempt(QStringLiteral("wrong password")).status, 401);
        // Three failures are free; now every attempt, even the right password, waits 2 s …
        const TestReply delayed = attempt(TestServer::defaultPassword());
        QCOMPARE(delayed.status, 429);
        QCOMPARE(delayed.error(), QStringLiteral("rate_limited"));
        QCOMPARE(delayed.header("Retry-After"), QByteArray("2"));
        limited.clock().advance(2);
        QCOMPARE(attempt(QStringLiteral("wrong password")).status, 401);
        // … then 4 s after the next failure: a short, growing delay, never a lock-out.
        limited.clock().advance(2);
        QCOMPARE(attempt(TestServer::defaultPassword()).status, 429);
        limited.clock().advance(2);
        QCOMPARE(attempt(TestServer::defaultPassword()).status, 200);
        QCOMPARE(attempt(QStringLiteral("wrong password")).status, 401); // success cleared the count
        // Per address: 100 attempts a minute, then 429.
        int limitedCount = 0;
        for (int i = 0; i < 101; ++i)
            limitedCount += limited
                                .postJson(QStringLiteral("/auth/login"),
                                          {{QStringLiteral("email"), QStringLiteral("x%1@example.org").arg(i)},
                                           {QStringLiteral("password"), QStringLiteral("wrong password")}})
                                .status
                    == 429
                ? 1
                : 0;
        QVERIFY(limitedCount >= 1);
    }

    void sessionsEndWhenIdleOrTooOld()
    {
        TestServer short_({{QStringLiteral("tokens.refresh_idle_ttl"), QStringLiteral("60")},
                           {QStringLiteral("tokens.refresh_absolute_ttl"), QStringLiteral("120")}},
                          1);
        short_.createUser(QStringLiteral("ada@example.org"));
        const auto refresh = [&short_](const QString &token) {
            return short_.postJson(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), token}});
        };
        QString token
            = short_.login(QStringLiteral("ada@example.org")).value(QStringLiteral("refresh_token")).toString();
        short_.clock().advance(50);
        TestReply reply = refresh(token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("refresh_expires_in")).toInt(), 60);
        token = reply.json().value(QStringLiteral("refresh_token")).toString();
        short_.clock().advance(50);
        reply = refresh(token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("refresh_expires_in")).toInt(), 20); // the absolute end is near
        short_.clock().advance(21);
        QCOMPARE(refresh(reply.json().value(QStringLiteral("refresh_token")).toString()).error(),
                 QStringLiteral("invalid_grant"));
        // Idle: unused for longer than the idle lifetime.
        const QString idle
            = short_.login(QStringLiteral("ada@example.org")).value(QStringLiteral("refresh_token")).toString();
        short_.clock().advance(61);
        QCOMPARE(refresh(idle).status, 401);
        QCOMPARE(short_.backend().sessions().purgeEnded(), 0); // ended less than a day ago: kept
        short_.clock().advance(86400);
        QCOMPARE(short_.backend().sessions().purgeEnded(), 2);
    }

    void forwardedForIsBelievedOnlyFromTrustedProxies()
    {
        const auto sessionAddress = [](TestServer &s) {
            s.createUser(QStringLiteral("ada@example.org"));
            s.request("POST", QStringLiteral("/auth/login"),
                      "{\"email\":\"ada@example.org\",\"password\":\"a sturdy passphrase\"}",
                      {{"Content-Type", "application/json"}, {"X-Forwarded-For", "198.51.100.4, 203.0.113.9"}});
            return s.backend().sessions().active(0).front().session.clientAddress;
        };
        TestServer direct({}, 1);
        QCOMPARE(sessionAddress(direct), QStringLiteral("127.0.0.1"));
        TestServer proxied({{QStringLiteral("server.trusted_proxies"), QStringLiteral("127.0.0.1")}}, 1);
        QCOMPARE(sessionAddress(proxied), QStringLiteral("203.0.113.9"));
    }

    void httpsWithTheConfiguredCertificate()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        TestServer tls({{QStringLiteral("server.tls_cert"), certificate}, {QStringLiteral("server.tls_key"), key}}, 1);
        tls.createUser(QStringLiteral("ada@example.org"));
        QCOMPARE(tls.get(QStringLiteral("/healthz")).status, 200);
        const TestReply login = tls.postJson(QStringLiteral("/auth/login"),
                                             {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                              {QStringLiteral("password"), TestServer::defaultPassword()},
                                              {QStringLiteral("use_cookie"), true}});
        QCOMPARE(login.status, 200);
        QVERIFY(login.header("Set-Cookie").contains("; Secure"));
        QVERIFY(tls.url(QStringLiteral("/")).startsWith(QStringLiteral("https://")));
    }

    void stateSurvivesARestart()
    {
        const QJsonObject pair = server().login(QStringLiteral("ada@example.org"));
        const QByteArray revoked = access(server().login(QStringLiteral("ada@example.org")));
        QCOMPARE(server()
                     .postJson(QStringLiteral("/admin/tokens/revoke"),
                               {{QStringLiteral("token"), QString::fromLatin1(revoked)}}, m_adminToken)
                     .status,
                 204);
        const QByteArray jwks = server().get(QStringLiteral("/.well-known/jwks.json")).body;
        server().restart();
        QCOMPARE(server().get(QStringLiteral("/.well-known/jwks.json")).body, jwks); // same keys
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access(pair)).status, 200);
        QCOMPARE(server().get(QStringLiteral("/api/protected"), revoked).status, 401);
        QCOMPARE(server()
                     .postJson(QStringLiteral("/auth/refresh"),
                               {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}})
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"
