// SPDX-License-Identifier: GPL-3.0-or-later
// Two keyward-server processes on one PostgreSQL database, as a team behind a load balancer
// runs them. The test starts its own throwaway cluster (it stops it on purpose for the outage
// check, which would disturb the shared cluster of the other postgres tests).
#include "softauthenticator.h"
#include "testmailsink.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <future>
#include <vector>

namespace {

struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};

// One blocking request on its own network manager, so it may run on any thread.
Reply send(const QByteArray &method, const QString &url, const QByteArray &body = {}, const QByteArray &bearer = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
              QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After")};
    delete reply;
    return out;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFleet : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    QString m_clusterDir;
    QString m_url; // the keyward database
    struct Server {
        std::unique_ptr<QProcess> process;
        QString base;
    };
    Server m_a;
    Server m_b;

    int cluster(const QString &action)
    {
        return QProcess::execute(QStringLiteral(KEYWARD_POSTGRES_CLUSTER_SCRIPT), {action, m_clusterDir});
    }

    QProcessEnvironment environment(const QString &name) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEYWARD_DB"), m_url);
        environment.insert(QStringLiteral("KEYWARD_DATA_DIR"), m_scratch.filePath(name));
        // Every server of a fleet has the same master key: the keys in the database are sealed by it.
        environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"), QString::fromLatin1(QByteArray(32, 'f').toBase64()));
        environment.insert(QStringLiteral("KEYWARD_PASSWORDS_ARGON2_OPS"), QStringLiteral("1"));
        environment.insert(QStringLiteral("KEYWARD_PASSWORDS_ARGON2_MEMORY_KIB"), QStringLiteral("7168"));
        // Passkeys need a host name as RP ID; the software authenticator speaks for this origin.
        environment.insert(QStringLiteral("KEYWARD_WEBAUTHN_RP_ID"), QStringLiteral("keyward.test"));
        environment.insert(QStringLiteral("KEYWARD_WEBAUTHN_ORIGINS"), QStringLiteral("https://keyward.test"));
        return environment;
    }

    Server startServer(const QString &name)
    {
        Server server;
        server.process = std::make_unique<QProcess>();
        server.process->setProcessEnvironment(environment(name));
        server.process->setProcessChannelMode(QProcess::SeparateChannels);
        server.process->start(QStringLiteral(KEYWARD_SERVER_BINARY),
                              {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        if (!server.process->waitForStarted(10000))
            qFatal("cannot start keyward-server");
        QElapsedTimer timer;
        timer.start();
        while (!server.process->canReadLine() && timer.elapsed() < 20000)
            server.process->waitForReadyRead(200);
        const QString first = QString::fromUtf8(server.process->readLine()).trimmed();
        const auto match
            = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$")).match(first);
        if (!match.hasMatch())
            qFatal("keyward-server %s did not start: %s %s", qPrintable(name), qPrintable(first),
                   server.process->readAllStandardError().constData());
        server.base = match.captured(1);
        return server;
    }

    QJsonObject login(const Server &server)
    {
        const Reply reply = send("POST", server.base + QStringLiteral("/auth/login"),
                                 json({{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                       {QStringLiteral("password"), QStringLiteral("a sturdy passphrase")}}));
        if (reply.status != 200)
            qFatal("login failed with %d", reply.status);
        return reply.json;
    }

    int rotationsOf(const QString &sessionId)
    {
        const QUrl url(m_url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fleet-check"));
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        int rotations = -1;
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT rotation_count FROM sessions WHERE id = :id"));
            query.bindValue(QStringLiteral(":id"), sessionId);
            if (query.exec() && query.next())
                rotations = query.value(0).toInt();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fleet-check"));
        return rotations;
    }

private slots:
    void initTestCase()
    {
        // The cluster runs as the postgres user when the tests run as root: let it through.
        QFile::setPermissions(m_scratch.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                  | QFile::ExeOther);
        m_clusterDir = m_scratch.filePath(QStringLiteral("cluster"));
        QCOMPARE(cluster(QStringLiteral("start")), 0);
        QFile urlFile(m_clusterDir + QStringLiteral("/url"));
        QVERIFY(urlFile.open(QIODevice::ReadOnly));
        const QString admin = QString::fromUtf8(urlFile.readAll().trimmed());
        QCOMPARE(QProcess::execute(QStringLiteral("psql"),
                                   {admin, QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE fleet")}),
                 0);
        m_url = QString(admin).replace(QStringLiteral("/postgres?"), QStringLiteral("/fleet?"));

        QProcess add;
        add.setProcessEnvironment(environment(QStringLiteral("cli")));
        add.start(QStringLiteral(KEYWARD_SERVER_BINARY),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                   QStringLiteral("ada@example.org"), QStringLiteral("--role"), QStringLiteral("admin"),
                   QStringLiteral("--password-stdin")});
        QVERIFY(add.waitForStarted());
        add.write("a sturdy passphrase");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);

        m_a = startServer(QStringLiteral("a"));
        m_b = startServer(QStringLiteral("b"));
    }

    void cleanupTestCase()
    {
        for (Server *server : {&m_a, &m_b}) {
            if (server->process) {
                server->process->terminate();
                server->process->waitForFinished(10000);
            }
        }
        cluster(QStringLiteral("stop"));
    }

    void logoutOnOneRejectsTheAccessTokenOnTheOtherWithinASecond()
    {
        const QJsonObject pair = login(m_a);
        const QByteArray access = pair.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(send("GET", m_b.base + QStringLiteral("/api/protected"), {}, access).status, 200);
        QCOMPARE(send("POST", m_a.base + QStringLiteral("/auth/logout"), "{}", access).status, 204);
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(send("GET", m_b.base + QStringLiteral("/api/protected"), {}, access).status, 401,
                                  3000);
        qInfo("B rejected the token %lld ms after the logout on A", timer.elapsed());
        QVERIFY(timer.elapsed() < 1000);
    }

    void aKeyRotatedOnOneIsPublishedByTheOther()
    {
        const QByteArray access = login(m_a).value(QStringLiteral("access_token")).toString().toLatin1();
        // An emergency rotation, so that B must sign with it at once too.
        const Reply rotated = send("POST", m_a.base + QStringLiteral("/admin/keys/rotate"), "{\"now\":true}", access);
        QCOMPARE(rotated.status, 201);
        const QString kid = rotated.json.value(QStringLiteral("kid")).toString();
        QVERIFY(!kid.isEmpty());
        QStringList kids;
        for (const QJsonValue key : send("GET", m_b.base + QStringLiteral("/.well-known/jwks.json"))
                                        .json.value(QStringLiteral("keys"))
                                        .toArray())
            kids << key.toObject().value(QStringLiteral("kid")).toString();
        QVERIFY2(kids.contains(kid), qPrintable(kids.join(QLatin1Char(' '))));
        // And B signs with it (at once on the change feed).
        QTRY_COMPARE_WITH_TIMEOUT(
            QJsonDocument::fromJson(
                QByteArray::fromBase64(
                    login(m_b).value(QStringLiteral("access_token")).toString().toLatin1().split('.').first(),
                    QByteArray::Base64UrlEncoding))
                .object()
                .value(QStringLiteral("kid"))
                .toString(),
            kid, 1000);
    }

    void aDemotionOnOneServerIsEnforcedByTheOtherWithinASecond()
    {
        const QByteArray admin = login(m_a).value(QStringLiteral("access_token")).toString().toLatin1();
        const Reply created = send("POST", m_a.base + QStringLiteral("/admin/users"),
                                   json({{QStringLiteral("email"), QStringLiteral("bob@example.org")},
                                         {QStringLiteral("password"), QStringLiteral("a sturdy passphrase")},
                                         {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}}),
                                   admin);
        QCOMPARE(created.status, 201);
        const Reply bob = send("POST", m_b.base + QStringLiteral("/auth/login"),
                               json({{QStringLiteral("email"), QStringLiteral("bob@example.org")},
                                     {QStringLiteral("password"), QStringLiteral("a sturdy passphrase")}}));
        QCOMPARE(bob.status, 200);
        const QByteArray bobAccess = bob.json.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(send("GET", m_b.base + QStringLiteral("/api/admin"), {}, bobAccess).status, 200);
        const QString roles = m_a.base + QStringLiteral("/admin/users/")
            + created.json.value(QStringLiteral("id")).toString() + QStringLiteral("/roles");
        QCOMPARE(send("PUT", roles, "{\"roles\":[\"user\"]}", admin).status, 200);
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(send("GET", m_b.base + QStringLiteral("/api/admin"), {}, bobAccess).status, 403,
                                  3000);
        qInfo("B refused the demoted administrator %lld ms after A demoted him", timer.elapsed());
        QVERIFY(timer.elapsed() <= 1000);
    }

    void aSettingChangedOnOneAppliesOnTheOtherWithinASecond()
    {
        const QByteArray admin = login(m_a).value(QStringLiteral("access_token")).toString().toLatin1();
        const Reply changed = send("PATCH", m_a.base + QStringLiteral("/admin/settings"),
                                   json({{QStringLiteral("tokens.access_ttl"), 120}}), admin);
        QCOMPARE(changed.status, 200);
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(login(m_b).value(QStringLiteral("expires_in")).toInt(), 120, 3000);
        qInfo("B issued 120 s tokens %lld ms after A stored the setting", timer.elapsed());
        QVERIFY(timer.elapsed() <= 1000);
        // A combination start-up would refuse is refused on the fleet's database too.
        QCOMPARE(send("PATCH", m_b.base + QStringLiteral("/admin/settings"),
                      json({{QStringLiteral("tokens.refresh_absolute_ttl"), 3600}}), admin)
                     .status,
                 400);
        QCOMPARE(send("PATCH", m_b.base + QStringLiteral("/admin/settings"),
                      json({{QStringLiteral("tokens.access_ttl"), QJsonValue()}}), admin)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(login(m_a).value(QStringLiteral("expires_in")).toInt(), 900, 1000);
    }

    void failedLoginsCountAcrossServers()
    {
        // limits.login_failures_per_account is 10: alternating servers must not double it.
        const QByteArray wrong = json({{QStringLiteral("email"), QStringLiteral("carol@example.org")},
                                       {QStringLiteral("password"), QStringLiteral("not the password")}});
        for (int i = 0; i < 10; ++i)
            QCOMPARE(send("POST", (i % 2 ? m_a.base : m_b.base) + QStringLiteral("/auth/login"), wrong).status, 401);
        for (const Server *server : {&m_a, &m_b}) {
            const Reply delayed = send("POST", server->base + QStringLiteral("/auth/login"), wrong);
            QCOMPARE(delayed.status, 429);
            QVERIFY(delayed.retryAfter.toInt() >= 1 && delayed.retryAfter.toInt() <= 2);
        }
    }

    void concurrentRefreshesOnBothServersLeaveOneLiveChain()
    {
        const QJsonObject pair = login(m_a);
        const QByteArray body = json({{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
        std::vector<std::future<Reply>> replies;
        for (int i = 0; i < 50; ++i) {
            const QString url = (i % 2 ? m_a.base : m_b.base) + QStringLiteral("/auth/refresh");
            replies.push_back(std::async(std::launch::async, [url, body] { return send("POST", url, body); }));
        }
        int ok = 0;
        QSet<QString> successors;
        for (auto &reply : replies) {
            const Reply answer = reply.get();
            ok += answer.status == 200 ? 1 : 0;
            successors.insert(answer.json.value(QStringLiteral("refresh_token")).toString());
        }
        QCOMPARE(ok, 50); // one rotation; the 49 others are retries within the grace …
        QCOMPARE(successors.size(), 1); // … given the same successor, whichever server answered
        QCOMPARE(rotationsOf(pair.value(QStringLiteral("session_id")).toString()), 1);
        // The successor rotates on B; the first token is then dead on A too.
        QCOMPARE(send("POST", m_b.base + QStringLiteral("/auth/refresh"),
                      json({{QStringLiteral("refresh_token"), *successors.cbegin()}}))
                     .status,
                 200);
        QCOMPARE(send("POST", m_a.base + QStringLiteral("/auth/refresh"), body).status, 401);
    }

    void aDatabaseOutageGives503ThenRecoversWithoutARestart()
    {
        const QByteArray access = login(m_a).value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(cluster(QStringLiteral("pause")), 0);
        for (const Server *server : {&m_a, &m_b}) {
            // Signed tokens still verify locally; what needs the database answers 503.
            const Reply me = send("GET", server->base + QStringLiteral("/auth/me"), {}, access);
            QCOMPARE(me.status, 503);
            QVERIFY(!me.retryAfter.isEmpty());
            QCOMPARE(me.json.value(QStringLiteral("error")).toString(), QStringLiteral("unavailable"));
        }
        QThread::sleep(2); // an outage of two seconds: longer than a health check's interval (not a wait for a state)
        QCOMPARE(cluster(QStringLiteral("resume")), 0);
        for (const Server *server : {&m_a, &m_b}) {
            QElapsedTimer timer;
            timer.start();
            QTRY_COMPARE_WITH_TIMEOUT(send("GET", server->base + QStringLiteral("/auth/me"), {}, access).status, 200,
                                      10000);
            qInfo("%s answered again %lld ms after the database came back", qPrintable(server->base), timer.elapsed());
        }
        // The change feed is back too: a logout on B is enforced by A.
        const QByteArray again = login(m_b).value(QStringLiteral("access_token")).toString().toLatin1();
        QTest::qWait(2 * 1000); // both listeners have re-subscribed (one health check each)
        QCOMPARE(send("POST", m_b.base + QStringLiteral("/auth/logout"), "{}", again).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(send("GET", m_a.base + QStringLiteral("/api/protected"), {}, again).status, 401,
                                  1000);
    }

    // Contract: challenges are stored, so any server of a fleet finishes what another began — and
    // only once. (Last: afterwards the account has a passkey, so a password alone no longer signs in.)
    void mailQueuedOnBothServersGoesOutOnceEach()
    {
        // Both servers deliver from one outbox (FOR UPDATE SKIP LOCKED): each message once.
        const keyward::TestMailSink sink;
        QVERIFY2(sink.isRunning(), "the mail_sink fixture is not running");
        const QByteArray admin = login(m_a).value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(send("PATCH", m_a.base + QStringLiteral("/admin/settings"),
                      json({{QStringLiteral("mail.smtp_url"), sink.plainUrl()},
                            {QStringLiteral("mail.from"), QStringLiteral("Keyward <noreply@keyward.example>")}}),
                      admin)
                     .status,
                 200);
        QTest::qWait(1200); // B applies stored settings within a second
        QStringList recipients;
        for (int i = 0; i < 12; ++i) {
            recipients << keyward::TestMailSink::uniqueRecipient(QStringLiteral("fleet"));
            QCOMPARE(send("POST", (i % 2 ? m_a.base : m_b.base) + QStringLiteral("/admin/mail/test"),
                          json({{QStringLiteral("to"), recipients.last()}}), admin)
                         .status,
                     202);
        }
        for (const QString &recipient : recipients)
            QCOMPARE(sink.waitFor(recipient).size(), 1);
        QTest::qWait(6000); // both servers have looked at the outbox again
        for (const QString &recipient : recipients)
            QCOMPARE(sink.messagesTo(recipient).size(), 1);
    }

    void aPasskeyCeremonyBegunOnOneServerIsFinishedOnTheOther()
    {
        const QByteArray access = login(m_a).value(QStringLiteral("access_token")).toString().toLatin1();
        keyward::SoftAuthenticator authenticator(QStringLiteral("keyward.test"),
                                                 QStringLiteral("https://keyward.test"));
        const Reply registration
            = send("POST", m_a.base + QStringLiteral("/auth/passkeys/register/options"), "{}", access);
        QCOMPARE(registration.status, 200);
        const QJsonObject created
            = authenticator.create(registration.json.value(QStringLiteral("publicKey")).toObject());
        QCOMPARE(send("POST", m_b.base + QStringLiteral("/auth/passkeys"),
                      json({{QStringLiteral("challenge_id"), registration.json.value(QStringLiteral("challenge_id"))},
                            {QStringLiteral("credential"), created}}),
                      access)
                     .status,
                 201);
        const Reply options = send("POST", m_b.base + QStringLiteral("/auth/passkeys/options"), "{}");
        QCOMPARE(options.status, 200);
        const QByteArray answer
            = json({{QStringLiteral("challenge_id"), options.json.value(QStringLiteral("challenge_id"))},
                    {QStringLiteral("credential"),
                     authenticator.get(options.json.value(QStringLiteral("publicKey")).toObject())}});
        const Reply signedIn = send("POST", m_a.base + QStringLiteral("/auth/login/passkey"), answer);
        QCOMPARE(signedIn.status, 200);
        QVERIFY(!signedIn.json.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(send("POST", m_b.base + QStringLiteral("/auth/login/passkey"), answer).status, 400); // spent
        // Two servers racing for one challenge: exactly one signs in.
        const Reply race = send("POST", m_a.base + QStringLiteral("/auth/passkeys/options"), "{}");
        const QByteArray raced
            = json({{QStringLiteral("challenge_id"), race.json.value(QStringLiteral("challenge_id"))},
                    {QStringLiteral("credential"),
                     authenticator.get(race.json.value(QStringLiteral("publicKey")).toObject())}});
        auto onA = std::async(std::launch::async, [&] {
            return send("POST", m_a.base + QStringLiteral("/auth/login/passkey"), raced).status;
        });
        auto onB = std::async(std::launch::async, [&] {
            return send("POST", m_b.base + QStringLiteral("/auth/login/passkey"), raced).status;
        });
        const int a = onA.get();
        const int b = onB.get();
        QVERIFY2((a == 200) != (b == 200), qPrintable(QStringLiteral("A %1, B %2").arg(a).arg(b)));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
