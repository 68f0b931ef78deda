// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenID Connect provider over HTTP, black-box from the contract: the admin API of clients
// (/admin/clients…); the authorization-code flow through the sign-in and consent pages with a
// cookie-keeping "browser" (PKCE, state, nonce, iss, ID token claims, at_hash), the SSO session,
// prompt and max_age, errors shown as a page or redirected, code replay, the token endpoint's
// client authentication and grants, userinfo, logout.
#include "softauthenticator.h"
#include "testbrowser.h"
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/applicationorigins.h"
#include "auth/clientservice.h"
#include "auth/keyservice.h"
#include "auth/mfaservice.h"
#include "auth/settingsservice.h"
#include "auth/tokenservice.h"
#include "auth/totp.h"
#include "auth/workspaceservice.h"
#include "common/changesignals.h"
#include "crypto/base32.h"
#include "crypto/base64url.h"
#include "http/registrationcontroller.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace keyward;

namespace {

const QString kRedirect = QStringLiteral("https://app.example.org/cb");
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-the-verifier-of-this-test");

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QJsonObject payloadOf(const QString &jwt)
{
    return QJsonDocument::fromJson(Base64Url::decode(jwt.section(QLatin1Char('.'), 1, 1).toLatin1()).value()).object();
}

QUrlQuery queryOfLocation(const TestReply &reply)
{
    return QUrlQuery(QUrl(QString::fromUtf8(reply.header("location"))));
}

} // namespace

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

    // Registers a client through the admin API; gives its secret (empty for a public one).
    QString registerClient(const QString &id, const QString &type, const QJsonObject &extra = {})
    {
        QJsonObject body{
            {QStringLiteral("client_id"), id},
            {QStringLiteral("name"), QStringLiteral("Notes app")},
            {QStringLiteral("type"), type},
            {QStringLiteral("redirect_uris"), QJsonArray{kRedirect, QStringLiteral("http://127.0.0.1/cb")}},
            {QStringLiteral("post_logout_redirect_uris"), QJsonArray{QStringLiteral("https://app.example.org/bye")}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const TestReply created = send("POST", QStringLiteral("/admin/clients"), body);
        if (created.status != 201)
            qFatal("cannot register the client: %s", created.body.constData());
        return created.json().value(QStringLiteral("client_secret")).toString();
    }

    static QString authorizePath(const QString &clientId, const QMap<QString, QString> &changes = {})
    {
        QMap<QString, QString> parameters{
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("redirect_uri"), kRedirect},
            {QStringLiteral("scope"), QStringLiteral("openid email profile offline_access")},
            {QStringLiteral("state"), QStringLiteral("st-123")},
            {QStringLiteral("nonce"), QStringLiteral("n-456")},
            {QStringLiteral("code_challenge"), challengeOf(kVerifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                parameters.remove(it.key());
            else
                parameters.insert(it.key(), it.value());
        }
        QUrlQuery query;
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
        return QStringLiteral("/oauth/authorize?") + query.toString(QUrl::FullyEncoded);
    }

    // Sign in and allow: the redirect back with the code.
    TestReply signInAndAllow(Browser &browser, const QString &path, const QString &email = QStringLiteral("ada@x.org"))
    {
        const TestReply page = browser.get(path);
        if (page.status != 200)
            return page;
        // Signed in already: the consent page comes first.
        TestReply next = page.body.contains("name=\"decision\"")
            ? page
            : browser.submit(
                page, {{QStringLiteral("email"), email}, {QStringLiteral("password"), TestServer::defaultPassword()}});
        if (next.status == 200 && next.body.contains("name=\"decision\""))
            next = browser.submit(next, {{QStringLiteral("decision"), QStringLiteral("allow")}});
        return next;
    }

    // Signs in (or not, when already signed in) and allows: the code the application gets.
    QString codeFrom(Browser &browser, const QString &clientId = QStringLiteral("notes"),
                     const QString &email = QStringLiteral("ada@x.org"))
    {
        return queryOfLocation(signInAndAllow(browser, authorizePath(clientId), email))
            .queryItemValue(QStringLiteral("code"));
    }

    TestReply exchange(const QString &clientId, const QString &secret, const QString &code,
                       const QString &verifier = kVerifier, const QString &redirect = kRedirect)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        if (!verifier.isEmpty())
            form.addQueryItem(QStringLiteral("code_verifier"), verifier);
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (secret.isEmpty())
            form.addQueryItem(QStringLiteral("client_id"), clientId);
        else
            headers.append({"Authorization", "Basic " + (clientId + QLatin1Char(':') + secret).toLatin1().toBase64()});
        return server().request("POST", QStringLiteral("/oauth/token"), form.toString(QUrl::FullyEncoded).toLatin1(),
                                headers);
    }

    TestReply tokenRequest(const QByteArray &form, const QByteArray &basic = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!basic.isEmpty())
            headers.append({"Authorization", "Basic " + basic.toBase64()});
        return server().request("POST", QStringLiteral("/oauth/token"), form, headers);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        server().createUser(QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        server().createUser(QStringLiteral("mia@x.org"), {QStringLiteral("manager")});
        server().createUser(QStringLiteral("ada@x.org"));
        m_admin = server().accessToken(QStringLiteral("root@x.org"));
    }

    // OpenID Provider metadata: every REQUIRED member, and every endpoint it names answers.
    void discoveryIsAValidProviderConfiguration()
    {
        const QJsonObject metadata = server().get(QStringLiteral("/.well-known/openid-configuration")).json();
        const QString issuer = metadata.value(QStringLiteral("issuer")).toString();
        for (const char *member :
             {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint",
              "end_session_endpoint", "response_types_supported", "subject_types_supported",
              "id_token_signing_alg_values_supported", "code_challenge_methods_supported"})
            QVERIFY2(metadata.contains(QLatin1String(member)), member);
        QCOMPARE(metadata.value(QStringLiteral("response_types_supported")).toArray(),
                 QJsonArray{QStringLiteral("code")});
        QCOMPARE(metadata.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("S256")});
        QVERIFY(metadata.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool());
        const auto pathOf = [&](const char *member) {
            const QString url = metadata.value(QLatin1String(member)).toString();
            if (!url.startsWith(issuer))
                qFatal("%s is not under the issuer", member);
            return url.mid(issuer.size());
        };
        QCOMPARE(server().get(pathOf("authorization_endpoint")).status, 400); // a page: no client named
        QCOMPARE(server().get(pathOf("userinfo_endpoint")).status, 401);
        QCOMPARE(server().get(pathOf("end_session_endpoint")).status, 200);
        QCOMPARE(server().get(pathOf("jwks_uri")).status, 200);
        QCOMPARE(tokenRequest("grant_type=nonsense").error(), QStringLiteral("unsupported_grant_type"));
    }

    void theAuthorizationCodeFlowSignsAUserIn()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const TestReply page = browser.get(authorizePath(QStringLiteral("notes")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QCOMPARE(page.header("x-frame-options"), QByteArray("DENY"));
        const QByteArray policy = page.header("content-security-policy");
        QVERIFY2(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'")
                     && policy.contains("form-action 'self' https://app.example.org"),
                 policy.constData());
        QVERIFY(page.body.contains("autocomplete=\"current-password\"") && page.body.contains("Notes app"));
        // Keyward's own script only (the show-password button, hidden until it runs: the form works
        // without it), nothing loaded from anywhere else (the redirect URI is only a hidden field).
        QCOMPARE(page.body.count("<script"), 1);
        QCOMPARE(page.body.count("src="), 1);
        QVERIFY(page.body.contains("<script src=\"/assets/webauthn.js\" defer></script>"));
        QVERIFY(!page.body.contains("<link"));
        QVERIFY(policy.contains("script-src 'self'"));
        QVERIFY(page.body.contains(
            "data-reveal=\"password\" aria-controls=\"password\" aria-pressed=\"false\" "
            "data-show=\"Show password\" data-hide=\"Hide password\" hidden>Show password</button>"));
        QCOMPARE(browser.cookie(QStringLiteral("keyward_csrf")).size(), 43);
        // A wrong password: the page again, the address kept, nobody signed in.
        const TestReply wrong = browser.submit(page,
                                               {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                {QStringLiteral("password"), QStringLiteral("nope")}});
        QCOMPARE(wrong.status, 200);
        QVERIFY(wrong.body.contains("value=\"ada@x.org\"") && wrong.body.contains("role=\"alert\""));
        QVERIFY(browser.cookie(QStringLiteral("keyward_sso")).isEmpty());
        const TestReply consent = browser.submit(wrong,
                                                 {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(consent.status, 200);
        QVERIFY(consent.body.contains("name=\"decision\""));
        QVERIFY(!browser.cookie(QStringLiteral("keyward_sso")).isEmpty());
        const TestReply back = browser.submit(consent, {{QStringLiteral("decision"), QStringLiteral("allow")}});
        QCOMPARE(back.status, 302);
        QVERIFY(back.header("location").startsWith(QByteArray(kRedirect.toLatin1() + '?')));
        const QUrlQuery answer = queryOfLocation(back);
        QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
        QCOMPARE(answer.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
                 server().backend().tokens().issuer());
        const QString code = answer.queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());

        const TestReply tokens = exchange(QStringLiteral("notes"), secret, code);
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.header("cache-control"), QByteArray("no-store"));
        const QJsonObject body = tokens.json();
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("openid email profile offline_access"));
        QVERIFY(!body.value(QStringLiteral("refresh_token")).toString().isEmpty());
        const QString accessToken = body.value(QStringLiteral("access_token")).toString();
        const QJsonObject access = payloadOf(accessToken);
        QCOMPARE(access.value(QStringLiteral("client_id")).toString(), QStringLiteral("notes"));
        QCOMPARE(access.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("openid email profile offline_access"));
        const QJsonObject id = payloadOf(body.value(QStringLiteral("id_token")).toString());
        QCOMPARE(id.value(QStringLiteral("aud")).toString(), QStringLiteral("notes"));
        QCOMPARE(id.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-456"));
        QCOMPARE(id.value(QStringLiteral("email")).toString(), QStringLiteral("ada@x.org"));
        QCOMPARE(id.value(QStringLiteral("sub")).toString(), access.value(QStringLiteral("sub")).toString());
        QCOMPARE(id.value(QStringLiteral("amr")).toArray().first().toString(), QStringLiteral("pwd"));
        QVERIFY(id.value(QStringLiteral("auth_time")).toInteger() > 0);
        QVERIFY(!id.value(QStringLiteral("sid")).toString().isEmpty());
        QVERIFY(!id.contains(QStringLiteral("roles"))); // not asked for
        const QByteArray digest = QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha256);
        QCOMPARE(id.value(QStringLiteral("at_hash")).toString(),
                 QString::fromLatin1(Base64Url::encode(digest.left(16))));
        QCOMPARE(Base64Url::decode(
                     body.value(QStringLiteral("id_token")).toString().section(QLatin1Char('.'), 0, 0).toLatin1())
                     ->contains("\"typ\":\"JWT\""),
                 true);

        // The access token works on Keyward's own API; userinfo gives the claims of the scopes.
        QCOMPARE(server().get(QStringLiteral("/api/protected"), accessToken.toLatin1()).status, 200);
        const TestReply info = server().get(QStringLiteral("/oauth/userinfo"), accessToken.toLatin1());
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(QStringLiteral("email")).toString(), QStringLiteral("ada@x.org"));
        QCOMPARE(info.json().value(QStringLiteral("sub")).toString(), id.value(QStringLiteral("sub")).toString());

        // The code once more: refused, and what it issued is revoked.
        const TestReply replay = exchange(QStringLiteral("notes"), secret, code);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.error(), QStringLiteral("invalid_grant"));
        QTRY_COMPARE_WITH_TIMEOUT(server().get(QStringLiteral("/api/protected"), accessToken.toLatin1()).status, 401,
                                  2000);
    }

    void aSignedInBrowserGetsACodeAtOnceAndConsentIsRemembered()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        QCOMPARE(signInAndAllow(browser, authorizePath(QStringLiteral("notes"))).status, 302);
        // Signed in, consent given: straight back, also with prompt=none.
        for (const QString &prompt : {QString(), QStringLiteral("none")}) {
            const TestReply again = browser.get(authorizePath(
                QStringLiteral("notes"), {{QStringLiteral("prompt"), prompt.isEmpty() ? QString() : prompt}}));
            QCOMPARE(again.status, 302);
            QVERIFY(!queryOfLocation(again).queryItemValue(QStringLiteral("code")).isEmpty());
        }
        // More scopes than consented: asked again; prompt=none cannot ask.
        const TestReply more = browser.get(
            authorizePath(QStringLiteral("notes"), {{QStringLiteral("scope"), QStringLiteral("openid roles")}}));
        QCOMPARE(more.status, 200);
        QVERIFY(more.body.contains("name=\"decision\""));
        const TestReply silent = browser.get(authorizePath(QStringLiteral("notes"),
                                                           {{QStringLiteral("scope"), QStringLiteral("openid roles")},
                                                            {QStringLiteral("prompt"), QStringLiteral("none")}}));
        QCOMPARE(silent.status, 302);
        QCOMPARE(queryOfLocation(silent).queryItemValue(QStringLiteral("error")), QStringLiteral("consent_required"));
        // Denied: back with access_denied and the state.
        const TestReply denied = browser.submit(more, {{QStringLiteral("decision"), QStringLiteral("deny")}});
        QCOMPARE(denied.status, 302);
        QCOMPARE(queryOfLocation(denied).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(queryOfLocation(denied).queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
        // prompt=login and an exceeded max_age ask for the password again.
        QCOMPARE(
            browser.get(authorizePath(QStringLiteral("notes"), {{QStringLiteral("prompt"), QStringLiteral("login")}}))
                .status,
            200);
        server().clock().advance(120);
        QCOMPARE(
            browser.get(authorizePath(QStringLiteral("notes"), {{QStringLiteral("max_age"), QStringLiteral("60")}}))
                .status,
            200);
        QCOMPARE(
            browser.get(authorizePath(QStringLiteral("notes"), {{QStringLiteral("max_age"), QStringLiteral("600")}}))
                .status,
            302);
        // Another browser, not signed in: prompt=none says so.
        Browser stranger(server());
        const TestReply none = stranger.get(
            authorizePath(QStringLiteral("notes"), {{QStringLiteral("prompt"), QStringLiteral("none")}}));
        QCOMPARE(none.status, 302);
        QCOMPARE(queryOfLocation(none).queryItemValue(QStringLiteral("error")), QStringLiteral("login_required"));
        Q_UNUSED(secret);
    }

    void errorsBeforeTheApplicationIsKnownAreAPageAfterwardsARedirect()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("public"));
        Browser browser(server());
        const auto page = [&](const QMap<QString, QString> &changes) {
            const TestReply reply = browser.get(authorizePath(QStringLiteral("notes"), changes));
            return reply.status == 400 && reply.header("location").isEmpty() && reply.body.contains("<h1>");
        };
        QVERIFY(page({{QStringLiteral("client_id"), QStringLiteral("nobody")}}));
        QVERIFY(page({{QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb")}}));
        QVERIFY(page({{QStringLiteral("redirect_uri"), kRedirect + QStringLiteral("/")}}));
        QVERIFY(page({{QStringLiteral("redirect_uri"), QString()}}));
        const auto redirected = [&](const QMap<QString, QString> &changes) {
            const TestReply reply = browser.get(authorizePath(QStringLiteral("notes"), changes));
            const QUrlQuery query = queryOfLocation(reply);
            if (reply.status != 302 || query.queryItemValue(QStringLiteral("state")) != QLatin1String("st-123")
                || query.queryItemValue(QStringLiteral("iss")).isEmpty())
                return QString();
            return query.queryItemValue(QStringLiteral("error"));
        };
        QCOMPARE(redirected({{QStringLiteral("response_type"), QStringLiteral("token")}}),
                 QStringLiteral("unsupported_response_type"));
        QCOMPARE(redirected({{QStringLiteral("code_challenge"), QString()}}), QStringLiteral("invalid_request"));
        QCOMPARE(redirected({{QStringLiteral("code_challenge_method"), QStringLiteral("plain")}}),
                 QStringLiteral("invalid_request"));
        QCOMPARE(redirected({{QStringLiteral("scope"), QStringLiteral("openid admin")}}),
                 QStringLiteral("invalid_scope"));
        QCOMPARE(redirected({{QStringLiteral("prompt"), QStringLiteral("none login")}}),
                 QStringLiteral("invalid_request"));
        QCOMPARE(redirected({{QStringLiteral("max_age"), QStringLiteral("-1")}}), QStringLiteral("invalid_request"));
        QCOMPARE(redirected({{QStringLiteral("request"), QStringLiteral("eyJ")}}),
                 QStringLiteral("request_not_supported"));
        // A query is form-encoded: '+' is a space (RFC 6749 Appendix B); a repeated parameter is refused.
        const QString plus
            = authorizePath(QStringLiteral("notes"))
                  .replace(QStringLiteral("openid%20email%20profile%20offline_access"), QStringLiteral("openid+email"));
        QVERIFY(plus.contains(QStringLiteral("openid+email")));
        QCOMPARE(browser.get(plus).status, 200);
        const TestReply repeated
            = browser.get(authorizePath(QStringLiteral("notes")) + QStringLiteral("&client_id=other"));
        QCOMPARE(repeated.status, 400);
        QVERIFY(repeated.header("location").isEmpty() && repeated.body.contains("<h1>"));
        // A loopback redirect URI matches on any port (RFC 8252 §7.3).
        const TestReply loopback = browser.get(authorizePath(
            QStringLiteral("notes"), {{QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:49152/cb")}}));
        QCOMPARE(loopback.status, 200);
        // German for a browser that prefers it.
        Browser german(server(), "fr;q=0.5, de-DE, en;q=0.8");
        const TestReply deutsch = german.get(authorizePath(QStringLiteral("notes")));
        QVERIFY(deutsch.body.contains("Anmelden"));
        QCOMPARE(deutsch.header("content-language"), QByteArray("de"));
    }

    void theTokenEndpointChecksEveryBinding()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        registerClient(QStringLiteral("other"), QStringLiteral("public"));
        const auto freshCode = [&] {
            Browser browser(server());
            return codeFrom(browser);
        };
        // A wrong secret: 401 invalid_client, with the Basic challenge.
        const TestReply wrongSecret = exchange(QStringLiteral("notes"), QStringLiteral("wrong"), freshCode());
        QCOMPARE(wrongSecret.status, 401);
        QCOMPARE(wrongSecret.error(), QStringLiteral("invalid_client"));
        QVERIFY(wrongSecret.header("www-authenticate").startsWith("Basic"));
        // The code of one client presented by another; a wrong verifier; a wrong redirect_uri; none.
        QCOMPARE(exchange(QStringLiteral("other"), {}, freshCode()).error(), QStringLiteral("invalid_grant"));
        QCOMPARE(exchange(QStringLiteral("notes"), secret, freshCode(), kVerifier + QStringLiteral("x")).error(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(
            exchange(QStringLiteral("notes"), secret, freshCode(), kVerifier, QStringLiteral("http://127.0.0.1/cb"))
                .error(),
            QStringLiteral("invalid_grant"));
        QCOMPARE(exchange(QStringLiteral("notes"), secret, freshCode(), QString()).error(),
                 QStringLiteral("invalid_grant"));
        // Too late: codes live oidc.code_ttl (60 s).
        const QString late = freshCode();
        server().clock().advance(61);
        QCOMPARE(exchange(QStringLiteral("notes"), secret, late).error(), QStringLiteral("invalid_grant"));
        // client_secret_post works as Basic does.
        const QString code = freshCode();
        const TestReply posted
            = tokenRequest("grant_type=authorization_code&code=" + code.toLatin1() + "&redirect_uri="
                           + QUrl::toPercentEncoding(kRedirect) + "&code_verifier=" + kVerifier.toLatin1()
                           + "&client_id=notes&client_secret=" + QUrl::toPercentEncoding(secret));
        QCOMPARE(posted.status, 200);
        const QString refresh = posted.json().value(QStringLiteral("refresh_token")).toString();
        // The refresh token is the client's: not for /auth/refresh, not for another client.
        QCOMPARE(
            server().postJson(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), refresh}}).status,
            401);
        QCOMPARE(tokenRequest("grant_type=refresh_token&client_id=other&refresh_token=" + refresh.toLatin1()).error(),
                 QStringLiteral("invalid_grant"));
        const TestReply rotated = tokenRequest("grant_type=refresh_token&refresh_token=" + refresh.toLatin1(),
                                               "notes:" + secret.toLatin1());
        QCOMPARE(rotated.status, 200);
        QVERIFY(rotated.json().value(QStringLiteral("refresh_token")).toString() != refresh);
        QCOMPARE(payloadOf(rotated.json().value(QStringLiteral("id_token")).toString())
                     .value(QStringLiteral("aud"))
                     .toString(),
                 QStringLiteral("notes"));
        // client_credentials: the client's own token; not for a public client; no user scopes.
        const TestReply machine = tokenRequest("grant_type=client_credentials", "notes:" + secret.toLatin1());
        QCOMPARE(machine.status, 200);
        QCOMPARE(payloadOf(machine.json().value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("sub"))
                     .toString(),
                 QStringLiteral("notes"));
        QVERIFY(!machine.json().contains(QStringLiteral("refresh_token")));
        QCOMPARE(tokenRequest("grant_type=client_credentials&scope=openid", "notes:" + secret.toLatin1()).error(),
                 QStringLiteral("invalid_scope"));
        QCOMPARE(tokenRequest("grant_type=client_credentials&client_id=other").error(),
                 QStringLiteral("unauthorized_client"));
        // The password grant is not for applications.
        QCOMPARE(
            tokenRequest("grant_type=password&username=ada%40x.org&password=x", "notes:" + secret.toLatin1()).error(),
            QStringLiteral("unauthorized_client"));
    }

    void logoutEndsTheSignInAndItsTokens()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const QString code = codeFrom(browser);
        const QJsonObject tokens = exchange(QStringLiteral("notes"), secret, code).json();
        const QByteArray access = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
        // The browser's sign-in is listed among the user's sessions.
        const TestReply mine
            = server().get(QStringLiteral("/auth/sessions"), server().accessToken(QStringLiteral("ada@x.org")));
        QVERIFY(mine.body.contains("\"kind\":\"browser\""));
        const TestReply out = browser.get(
            QStringLiteral("/oauth/logout?id_token_hint=") + tokens.value(QStringLiteral("id_token")).toString()
            + QStringLiteral("&post_logout_redirect_uri=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://app.example.org/bye")))
            + QStringLiteral("&state=bye-1"));
        QCOMPARE(out.status, 302);
        QCOMPARE(out.header("location"), QByteArray("https://app.example.org/bye?state=bye-1"));
        QVERIFY(browser.cookie(QStringLiteral("keyward_sso")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(server().get(QStringLiteral("/api/protected"), access).status, 401, 2000);
        QCOMPARE(tokenRequest("grant_type=refresh_token&refresh_token="
                                  + tokens.value(QStringLiteral("refresh_token")).toString().toLatin1(),
                              "notes:" + secret.toLatin1())
                     .error(),
                 QStringLiteral("invalid_grant"));
        // Signed out: the next authorization asks for the password; an unregistered target is a page.
        QCOMPARE(browser.get(authorizePath(QStringLiteral("notes"))).status, 200);
        const TestReply elsewhere
            = browser.get(QStringLiteral("/oauth/logout?client_id=notes&post_logout_redirect_uri=")
                          + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://evil.example/"))));
        QCOMPARE(elsewhere.status, 400);
        QVERIFY(elsewhere.header("location").isEmpty());
    }

    void consentIsRevocableAndRemovingAClientEndsItsSessions()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const QString code = codeFrom(browser);
        const QByteArray access = exchange(QStringLiteral("notes"), secret, code)
                                      .json()
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toLatin1();
        const QByteArray ada = server().accessToken(QStringLiteral("ada@x.org"));
        const QJsonArray consents
            = server().get(QStringLiteral("/auth/consents"), ada).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().toObject().value(QStringLiteral("client_id")).toString(), QStringLiteral("notes"));
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access).status, 200);
        // The service says what changed (the console's Sessions page listens), typed, not read
        // from the audit action (which once left a consent revocation unannounced).
        QSignalSpy sessionsChanged(&server().backend().changeSignals(), &ChangeSignals::sessionsChanged);
        QSignalSpy revocationsChanged(&server().backend().changeSignals(), &ChangeSignals::revocationsChanged);
        QCOMPARE(send("DELETE", QStringLiteral("/auth/consents/notes"), {}, ada).status, 204);
        QTRY_VERIFY(sessionsChanged.count() > 0 && revocationsChanged.count() > 0);
        QCOMPARE(send("DELETE", QStringLiteral("/auth/consents/notes"), {}, ada).status, 404);
        // What the consent allowed ends with it; the next authorization asks again.
        QTRY_COMPARE_WITH_TIMEOUT(server().get(QStringLiteral("/api/protected"), access).status, 401, 2000);
        QVERIFY(browser.get(authorizePath(QStringLiteral("notes"))).body.contains("name=\"decision\""));
        // Allowed again; then the client removed: its sessions end, its tokens with them.
        const QByteArray renewed = exchange(QStringLiteral("notes"), secret, codeFrom(browser))
                                       .json()
                                       .value(QStringLiteral("access_token"))
                                       .toString()
                                       .toLatin1();
        QCOMPARE(server().get(QStringLiteral("/api/protected"), renewed).status, 200);
        QCOMPARE(send("DELETE", QStringLiteral("/admin/clients/notes")).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(server().get(QStringLiteral("/api/protected"), renewed).status, 401, 2000);
        QCOMPARE(browser.get(authorizePath(QStringLiteral("notes"))).status, 400); // a page: no such client
    }

    // RFC 7009 and 7662 for clients: a confidential client's token is revoked by that client only
    // (authenticated); introspection takes a confidential client's credentials or the permission.
    void revocationAndIntrospectionByClients()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        const QString other = registerClient(QStringLiteral("other"), QStringLiteral("confidential"));
        registerClient(QStringLiteral("spa"), QStringLiteral("public"));
        Browser browser(server());
        const QString code = codeFrom(browser);
        const QJsonObject tokens = exchange(QStringLiteral("notes"), secret, code).json();
        const QByteArray refresh = tokens.value(QStringLiteral("refresh_token")).toString().toLatin1();
        const QByteArray access = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
        const auto post = [&](const char *path, const QByteArray &form, const QByteArray &basic = {}) {
            QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
            if (!basic.isEmpty())
                headers.append({"Authorization", "Basic " + basic.toBase64()});
            return server().request("POST", QString::fromLatin1(path), form, headers);
        };
        // Introspection: the client's credentials suffice; a public client's id does not; nothing is 401.
        const TestReply introspected = post("/oauth/introspect", "token=" + access, "notes:" + secret.toLatin1());
        QCOMPARE(introspected.status, 200);
        QVERIFY(introspected.json().value(QStringLiteral("active")).toBool());
        QCOMPARE(introspected.json().value(QStringLiteral("client_id")).toString(), QStringLiteral("notes"));
        QCOMPARE(post("/oauth/introspect", "token=" + access + "&client_id=spa").status, 401);
        QCOMPARE(post("/oauth/introspect", "token=" + access, "notes:wrong").status, 401);
        QCOMPARE(post("/oauth/introspect", "token=" + access).status, 401);
        // Revocation of notes' refresh token: not by possession alone, not by another client.
        QCOMPARE(post("/oauth/revoke", "token=" + refresh).status, 401);
        QCOMPARE(post("/oauth/revoke", "token=" + refresh, "other:" + other.toLatin1()).status, 401);
        QCOMPARE(tokenRequest("grant_type=refresh_token&refresh_token=" + refresh, "notes:" + secret.toLatin1()).status,
                 200); // still alive: the refused revocations did nothing
        QCOMPARE(post("/oauth/revoke", "token=" + access, "notes:" + secret.toLatin1()).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(server().get(QStringLiteral("/api/protected"), access).status, 401, 2000);
    }

    // `workspace` at authorize: the tokens carry the workspace's claims; someone else's workspace
    // is refused like an unknown one.
    void anAuthorizationIntoAWorkspace()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        const Actor local = Actor::local(QStringLiteral("test"));
        QVERIFY(server().backend().workspaces().create(
            local,
            {QStringLiteral("acme"),
             QStringLiteral("Acme"),
             {},
             server().backend().accounts().find(QStringLiteral("ada@x.org"))->record.id}));
        QVERIFY(
            server().backend().workspaces().create(local, {QStringLiteral("globex"), QStringLiteral("Globex"), {}, 0}));
        Browser browser(server());
        const TestReply back = signInAndAllow(
            browser, authorizePath(QStringLiteral("notes"), {{QStringLiteral("workspace"), QStringLiteral("acme")}}));
        const QJsonObject tokens
            = exchange(QStringLiteral("notes"), secret, queryOfLocation(back).queryItemValue(QStringLiteral("code")))
                  .json();
        QCOMPARE(payloadOf(tokens.value(QStringLiteral("id_token")).toString())
                     .value(QStringLiteral("workspace_slug"))
                     .toString(),
                 QStringLiteral("acme"));
        QCOMPARE(payloadOf(tokens.value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("workspace_role"))
                     .toString(),
                 QStringLiteral("owner"));
        for (const QString &workspace : {QStringLiteral("globex"), QStringLiteral("no-such")}) {
            const TestReply refused
                = browser.get(authorizePath(QStringLiteral("notes"), {{QStringLiteral("workspace"), workspace}}));
            QCOMPARE(refused.status, 302);
            QCOMPARE(queryOfLocation(refused).queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
                     QStringLiteral("no such workspace"));
        }
    }

    // What an administrator sees afterwards: the audit events and the metrics of the flow.
    void theFlowIsAuditedAndCounted()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const QString code = codeFrom(browser);
        QCOMPARE(exchange(QStringLiteral("notes"), secret, code).status, 200);
        QCOMPARE(exchange(QStringLiteral("notes"), secret, code).status, 400);
        QCOMPARE(tokenRequest("grant_type=client_credentials", "notes:" + secret.toLatin1()).status, 200);
        const TestReply audit = send("GET", QStringLiteral("/admin/audit?limit=100"));
        for (const char *action :
             {"client.create", "oidc.consent", "oidc.authorize", "oidc.code_exchange", "oidc.code_replay"})
            QVERIFY2(audit.body.contains(QByteArray(QByteArray("\"") + action + '"')), action);
        QVERIFY(!audit.body.contains(code.toLatin1()) && !audit.body.contains(secret.toLatin1()));
        // Who did it, by kind: the application as itself (not as a user), Keyward revoking what a
        // replayed code issued as itself.
        QStringList exchangers;
        QStringList revokers;
        for (const QJsonValue &event : audit.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject object = event.toObject();
            if (object.value(QStringLiteral("action")).toString().startsWith(QLatin1String("oidc.code_")))
                exchangers << object.value(QStringLiteral("actor")).toString();
            if (object.value(QStringLiteral("action")).toString() == QLatin1String("session.revoke"))
                revokers << object.value(QStringLiteral("actor")).toString();
        }
        QCOMPARE(exchangers, (QStringList{QStringLiteral("client:notes"), QStringLiteral("client:notes")}));
        QCOMPARE(revokers, QStringList{QStringLiteral("keyward:oidc")});
        const QByteArray metrics = server().get(QStringLiteral("/metrics")).body;
        QVERIFY(metrics.contains("keyward_oidc_authorizations_total 1"));
        QVERIFY(metrics.contains("keyward_oauth_token_grants_total{grant_type=\"authorization_code\"} 1"));
        QVERIFY(metrics.contains("keyward_oauth_token_grants_total{grant_type=\"client_credentials\"} 1"));
    }

    // The sign-in page has the limits /auth/login has; a first-party client may use the password grant.
    void theSignInPageIsLimitedAndFirstPartyMayUseThePasswordGrant()
    {
        m_server = std::make_unique<TestServer>(
            QMap<QString, QString>{{QStringLiteral("limits.login_per_ip_per_minute"), QStringLiteral("2")}});
        server().createUser(QStringLiteral("ada@x.org"));
        server().createUser(QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        m_admin = server().accessToken(QStringLiteral("root@x.org")); // the first attempt of this minute
        const QString secret
            = registerClient(QStringLiteral("own"), QStringLiteral("confidential"),
                             {{QStringLiteral("first_party"), true},
                              {QStringLiteral("grant_types"),
                               QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("password")}}});
        Browser browser(server());
        const TestReply page = browser.get(authorizePath(QStringLiteral("own")));
        const TestReply wrong = browser.submit(page,
                                               {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                {QStringLiteral("password"), QStringLiteral("nope")}});
        QVERIFY(wrong.status == 200 && wrong.body.contains("role=\"alert\""));
        const TestReply limited = browser.submit(wrong,
                                                 {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.body.contains("role=\"alert\""));
        server().clock().advance(61);
        // First party: no consent page, straight back with the code.
        const TestReply back = browser.submit(limited,
                                              {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                               {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(back.status, 302);
        const TestReply password = tokenRequest("grant_type=password&username=ada%40x.org&password="
                                                    + QUrl::toPercentEncoding(TestServer::defaultPassword()),
                                                "own:" + secret.toLatin1());
        QCOMPARE(password.status, 200);
        QCOMPARE(payloadOf(password.json().value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("client_id"))
                     .toString(),
                 QStringLiteral("own"));
    }

    // The browser's sign-in is a session like any other: logout-all ends it (and what it started).
    void logoutAllEndsTheBrowsersSignIn()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const QByteArray access = exchange(QStringLiteral("notes"), secret, codeFrom(browser))
                                      .json()
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toLatin1();
        QCOMPARE(browser.get(authorizePath(QStringLiteral("notes"))).status, 302); // signed in
        const QByteArray own = server().accessToken(QStringLiteral("ada@x.org"));
        QCOMPARE(send("POST", QStringLiteral("/auth/logout-all"), {}, own).status, 204);
        QCOMPARE(browser.get(authorizePath(QStringLiteral("notes"))).status, 200); // the sign-in page again
        QTRY_COMPARE_WITH_TIMEOUT(server().get(QStringLiteral("/api/protected"), access).status, 401, 2000);
    }

    // An application's token is for its resource servers (and /api/*, userinfo), never for
    // Keyward's own API — not even an administrator's; a client's own token is nobody's.
    void anApplicationsTokenIsNotKeywardsToken()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const QByteArray access = exchange(QStringLiteral("notes"), secret,
                                           codeFrom(browser, QStringLiteral("notes"), QStringLiteral("root@x.org")))
                                      .json()
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toLatin1();
        QCOMPARE(server().get(QStringLiteral("/api/protected"), access).status, 200);
        QCOMPARE(server().get(QStringLiteral("/oauth/userinfo"), access).status, 200);
        for (const char *path : {"/auth/me", "/admin/users", "/auth/sessions", "/admin/clients"}) {
            const TestReply refused = server().get(QString::fromLatin1(path), access);
            QVERIFY2(refused.status == 401 && refused.error() == QLatin1String("invalid_token"), path);
        }
        QCOMPARE(send("POST", QStringLiteral("/auth/logout-all"), {}, access).status, 401);
        // client_credentials: introspected as the client's; no user's API, no userinfo.
        const QByteArray machine = tokenRequest("grant_type=client_credentials", "notes:" + secret.toLatin1())
                                       .json()
                                       .value(QStringLiteral("access_token"))
                                       .toString()
                                       .toLatin1();
        QCOMPARE(server().get(QStringLiteral("/auth/me"), machine).status, 401);
        QCOMPARE(server().get(QStringLiteral("/oauth/userinfo"), machine).status, 401);
        const TestReply introspected = server().request(
            "POST", QStringLiteral("/oauth/introspect"), "token=" + machine,
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Bearer " + m_admin}});
        QCOMPARE(introspected.json().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(introspected.json().value(QStringLiteral("sub")).toString(), QStringLiteral("notes"));
    }

    // RP-Initiated Logout (contract v3): a sign-in ends without a question only when the hint is
    // an ID token of that very sign-in (sid) and its user (sub); every other hint — another
    // user's, another sign-in's of the same user, a forged one — and none get the question.
    void logoutAsksUnlessTheHintNamesThisSignIn()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        registerClient(QStringLiteral("other"), QStringLiteral("public"));
        const auto idTokenOf = [&](Browser &browser, const QString &email) {
            return exchange(QStringLiteral("notes"), secret, codeFrom(browser, QStringLiteral("notes"), email))
                .json()
                .value(QStringLiteral("id_token"))
                .toString();
        };
        const auto stillSignedIn
            = [&](Browser &browser) { return browser.get(authorizePath(QStringLiteral("notes"))).status == 302; };
        Browser ada(server());
        const QString adaToken = idTokenOf(ada, QStringLiteral("ada@x.org"));
        Browser bob(server());
        const QString bobToken = idTokenOf(bob, QStringLiteral("mia@x.org"));
        Browser adaElsewhere(server());
        const QString adaOtherSignIn = idTokenOf(adaElsewhere, QStringLiteral("ada@x.org"));
        QString forged = adaToken;
        forged[forged.size() - 3] = forged[forged.size() - 3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');

        for (const QString &hint : {QString(), bobToken, adaOtherSignIn, forged}) {
            const TestReply question = ada.get(QStringLiteral("/oauth/logout?id_token_hint=") + hint);
            QCOMPARE(question.status, 200);
            QVERIFY(question.body.contains("name=\"confirm\""));
            QVERIFY(question.body.contains("ada@x.org"));
            QVERIFY(stillSignedIn(ada));
        }
        QVERIFY(stillSignedIn(bob) && stillSignedIn(adaElsewhere));
        // Without the cookie (a frame, a script) a verified hint is asked about too, not "signed out".
        Browser cookieless(server());
        QVERIFY(cookieless.get(QStringLiteral("/oauth/logout?id_token_hint=") + bobToken)
                    .body.contains("name=\"confirm\""));
        // client_id must agree with a hint that is ours.
        QCOMPARE(ada.get(QStringLiteral("/oauth/logout?client_id=other&id_token_hint=") + adaToken).status, 400);

        // Said yes on Keyward's own page: signed out.
        const TestReply question = ada.get(QStringLiteral("/oauth/logout?id_token_hint=") + bobToken);
        QCOMPARE(ada.submit(question, {{QStringLiteral("confirm"), QStringLiteral("yes")}}).status, 200);
        QVERIFY(!stillSignedIn(ada));
        QVERIFY(stillSignedIn(bob) && stillSignedIn(adaElsewhere));

        // The hint of this very sign-in: no question.
        const TestReply silent = bob.get(QStringLiteral("/oauth/logout?id_token_hint=") + bobToken);
        QCOMPARE(silent.status, 200);
        QVERIFY(!silent.body.contains("name=\"confirm\""));
        QVERIFY(!stillSignedIn(bob));

        // An application's cross-site POST carries no cookie: the question, then the browser's own
        // answer (with its cookie) ends the sign-in the hint named.
        const TestReply posted = adaElsewhere.postCrossSite(
            QStringLiteral("/oauth/logout"),
            "id_token_hint=" + adaOtherSignIn.toLatin1() + "&post_logout_redirect_uri="
                + QUrl::toPercentEncoding(QStringLiteral("https://app.example.org/bye")) + "&state=s1");
        QCOMPARE(posted.status, 200);
        QVERIFY(posted.body.contains("name=\"confirm\""));
        QVERIFY(stillSignedIn(adaElsewhere));
        const TestReply answered = adaElsewhere.submit(posted, {{QStringLiteral("confirm"), QStringLiteral("yes")}});
        QCOMPARE(answered.status, 302);
        QCOMPARE(answered.header("location"), QByteArray("https://app.example.org/bye?state=s1"));
        QVERIFY(!stillSignedIn(adaElsewhere));
    }

    // OIDC Core §11: prompt=login, max_age or a second sign-in of the same user renews the
    // browser's sign-in (same sid, a later auth_time) and ends no application's session; another
    // user replacing it ends only what the old sign-in started without offline_access.
    void signingInAgainKeepsTheApplicationsSessions()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        const QString otherSecret = registerClient(QStringLiteral("other"), QStringLiteral("confidential"));
        Browser browser(server());
        const QJsonObject notes = exchange(QStringLiteral("notes"), secret, codeFrom(browser)).json();
        const TestReply otherCode = signInAndAllow(
            browser,
            authorizePath(QStringLiteral("other"), {{QStringLiteral("scope"), QStringLiteral("openid email")}}));
        const QJsonObject other = exchange(QStringLiteral("other"), otherSecret,
                                           queryOfLocation(otherCode).queryItemValue(QStringLiteral("code")))
                                      .json();
        const QJsonObject firstId = payloadOf(notes.value(QStringLiteral("id_token")).toString());
        server().clock().advance(30);

        for (const auto &again : {QMap<QString, QString>{{QStringLiteral("prompt"), QStringLiteral("login")}},
                                  QMap<QString, QString>{{QStringLiteral("max_age"), QStringLiteral("10")}}}) {
            const TestReply page = browser.get(authorizePath(QStringLiteral("notes"), again));
            QCOMPARE(page.status, 200); // the password again
            const TestReply back = browser.submit(page,
                                                  {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                   {QStringLiteral("password"), TestServer::defaultPassword()}});
            QCOMPARE(back.status, 302);
            const QJsonObject renewed = exchange(QStringLiteral("notes"), secret,
                                                 queryOfLocation(back).queryItemValue(QStringLiteral("code")))
                                            .json();
            const QJsonObject id = payloadOf(renewed.value(QStringLiteral("id_token")).toString());
            QCOMPARE(id.value(QStringLiteral("sid")).toString(), firstId.value(QStringLiteral("sid")).toString());
            QVERIFY(id.value(QStringLiteral("auth_time")).toInteger()
                    >= firstId.value(QStringLiteral("auth_time")).toInteger() + 30);
            server().clock().advance(30);
        }
        // Both applications' sessions live on, and so does the sign-in.
        for (const QJsonObject *tokens : {&notes, &other})
            QCOMPARE(server()
                         .get(QStringLiteral("/api/protected"),
                              tokens->value(QStringLiteral("access_token")).toString().toLatin1())
                         .status,
                     200);
        QCOMPARE(browser.get(authorizePath(QStringLiteral("notes"))).status, 302);

        // Another user signs in in this browser: ada's sign-in ends with "other" (no
        // offline_access); "notes" (offline_access) lives on.
        const TestReply page = browser.get(
            authorizePath(QStringLiteral("notes"), {{QStringLiteral("prompt"), QStringLiteral("login")}}));
        const TestReply replaced = signInAndAllow(
            browser, authorizePath(QStringLiteral("notes"), {{QStringLiteral("prompt"), QStringLiteral("login")}}),
            QStringLiteral("mia@x.org"));
        Q_UNUSED(page);
        QCOMPARE(replaced.status, 302);
        QTRY_COMPARE_WITH_TIMEOUT(server()
                                      .get(QStringLiteral("/api/protected"),
                                           other.value(QStringLiteral("access_token")).toString().toLatin1())
                                      .status,
                                  401, 2000);
        QCOMPARE(server()
                     .get(QStringLiteral("/api/protected"),
                          notes.value(QStringLiteral("access_token")).toString().toLatin1())
                     .status,
                 200);
        const TestReply refreshed
            = tokenRequest("grant_type=refresh_token&refresh_token="
                               + notes.value(QStringLiteral("refresh_token")).toString().toLatin1(),
                           "notes:" + secret.toLatin1());
        QCOMPARE(refreshed.status, 200);
    }

    // OIDC Core §3.1.2.1: max_age=0 is prompt=login, even a second after the sign-in; the hints of
    // prompt=none must name the signed-in user.
    void maxAgeZeroAndHintsOfAnotherUserAskForASignIn()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const QString idToken = exchange(QStringLiteral("notes"), secret, codeFrom(browser))
                                    .json()
                                    .value(QStringLiteral("id_token"))
                                    .toString();
        Browser mia(server());
        const QString miaToken = exchange(QStringLiteral("notes"), secret,
                                          codeFrom(mia, QStringLiteral("notes"), QStringLiteral("mia@x.org")))
                                     .json()
                                     .value(QStringLiteral("id_token"))
                                     .toString();
        QCOMPARE(browser.get(authorizePath(QStringLiteral("notes"), {{QStringLiteral("max_age"), QStringLiteral("0")}}))
                     .status,
                 200);
        const TestReply none = browser.get(authorizePath(
            QStringLiteral("notes"),
            {{QStringLiteral("max_age"), QStringLiteral("0")}, {QStringLiteral("prompt"), QStringLiteral("none")}}));
        QCOMPARE(queryOfLocation(none).queryItemValue(QStringLiteral("error")), QStringLiteral("login_required"));
        const auto promptNone = [&](const QString &name, const QString &value) {
            return queryOfLocation(browser.get(authorizePath(
                QStringLiteral("notes"), {{QStringLiteral("prompt"), QStringLiteral("none")}, {name, value}})));
        };
        QCOMPARE(promptNone(QStringLiteral("login_hint"), QStringLiteral("mia@x.org"))
                     .queryItemValue(QStringLiteral("error")),
                 QStringLiteral("login_required"));
        QCOMPARE(promptNone(QStringLiteral("id_token_hint"), miaToken).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("login_required"));
        // Hints naming the signed-in user: a code at once.
        QVERIFY(!promptNone(QStringLiteral("login_hint"), QStringLiteral("ADA@x.org"))
                     .queryItemValue(QStringLiteral("code"))
                     .isEmpty());
        QVERIFY(!promptNone(QStringLiteral("id_token_hint"), idToken).queryItemValue(QStringLiteral("code")).isEmpty());
    }

    // Contract v3's error codes of the authorization endpoint and userinfo.
    void requestObjectsMissingResponseTypeAndUserinfoScope()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const auto errorOf = [&](const QMap<QString, QString> &changes) {
            return queryOfLocation(browser.get(authorizePath(QStringLiteral("notes"), changes)))
                .queryItemValue(QStringLiteral("error"));
        };
        QCOMPARE(errorOf({{QStringLiteral("response_type"), QString()}}), QStringLiteral("invalid_request"));
        QCOMPARE(errorOf({{QStringLiteral("response_type"), QStringLiteral("token")}}),
                 QStringLiteral("unsupported_response_type"));
        QCOMPARE(errorOf({{QStringLiteral("request_uri"), QStringLiteral("https://app.example.org/r")}}),
                 QStringLiteral("request_uri_not_supported"));
        QCOMPARE(errorOf({{QStringLiteral("request"), QStringLiteral("eyJhbGciOiJub25lIn0.e30.")}}),
                 QStringLiteral("request_not_supported"));
        // A token without openid: userinfo is 403 insufficient_scope (RFC 6750 §3.1).
        const TestReply back = signInAndAllow(
            browser, authorizePath(QStringLiteral("notes"), {{QStringLiteral("scope"), QStringLiteral("email")}}));
        const QByteArray access
            = exchange(QStringLiteral("notes"), secret, queryOfLocation(back).queryItemValue(QStringLiteral("code")))
                  .json()
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toLatin1();
        const TestReply info = server().get(QStringLiteral("/oauth/userinfo"), access);
        QCOMPARE(info.status, 403);
        QCOMPARE(info.error(), QStringLiteral("insufficient_scope"));
        QVERIFY(info.header("www-authenticate").contains("error=\"insufficient_scope\""));
    }

    // Contract v3: a refresh token only with offline_access and for a client with the
    // refresh_token grant; a narrower scope on a refresh is honoured, a wider one refused.
    void refreshTokensOnlyWithOfflineAccessAndTheGrant()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        const QString noRefresh
            = registerClient(QStringLiteral("once"), QStringLiteral("confidential"),
                             {{QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code")}}});
        Browser browser(server());
        const auto tokensOf = [&](const QString &client, const QString &clientSecret, const QString &scope) {
            const TestReply back = signInAndAllow(browser, authorizePath(client, {{QStringLiteral("scope"), scope}}));
            return exchange(client, clientSecret, queryOfLocation(back).queryItemValue(QStringLiteral("code"))).json();
        };
        QVERIFY(!tokensOf(QStringLiteral("once"), noRefresh, QStringLiteral("openid offline_access"))
                     .contains(QStringLiteral("refresh_token")));
        QVERIFY(!tokensOf(QStringLiteral("notes"), secret, QStringLiteral("openid email"))
                     .contains(QStringLiteral("refresh_token")));
        const QJsonObject offline
            = tokensOf(QStringLiteral("notes"), secret, QStringLiteral("openid email profile offline_access"));
        const QByteArray refreshToken = offline.value(QStringLiteral("refresh_token")).toString().toLatin1();
        QVERIFY(!refreshToken.isEmpty());

        const TestReply wider
            = tokenRequest("grant_type=refresh_token&scope=openid%20roles&refresh_token=" + refreshToken,
                           "notes:" + secret.toLatin1());
        QCOMPARE(wider.status, 400);
        QCOMPARE(wider.error(), QStringLiteral("invalid_scope"));
        const TestReply narrower
            = tokenRequest("grant_type=refresh_token&scope=openid%20email&refresh_token=" + refreshToken,
                           "notes:" + secret.toLatin1()); // the refused one stayed unused
        QCOMPARE(narrower.status, 200);
        QCOMPARE(narrower.json().value(QStringLiteral("scope")).toString(), QStringLiteral("openid email"));
        QCOMPARE(payloadOf(narrower.json().value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("scope"))
                     .toString(),
                 QStringLiteral("openid email"));
        QVERIFY(
            !payloadOf(narrower.json().value(QStringLiteral("id_token")).toString()).contains(QStringLiteral("name")));
        // The session goes on with everything it was granted.
        const TestReply full
            = tokenRequest("grant_type=refresh_token&refresh_token="
                               + narrower.json().value(QStringLiteral("refresh_token")).toString().toLatin1(),
                           "notes:" + secret.toLatin1());
        QCOMPARE(full.json().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("openid email profile offline_access"));
        // A used token presented again after the grace is reuse, whatever scope it asks for: the
        // session ends (a scope beyond the grant does not mask it).
        server().clock().advance(11);
        QCOMPARE(tokenRequest("grant_type=refresh_token&scope=openid%20roles&refresh_token=" + refreshToken,
                              "notes:" + secret.toLatin1())
                     .error(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(tokenRequest("grant_type=refresh_token&refresh_token="
                                  + full.json().value(QStringLiteral("refresh_token")).toString().toLatin1(),
                              "notes:" + secret.toLatin1())
                     .error(),
                 QStringLiteral("invalid_grant"));
    }

    // Contract v3: CORS never on the HTML pages of the browser flows, whatever the setting.
    void noCorsOnTheBrowserPages()
    {
        TestServer withCors({{QStringLiteral("server.cors_origins"), QStringLiteral("https://spa.example.org")}});
        withCors.createUser(QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        const QList<QPair<QByteArray, QByteArray>> origin{{"Origin", "https://spa.example.org"}};
        for (const char *path : {"/oauth/authorize?client_id=x", "/oauth/logout", "/oauth/authorize/consent"}) {
            for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST"), QByteArray("OPTIONS")}) {
                const TestReply page = withCors.request(method, QString::fromLatin1(path), {}, origin);
                QVERIFY2(page.header("access-control-allow-origin").isEmpty(), path);
            }
        }
        QCOMPARE(withCors.request("OPTIONS", QStringLiteral("/oauth/token"), {}, origin)
                     .header("access-control-allow-origin"),
                 QByteArray("https://spa.example.org"));
    }

    // "Create an account" on the sign-in page while registration is on: the page takes the
    // address, a name and a password under the same rules as POST /auth/register and leads back to
    // the very sign-in, where the new account signs in. Not offered, and closed, when it is off.
    void anAccountIsCreatedFromTheSignInPage()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const TestReply signIn = browser.get(authorizePath(QStringLiteral("notes")));
        static const QRegularExpression link(QStringLiteral("href=\"(/account/register\\?return=[^\"]+)\""));
        const QRegularExpressionMatch found = link.match(QString::fromUtf8(signIn.body));
        QVERIFY2(found.hasMatch(), signIn.body.constData());
        const TestReply page = browser.get(found.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"password\""));
        // The rules hold: a weak password, an address in use.
        const TestReply weak = browser.submit(page,
                                              {{QStringLiteral("email"), QStringLiteral("new@x.org")},
                                               {QStringLiteral("password"), QStringLiteral("short")}});
        QCOMPARE(weak.status, 400);
        QVERIFY(weak.body.contains("Choose a stronger password"));
        QVERIFY(weak.body.contains("value=\"new@x.org\"")); // what was typed stays
        const TestReply taken = browser.submit(page,
                                               {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(taken.status, 409);
        const TestReply created = browser.submit(page,
                                                 {{QStringLiteral("email"), QStringLiteral("new@x.org")},
                                                  {QStringLiteral("name"), QStringLiteral("Nova")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(created.status, 201);
        QVERIFY(server().backend().accounts().find(QStringLiteral("new@x.org")));
        // Back to the same authorization: the new account signs in and is asked for consent.
        static const QRegularExpression back(QStringLiteral("<a href=\"(/oauth/authorize\\?[^\"]+)\""));
        const QRegularExpressionMatch again = back.match(QString::fromUtf8(created.body));
        QVERIFY2(again.hasMatch(), created.body.constData());
        const TestReply signInAgain
            = browser.get(again.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
        const TestReply consent = browser.submit(signInAgain,
                                                 {{QStringLiteral("email"), QStringLiteral("new@x.org")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()}});
        QVERIFY2(consent.body.contains("name=\"decision\""), consent.body.constData());
        // Only back to an authorization or the account page, never elsewhere.
        QCOMPARE(RegistrationController::returnPathOf(QStringLiteral("https://evil.example/")),
                 QStringLiteral("/account"));
        QCOMPARE(RegistrationController::returnPathOf(QStringLiteral("//evil.example/oauth/authorize?x")),
                 QStringLiteral("/account"));
        // Off: no link, and the page is closed.
        TestServer closed({{QStringLiteral("registration.enabled"), QStringLiteral("false")}});
        QVERIFY(closed.backend().clients().create(Actor::local(QStringLiteral("test")),
                                                  {QStringLiteral("notes"),
                                                   QStringLiteral("Notes"),
                                                   QStringLiteral("public"),
                                                   {kRedirect},
                                                   {},
                                                   {},
                                                   {},
                                                   false,
                                                   {},
                                                   false,
                                                   {}}));
        Browser elsewhere(closed);
        QVERIFY(!elsewhere.get(authorizePath(QStringLiteral("notes"))).body.contains("/account/register"));
        QCOMPARE(elsewhere.get(QStringLiteral("/account/register")).status, 403);
    }

    // The consent page says where the answer goes (the application's site) and where consent can
    // be withdrawn; Allow and Deny are equals.
    void theConsentPageNamesTheSiteAndWhereToWithdraw()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const TestReply page = browser.get(authorizePath(QStringLiteral("notes")));
        const TestReply consent = browser.submit(page,
                                                 {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()}});
        QVERIFY2(consent.body.contains("name=\"decision\""), consent.body.constData());
        QVERIFY(consent.body.contains("Site: https://app.example.org"));
        QVERIFY(consent.body.contains("<a href=\"/account\">your account page</a>"));
        QVERIFY(consent.body.contains("class=\"actions choice\""));
        // In German too.
        Browser german(server(), "de");
        const TestReply seite = german.get(authorizePath(QStringLiteral("notes")));
        const TestReply zustimmung = german.submit(seite,
                                                   {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                    {QStringLiteral("password"), TestServer::defaultPassword()}});
        QVERIFY2(zustimmung.body.contains("Website: https://app.example.org"), zustimmung.body.constData());
    }

    // A public client's redirect-URI origins may call the endpoints an application needs across
    // origins (no server.cors_origins needed), without credentials; nothing else, no other origin,
    // not a confidential client's; a removed client's origin stops within a second.
    void aPublicClientsOriginMayCallTheApplicationEndpoints()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        registerClient(QStringLiteral("spa"), QStringLiteral("public"),
                       {{QStringLiteral("redirect_uris"),
                         QJsonArray{QStringLiteral("https://spa.example.org:8443/callback"),
                                    QStringLiteral("http://localhost:5173/"), QStringLiteral("http://127.0.0.1/cb")}}});
        const auto from = [](const QByteArray &origin) {
            return QList<QPair<QByteArray, QByteArray>>{{"Origin", origin}, {"Access-Control-Request-Method", "POST"}};
        };
        // A loopback IP literal's redirect URI matches on any port (RFC 8252 §7.3): so does its origin.
        const QList<QByteArray> spaOrigins{"https://spa.example.org:8443", "http://localhost:5173",
                                           "http://127.0.0.1:41234", "http://127.0.0.1"};
        for (const QByteArray &origin : spaOrigins) {
            for (const char *path : {"/oauth/token", "/oauth/userinfo", "/oauth/revoke", "/.well-known/jwks.json",
                                     "/.well-known/openid-configuration"}) {
                const TestReply preflight = server().request("OPTIONS", QString::fromLatin1(path), {}, from(origin));
                QVERIFY2(preflight.header("access-control-allow-origin") == origin, path);
                QVERIFY2(!preflight.header("access-control-allow-methods").isEmpty(), path);
                QVERIFY2(preflight.header("access-control-allow-credentials").isEmpty(), path);
            }
        }
        // The answers themselves, errors too: the application reads why.
        const TestReply keys
            = server().request("GET", QStringLiteral("/.well-known/jwks.json"), {}, from(spaOrigins.first()));
        QCOMPARE(keys.status, 200);
        QCOMPARE(keys.header("access-control-allow-origin"), spaOrigins.first());
        QCOMPARE(keys.header("vary"), QByteArray("Origin"));
        const TestReply refused = server().request(
            "POST", QStringLiteral("/oauth/token"), "grant_type=authorization_code&client_id=spa&code=nothing",
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"Origin", spaOrigins.first()}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.header("access-control-allow-origin"), spaOrigins.first());
        // Not Keyward's own API, not introspection, not the pages; not another port or scheme, not a
        // confidential client's origin.
        for (const char *path : {"/auth/login", "/admin/users", "/oauth/introspect", "/oauth/authorize?client_id=spa"})
            QVERIFY2(server()
                         .request("OPTIONS", QString::fromLatin1(path), {}, from(spaOrigins.first()))
                         .header("access-control-allow-origin")
                         .isEmpty(),
                     path);
        for (const QByteArray &origin :
             {QByteArray("https://spa.example.org"), QByteArray("http://spa.example.org:8443"),
              QByteArray("https://app.example.org"), QByteArray("null"), QByteArray("http://localhost:5174"),
              QByteArray("http://[::1]:41234"), QByteArray("http://127.0.0.1:41234/x"),
              QByteArray("http://127.0.0.1:*")})
            QVERIFY2(server()
                         .request("OPTIONS", QStringLiteral("/oauth/token"), {}, from(origin))
                         .header("access-control-allow-origin")
                         .isEmpty(),
                     origin.constData());
        // Removed: its origins are refused once the second has passed.
        QCOMPARE(send("DELETE", QStringLiteral("/admin/clients/spa")).status, 204);
        server().clock().advance(ApplicationOrigins::kRefreshSeconds);
        QVERIFY(server()
                    .request("OPTIONS", QStringLiteral("/oauth/token"), {}, from(spaOrigins.first()))
                    .header("access-control-allow-origin")
                    .isEmpty());
    }

    void originsOfRedirectUris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("origin");
        QTest::newRow("https default port") << "https://App.Example.org/cb?x=1"
                                            << "https://app.example.org";
        QTest::newRow("https explicit default") << "https://app.example.org:443/cb"
                                                << "https://app.example.org";
        QTest::newRow("http other port") << "http://localhost:5173/"
                                         << "http://localhost:5173";
        QTest::newRow("ipv6") << "http://[::1]:8080/cb"
                              << "http://[::1]:8080";
        QTest::newRow("native scheme") << "com.example.notes:/callback"
                                       << "";
        QTest::newRow("no host") << "https:///cb"
                                 << "";
    }

    void originsOfRedirectUris()
    {
        QFETCH(QString, uri);
        QFETCH(QString, origin);
        QCOMPARE(ApplicationOrigins::originOf(QUrl(uri)), origin);
    }

    // Contract v3: the form's CSRF token is bound to the browser's pre-session by an HMAC: neither
    // the cookie's value sent back (plain double submit) nor a planted cookie with a form value
    // of the planter's choosing is accepted. Under TLS the cookies are __Host- ones.
    void csrfTokensAreBoundToThePreSessionAndHostCookiesUnderTls()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        const QMap<QString, QString> credentials{{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                 {QStringLiteral("password"), TestServer::defaultPassword()}};
        Browser browser(server());
        const TestReply page = browser.get(authorizePath(QStringLiteral("notes")));
        const QString preSession = browser.cookie(QStringLiteral("keyward_csrf"));
        QVERIFY(!page.body.contains(preSession.toLatin1())); // the form carries a token, not the cookie
        QRegularExpression field(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
        QString doubleSubmit = QString::fromUtf8(page.body);
        doubleSubmit.replace(field.match(doubleSubmit).captured(1), preSession);
        TestReply forged = page;
        forged.body = doubleSubmit.toUtf8();
        QCOMPARE(browser.submit(forged, credentials).status, 400);
        browser.setCookie(QStringLiteral("keyward_csrf"), QStringLiteral("A").repeated(43)); // planted
        QCOMPARE(browser.submit(forged, credentials).status, 400);
        QVERIFY(browser.cookie(QStringLiteral("keyward_sso")).isEmpty());

        // A planted pre-session with a token the planter fetched for it opens no consent in the
        // victim's sign-in: the consent form is bound to the sign-in too.
        Browser victim(server());
        const TestReply victimSignIn = victim.get(authorizePath(QStringLiteral("notes")));
        const TestReply consentPage = victim.submit(victimSignIn, credentials);
        QVERIFY(consentPage.body.contains("name=\"decision\""));
        Browser attacker(server());
        const TestReply attackerPage = attacker.get(authorizePath(QStringLiteral("notes")));
        const QString planted = attacker.cookie(QStringLiteral("keyward_csrf"));
        const QString plantersToken = field.match(QString::fromUtf8(attackerPage.body)).captured(1);
        victim.setCookie(QStringLiteral("keyward_csrf"), planted);
        QString forgedConsent = QString::fromUtf8(consentPage.body);
        forgedConsent.replace(field.match(forgedConsent).captured(1), plantersToken);
        TestReply forgedPage = consentPage;
        forgedPage.body = forgedConsent.toUtf8();
        const TestReply refused = victim.submit(forgedPage, {{QStringLiteral("decision"), QStringLiteral("allow")}});
        QVERIFY(refused.status != 302);
        QVERIFY(!refused.header("location").contains("code="));

        TestServer behindTls({{QStringLiteral("server.trusted_proxies"), QStringLiteral("127.0.0.1")}});
        behindTls.createUser(QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        behindTls.createUser(QStringLiteral("ada@x.org"));
        const QByteArray admin = behindTls.accessToken(QStringLiteral("root@x.org"));
        QCOMPARE(behindTls
                     .request("POST", QStringLiteral("/admin/clients"),
                              QJsonDocument(webApp(QStringLiteral("web"))).toJson(),
                              {{"Authorization", "Bearer " + admin}, {"Content-Type", "application/json"}})
                     .status,
                 201);
        Browser secure(behindTls);
        secure.addHeader("X-Forwarded-Proto", "https");
        secure.addHeader("X-Forwarded-For", "203.0.113.9");
        const TestReply signInPage = secure.get(authorizePath(QStringLiteral("web")));
        QCOMPARE(signInPage.status, 200);
        const TestReply consent = secure.submit(signInPage, credentials);
        QCOMPARE(consent.status, 200);
        QVERIFY(!secure.cookie(QStringLiteral("__Host-keyward_sso")).isEmpty());
        QVERIFY(secure.cookie(QStringLiteral("keyward_sso")).isEmpty());
        for (const QByteArray &line : secure.setCookieLines()) {
            QVERIFY2(line.startsWith("__Host-keyward_") && line.contains("; Secure") && line.contains("Path=/;")
                         && !line.contains("Domain"),
                     line.constData());
        }
        QCOMPARE(secure.submit(consent, {{QStringLiteral("decision"), QStringLiteral("allow")}}).status, 302);
    }

    // Contract v3: each application chooses its ID tokens' algorithm (ES256 by default, RS256,
    // EdDSA); a key of each is always published, so discovery's list is true, and stays so after
    // the active key is rotated to another algorithm.
    void idTokensInTheApplicationsAlgorithm()
    {
        const QJsonArray advertised = server()
                                          .get(QStringLiteral("/.well-known/openid-configuration"))
                                          .json()
                                          .value(QStringLiteral("id_token_signing_alg_values_supported"))
                                          .toArray();
        for (const char *algorithm : {"ES256", "RS256", "EdDSA"})
            QVERIFY2(advertised.contains(QLatin1String(algorithm)), algorithm);
        QCOMPARE(send("POST", QStringLiteral("/admin/clients"),
                      {{QStringLiteral("client_id"), QStringLiteral("bad")},
                       {QStringLiteral("name"), QStringLiteral("Bad")},
                       {QStringLiteral("type"), QStringLiteral("public")},
                       {QStringLiteral("redirect_uris"), QJsonArray{kRedirect}},
                       {QStringLiteral("id_token_signed_response_alg"), QStringLiteral("HS256")}})
                     .status,
                 400);
        const QString plain = registerClient(QStringLiteral("plain"), QStringLiteral("confidential"));
        const QString rsa = registerClient(QStringLiteral("rsa"), QStringLiteral("confidential"),
                                           {{QStringLiteral("id_token_signed_response_alg"), QStringLiteral("RS256")}});
        const QString ed = registerClient(QStringLiteral("edwards"), QStringLiteral("confidential"),
                                          {{QStringLiteral("id_token_signed_response_alg"), QStringLiteral("EdDSA")}});
        QCOMPARE(send("GET", QStringLiteral("/admin/clients/rsa"))
                     .json()
                     .value(QStringLiteral("id_token_signed_response_alg"))
                     .toString(),
                 QStringLiteral("RS256"));
        Browser browser(server());
        const auto idTokenHeader = [&](const QString &client, const QString &secret) {
            const QString idToken = exchange(client, secret, codeFrom(browser, client))
                                        .json()
                                        .value(QStringLiteral("id_token"))
                                        .toString();
            // Verified against the published keys, as a relying party would.
            const QJsonObject header
                = QJsonDocument::fromJson(*Base64Url::decode(idToken.section(QLatin1Char('.'), 0, 0).toLatin1()))
                      .object();
            const QJsonArray keys
                = server().get(QStringLiteral("/.well-known/jwks.json")).json().value(QStringLiteral("keys")).toArray();
            bool published = false;
            for (const QJsonValue &key : keys)
                published |= key.toObject().value(QStringLiteral("kid")) == header.value(QStringLiteral("kid"))
                    && key.toObject().value(QStringLiteral("alg")) == header.value(QStringLiteral("alg"));
            return published && server().backend().tokens().idTokenHintClaims(idToken.toLatin1())
                ? header.value(QStringLiteral("alg")).toString()
                : QString();
        };
        QCOMPARE(idTokenHeader(QStringLiteral("plain"), plain), QStringLiteral("ES256"));
        QCOMPARE(idTokenHeader(QStringLiteral("rsa"), rsa), QStringLiteral("RS256"));
        QCOMPARE(idTokenHeader(QStringLiteral("edwards"), ed), QStringLiteral("EdDSA"));
        // The active key rotated to RS256 at once: every algorithm still signs.
        QVERIFY(server().backend().keys().rotate(Actor::local(QStringLiteral("test")), JwsAlgorithm::RS256,
                                                 RotationTiming::Now));
        QCOMPARE(idTokenHeader(QStringLiteral("plain"), plain), QStringLiteral("ES256"));
        QCOMPARE(idTokenHeader(QStringLiteral("rsa"), rsa), QStringLiteral("RS256"));
        QCOMPARE(idTokenHeader(QStringLiteral("edwards"), ed), QStringLiteral("EdDSA"));
        // Its access tokens are signed by the active key.
        const QString access = exchange(QStringLiteral("edwards"), ed, codeFrom(browser, QStringLiteral("edwards")))
                                   .json()
                                   .value(QStringLiteral("access_token"))
                                   .toString();
        QCOMPARE(QJsonDocument::fromJson(*Base64Url::decode(access.section(QLatin1Char('.'), 0, 0).toLatin1()))
                     .object()
                     .value(QStringLiteral("alg"))
                     .toString(),
                 QStringLiteral("RS256"));
    }

    void aFormWithoutItsCsrfTokenIsRefused()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        Browser browser(server());
        const TestReply page = browser.get(authorizePath(QStringLiteral("notes")));
        browser.forget(QStringLiteral("keyward_csrf"));
        const TestReply forged = browser.submit(page,
                                                {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                 {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(forged.status, 400);
        QVERIFY(browser.cookie(QStringLiteral("keyward_sso")).isEmpty());
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

    // Contract v3: after the password the sign-in page asks for the second factor (a code field
    // with autocomplete="one-time-code", a recovery code); the ID token says how the user signed in.
    void theSignInPageAsksForTheSecondFactor()
    {
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"),
                                              {{QStringLiteral("first_party"), true}});
        const QByteArray totp = enrolApp(QStringLiteral("ada@x.org"));
        Browser browser(server());
        const TestReply page = browser.get(authorizePath(QStringLiteral("notes")));
        const TestReply second = browser.submit(page,
                                                {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                 {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(second.status, 200);
        QVERIFY2(second.body.contains("autocomplete=\"one-time-code\""), second.body.constData());
        QVERIFY(!second.body.contains("a sturdy passphrase")); // the password is not carried on
        QVERIFY(browser.cookie(QStringLiteral("keyward_sso")).isEmpty()); // not signed in yet
        const TestReply wrong = browser.submit(second, {{QStringLiteral("code"), QStringLiteral("000000")}});
        QCOMPARE(wrong.status, 400);
        QVERIFY(wrong.body.contains("role=\"alert\"") && wrong.body.contains("one-time-code"));
        server().clock().advance(30);
        const TestReply back = browser.submit(
            wrong, {{QStringLiteral("code"), Totp::codeAt(totp, Totp::stepAt(server().clock().nowSecs()))}});
        QCOMPARE(back.status, 302);
        const TestReply tokens
            = exchange(QStringLiteral("notes"), secret, queryOfLocation(back).queryItemValue(QStringLiteral("code")));
        QCOMPARE(tokens.status, 200);
        const QJsonObject id = payloadOf(tokens.json().value(QStringLiteral("id_token")).toString());
        QCOMPARE(id.value(QStringLiteral("amr")).toArray(),
                 (QJsonArray{QStringLiteral("pwd"), QStringLiteral("otp"), QStringLiteral("mfa")}));
        QCOMPARE(id.value(QStringLiteral("acr")).toString(), QStringLiteral("mfa"));
        QCOMPARE(payloadOf(tokens.json().value(QStringLiteral("access_token")).toString())
                     .value(QStringLiteral("acr"))
                     .toString(),
                 QStringLiteral("mfa"));
        // A form of the second step that is not this browser's (no pre-session): start again.
        Browser other(server());
        QCOMPARE(other.submit(second, {{QStringLiteral("code"), QStringLiteral("123456")}}).status, 400);
    }

    void theSignInPageTakesARecoveryCode()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"),
                       {{QStringLiteral("first_party"), true}});
        const QByteArray token = server().accessToken(QStringLiteral("ada@x.org"));
        enrolAppWith(token);
        const QJsonArray codes = server()
                                     .postJson(QStringLiteral("/auth/recovery-codes"), {}, token)
                                     .json()
                                     .value(QStringLiteral("codes"))
                                     .toArray();
        QCOMPARE(codes.size(), 10);
        Browser browser(server());
        const TestReply second = browser.submit(browser.get(authorizePath(QStringLiteral("notes"))),
                                                {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                 {QStringLiteral("password"), TestServer::defaultPassword()}});
        QVERIFY(second.body.contains("name=\"recovery_code\""));
        const TestReply back = browser.submit(second, {{QStringLiteral("recovery_code"), codes.at(3).toString()}});
        QCOMPARE(back.status, 302);
        QVERIFY(!queryOfLocation(back).queryItemValue(QStringLiteral("code")).isEmpty());
    }

    // mfa.required=all: a user without a factor enrols the authenticator app right after the
    // password (its QR code on the page), and its first code signs them in.
    void thePolicyEnrolsAnAppOnTheSignInPage()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"),
                       {{QStringLiteral("first_party"), true}});
        QVERIFY(
            server()
                .backend()
                .settingsService()
                .change(Actor::local(QStringLiteral("t")), {{QStringLiteral("mfa.required"), QStringLiteral("all")}})
                .ok());
        Browser browser(server());
        const TestReply enrol = browser.submit(browser.get(authorizePath(QStringLiteral("notes"))),
                                               {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(enrol.status, 200);
        QVERIFY(enrol.body.contains("<svg") && enrol.body.contains("one-time-code"));
        QVERIFY(!enrol.body.contains("<script"));
        static const QRegularExpression secretPattern(QStringLiteral("<code class=\"secret\">([A-Z2-7]+)</code>"));
        const QByteArray secret
            = Base32::decode(secretPattern.match(QString::fromUtf8(enrol.body)).captured(1)).value_or(QByteArray());
        QCOMPARE(secret.size(), 20);
        // A mistyped code shows the same secret again.
        const TestReply wrong = browser.submit(enrol, {{QStringLiteral("code"), QStringLiteral("000000")}});
        QCOMPARE(wrong.status, 400);
        QCOMPARE(Base32::decode(secretPattern.match(QString::fromUtf8(wrong.body)).captured(1)).value_or(QByteArray()),
                 secret);
        const TestReply back = browser.submit(
            wrong, {{QStringLiteral("code"), Totp::codeAt(secret, Totp::stepAt(server().clock().nowSecs()))}});
        QCOMPARE(back.status, 302);
        QCOMPARE(server()
                     .postJson(QStringLiteral("/auth/login"),
                               {{QStringLiteral("email"), QStringLiteral("root@x.org")},
                                {QStringLiteral("password"), TestServer::defaultPassword()}})
                     .status,
                 403); // everyone must enrol now
        const qint64 adaId = server().backend().accounts().find(QStringLiteral("ada@x.org"))->record.id;
        QVERIFY(server().backend().mfa().hasSecondFactor(adaId));
        // A browser signed in with a password before the policy came asks again.
        QVERIFY(
            server()
                .backend()
                .settingsService()
                .change(Actor::local(QStringLiteral("t")), {{QStringLiteral("mfa.required"), QStringLiteral("off")}})
                .ok());
        server().createUser(QStringLiteral("zed@x.org"));
        Browser earlier(server());
        QCOMPARE(signInAndAllow(earlier, authorizePath(QStringLiteral("notes")), QStringLiteral("zed@x.org")).status,
                 302);
        QCOMPARE(earlier.get(authorizePath(QStringLiteral("notes"))).status, 302); // signed in: straight through
        QVERIFY(
            server()
                .backend()
                .settingsService()
                .change(Actor::local(QStringLiteral("t")), {{QStringLiteral("mfa.required"), QStringLiteral("all")}})
                .ok());
        const TestReply again = earlier.get(authorizePath(QStringLiteral("notes")));
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("name=\"password\""));
    }

    // acr_values and a client's require_mfa (contract: Policy): a browser signed in with a weaker
    // sign-in is asked again (step-up); what cannot be met goes back as
    // unmet_authentication_requirements; discovery says which values Keyward knows.
    void stepUpForAcrValuesAndRequireMfa()
    {
        QCOMPARE(server()
                     .get(QStringLiteral("/.well-known/openid-configuration"))
                     .json()
                     .value(QStringLiteral("acr_values_supported"))
                     .toArray(),
                 (QJsonArray{QStringLiteral("phr"), QStringLiteral("mfa")}));
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"),
                                              {{QStringLiteral("first_party"), true}});
        registerClient(QStringLiteral("vault"), QStringLiteral("confidential"),
                       {{QStringLiteral("first_party"), true}, {QStringLiteral("require_mfa"), true}});
        QCOMPARE(
            send("GET", QStringLiteral("/admin/clients/vault")).json().value(QStringLiteral("require_mfa")).toBool(),
            true);
        Browser browser(server());
        // Signed in with the password alone (no factor yet) …
        QCOMPARE(signInAndAllow(browser, authorizePath(QStringLiteral("notes"))).status, 302);
        // … is not enough for the vault: sign in again, and enrol since the account has no factor.
        const TestReply again = browser.get(authorizePath(QStringLiteral("vault")));
        QVERIFY(again.body.contains("name=\"password\""));
        const TestReply enrol = browser.submit(again,
                                               {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                {QStringLiteral("password"), TestServer::defaultPassword()}});
        QVERIFY(enrol.body.contains("<svg"));
        static const QRegularExpression secretPattern(QStringLiteral("<code class=\"secret\">([A-Z2-7]+)</code>"));
        const QByteArray totp = Base32::decode(secretPattern.match(QString::fromUtf8(enrol.body)).captured(1)).value();
        const TestReply back = browser.submit(
            enrol, {{QStringLiteral("code"), Totp::codeAt(totp, Totp::stepAt(server().clock().nowSecs()))}});
        QCOMPARE(back.status, 302);
        QVERIFY(!queryOfLocation(back).queryItemValue(QStringLiteral("code")).isEmpty());
        // Now the browser's sign-in is two factors: acr_values=mfa goes straight through.
        const TestReply straight = browser.get(
            authorizePath(QStringLiteral("notes"), {{QStringLiteral("acr_values"), QStringLiteral("mfa")}}));
        QCOMPARE(straight.status, 302);
        const TestReply tokens = exchange(QStringLiteral("notes"), secret,
                                          queryOfLocation(straight).queryItemValue(QStringLiteral("code")));
        QCOMPARE(payloadOf(tokens.json().value(QStringLiteral("id_token")).toString())
                     .value(QStringLiteral("acr"))
                     .toString(),
                 QStringLiteral("mfa"));
        // phr needs a passkey; ada has none: after the password, back to the application.
        const TestReply phr = browser.get(
            authorizePath(QStringLiteral("notes"), {{QStringLiteral("acr_values"), QStringLiteral("phr")}}));
        QVERIFY(phr.body.contains("name=\"password\"")); // a password-only sign-in is not offered as enough
        const TestReply refused = browser.submit(phr,
                                                 {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(refused.status, 302);
        QCOMPARE(queryOfLocation(refused).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("unmet_authentication_requirements"));
        QCOMPARE(queryOfLocation(refused).queryItemValue(QStringLiteral("state")), QStringLiteral("st-123"));
        // An account with no factor at all is sent back too, not made to enrol what would not do.
        server().createUser(QStringLiteral("bob@x.org"));
        Browser bobs(server());
        const TestReply bobRefused = bobs.submit(
            bobs.get(authorizePath(QStringLiteral("notes"), {{QStringLiteral("acr_values"), QStringLiteral("phr")}})),
            {{QStringLiteral("email"), QStringLiteral("bob@x.org")},
             {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(bobRefused.status, 302);
        QCOMPARE(queryOfLocation(bobRefused).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("unmet_authentication_requirements"));
        QVERIFY(!server().backend().mfa().hasSecondFactor(
            server().backend().accounts().find(QStringLiteral("bob@x.org"))->record.id));
        // prompt=none with a sign-in too weak: login_required, no page.
        Browser fresh(server());
        QCOMPARE(signInAndAllow(fresh, authorizePath(QStringLiteral("notes"))).status, 200); // second step page
        const TestReply silent = browser.get(authorizePath(QStringLiteral("notes"),
                                                           {{QStringLiteral("acr_values"), QStringLiteral("phr")},
                                                            {QStringLiteral("prompt"), QStringLiteral("none")}}));
        QCOMPARE(queryOfLocation(silent).queryItemValue(QStringLiteral("error")), QStringLiteral("login_required"));
    }

    // Contract v3: the sign-in page offers "Sign in with a passkey" (webauthn.js, script-src
    // 'self', the browser's passkey autofill); its answer signs in with no address typed.
    void theSignInPageSignsInWithAPasskey()
    {
        QVERIFY(server()
                    .backend()
                    .settingsService()
                    .change(Actor::local(QStringLiteral("t")),
                            {{QStringLiteral("webauthn.rp_id"), QStringLiteral("keyward.test")},
                             {QStringLiteral("webauthn.origins"), QStringLiteral("https://keyward.test")}})
                    .ok());
        const QString secret = registerClient(QStringLiteral("notes"), QStringLiteral("confidential"),
                                              {{QStringLiteral("first_party"), true}});
        SoftAuthenticator authenticator(QStringLiteral("keyward.test"), QStringLiteral("https://keyward.test"));
        const QByteArray token = server().accessToken(QStringLiteral("ada@x.org"));
        const QJsonObject options
            = server().postJson(QStringLiteral("/auth/passkeys/register/options"), {}, token).json();
        QCOMPARE(server()
                     .postJson(QStringLiteral("/auth/passkeys"),
                               {{QStringLiteral("challenge_id"), options.value(QStringLiteral("challenge_id"))},
                                {QStringLiteral("credential"),
                                 authenticator.create(options.value(QStringLiteral("publicKey")).toObject())}},
                               token)
                     .status,
                 201);
        Browser browser(server());
        const TestReply page = browser.get(
            authorizePath(QStringLiteral("notes"), {{QStringLiteral("acr_values"), QStringLiteral("phr")}}));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("autocomplete=\"username webauthn\""));
        QVERIFY(page.body.contains("data-passkey=\"sign-in\"")
                && page.body.contains("action=\"/oauth/authorize/passkey\""));
        QVERIFY(page.body.contains("<script src=\"/assets/webauthn.js\" defer></script>"));
        QVERIFY(page.header("content-security-policy").contains("script-src 'self'"));
        const TestReply script = server().get(QStringLiteral("/assets/webauthn.js"));
        QCOMPARE(script.status, 200);
        QVERIFY(script.header("content-type").startsWith("text/javascript"));
        QVERIFY(script.body.contains("navigator.credentials.get"));
        // What the script does: options, the authenticator, the form.
        const QJsonObject request = server().postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
        const QJsonObject assertion = authenticator.get(request.value(QStringLiteral("publicKey")).toObject());
        const TestReply back = browser.submit(
            page,
            {{QStringLiteral("challenge_id"), request.value(QStringLiteral("challenge_id")).toString()},
             {QStringLiteral("credential"),
              QString::fromUtf8(QJsonDocument(assertion).toJson(QJsonDocument::Compact))}});
        QCOMPARE(back.status, 302);
        const TestReply tokens
            = exchange(QStringLiteral("notes"), secret, queryOfLocation(back).queryItemValue(QStringLiteral("code")));
        const QJsonObject id = payloadOf(tokens.json().value(QStringLiteral("id_token")).toString());
        QCOMPARE(id.value(QStringLiteral("amr")).toArray(),
                 (QJsonArray{QStringLiteral("hwk"), QStringLiteral("user"), QStringLiteral("mfa")}));
        QCOMPARE(id.value(QStringLiteral("acr")).toString(), QStringLiteral("phr"));
        QCOMPARE(id.value(QStringLiteral("email")).toString(), QStringLiteral("ada@x.org"));
        // acr_values=phr after a password: the second step offers only the passkey, and asks the
        // key to verify its user.
        Browser stepUp(server());
        const TestReply second = stepUp.submit(
            stepUp.get(authorizePath(QStringLiteral("notes"), {{QStringLiteral("acr_values"), QStringLiteral("phr")}})),
            {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
             {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(second.status, 200);
        QVERIFY(second.body.contains("data-user-verification=\"required\"") && second.body.contains("data-mfa-token="));
        QVERIFY(!second.body.contains("autocomplete=\"one-time-code\""));
        static const QRegularExpression mfaToken(QStringLiteral("data-mfa-token=\"([^\"]+)\""));
        const QJsonObject strict
            = server()
                  .postJson(QStringLiteral("/auth/passkeys/options"),
                            {{QStringLiteral("mfa_token"), mfaToken.match(QString::fromUtf8(second.body)).captured(1)},
                             {QStringLiteral("user_verification"), QStringLiteral("required")}})
                  .json();
        QCOMPARE(
            strict.value(QStringLiteral("publicKey")).toObject().value(QStringLiteral("userVerification")).toString(),
            QStringLiteral("required"));
        // The same answer again: its challenge is spent; the page says the passkey did not work.
        Browser other(server());
        const TestReply otherPage = other.get(authorizePath(QStringLiteral("notes")));
        const TestReply replay
            = other.submit(otherPage,
                           {{QStringLiteral("challenge_id"), request.value(QStringLiteral("challenge_id")).toString()},
                            {QStringLiteral("credential"),
                             QString::fromUtf8(QJsonDocument(assertion).toJson(QJsonDocument::Compact))}});
        QCOMPARE(replay.status, 400);
        QVERIFY(replay.body.contains("role=\"alert\""));
        QVERIFY(other.cookie(QStringLiteral("keyward_sso")).isEmpty());
    }

    // A posted consent is checked again: a form of one application's consent page, reposted
    // for another that requires two factors, signs nobody in to it with a password alone.
    void aConsentFormCannotSkipTheSecondFactor()
    {
        registerClient(QStringLiteral("notes"), QStringLiteral("confidential"));
        registerClient(QStringLiteral("vault"), QStringLiteral("confidential"),
                       {{QStringLiteral("require_mfa"), true}});
        Browser browser(server());
        const TestReply page = browser.get(authorizePath(QStringLiteral("notes")));
        const TestReply consent = browser.submit(page,
                                                 {{QStringLiteral("email"), QStringLiteral("ada@x.org")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()}});
        QVERIFY(consent.body.contains("name=\"decision\""));
        const TestReply forged = browser.submit(consent,
                                                {{QStringLiteral("decision"), QStringLiteral("allow")},
                                                 {QStringLiteral("client_id"), QStringLiteral("vault")}});
        QVERIFY2(forged.status != 302 || queryOfLocation(forged).queryItemValue(QStringLiteral("code")).isEmpty(),
                 forged.header("location").constData());
        // The password grant honours require_mfa too.
        registerClient(QStringLiteral("cli"), QStringLiteral("public"),
                       {{QStringLiteral("first_party"), true},
                        {QStringLiteral("require_mfa"), true},
                        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("password")}}});
        const TestReply grant
            = tokenRequest("grant_type=password&client_id=cli&username=ada%40x.org&password=a+sturdy+passphrase");
        QCOMPARE(grant.status, 400);
        QCOMPARE(grant.error(), QStringLiteral("invalid_grant"));
    }

private:
    QByteArray enrolAppWith(const QByteArray &token)
    {
        const QJsonObject enrolment = server().postJson(QStringLiteral("/auth/totp"), {}, token).json();
        const QByteArray secret = Base32::decode(enrolment.value(QStringLiteral("secret")).toString()).value();
        const TestReply confirmed = server().postJson(
            QStringLiteral("/auth/totp/confirm"),
            {{QStringLiteral("enrolment_id"), enrolment.value(QStringLiteral("enrolment_id"))},
             {QStringLiteral("code"), Totp::codeAt(secret, Totp::stepAt(server().clock().nowSecs()))}},
            token);
        if (confirmed.status != 204)
            qFatal("cannot enrol: %s", confirmed.body.constData());
        return secret;
    }
    QByteArray enrolApp(const QString &email) { return enrolAppWith(server().accessToken(email)); }
};

QTEST_GUILESS_MAIN(TestOidcHttp)
#include "tst_oidchttp.moc"
