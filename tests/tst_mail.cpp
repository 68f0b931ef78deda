// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing mail against real SMTP servers (the mail_sink fixture: Debian's aiosmtpd, plain, with
// STARTTLS and AUTH, and one that refuses): the message as Python's e-mail parser reads it, TLS
// and authentication with the password stored sealed, an outage (waits, then goes out once),
// giving up after 24 hours (audited) and a retry, the admin API and /metrics. Runs on SQLite and
// PostgreSQL.
#include "testmailsink.h"
#include "testserver.h"

#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/settingsservice.h"
#include "mail/mailsender.h"
#include "mail/mimemessage.h"
#include "mail/smtptransport.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "storage/settingsstore.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace keyward;

namespace {

const QString kFrom = QStringLiteral("Keyward Tests <noreply@keyward.example>");

QMap<QString, QString> mailTo(const QString &url)
{
    return {{QStringLiteral("mail.smtp_url"), url}, {QStringLiteral("mail.from"), kFrom}};
}

QByteArray adminToken(TestServer &server)
{
    server.createUser(QStringLiteral("admin@example.org"), {QStringLiteral("admin")});
    return server.accessToken(QStringLiteral("admin@example.org"));
}

std::optional<OutboxRecord> outboxMessage(TestServer &server, qint64 id)
{
    return OutboxStore(server.backend().database().connection()).find(id);
}

void changeSettings(TestServer &server, const SettingChanges &changes)
{
    const auto changed = server.backend().settingsService().change(Actor::local(QStringLiteral("test")), changes);
    QVERIFY2(changed, changed ? "" : qPrintable(changed.error().message));
}

} // namespace

class TestMail : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void backoffDoublesToAnHour();
    void addressesCannotCarryHeaders();
    void messageReadsCleanlyInAnotherParser();
    void nonAsciiHeadersAreEncoded();
    void starttlsAuthWithThePasswordStoredSealed();
    void requiredTlsIsNeverSkipped();
    void outageWaitsAndThenDeliversOnce();
    void givesUpAfterADayAuditsAndRetries();
    void outboxApiAndMetrics();
    void concurrentSendersClaimEachMessageOnce();
    void nothingIsQueuedWithoutAServer();
    void badMailSettingsAreRefused();

private:
    TestMailSink m_sink;
};

void TestMail::initTestCase()
{
    QVERIFY2(m_sink.isRunning(), "the mail_sink fixture is not running (KEYWARD_TEST_MAIL_SINK)");
}

void TestMail::backoffDoublesToAnHour()
{
    QCOMPARE(MailSender::backoffAfter(1).count(), 60);
    QCOMPARE(MailSender::backoffAfter(2).count(), 120);
    QCOMPARE(MailSender::backoffAfter(6).count(), 1920);
    QCOMPARE(MailSender::backoffAfter(7).count(), 3600);
    QCOMPARE(MailSender::backoffAfter(40).count(), 3600);
}

void TestMail::addressesCannotCarryHeaders()
{
    QVERIFY(!MailAddress::parse(QStringLiteral("a@b.example\r\nBcc: x@y.example")));
    QVERIFY(!MailAddress::parse(QStringLiteral("Name\r\nBcc: x@y.example <a@b.example>")));
    QVERIFY(!MailAddress::parse(QStringLiteral("a@b.example>")));
    const auto named = MailAddress::parse(QStringLiteral("Keyward <keyward@example.org>"));
    QVERIFY(named);
    QCOMPARE(named->displayName, QStringLiteral("Keyward"));
    QCOMPARE(named->address, QStringLiteral("keyward@example.org"));
    // A subject with line breaks stays one header.
    const QByteArray subject = MimeMessage::encodedHeaderText(QStringLiteral("Hi\r\nBcc: x@y.example ü"));
    QVERIFY(!subject.contains("\r\nBcc"));
    QVERIFY(!subject.contains('\n') || subject.contains("\r\n "));
}

void TestMail::messageReadsCleanlyInAnotherParser()
{
    TestServer server(mailTo(m_sink.plainUrl()));
    const QByteArray token = adminToken(server);
    const QString to = TestMailSink::uniqueRecipient(QStringLiteral("test"));
    const TestReply sent = server.postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), to}}, token);
    QCOMPARE(sent.status, 202);
    QCOMPARE(sent.json().value(QStringLiteral("kind")).toString(), QStringLiteral("test"));

    const QList<QJsonObject> messages = m_sink.waitFor(to);
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first();
    const QJsonObject headers = message.value(QStringLiteral("headers")).toObject();
    QCOMPARE(message.value(QStringLiteral("defects")).toArray().size(), 0);
    QCOMPARE(message.value(QStringLiteral("mail_from")).toString(), QStringLiteral("noreply@keyward.example"));
    QCOMPARE(headers.value(QStringLiteral("from")).toString(), kFrom);
    QCOMPARE(headers.value(QStringLiteral("to")).toString(), to);
    QCOMPARE(headers.value(QStringLiteral("subject")).toString(), QStringLiteral("Keyward test message"));
    QCOMPARE(headers.value(QStringLiteral("auto-submitted")).toString(), QStringLiteral("auto-generated"));
    QVERIFY(headers.value(QStringLiteral("message-id")).toString().endsWith(QStringLiteral("@keyward.example>")));
    QVERIFY(!headers.value(QStringLiteral("date")).toString().isEmpty());
    QCOMPARE(message.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/alternative"));
    QVERIFY(message.value(QStringLiteral("text")).toString().contains(QStringLiteral("Keyward can send mail")));
    QVERIFY(message.value(QStringLiteral("html")).toString().contains(QStringLiteral("<p>If it reached you")));

    // Sent: marked so, and the sealed body (a message may carry a link) is gone.
    const qint64 id = sent.json().value(QStringLiteral("id")).toString().toLongLong();
    QTRY_COMPARE(outboxMessage(server, id)->state, OutboxRecord::State::Sent);
    QVERIFY(outboxMessage(server, id)->sealedMime.isEmpty());
    QCOMPARE(outboxMessage(server, id)->attempts, 1);
}

void TestMail::nonAsciiHeadersAreEncoded()
{
    const QString to = TestMailSink::uniqueRecipient(QStringLiteral("utf8"));
    const QString subject = QStringLiteral("Passwort zurücksetzen — ein sehr langer Betreff, der gefaltet werden muss: "
                                           "ça marche ✓ 𝄞");
    const MailContent content{subject, QStringLiteral("Grüße 𝄞\r\n"), QStringLiteral("<p>Grüße 𝄞</p>")};
    const QByteArray mime = MimeMessage::build(
        {QStringLiteral("Zoë Keyward"), QStringLiteral("z@keyward.example")}, {{}, to}, content,
        MimeMessage::newMessageId(QStringLiteral("keyward.example")), QDateTime::currentDateTimeUtc());
    for (const QByteArray &line : mime.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
    SmtpOptions options;
    options.url = m_sink.plainUrl();
    options.requireTls = false;
    const Status sent = SmtpTransport::send(options, QStringLiteral("z@keyward.example"), to, mime);
    QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
    const QJsonObject message = m_sink.waitFor(to).value(0);
    const QJsonObject headers = message.value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("subject")).toString(), subject);
    QCOMPARE(headers.value(QStringLiteral("from")).toString(), QStringLiteral("Zoë Keyward <z@keyward.example>"));
    QCOMPARE(message.value(QStringLiteral("text")).toString(), QStringLiteral("Grüße 𝄞\r\n"));
    QCOMPARE(message.value(QStringLiteral("defects")).toArray().size(), 0);
}

void TestMail::starttlsAuthWithThePasswordStoredSealed()
{
    // Stored settings: the administrator moves the server later in this test.
    TestServer server;
    changeSettings(server,
                   {{QStringLiteral("mail.smtp_url"), m_sink.starttlsUrl()}, {QStringLiteral("mail.from"), kFrom}});
    const QByteArray token = adminToken(server);
    // Over the API, as an administrator would (the CA file is for local administration).
    changeSettings(server, {{QStringLiteral("mail.ca_file"), m_sink.certificateFile()}});
    const TestReply changed
        = server.request("PATCH", QStringLiteral("/admin/settings"),
                         QJsonDocument(QJsonObject{{QStringLiteral("mail.username"), m_sink.user()},
                                                   {QStringLiteral("mail.password"), m_sink.password()}})
                             .toJson(),
                         {{"authorization", "Bearer " + token}, {"content-type", "application/json"}});
    QVERIFY2(changed.status == 200, changed.body.constData());
    QVERIFY(!changed.body.contains(m_sink.password().toUtf8()));

    // Stored sealed; listed and audited as ••••.
    const auto stored = SettingsStore(server.backend().database().connection()).value(QStringLiteral("mail.password"));
    QVERIFY(stored && stored->startsWith(QStringLiteral("sealed:v1:")));
    QVERIFY(!stored->contains(m_sink.password()));
    const TestReply listed = server.get(QStringLiteral("/admin/settings"), token);
    QVERIFY(!listed.body.contains(m_sink.password().toUtf8()));
    QVERIFY(!listed.body.contains("sealed:v1:"));
    QVERIFY(listed.body.contains("••••"));
    for (const AuditRecord &event : server.backend().audit().list({}))
        QVERIFY(!event.details.contains(m_sink.password()) && !event.details.contains(QStringLiteral("sealed:")));

    const QString to = TestMailSink::uniqueRecipient(QStringLiteral("tls"));
    QCOMPARE(server.postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), to}}, token).status, 202);
    const QJsonObject message = m_sink.waitFor(to).value(0);
    QCOMPARE(message.value(QStringLiteral("server")).toString(), QStringLiteral("starttls"));
    QVERIFY(message.value(QStringLiteral("tls")).toBool());
    QVERIFY(message.value(QStringLiteral("authenticated")).toBool());

    // Sealed for that server and user: pointed elsewhere, the password does not go along.
    QVERIFY(server.backend().settingsService().revealed(*server.backend().settings(), Setting::MailPassword)
            == m_sink.password());
    const TestReply moved = server.request(
        "PATCH", QStringLiteral("/admin/settings"),
        QJsonDocument(QJsonObject{{QStringLiteral("mail.smtp_url"), QStringLiteral("smtp://attacker.example:25")}})
            .toJson(),
        {{"authorization", "Bearer " + token}, {"content-type", "application/json"}});
    QCOMPARE(moved.status, 200);
    QTRY_VERIFY(!server.backend().settingsService().revealed(*server.backend().settings(), Setting::MailPassword));

    // "••••" back (a form showing the listed value) is not a new password.
    const TestReply masked
        = server.request("PATCH", QStringLiteral("/admin/settings"),
                         QJsonDocument(QJsonObject{{QStringLiteral("mail.password"), QStringLiteral("••••")}}).toJson(),
                         {{"authorization", "Bearer " + token}, {"content-type", "application/json"}});
    QCOMPARE(masked.status, 400);
}

void TestMail::requiredTlsIsNeverSkipped()
{
    QMap<QString, QString> settings = mailTo(m_sink.plainUrl());
    settings.insert(QStringLiteral("mail.require_tls"), QStringLiteral("true"));
    TestServer server(settings);
    const QByteArray token = adminToken(server);
    const QString to = TestMailSink::uniqueRecipient(QStringLiteral("notls"));
    const TestReply sent = server.postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), to}}, token);
    QCOMPARE(sent.status, 202);
    const qint64 id = sent.json().value(QStringLiteral("id")).toString().toLongLong();
    QTRY_VERIFY(outboxMessage(server, id)->attempts == 1 && !outboxMessage(server, id)->lastError.isEmpty());
    QCOMPARE(outboxMessage(server, id)->state, OutboxRecord::State::Pending);
    QVERIFY(m_sink.messagesTo(to).isEmpty());
    // By default a loopback server needs none (a local relay or catcher); any other does.
    TestInstallation defaults(mailTo(m_sink.plainUrl()));
    QVERIFY(!defaults.backend().settings()->mail.requireTls);
    TestInstallation remote(mailTo(QStringLiteral("smtp://mail.example.com:587")));
    QVERIFY(remote.backend().settings()->mail.requireTls);
}

void TestMail::outageWaitsAndThenDeliversOnce()
{
    // Stored settings (not the command line's), so the test can change them as an administrator would.
    TestServer server;
    changeSettings(server,
                   {{QStringLiteral("mail.smtp_url"), m_sink.refusingUrl()}, {QStringLiteral("mail.from"), kFrom}});
    const QByteArray token = adminToken(server);
    const QString to = TestMailSink::uniqueRecipient(QStringLiteral("outage"));
    const TestReply sent = server.postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), to}}, token);
    const qint64 id = sent.json().value(QStringLiteral("id")).toString().toLongLong();
    QTRY_VERIFY(!outboxMessage(server, id)->lastError.isEmpty());
    const OutboxRecord waiting = *outboxMessage(server, id);
    QCOMPARE(waiting.attempts, 1);
    QCOMPARE(waiting.state, OutboxRecord::State::Pending);
    QVERIFY2(waiting.lastError.contains(QStringLiteral("421")), qPrintable(waiting.lastError));
    QCOMPARE(waiting.nextAttemptAt, server.clock().now().addSecs(60));

    // The server is back; nothing goes out before the next attempt is due, then once.
    changeSettings(server, {{QStringLiteral("mail.smtp_url"), m_sink.plainUrl()}});
    MailSender sender(server.installation().sharedBackend());
    QCOMPARE(sender.deliverDue(), 0);
    server.clock().advance(61);
    QCOMPARE(sender.deliverDue(), 1);
    QCOMPARE(sender.deliverDue(), 0);
    QCOMPARE(m_sink.waitFor(to).size(), 1);
    QCOMPARE(outboxMessage(server, id)->state, OutboxRecord::State::Sent);
    QTest::qWait(300); // the server's own sender had its look too
    QCOMPARE(m_sink.messagesTo(to).size(), 1);
}

void TestMail::givesUpAfterADayAuditsAndRetries()
{
    // Stored settings (not the command line's), so the test can change them as an administrator would.
    TestServer server;
    changeSettings(server,
                   {{QStringLiteral("mail.smtp_url"), m_sink.refusingUrl()}, {QStringLiteral("mail.from"), kFrom}});
    QByteArray token = adminToken(server);
    const QString to = TestMailSink::uniqueRecipient(QStringLiteral("giveup"));
    const qint64 id = server.postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), to}}, token)
                          .json()
                          .value(QStringLiteral("id"))
                          .toString()
                          .toLongLong();
    MailSender sender(server.installation().sharedBackend());
    QTRY_VERIFY(!outboxMessage(server, id)->lastError.isEmpty());
    int attempts = 1;
    while (outboxMessage(server, id)->state == OutboxRecord::State::Pending && attempts < 60) {
        server.clock().advance(MailSender::backoffAfter(attempts).count());
        sender.deliverDue(); // or the server's own sender, whichever looks first
        QTRY_VERIFY(outboxMessage(server, id)->state != OutboxRecord::State::Pending
                    || (outboxMessage(server, id)->attempts == attempts + 1
                        && outboxMessage(server, id)->nextAttemptAt > server.clock().now()));
        attempts += 1;
    }
    // 1+2+4+…+32 minutes, then hourly: the attempt after 24 hours is not made.
    QCOMPARE(outboxMessage(server, id)->state, OutboxRecord::State::Failed);
    QVERIFY(attempts >= 24 && attempts <= 30);
    bool audited = false;
    for (const AuditRecord &event : server.backend().audit().list({}))
        audited = audited || (event.action == QLatin1String("mail.failed") && event.target == to);
    QVERIFY(audited);
    token = server.accessToken(QStringLiteral("admin@example.org")); // a day later: a fresh one
    QCOMPARE(server.get(QStringLiteral("/admin/mail/outbox?state=failed"), token)
                 .json()
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             1);

    // An administrator fixes the server and retries: it goes out once.
    changeSettings(server, {{QStringLiteral("mail.smtp_url"), m_sink.plainUrl()}});
    const TestReply retried = server.request("POST", QStringLiteral("/admin/mail/outbox/%1/retry").arg(id), {},
                                             {{"authorization", "Bearer " + token}});
    QCOMPARE(retried.status, 202);
    QCOMPARE(retried.json().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(m_sink.waitFor(to).size(), 1);
    QTRY_COMPARE(outboxMessage(server, id)->state, OutboxRecord::State::Sent);
    // A sent message is not sent again.
    QCOMPARE(server
                 .request("POST", QStringLiteral("/admin/mail/outbox/%1/retry").arg(id), {},
                          {{"authorization", "Bearer " + token}})
                 .status,
             400);
}

void TestMail::outboxApiAndMetrics()
{
    TestServer server(mailTo(m_sink.plainUrl()));
    const QByteArray token = adminToken(server);
    for (int i = 0; i < 3; ++i) {
        const QString to = TestMailSink::uniqueRecipient(QStringLiteral("list"));
        QCOMPARE(server.postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), to}}, token).status, 202);
        QCOMPARE(m_sink.waitFor(to).size(), 1);
    }
    QTRY_COMPARE(server.get(QStringLiteral("/admin/mail/outbox?state=sent"), token)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 3);
    const TestReply first = server.get(QStringLiteral("/admin/mail/outbox?limit=2"), token);
    QCOMPARE(first.json().value(QStringLiteral("items")).toArray().size(), 2);
    const QString cursor = first.json().value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const TestReply second = server.get(QStringLiteral("/admin/mail/outbox?limit=2&cursor=") + cursor, token);
    QCOMPARE(second.json().value(QStringLiteral("items")).toArray().size(), 1);
    QVERIFY(second.json().value(QStringLiteral("next_cursor")).isNull());
    const QJsonObject item = first.json().value(QStringLiteral("items")).toArray().first().toObject();
    for (const char *field :
         {"id", "to", "kind", "subject", "state", "attempts", "last_error", "created_at", "sent_at"})
        QVERIFY2(item.contains(QLatin1String(field)), field);

    QCOMPARE(server.get(QStringLiteral("/admin/mail/outbox?state=lost"), token).status, 400);
    QCOMPARE(server
                 .request("POST", QStringLiteral("/admin/mail/outbox/999999/retry"), {},
                          {{"authorization", "Bearer " + token}})
                 .status,
             404);
    QCOMPARE(
        server.postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), QStringLiteral("nobody")}}, token)
            .status,
        400);
    // settings.write only.
    server.createUser(QStringLiteral("user@example.org"));
    const QByteArray userToken = server.accessToken(QStringLiteral("user@example.org"));
    QCOMPARE(server.get(QStringLiteral("/admin/mail/outbox"), userToken).status, 403);
    QCOMPARE(server
                 .postJson(QStringLiteral("/admin/mail/test"), {{QStringLiteral("to"), QStringLiteral("a@b.example")}},
                           userToken)
                 .status,
             403);

    const QByteArray metrics = server.get(QStringLiteral("/metrics")).body;
    QVERIFY2(metrics.contains("keyward_mail_outbox{state=\"sent\"} 3"), metrics.constData());
    QVERIFY(metrics.contains("keyward_mail_outbox{state=\"pending\"} 0"));
    QVERIFY(metrics.contains("keyward_mail_outbox{state=\"failed\"} 0"));
}

void TestMail::concurrentSendersClaimEachMessageOnce()
{
    // Two senders (threads with connections of their own, as two servers would have) claim from
    // one outbox until it is empty: every message is claimed exactly once.
    TestInstallation installation(mailTo(m_sink.plainUrl()));
    Database &database = installation.backend().database();
    constexpr int kMessages = 120;
    {
        TransactionGuard transaction(database);
        OutboxStore store(transaction.connection());
        for (int i = 0; i < kMessages; ++i) {
            OutboxRecord message;
            message.messageId = QStringLiteral("<%1@keyward.example>").arg(i);
            message.recipient = QStringLiteral("r%1@example.org").arg(i);
            message.kind = QStringLiteral("test");
            message.sealedMime = "x";
            message.nextAttemptAt = message.createdAt = installation.clock().now();
            store.insert(message);
        }
        transaction.commit();
    }
    const auto claimAll = [&database, &installation](const QString &claimant) {
        QList<qint64> claimed;
        for (;;) {
            TransactionGuard transaction(database);
            const QDateTime now = installation.clock().now();
            const auto batch = OutboxStore(transaction.connection()).claimDue(now, now.addSecs(300), 3, claimant);
            transaction.commit();
            if (batch.empty())
                return claimed;
            for (const OutboxRecord &message : batch)
                claimed.append(message.id);
        }
    };
    QList<qint64> first;
    QList<qint64> second;
    QThread *other = QThread::create([&] { second = claimAll(QStringLiteral("b")); });
    other->start();
    first = claimAll(QStringLiteral("a"));
    other->wait();
    delete other;
    QSet<qint64> all;
    for (const qint64 id : first + second)
        all.insert(id);
    QCOMPARE(first.size() + second.size(), kMessages);
    QCOMPARE(all.size(), kMessages);
    qInfo("claimed %lld and %lld", qint64(first.size()), qint64(second.size()));
    // Only a lease's holder records the outcome.
    OutboxStore store(database.connection());
    QVERIFY(
        !store.markSent(first.value(0, second.value(0)), QStringLiteral("someone else"), installation.clock().now()));
    const qint64 held = first.isEmpty() ? second.first() : first.first();
    QVERIFY(
        store.markSent(held, first.isEmpty() ? QStringLiteral("b") : QStringLiteral("a"), installation.clock().now()));
    // A message a sender holds is not retried under it.
    const qint64 busy = first.size() > 1 ? first.at(1) : second.at(1);
    QVERIFY(!store.retry(busy, installation.clock().now()));
}

void TestMail::nothingIsQueuedWithoutAServer()
{
    TestServer server;
    const QByteArray token = adminToken(server);
    const TestReply refused = server.postJson(QStringLiteral("/admin/mail/test"),
                                              {{QStringLiteral("to"), QStringLiteral("a@b.example")}}, token);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("mail.smtp_url")));
    QCOMPARE(
        server.get(QStringLiteral("/admin/mail/outbox"), token).json().value(QStringLiteral("items")).toArray().size(),
        0);
}

void TestMail::badMailSettingsAreRefused()
{
    TestServer server;
    const auto refusedValue = [&server](const QString &key, const QString &value) {
        const auto changed
            = server.backend().settingsService().change(Actor::local(QStringLiteral("test")), {{key, value}});
        return !changed && changed.error().code == ErrorCode::InvalidSetting;
    };
    QVERIFY(refusedValue(QStringLiteral("mail.smtp_url"), QStringLiteral("http://mail.example.com")));
    QVERIFY(refusedValue(QStringLiteral("mail.smtp_url"), QStringLiteral("smtp://user:pw@mail.example.com")));
    QVERIFY(refusedValue(QStringLiteral("mail.smtp_url"), QStringLiteral("smtp://")));
    QVERIFY(refusedValue(QStringLiteral("mail.from"), QStringLiteral("Keyward <not an address>")));
    QVERIFY(refusedValue(QStringLiteral("mail.from"), QStringLiteral("a@b.example\nBcc: c@d.example")));
    QVERIFY(refusedValue(QStringLiteral("mail.password"), QStringLiteral("two\nlines")));
    // Verified addresses only where mail can verify them.
    QVERIFY(refusedValue(QStringLiteral("registration.require_verified_email"), QStringLiteral("true")));
    QVERIFY(!refusedValue(QStringLiteral("mail.smtp_url"), QStringLiteral("smtps://mail.example.com:465")));
    QVERIFY(!refusedValue(QStringLiteral("registration.require_verified_email"), QStringLiteral("true")));
    QVERIFY(!refusedValue(QStringLiteral("mail.from"), QStringLiteral("Team Keyward <keyward@example.com>")));
}

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
