// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace invitations, from the contract (E-mail, Invitations): the API (admins, never above
// their own role), the mail through a real SMTP server (the mail_sink fixture) or the link back
// to the inviter without mail, the page the link opens — a new account (self-registration off),
// an existing one signing in first and coming back, the wrong account — single use, expiry,
// withdrawal. Runs on SQLite and PostgreSQL.
#include "testbrowser.h"
#include "testmailsink.h"
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/invitationservice.h"
#include "auth/workspaceservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace keyward;

namespace {

QString pathOf(const QString &url)
{
    const QUrl parsed(url);
    return parsed.path() + (parsed.hasQuery() ? QStringLiteral("?") + parsed.query(QUrl::FullyEncoded) : QString());
}

QString linkIn(const QJsonObject &message)
{
    static const QRegularExpression link(
        QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/account/invitation\\?token=[A-Za-z0-9_-]+)"));
    return link.match(message.value(QStringLiteral("text")).toString()).captured(1);
}

struct Team {
    QString id;
    QByteArray ownerToken;
};

// A workspace "team" owned by owner@example.org.
Team makeTeam(TestServer &server)
{
    server.createUser(QStringLiteral("owner@example.org"));
    const QByteArray token = server.accessToken(QStringLiteral("owner@example.org"));
    const TestReply created = server.postJson(
        QStringLiteral("/workspaces"),
        {{QStringLiteral("slug"), QStringLiteral("team")}, {QStringLiteral("name"), QStringLiteral("The Team")}},
        token);
    if (created.status != 201)
        qFatal("workspace: %d %s", created.status, created.body.constData());
    return {created.json().value(QStringLiteral("id")).toString(), token};
}

TestReply invite(TestServer &server, const Team &team, const QString &email, const QString &role,
                 const QByteArray &token = {}, const QByteArray &language = "en")
{
    return server.request(
        "POST", QStringLiteral("/workspaces/%1/invitations").arg(team.id),
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("role"), role}}).toJson(),
        {{"authorization", "Bearer " + (token.isEmpty() ? team.ownerToken : token)},
         {"content-type", "application/json"},
         {"accept-language", language}});
}

QString roleOf(TestServer &server, const QString &email)
{
    const auto user = server.backend().accounts().find(email);
    if (!user)
        return {};
    const auto membership = server.backend().workspaces().membershipOf(user->record.id, QStringLiteral("team"));
    return membership ? WorkspaceRoles::nameOf(membership->role) : QString();
}

} // namespace

class TestInvitations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mailedInvitationMakesANewAccountAMember();
    void withoutMailTheLinkGoesToTheInviter();
    void nobodyInvitesAboveTheirRole();
    void existingAccountSignsInAndComesBack();
    void anotherAccountCannotUseIt();
    void withdrawnAndExpiredInvitationsDoNotWork();
    void aDemotedInviterNoLongerGrantsTheRole();

private:
    TestMailSink m_sink;
};

void TestInvitations::initTestCase()
{
    QVERIFY2(m_sink.isRunning(), "the mail_sink fixture is not running (KEYWARD_TEST_MAIL_SINK)");
}

void TestInvitations::mailedInvitationMakesANewAccountAMember()
{
    TestServer server({{QStringLiteral("mail.smtp_url"), m_sink.plainUrl()},
                       {QStringLiteral("registration.enabled"), QStringLiteral("false")}});
    const Team team = makeTeam(server);
    const QString email = TestMailSink::uniqueRecipient(QStringLiteral("invited"));
    const TestReply invited = invite(server, team, email, QStringLiteral("member"), {}, "fr");
    QVERIFY2(invited.status == 201, invited.body.constData());
    const QJsonObject invitation = invited.json();
    QCOMPARE(invitation.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(invitation.value(QStringLiteral("role")).toString(), QStringLiteral("member"));
    QVERIFY(!invitation.value(QStringLiteral("expires_at")).toString().isEmpty());
    QVERIFY(!invitation.contains(QStringLiteral("link"))); // mailed: only the address gets it
    const TestReply listed = server.get(QStringLiteral("/workspaces/%1/invitations").arg(team.id), team.ownerToken);
    QCOMPARE(listed.json().value(QStringLiteral("items")).toArray().size(), 1);

    const QJsonObject message = m_sink.waitFor(email).value(0);
    QVERIFY(message.value(QStringLiteral("headers"))
                .toObject()
                .value(QStringLiteral("subject"))
                .toString()
                .contains(QStringLiteral("vous invite dans The Team")));
    const QString link = linkIn(message);
    QVERIFY(!link.isEmpty());

    Browser browser(server);
    const TestReply page = browser.get(pathOf(link));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("name=\"password\""));
    const TestReply weak = browser.submit(page, {{QStringLiteral("password"), QStringLiteral("short")}});
    QCOMPARE(weak.status, 400);
    const TestReply created = browser.submit(page,
                                             {{QStringLiteral("name"), QStringLiteral("Grace")},
                                              {QStringLiteral("password"), TestServer::defaultPassword()}});
    QVERIFY2(created.status == 201, created.body.constData());
    QCOMPARE(roleOf(server, email), QStringLiteral("member"));
    // The link went to the address: following it verified it.
    QVERIFY(server.backend().accounts().find(email)->record.emailVerified);
    QCOMPARE(server.backend().accounts().find(email)->record.name, QStringLiteral("Grace"));
    QCOMPARE(server.get(pathOf(link)).status, 400); // once
    QCOMPARE(server.get(QStringLiteral("/workspaces/%1/invitations").arg(team.id), team.ownerToken)
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
}

void TestInvitations::withoutMailTheLinkGoesToTheInviter()
{
    TestServer server;
    const Team team = makeTeam(server);
    const TestReply invited = invite(server, team, QStringLiteral("new@example.org"), QStringLiteral("guest"));
    QCOMPARE(invited.status, 201);
    const QString link = invited.json().value(QStringLiteral("link")).toString();
    QVERIFY2(link.contains(QStringLiteral("/account/invitation?token=")), invited.body.constData());
    Browser browser(server);
    const TestReply page = browser.get(pathOf(link));
    const TestReply created = browser.submit(page, {{QStringLiteral("password"), TestServer::defaultPassword()}});
    QCOMPARE(created.status, 201);
    QCOMPARE(roleOf(server, QStringLiteral("new@example.org")), QStringLiteral("guest"));
    // Passed on by hand: it proves nothing about the mailbox.
    QVERIFY(!server.backend().accounts().find(QStringLiteral("new@example.org"))->record.emailVerified);
}

void TestInvitations::nobodyInvitesAboveTheirRole()
{
    TestServer server;
    const Team team = makeTeam(server);
    server.createUser(QStringLiteral("admin@example.org"));
    server.createUser(QStringLiteral("member@example.org"));
    server.createUser(QStringLiteral("outsider@example.org"));
    const Actor owner = Actor::local(QStringLiteral("test"));
    QVERIFY(server.backend().workspaces().addMember(owner, QStringLiteral("team"), QStringLiteral("admin@example.org"),
                                                    QStringLiteral("admin")));
    QVERIFY(server.backend().workspaces().addMember(owner, QStringLiteral("team"), QStringLiteral("member@example.org"),
                                                    QStringLiteral("member")));
    const QByteArray admin = server.accessToken(QStringLiteral("admin@example.org"));
    QCOMPARE(invite(server, team, QStringLiteral("a@example.org"), QStringLiteral("admin"), admin).status, 201);
    QCOMPARE(invite(server, team, QStringLiteral("b@example.org"), QStringLiteral("owner"), admin).error(),
             QStringLiteral("insufficient_role"));
    QCOMPARE(invite(server, team, QStringLiteral("c@example.org"), QStringLiteral("guest"),
                    server.accessToken(QStringLiteral("member@example.org")))
                 .error(),
             QStringLiteral("insufficient_role"));
    QCOMPARE(invite(server, team, QStringLiteral("d@example.org"), QStringLiteral("guest"),
                    server.accessToken(QStringLiteral("outsider@example.org")))
                 .status,
             404);
    QCOMPARE(invite(server, team, QStringLiteral("member@example.org"), QStringLiteral("guest")).error(),
             QStringLiteral("already_member"));
    QCOMPARE(invite(server, team, QStringLiteral("not an address"), QStringLiteral("guest")).status, 400);
    QCOMPARE(invite(server, team, QStringLiteral("e@example.org"), QStringLiteral("emperor")).status, 400);
    // Members do not see the invitations.
    QCOMPARE(server
                 .get(QStringLiteral("/workspaces/%1/invitations").arg(team.id),
                      server.accessToken(QStringLiteral("member@example.org")))
                 .status,
             403);
}

void TestInvitations::existingAccountSignsInAndComesBack()
{
    TestServer server;
    const Team team = makeTeam(server);
    server.createUser(QStringLiteral("ada@example.org"));
    const QString link = invite(server, team, QStringLiteral("ada@example.org"), QStringLiteral("admin"))
                             .json()
                             .value(QStringLiteral("link"))
                             .toString();
    Browser browser(server);
    const TestReply page = browser.get(pathOf(link));
    QCOMPARE(page.status, 200);
    static const QRegularExpression signInLink(QStringLiteral("href=\"([^\"]*oauth/authorize[^\"]*)\""));
    const QString signInUrl = signInLink.match(QString::fromUtf8(page.body))
                                  .captured(1)
                                  .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QVERIFY2(!signInUrl.isEmpty(), page.body.constData());
    const TestReply signInPage = browser.get(signInUrl);
    const TestReply back = browser.submit(signInPage,
                                          {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                           {QStringLiteral("password"), TestServer::defaultPassword()}});
    QCOMPARE(back.status, 303);
    QCOMPARE(pathOf(QString::fromLatin1(back.header("location"))), pathOf(link));
    const TestReply again = browser.get(QString::fromLatin1(back.header("location")));
    QVERIFY(again.body.contains("name=\"csrf\""));
    const TestReply joined = browser.submit(again, {});
    QVERIFY2(joined.status == 200, joined.body.constData());
    QCOMPARE(roleOf(server, QStringLiteral("ada@example.org")), QStringLiteral("admin"));
}

void TestInvitations::anotherAccountCannotUseIt()
{
    TestServer server;
    const Team team = makeTeam(server);
    const QString link = invite(server, team, QStringLiteral("grace@example.org"), QStringLiteral("member"))
                             .json()
                             .value(QStringLiteral("link"))
                             .toString();
    server.createUser(QStringLiteral("mallory@example.org"));
    // Mallory, signed in, holds the link: she sees no way to join, and a forged form fails.
    Browser browser(server);
    const TestReply first = browser.get(QStringLiteral("/account"));
    const TestReply signIn = browser.get(QString::fromLatin1(first.header("location")));
    QCOMPARE(browser
                 .submit(signIn,
                         {{QStringLiteral("email"), QStringLiteral("mallory@example.org")},
                          {QStringLiteral("password"), TestServer::defaultPassword()}})
                 .status,
             303);
    const TestReply page = browser.get(pathOf(link));
    QVERIFY(!page.body.contains("name=\"csrf\""));
    const QString token = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
    const TestReply forged
        = browser.postForm(QStringLiteral("/account/invitation"), "token=" + token.toLatin1() + "&csrf=whatever");
    QCOMPARE(forged.status, 400);
    QCOMPARE(roleOf(server, QStringLiteral("mallory@example.org")), QString());
    // Nor can an account be made for an address that has one.
    QCOMPARE(server.backend()
                 .invitations()
                 .accept(token, server.backend().accounts().find(QStringLiteral("mallory@example.org")).value(), {})
                 .error()
                 .code,
             ErrorCode::InsufficientRole);
}

void TestInvitations::withdrawnAndExpiredInvitationsDoNotWork()
{
    TestServer server;
    const Team team = makeTeam(server);
    const TestReply first = invite(server, team, QStringLiteral("x@example.org"), QStringLiteral("member"));
    const QString id = first.json().value(QStringLiteral("id")).toString();
    QCOMPARE(server
                 .request("DELETE", QStringLiteral("/workspaces/%1/invitations/%2").arg(team.id, id), {},
                          {{"authorization", "Bearer " + team.ownerToken}})
                 .status,
             204);
    QCOMPARE(server.get(pathOf(first.json().value(QStringLiteral("link")).toString())).status, 400);
    // A second invitation replaces the first (its link dies).
    const QString older = invite(server, team, QStringLiteral("y@example.org"), QStringLiteral("member"))
                              .json()
                              .value(QStringLiteral("link"))
                              .toString();
    // Not again at once (each one is a mail).
    QCOMPARE(invite(server, team, QStringLiteral("y@example.org"), QStringLiteral("guest")).error(),
             QStringLiteral("rate_limited"));
    server.clock().advance(InvitationService::kReinviteAfterSeconds);
    const QString newer = invite(server, team, QStringLiteral("y@example.org"), QStringLiteral("guest"))
                              .json()
                              .value(QStringLiteral("link"))
                              .toString();
    QCOMPARE(server.get(pathOf(older)).status, 400);
    QCOMPARE(server.get(pathOf(newer)).status, 200);
    // Seven days.
    server.clock().advance(7 * 24 * 3600 + 1);
    QCOMPARE(server.get(pathOf(newer)).status, 400);
}

void TestInvitations::aDemotedInviterNoLongerGrantsTheRole()
{
    TestServer server;
    const Team team = makeTeam(server);
    server.createUser(QStringLiteral("admin@example.org"));
    const Actor owner = Actor::local(QStringLiteral("test"));
    QVERIFY(server.backend().workspaces().addMember(owner, QStringLiteral("team"), QStringLiteral("admin@example.org"),
                                                    QStringLiteral("admin")));
    const QString link = invite(server, team, QStringLiteral("new@example.org"), QStringLiteral("admin"),
                                server.accessToken(QStringLiteral("admin@example.org")))
                             .json()
                             .value(QStringLiteral("link"))
                             .toString();
    const qint64 adminId = server.backend().accounts().find(QStringLiteral("admin@example.org"))->record.id;
    QVERIFY(server.backend().workspaces().setRole(owner, QStringLiteral("team"), adminId, QStringLiteral("member")));
    Browser browser(server);
    const TestReply page = browser.get(pathOf(link));
    const TestReply refused = browser.submit(page, {{QStringLiteral("password"), TestServer::defaultPassword()}});
    QCOMPARE(refused.status, 400);
    // Nothing happened: no account, no member; the link itself was not spent.
    QVERIFY(!server.backend().accounts().find(QStringLiteral("new@example.org")));
    QCOMPARE(server.get(pathOf(link)).status, 200);
}

QTEST_GUILESS_MAIN(TestInvitations)
#include "tst_invitations.moc"
