// SPDX-License-Identifier: GPL-3.0-or-later
// The mail about a user's own account, from the contract (E-mail), through real SMTP (the
// mail_sink fixture): verification on registration in the browser's language, email_verified in
// the User and the ID token's claims, registration.require_verified_email, "forgot password"
// (same answer for every address, a single-use 30-minute link, limits, every session ended, a
// second factor kept) and the security notices. Runs on SQLite and PostgreSQL.
#include "testbrowser.h"
#include "testmailsink.h"
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/oidcservice.h"
#include "auth/passwordrecovery.h"
#include "auth/settingsservice.h"
#include "auth/totp.h"
#include "crypto/base32.h"
#include "storage/database.h"
#include "storage/outboxstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace keyward;

namespace {

QMap<QString, QString> withMail(const TestMailSink &sink, QMap<QString, QString> settings = {})
{
    settings.insert(QStringLiteral("mail.smtp_url"), sink.plainUrl());
    settings.insert(QStringLiteral("mail.from"), QStringLiteral("Keyward <noreply@keyward.example>"));
    return settings;
}

// The link of a delivered message (the text part's line that starts with the issuer).
QString linkIn(const QJsonObject &message)
{
    static const QRegularExpression link(
        QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/account/\\w+\\?token=[A-Za-z0-9_-]+)"));
    return link.match(message.value(QStringLiteral("text")).toString()).captured(1);
}

// "/path?query" of an absolute URL on the test server.
QString pathOf(const QString &url)
{
    const QUrl parsed(url);
    return parsed.path() + (parsed.hasQuery() ? QStringLiteral("?") + parsed.query(QUrl::FullyEncoded) : QString());
}

QString tokenOf(const QString &link)
{
    return link.section(QStringLiteral("token="), 1);
}

QString subjectOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("headers")).toObject().value(QStringLiteral("subject")).toString();
}

TestReply registerUser(TestServer &server, const QString &email, const QByteArray &language = "en")
{
    return server.request("POST", QStringLiteral("/auth/register"),
                          QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                    {QStringLiteral("password"), TestServer::defaultPassword()},
                                                    {QStringLiteral("name"), QStringLiteral("Ada")}})
                              .toJson(),
                          {{"content-type", "application/json"}, {"accept-language", language}});
}

TestReply loginReply(TestServer &server, const QString &email, const QString &password = TestServer::defaultPassword())
{
    return server.postJson(QStringLiteral("/auth/login"),
                           {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

TestReply forgot(TestServer &server, const QString &email, const QByteArray &forwardedFor = {})
{
    QList<QPair<QByteArray, QByteArray>> headers{{"content-type", "application/json"}};
    if (!forwardedFor.isEmpty())
        headers.append({"x-forwarded-for", forwardedFor});
    return server.request("POST", QStringLiteral("/auth/password/forgot"),
                          QJsonDocument(QJsonObject{{QStringLiteral("email"), email}}).toJson(), headers);
}

int outboxCount(TestServer &server)
{
    int count = 0;
    for (const auto &[state, number] : OutboxStore(server.backend().database().connection()).countByState())
        count += int(number);
    return count;
}

} // namespace

class TestAccountMail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void registrationSendsAVerificationLinkInTheBrowsersLanguage();
    void verifiedSignInCanBeRequired();
    void forgotPasswordResetsOnceAndEndsSessions();
    void resetLinksExpireAndAreLimited();
    void resetPagesShowTheFormAndTheRules();
    void securityNoticesGoToTheUser();
    void accountPageChangesTheAddressAndTheLanguage();
    void withoutMailNothingIsOfferedOrQueued();
    void forgotAnswersTakeTheSameTime();

private:
    TestMailSink m_sink;
};

void TestAccountMail::initTestCase()
{
    QVERIFY2(m_sink.isRunning(), "the mail_sink fixture is not running (KEYWARD_TEST_MAIL_SINK)");
}

void TestAccountMail::registrationSendsAVerificationLinkInTheBrowsersLanguage()
{
    TestServer server(withMail(m_sink));
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("verify"));
    const TestReply registered = registerUser(server, email, "de-CH, de;q=0.9, en;q=0.5");
    QCOMPARE(registered.status, 201);
    QCOMPARE(registered.json().value(QStringLiteral("email_verified")).toBool(true), false);

    const QJsonObject message = m_sink.waitFor(email).value(0);
    QCOMPARE(subjectOf(message), QStringLiteral("Bestätigen Sie Ihre E-Mail-Adresse"));
    const QString link = linkIn(message);
    QVERIFY2(link.contains(QStringLiteral("/account/verify?token=")),
             qPrintable(message.value(QStringLiteral("text")).toString()));
    QVERIFY(message.value(QStringLiteral("html")).toString().contains(link.toHtmlEscaped()));
    QVERIFY(message.value(QStringLiteral("html")).toString().contains(QStringLiteral("lang=\"de\"")));
    // The token: 256 bits, and the outbox keeps no readable copy of it.
    QCOMPARE(tokenOf(link).size(), 43);

    const TestReply verified = server.get(QStringLiteral("/account/verify?token=") + tokenOf(link));
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.header("referrer-policy"), QByteArray("no-referrer"));
    const QByteArray token = server.accessToken(email);
    QCOMPARE(server.get(QStringLiteral("/auth/me"), token).json().value(QStringLiteral("email_verified")).toBool(),
             true);
    const User user = server.backend().accounts().find(email).value();
    QCOMPARE(server.backend()
                 .oidc()
                 .claimsFor(user, {QStringLiteral("email")}, {})
                 .value(QStringLiteral("email_verified"))
                 .toBool(),
             true);
    // Once only.
    QCOMPARE(server.get(QStringLiteral("/account/verify?token=") + tokenOf(link)).status, 400);
    QCOMPARE(server.get(QStringLiteral("/account/verify?token=nonsense")).status, 400);
}

void TestAccountMail::verifiedSignInCanBeRequired()
{
    TestServer server(
        withMail(m_sink, {{QStringLiteral("registration.require_verified_email"), QStringLiteral("true")}}));
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("required"));
    QCOMPARE(registerUser(server, email).status, 201);
    QCOMPARE(m_sink.waitFor(email).size(), 1);

    const TestReply refused = loginReply(server, email);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.error(), QStringLiteral("email_not_verified"));
    // A wrong password says nothing about verification.
    QCOMPARE(loginReply(server, email, QStringLiteral("not the password at all")).status, 401);
    // A new link only when the last is older than 5 minutes.
    server.clock().advance(301);
    QCOMPARE(loginReply(server, email).status, 403);
    QCOMPARE(m_sink.waitFor(email, 2).size(), 2);
    QCOMPARE(loginReply(server, email).status, 403);
    QTest::qWait(500);
    QCOMPARE(m_sink.messagesTo(email).size(), 2);

    // Both links work until one is used (then the address is verified).
    const QString link = linkIn(m_sink.messagesTo(email).last());
    QCOMPARE(server.get(QStringLiteral("/account/verify?token=") + tokenOf(link)).status, 200);
    QCOMPARE(loginReply(server, email).status, 200);
}

void TestAccountMail::forgotPasswordResetsOnceAndEndsSessions()
{
    TestServer server(withMail(m_sink));
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("forgot"));
    server.createUser(email);
    const QJsonObject before = server.login(email);
    // An authenticator app, which a reset must not remove.
    const QByteArray access = before.value(QStringLiteral("access_token")).toString().toLatin1();
    const QJsonObject enrolment = server.postJson(QStringLiteral("/auth/totp"), {}, access).json();
    const QByteArray secret = Base32::decode(enrolment.value(QStringLiteral("secret")).toString()).value();
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/totp/confirm"),
                           {{QStringLiteral("enrolment_id"), enrolment.value(QStringLiteral("enrolment_id"))},
                            {QStringLiteral("code"), Totp::codeAt(secret, Totp::stepAt(server.clock().nowSecs()))}},
                           access)
                 .status,
             204);
    QCOMPARE(m_sink.waitFor(email).size(), 1); // "An authenticator app was added"

    QCOMPARE(forgot(server, email).status, 202);
    QCOMPARE(forgot(server, QStringLiteral("nobody-") + email).status, 202);
    server.backend().passwordRecovery().waitForRequests();
    const QList<QJsonObject> messages = m_sink.waitFor(email, 2);
    QCOMPARE(messages.size(), 2);
    const QString link = linkIn(messages.last());
    QVERIFY2(link.contains(QStringLiteral("/account/reset?token=")), qPrintable(subjectOf(messages.last())));
    QCOMPARE(subjectOf(messages.last()), QStringLiteral("Reset your password"));
    QTest::qWait(300);
    QCOMPARE(m_sink.messagesTo(QStringLiteral("nobody-") + email).size(), 0);

    const auto reset = [&server, &link](const QString &password) {
        return server.postJson(QStringLiteral("/auth/password/reset"),
                               {{QStringLiteral("token"), tokenOf(link)}, {QStringLiteral("new_password"), password}});
    };
    // A weak password leaves the link usable.
    QCOMPARE(reset(QStringLiteral("short")).error(), QStringLiteral("weak_password"));
    const QString newPassword = QStringLiteral("a brand new passphrase");
    QCOMPARE(reset(newPassword).status, 204);
    QCOMPARE(reset(QStringLiteral("another new passphrase")).error(), QStringLiteral("invalid_grant"));

    // The old password is gone, the earlier session with it; the app still asks for its code.
    QCOMPARE(loginReply(server, email).status, 401);
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/refresh"),
                           {{QStringLiteral("refresh_token"), before.value(QStringLiteral("refresh_token"))}})
                 .status,
             401);
    const TestReply after = loginReply(server, email, newPassword);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(QStringLiteral("mfa_required")).toBool(), true);
    // And a notice.
    const QList<QJsonObject> all = m_sink.waitFor(email, 3);
    QCOMPARE(all.size(), 3);
    QCOMPARE(subjectOf(all.last()), QStringLiteral("Your password was reset"));
}

void TestAccountMail::resetLinksExpireAndAreLimited()
{
    TestServer server(withMail(m_sink, {{QStringLiteral("server.trusted_proxies"), QStringLiteral("127.0.0.1")}}));
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("limits"));
    server.createUser(email);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(forgot(server, email).status, 202);
    server.backend().passwordRecovery().waitForRequests();
    // Three links per account per 30 minutes; the rest are dropped without a word.
    QCOMPARE(m_sink.waitFor(email, PasswordRecovery::kLinksPerAccount).size(), PasswordRecovery::kLinksPerAccount);
    QTest::qWait(500);
    QCOMPARE(m_sink.messagesTo(email).size(), PasswordRecovery::kLinksPerAccount);
    // Ten requests per client address per hour; then they are dropped, with the same answer.
    const QString eleventh = TestMailSink::uniqueRecipient(QStringLiteral("eleventh"));
    server.createUser(eleventh);
    for (int i = 5; i < 10; ++i)
        QCOMPARE(forgot(server, QStringLiteral("someone%1@example.org").arg(i)).status, 202);
    QCOMPARE(forgot(server, eleventh).status, 202);
    server.backend().passwordRecovery().waitForRequests();
    QTest::qWait(500);
    QCOMPARE(m_sink.messagesTo(eleventh).size(), 0);
    QCOMPARE(forgot(server, eleventh, "198.51.100.7").status, 202); // from elsewhere: not limited
    QCOMPARE(m_sink.waitFor(eleventh).size(), 1);

    // 30 minutes: expired.
    const QString link = linkIn(m_sink.messagesTo(email).first());
    server.clock().advance(30 * 60 + 1);
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/password/reset"),
                           {{QStringLiteral("token"), tokenOf(link)},
                            {QStringLiteral("new_password"), QStringLiteral("a brand new passphrase")}})
                 .error(),
             QStringLiteral("invalid_grant"));
}

void TestAccountMail::resetPagesShowTheFormAndTheRules()
{
    TestServer server(withMail(m_sink));
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("pages"));
    server.createUser(email);
    const TestReply forgotPage = server.get(QStringLiteral("/account/forgot"));
    QCOMPARE(forgotPage.status, 200);
    QVERIFY(forgotPage.body.contains("name=\"email\""));
    const TestReply posted
        = server.postForm(QStringLiteral("/account/forgot"), "email=" + QUrl::toPercentEncoding(email));
    QCOMPARE(posted.status, 200);
    server.backend().passwordRecovery().waitForRequests();
    const QString link = linkIn(m_sink.waitFor(email).value(0));
    QVERIFY(!link.isEmpty());

    const TestReply page = server.get(pathOf(link));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("referrer-policy"), QByteArray("no-referrer"));
    QVERIFY(page.body.contains("autocomplete=\"new-password\""));
    QVERIFY(page.body.contains("minlength=\"10\""));
    QVERIFY(page.body.contains("At least 10 characters"));
    // Looking at the form does not spend the link; a weak password shows it again with why.
    const QByteArray form = "token=" + tokenOf(link).toLatin1() + "&email=" + QUrl::toPercentEncoding(email);
    const TestReply weak = server.postForm(QStringLiteral("/account/reset"), form + "&new_password=short");
    QCOMPARE(weak.status, 400);
    QVERIFY(weak.body.contains("role=\"alert\""));
    const TestReply done
        = server.postForm(QStringLiteral("/account/reset"), form + "&new_password=a+brand+new+passphrase");
    QCOMPARE(done.status, 200);
    QCOMPARE(loginReply(server, email, QStringLiteral("a brand new passphrase")).status, 200);
    QCOMPARE(server.get(QStringLiteral("/account/reset?token=") + tokenOf(link)).status, 400);

    // The sign-in page offers it (here: the account page's, which any browser reaches).
    const TestReply redirect = server.get(QStringLiteral("/account"));
    QCOMPARE(redirect.status, 303);
    const TestReply signIn = server.get(pathOf(QString::fromLatin1(redirect.header("location"))));
    QVERIFY2(signIn.body.contains("href=\"/account/forgot\""), signIn.body.left(400).constData());
}

void TestAccountMail::securityNoticesGoToTheUser()
{
    TestServer server(withMail(m_sink));
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("notices"));
    server.createUser(email);
    const QByteArray token = server.accessToken(email);
    const TestReply changed
        = server.postJson(QStringLiteral("/auth/password"),
                          {{QStringLiteral("current_password"), TestServer::defaultPassword()},
                           {QStringLiteral("new_password"), QStringLiteral("a brand new passphrase")}},
                          token);
    QVERIFY2(changed.status == 204, changed.body.constData());
    const QJsonObject notice = m_sink.waitFor(email).value(0);
    QCOMPARE(subjectOf(notice), QStringLiteral("Your password was changed"));
    QVERIFY(notice.value(QStringLiteral("text")).toString().contains(QStringLiteral("Forgot password?")));

    // An administrator's reset of the sign-in factors.
    server.createUser(QStringLiteral("admin@example.org"), {QStringLiteral("admin")});
    const User user = server.backend().accounts().find(email).value();
    const TestReply reset
        = server.request("DELETE", QStringLiteral("/admin/users/%1/mfa").arg(user.record.publicId), {},
                         {{"authorization", "Bearer " + server.accessToken(QStringLiteral("admin@example.org"))}});
    QCOMPARE(reset.status, 204);
    const QList<QJsonObject> messages = m_sink.waitFor(email, 2);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(subjectOf(messages.last()), QStringLiteral("Your sign-in factors were reset"));
}

void TestAccountMail::accountPageChangesTheAddressAndTheLanguage()
{
    TestServer server(withMail(m_sink));
    const QString old = TestMailSink::uniqueRecipient(QStringLiteral("old"));
    const QString changed = TestMailSink::uniqueRecipient(QStringLiteral("new"));
    server.createUser(old);
    Browser browser(server);
    const TestReply first = browser.get(QStringLiteral("/account"));
    const TestReply signIn = browser.get(pathOf(QString::fromLatin1(first.header("location"))));
    QCOMPARE(browser
                 .submit(signIn,
                         {{QStringLiteral("email"), old}, {QStringLiteral("password"), TestServer::defaultPassword()}})
                 .status,
             303);
    const TestReply overview = browser.get(QStringLiteral("/account"));
    QVERIFY(overview.body.contains("Not confirmed yet."));
    QVERIFY(overview.body.contains("action=\"/account/email/verify\""));

    // The address changes at once, unconfirmed; the old one hears of it, the new one gets a link.
    const TestReply saved = browser.submit(overview, {{QStringLiteral("email"), changed}});
    QCOMPARE(saved.status, 303);
    QCOMPARE(server.backend().accounts().find(changed)->record.emailVerified, false);
    const QJsonObject notice = m_sink.waitFor(old).value(0);
    QCOMPARE(subjectOf(notice), QStringLiteral("Your e-mail address was changed"));
    QVERIFY(notice.value(QStringLiteral("text")).toString().contains(changed));
    const QString link = linkIn(m_sink.waitFor(changed).value(0));
    QCOMPARE(server.get(pathOf(link)).status, 200);
    QCOMPARE(server.backend().accounts().find(changed)->record.emailVerified, true);
    // A link to the old address no longer verifies anything; another account's address is refused.
    server.createUser(QStringLiteral("taken@example.org"));
    const TestReply taken = browser.submit(browser.get(QStringLiteral("/account")),
                                           {{QStringLiteral("email"), QStringLiteral("taken@example.org")}});
    QCOMPARE(taken.status, 400);

    // The language of the mail: German from now on.
    const TestReply language
        = browser.submit(browser.get(QStringLiteral("/account")), {{QStringLiteral("locale"), QStringLiteral("de")}});
    QCOMPARE(language.status, 303);
    QCOMPARE(server.backend().accounts().find(changed)->record.locale, QStringLiteral("de"));
    const QByteArray token = server.accessToken(changed);
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/password"),
                           {{QStringLiteral("current_password"), TestServer::defaultPassword()},
                            {QStringLiteral("new_password"), QStringLiteral("a brand new passphrase")}},
                           token)
                 .status,
             204);
    QCOMPARE(subjectOf(m_sink.waitFor(changed, 2).value(1)), QStringLiteral("Ihr Passwort wurde geändert"));
}

void TestAccountMail::withoutMailNothingIsOfferedOrQueued()
{
    TestServer server;
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("nomail"));
    QCOMPARE(registerUser(server, email).status, 201);
    QCOMPARE(forgot(server, email).status, 202);
    server.backend().passwordRecovery().waitForRequests();
    QCOMPARE(outboxCount(server), 0);
    QVERIFY(server.get(QStringLiteral("/account/forgot")).body.contains("sends no mail"));
    const TestReply redirect = server.get(QStringLiteral("/account"));
    const TestReply signIn = server.get(pathOf(QString::fromLatin1(redirect.header("location"))));
    QVERIFY(signIn.body.contains("type=\"password\""));
    QVERIFY(!signIn.body.contains("/account/forgot"));
}

void TestAccountMail::forgotAnswersTakeTheSameTime()
{
    // Over 200 tries each, interleaved, from different addresses (behind a trusted proxy) so the
    // per-address limit does not answer instead.
    TestServer server(withMail(m_sink, {{QStringLiteral("server.trusted_proxies"), QStringLiteral("127.0.0.1")}}));
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("timing"));
    server.createUser(email);
    std::vector<double> known;
    std::vector<double> unknown;
    for (int i = 0; i < 400; ++i) {
        const bool exists = i % 2 == 0;
        const QByteArray address = "10." + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250) + ".1";
        QElapsedTimer timer;
        timer.start();
        const TestReply reply = forgot(server, exists ? email : QStringLiteral("nobody%1@example.org").arg(i), address);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QCOMPARE(reply.status, 202);
        (exists ? known : unknown).push_back(ms);
    }
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    const double difference = std::abs(median(known) - median(unknown));
    qInfo("forgot-password medians: existing %.3f ms, unknown %.3f ms", median(known), median(unknown));
    QVERIFY2(difference < 5.0, qPrintable(QString::number(difference)));
    server.backend().passwordRecovery().waitForRequests();
}

QTEST_GUILESS_MAIN(TestAccountMail)
#include "tst_accountmail.moc"
