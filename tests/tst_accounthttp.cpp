// SPDX-License-Identifier: GPL-3.0-or-later
// The account page (/account) over HTTP with a cookie-keeping browser, from the contract (The
// sign-in page and the account page): it signs the user in through the sign-in pages and comes
// back; name, password, passkeys (with a software authenticator), authenticator app with its QR
// code, recovery codes shown once, sessions and applications to end and revoke, the user's own
// security events; every form CSRF-bound; changes of how one signs in only after a recent sign-in;
// the pages' headers and languages.
#include "softauthenticator.h"
#include "testbrowser.h"
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/oidcservice.h"
#include "auth/settingsservice.h"
#include "auth/totp.h"
#include "crypto/base32.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace keyward;

namespace {

const QString kEmail = QStringLiteral("ada@x.org");

QString csrfOf(const TestReply &page)
{
    static const QRegularExpression csrf(QStringLiteral("name=\"csrf\" value=\"([^\"]+)\""));
    return csrf.match(QString::fromUtf8(page.body)).captured(1);
}

QByteArray secretOf(const TestReply &page)
{
    static const QRegularExpression secret(QStringLiteral("<code class=\"secret\">([A-Z2-7]+)</code>"));
    return Base32::decode(secret.match(QString::fromUtf8(page.body)).captured(1)).value_or(QByteArray());
}

} // namespace

class TestAccountHttp : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    TestServer &server() { return *m_server; }

    // Follows the account page's redirects through the sign-in page; gives the overview.
    TestReply signedIn(Browser &browser)
    {
        const TestReply first = browser.get(QStringLiteral("/account"));
        if (first.status == 200)
            return first;
        TestReply page = browser.get(QString::fromUtf8(first.header("location")));
        const TestReply back = browser.submit(
            page, {{QStringLiteral("email"), kEmail}, {QStringLiteral("password"), TestServer::defaultPassword()}});
        if (back.status != 303 || back.header("location") != "/account")
            qFatal("signing in for the account page: %d %s", back.status, back.header("location").constData());
        return browser.get(QStringLiteral("/account"));
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        server().createUser(kEmail);
    }

    void withoutASignInTheSignInPageComesFirst()
    {
        Browser browser(server());
        const TestReply first = browser.get(QStringLiteral("/account"));
        QCOMPARE(first.status, 303);
        QVERIFY(first.header("location").startsWith("/oauth/authorize?client_id=keyward-account"));
        const TestReply page = browser.get(QString::fromUtf8(first.header("location")));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"password\""));
        const TestReply back = browser.submit(
            page, {{QStringLiteral("email"), kEmail}, {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(back.status, 303);
        QCOMPARE(back.header("location"), QByteArray("/account")); // no code for anyone
        const TestReply overview = browser.get(QStringLiteral("/account"));
        QCOMPARE(overview.status, 200);
        QVERIFY(overview.body.contains("Signed in as ada@x.org"));
        QCOMPARE(overview.header("x-frame-options"), QByteArray("DENY"));
        QCOMPARE(overview.header("cache-control"), QByteArray("no-store"));
        QVERIFY(overview.header("content-security-policy").contains("default-src 'none'"));
        QVERIFY(!overview.body.contains("src=\"http")); // nothing from elsewhere
        // The built-in client's id cannot be registered by anyone.
        const TestReply taken = server().request(
            "POST", QStringLiteral("/admin/clients"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("client_id"), QStringLiteral("keyward-account")},
                            {QStringLiteral("name"), QStringLiteral("x")},
                            {QStringLiteral("type"), QStringLiteral("public")},
                            {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("https://a.example/cb")}}})
                .toJson(),
            {{"Authorization", "Bearer " + server().accessToken(kEmail)}, {"Content-Type", "application/json"}});
        QVERIFY(taken.status == 403 || taken.status == 409); // ada may not; nobody could
        server().createUser(QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        QCOMPARE(
            server()
                .request("POST", QStringLiteral("/admin/clients"),
                         QJsonDocument(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("keyward-account")},
                                                   {QStringLiteral("name"), QStringLiteral("x")},
                                                   {QStringLiteral("type"), QStringLiteral("public")},
                                                   {QStringLiteral("redirect_uris"),
                                                    QJsonArray{QStringLiteral("https://a.example/cb")}}})
                             .toJson(),
                         {{"Authorization", "Bearer " + server().accessToken(QStringLiteral("root@x.org"))},
                          {"Content-Type", "application/json"}})
                .status,
            409);
    }

    void nameAndPassword()
    {
        Browser browser(server());
        const TestReply overview = signedIn(browser);
        TestReply saved = browser.submit(overview, {{QStringLiteral("name"), QStringLiteral("Ada Lovelace")}});
        QCOMPARE(saved.status, 303);
        QCOMPARE(saved.header("location"), QByteArray("/account?done=name"));
        TestReply after = browser.get(QString::fromUtf8(saved.header("location")));
        QVERIFY(after.body.contains("value=\"Ada Lovelace\"") && after.body.contains("role=\"status\""));
        QCOMPARE(server().backend().accounts().find(kEmail)->record.name, QStringLiteral("Ada Lovelace"));
        // Another session of the account (an API login) ends with a password change.
        const QByteArray other = server().accessToken(kEmail);
        const TestReply wrong
            = browser.submit(after,
                             {{QStringLiteral("current_password"), QStringLiteral("not it")},
                              {QStringLiteral("new_password"), QStringLiteral("a new sturdy passphrase")}});
        QCOMPARE(wrong.status, 400);
        QVERIFY(wrong.body.contains("role=\"alert\""));
        const TestReply changed
            = browser.submit(after,
                             {{QStringLiteral("current_password"), TestServer::defaultPassword()},
                              {QStringLiteral("new_password"), QStringLiteral("a new sturdy passphrase")}});
        QCOMPARE(changed.status, 303);
        QCOMPARE(server().get(QStringLiteral("/auth/me"), other).status, 401);
        QCOMPARE(browser.get(QStringLiteral("/account")).status, 200); // this browser goes on
    }

    void everyFormIsBoundToThisBrowsersSignIn()
    {
        Browser browser(server());
        const TestReply overview = signedIn(browser);
        // The form posted from another browser (or with a planted pre-session): refused.
        Browser other(server());
        signedIn(other);
        const TestReply foreign = other.submit(overview, {{QStringLiteral("name"), QStringLiteral("Mallory")}});
        QCOMPARE(foreign.status, 400);
        QVERIFY(foreign.body.contains("role=\"alert\""));
        QVERIFY(server().backend().accounts().find(kEmail)->record.name != QLatin1String("Mallory"));
        // Without a sign-in: to the sign-in page.
        Browser stranger(server());
        QCOMPARE(stranger.submit(overview, {{QStringLiteral("name"), QStringLiteral("Mallory")}}).status, 303);
    }

    void authenticatorAppWithItsQrCode()
    {
        Browser browser(server());
        const TestReply overview = signedIn(browser);
        QVERIFY(overview.body.contains("action=\"/account/totp\""));
        const TestReply qr
            = browser.postForm(QStringLiteral("/account/totp"), "csrf=" + QUrl::toPercentEncoding(csrfOf(overview)));
        QCOMPARE(qr.status, 200);
        QVERIFY(qr.body.contains("<svg") && qr.body.contains("autocomplete=\"one-time-code\""));
        const QByteArray secret = secretOf(qr);
        QCOMPARE(secret.size(), 20);
        const TestReply wrong = browser.submit(qr, {{QStringLiteral("code"), QStringLiteral("000000")}});
        QCOMPARE(wrong.status, 400);
        QCOMPARE(secretOf(wrong), secret); // the same key again
        const TestReply done = browser.submit(
            wrong, {{QStringLiteral("code"), Totp::codeAt(secret, Totp::stepAt(server().clock().nowSecs()))}});
        QCOMPARE(done.status, 303);
        QCOMPARE(done.header("location"), QByteArray("/account?done=app-added"));
        const TestReply after = browser.get(QStringLiteral("/account?done=app-added"));
        QVERIFY(after.body.contains("action=\"/account/totp/remove\""));
        QVERIFY(after.body.contains("totp.enrol")); // the user's own security events
        // Now a password alone does not sign in.
        QCOMPARE(server()
                     .postJson(QStringLiteral("/auth/login"),
                               {{QStringLiteral("email"), kEmail},
                                {QStringLiteral("password"), TestServer::defaultPassword()}})
                     .json()
                     .value(QStringLiteral("mfa_required"))
                     .toBool(),
                 true);
    }

    void recoveryCodesAreShownOnce()
    {
        Browser browser(server());
        const TestReply overview = signedIn(browser);
        const TestReply codes = browser.postForm(QStringLiteral("/account/recovery-codes"),
                                                 "csrf=" + QUrl::toPercentEncoding(csrfOf(overview)));
        QCOMPARE(codes.status, 200);
        static const QRegularExpression item(QStringLiteral("<li>([2-9a-z]{4}-[2-9a-z]{4}-[2-9a-z]{4})</li>"));
        int shown = 0;
        for (const QRegularExpressionMatch &match : item.globalMatch(QString::fromUtf8(codes.body))) {
            Q_UNUSED(match);
            ++shown;
        }
        QCOMPARE(shown, 10);
        QVERIFY(browser.get(QStringLiteral("/account")).body.contains("Recovery codes left: 10"));
        QVERIFY(!browser.get(QStringLiteral("/account"))
                     .body.contains(item.match(QString::fromUtf8(codes.body)).captured(1).toUtf8()));
    }

    void changingFactorsNeedsARecentSignIn()
    {
        Browser browser(server());
        const TestReply overview = signedIn(browser);
        server().clock().advance(301);
        const TestReply stale = browser.get(QStringLiteral("/account"));
        QVERIFY(stale.body.contains("Sign in again"));
        QVERIFY(!stale.body.contains("action=\"/account/totp\""));
        const TestReply refused
            = browser.postForm(QStringLiteral("/account/totp"), "csrf=" + QUrl::toPercentEncoding(csrfOf(overview)));
        QCOMPARE(refused.status, 303);
        QVERIFY(refused.header("location").contains("prompt=login"));
        // Signing in again (the password) makes it recent.
        const TestReply page = browser.get(QString::fromUtf8(refused.header("location")));
        QVERIFY(page.body.contains("name=\"password\""));
        QCOMPARE(browser
                     .submit(page,
                             {{QStringLiteral("email"), kEmail},
                              {QStringLiteral("password"), TestServer::defaultPassword()}})
                     .status,
                 303);
        QVERIFY(browser.get(QStringLiteral("/account")).body.contains("action=\"/account/totp\""));
    }

    void passkeysAreAddedRenamedAndRemoved()
    {
        QVERIFY(server()
                    .backend()
                    .settingsService()
                    .change(Actor::local(QStringLiteral("t")),
                            {{QStringLiteral("webauthn.rp_id"), QStringLiteral("keyward.test")},
                             {QStringLiteral("webauthn.origins"), QStringLiteral("https://keyward.test")}})
                    .ok());
        Browser browser(server());
        const TestReply overview = signedIn(browser);
        QVERIFY(overview.body.contains("data-passkey=\"register\""));
        QVERIFY(overview.body.contains("<script src=\"/assets/webauthn.js\" defer></script>"));
        const QString csrf = csrfOf(overview);
        // What webauthn.js does: options (cookie and CSRF), the authenticator, the form.
        QCOMPARE(browser.postJson(QStringLiteral("/account/passkeys/options"), {}).status, 401);
        const TestReply options
            = browser.postJson(QStringLiteral("/account/passkeys/options"), {{QStringLiteral("csrf"), csrf}});
        QCOMPARE(options.status, 200);
        SoftAuthenticator authenticator(QStringLiteral("keyward.test"), QStringLiteral("https://keyward.test"));
        const QJsonObject credential
            = authenticator.create(options.json().value(QStringLiteral("publicKey")).toObject());
        const TestReply added = browser.submit(
            overview,
            {{QStringLiteral("challenge_id"), options.json().value(QStringLiteral("challenge_id")).toString()},
             {QStringLiteral("credential"),
              QString::fromUtf8(QJsonDocument(credential).toJson(QJsonDocument::Compact))},
             {QStringLiteral("name"), QStringLiteral("Laptop")}});
        QCOMPARE(added.status, 303);
        QCOMPARE(added.header("location"), QByteArray("/account?done=passkey-added"));
        TestReply listed = browser.get(QStringLiteral("/account"));
        QVERIFY(listed.body.contains("<strong>Laptop</strong>"));
        static const QRegularExpression rename(QStringLiteral("action=\"(/account/passkeys/[^/\"]+)/rename\""));
        const QString base = rename.match(QString::fromUtf8(listed.body)).captured(1);
        QVERIFY(!base.isEmpty());
        QCOMPARE(
            browser.postForm(base + QStringLiteral("/rename"), "csrf=" + QUrl::toPercentEncoding(csrf) + "&name=Phone")
                .status,
            303);
        QVERIFY(browser.get(QStringLiteral("/account")).body.contains("<strong>Phone</strong>"));
        QCOMPARE(browser.postForm(base + QStringLiteral("/remove"), "csrf=" + QUrl::toPercentEncoding(csrf)).status,
                 303);
        QVERIFY(!browser.get(QStringLiteral("/account")).body.contains("<strong>Phone</strong>"));
    }

    void sessionsEndAndApplicationsAreRevoked()
    {
        Browser browser(server());
        signedIn(browser);
        const QJsonObject apiLogin = server().login(kEmail);
        const QString other = apiLogin.value(QStringLiteral("session_id")).toString();
        const TestReply overview = browser.get(QStringLiteral("/account"));
        QVERIFY(overview.body.contains("(this browser)"));
        QVERIFY(overview.body.contains(QStringLiteral("/account/sessions/%1/end").arg(other).toUtf8()));
        QCOMPARE(browser
                     .postForm(QStringLiteral("/account/sessions/%1/end").arg(other),
                               "csrf=" + QUrl::toPercentEncoding(csrfOf(overview)))
                     .status,
                 303);
        QCOMPARE(
            server()
                .get(QStringLiteral("/auth/me"), apiLogin.value(QStringLiteral("access_token")).toString().toLatin1())
                .status,
            401);
        // Someone else's session id: nothing ends.
        server().createUser(QStringLiteral("bob@x.org"));
        const QJsonObject bob = server().login(QStringLiteral("bob@x.org"));
        const TestReply foreign = browser.postForm(
            QStringLiteral("/account/sessions/%1/end").arg(bob.value(QStringLiteral("session_id")).toString()),
            "csrf=" + QUrl::toPercentEncoding(csrfOf(overview)));
        QCOMPARE(foreign.status, 404);
        QCOMPARE(server()
                     .get(QStringLiteral("/auth/me"), bob.value(QStringLiteral("access_token")).toString().toLatin1())
                     .status,
                 200);
    }

    void thePageSpeaksTheBrowsersLanguage()
    {
        Browser browser(server(), "de-DE,de;q=0.9");
        const TestReply overview = signedIn(browser);
        QVERIFY(overview.body.contains("<html lang=\"de\">"));
        QVERIFY(overview.body.contains("Ihr Konto"));
    }
};

QTEST_GUILESS_MAIN(TestAccountHttp)
#include "tst_accounthttp.moc"
