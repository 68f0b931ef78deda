// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built keyward-server against a temporary data directory, as a user would.
#include "auth/accountservice.h"
#include "auth/authenticatorapps.h"
#include "auth/clientservice.h"
#include "auth/mfaservice.h"
#include "auth/sessionservice.h"
#include "auth/totp.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "config/settingdefinitions.h"
#include "crypto/base32.h"
#include "storage/database.h"
#include "storage/passkeystore.h"
#include "testmailsink.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace keyward;

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEYWARD_DATA_DIR"), m_dir->path());
        // Cheap hashing keeps the suite fast; the defaults are measured by the benchmark.
        environment.insert(QStringLiteral("KEYWARD_PASSWORDS_ARGON2_OPS"), QStringLiteral("1"));
        environment.insert(QStringLiteral("KEYWARD_PASSWORDS_ARGON2_MEMORY_KIB"), QStringLiteral("7168"));
        // A fixed master key keeps the suite away from the developer's own keychain.
        environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"), QString::fromLatin1(QByteArray(32, 'm').toBase64()));
        return environment;
    }

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(KEYWARD_SERVER_BINARY), arguments);
        if (!process.waitForStarted(10000))
            qFatal("cannot start keyward-server");
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            qFatal("keyward-server did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    // Waits for a reply (10 s at most): its status and JSON body.
    static std::pair<int, QJsonObject> answerOf(QNetworkReply *answer)
    {
        QSignalSpy done(answer, &QNetworkReply::finished);
        done.wait(10000);
        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(answer->readAll()).object();
        answer->deleteLater();
        return std::pair(status, json);
    }

    // The installation the commands act on, opened in this process with its keys (null on failure).
    std::shared_ptr<Backend> openBackend() const
    {
        BackendOptions options;
        options.data.dataDir = m_dir->path();
        options.environment = environment();
        const auto opened = Backend::open(options);
        if (!opened || !opened.value()->startTokens())
            return nullptr;
        return opened.value();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void sessionsAreListedAndRevoked()
    {
        QString sessionId;
        {
            // A session as a login would make it, in this process, on the same files.
            const std::shared_ptr<Backend> backend = openBackend();
            QVERIFY(backend);
            const auto user = backend->accounts().create(
                Actor::local(QStringLiteral("test")),
                {QStringLiteral("ada@example.org"), {}, {}, QStringLiteral("a sturdy passphrase"), {}});
            QVERIFY(user);
            const auto pair
                = backend->sessions().start(user.value(), {QStringLiteral("127.0.0.1"), QStringLiteral("curl")});
            QVERIFY(pair);
            sessionId = pair->sessionId;
        }
        const Run listed = run({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray sessions = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().toObject().value(QStringLiteral("id")).toString(), sessionId);
        const Run table = run({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--user"),
                               QStringLiteral("ada@example.org")});
        QVERIFY(table.out.contains(sessionId));
        // Which kind of session, for which client (Keyward's own API: the first-party client).
        QVERIFY2(table.out.startsWith(QStringLiteral("ID")) && table.out.contains(QStringLiteral("KIND"))
                     && table.out.contains(QStringLiteral("CLIENT")),
                 qPrintable(table.out));
        const QString row = table.out.split(QLatin1Char('\n')).filter(sessionId).value(0);
        QVERIFY2(row.contains(QStringLiteral(" tokens ")) && row.contains(QStringLiteral(" keyward ")),
                 qPrintable(row));
        QCOMPARE(
            run({QStringLiteral("sessions"), QStringLiteral("revoke"), QStringLiteral("no-such-session")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("sessions"), QStringLiteral("revoke"), sessionId}).exitCode, 0);
        QVERIFY(!run({QStringLiteral("sessions"), QStringLiteral("list")}).out.contains(sessionId));
        QCOMPARE(run({QStringLiteral("sessions"), QStringLiteral("revoke-user"), QStringLiteral("nobody@example.org")})
                     .exitCode,
                 1);
        QCOMPARE(
            run({QStringLiteral("sessions"), QStringLiteral("revoke-user"), QStringLiteral("ada@example.org")}).out,
            QStringLiteral("Revoked 0 sessions of ada@example.org\n"));
    }

    void mfaFactorsAreShownAndReset()
    {
        const auto S = [](const char *text) { return QString::fromLatin1(text); };
        QCOMPARE(run({S("user"), S("add"), S("--email"), S("ada@example.org")}).exitCode, 0);
        const auto factors = [this, &S] {
            const Run shown = run({S("user"), S("mfa"), S("ada@example.org"), S("--json")});
            if (shown.exitCode != 0)
                qWarning("user mfa --json: exit %d: %s", shown.exitCode, qPrintable(shown.err));
            return QJsonDocument::fromJson(shown.out.toUtf8()).object();
        };
        QJsonObject status = factors();
        QCOMPARE(status.value(S("email")).toString(), S("ada@example.org"));
        QVERIFY(status.value(S("totp")).isBool());
        QVERIFY(!status.value(S("totp")).toBool());
        QVERIFY(status.value(S("passkeys")).isArray());
        QCOMPARE(status.value(S("passkeys")).toArray(), QJsonArray());
        QCOMPARE(status.value(S("recovery_codes_left")).toInt(-1), 0);
        QVERIFY(status.value(S("required")).isBool());
        {
            // An authenticator app, recovery codes, a passkey and a session, made in this process
            // on the same files.
            const std::shared_ptr<Backend> opened = openBackend();
            QVERIFY(opened);
            Backend &backend = *opened;
            const auto user = backend.accounts().find(S("ada@example.org"));
            QVERIFY(user);
            const Actor actor = Actor::local(S("test"));
            const auto enrolment = backend.authenticatorApps().begin(user.value(), S("Keyward"));
            QVERIFY(enrolment);
            const QByteArray secret = Base32::decode(enrolment->secret).value_or(QByteArray());
            QVERIFY(!secret.isEmpty());
            QVERIFY(backend.authenticatorApps().confirm(actor, user->record.id, enrolment->enrolmentId,
                                                        Totp::codeAt(secret, Totp::stepAt(backend.clock().nowSecs()))));
            QVERIFY(backend.mfa().newRecoveryCodes(actor, user->record.id));
            PasskeyRecord passkey;
            passkey.id = S("passkey-1");
            passkey.userId = user->record.id;
            passkey.credentialId = S("Y3JlZGVudGlhbC0x");
            passkey.publicKey = S("cHVibGljLWtleQ");
            passkey.algorithm = -7; // ES256
            passkey.aaguid = S("00000000-0000-0000-0000-000000000000");
            passkey.backupEligible = true;
            passkey.backedUp = true;
            passkey.name = S("Laptop");
            passkey.createdAt = backend.clock().now();
            PasskeyStore(backend.database().connection()).insert(passkey);
            QVERIFY(backend.sessions().start(user.value(), {S("127.0.0.1"), S("curl")}));
        }
        const Run human = run({S("user"), S("mfa"), S("ada@example.org")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(S("authenticator app:   yes")), qPrintable(human.out));
        QVERIFY2(human.out.contains(S("recovery codes left: %1").arg(RecoveryCodes::kCount)), qPrintable(human.out));
        QVERIFY2(human.out.contains(S("Laptop: created ")), qPrintable(human.out));
        QVERIFY2(human.out.contains(S(", last used never, synced yes")), qPrintable(human.out));
        status = factors();
        QVERIFY(status.value(S("totp")).toBool());
        QCOMPARE(status.value(S("recovery_codes_left")).toInt(), RecoveryCodes::kCount);
        QCOMPARE(status.value(S("passkeys")).toArray().size(), 1);
        QCOMPARE(status.value(S("passkeys")).toArray().first().toObject().value(S("name")).toString(), S("Laptop"));
        const auto sessionsOfAda = [this, &S] {
            return QJsonDocument::fromJson(
                       run({S("sessions"), S("list"), S("--user"), S("ada@example.org"), S("--json")}).out.toUtf8())
                .array()
                .size();
        };
        QCOMPARE(sessionsOfAda(), 1);

        const Run reset = run({S("user"), S("mfa-reset"), S("ada@example.org")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        QVERIFY2(reset.out.contains(S("ended")), qPrintable(reset.out));
        status = factors();
        QVERIFY(!status.value(S("totp")).toBool());
        QCOMPARE(status.value(S("passkeys")).toArray(), QJsonArray());
        QCOMPARE(status.value(S("recovery_codes_left")).toInt(-1), 0);
        QCOMPARE(sessionsOfAda(), 0);
        const Run audit = run({S("audit"), S("list"), S("--json")});
        QVERIFY2(audit.out.contains(S("\"mfa.reset\"")), qPrintable(audit.out));

        const Run nobody = run({S("user"), S("mfa"), S("nobody@example.org")});
        QCOMPARE(nobody.exitCode, 1);
        QCOMPARE(nobody.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(nobody.err.contains(S("not_found")), qPrintable(nobody.err));
        QCOMPARE(run({S("user"), S("mfa-reset"), S("nobody@example.org")}).exitCode, 1);
        QCOMPARE(run({S("user"), S("mfa")}).exitCode, 2);
    }

    void helpAndUsageErrors()
    {
        const Run help = run({QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("user reset-password EMAIL")));
        QVERIFY(help.out.contains(QStringLiteral("user mfa EMAIL")));
        QVERIFY(help.out.contains(QStringLiteral("user mfa-reset EMAIL")));
        QCOMPARE(run({}).exitCode, 2);
        const Run unknown = run({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("show")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("x")})
                     .exitCode,
                 2);
        // A command's help names the command and its arguments, not the program's path.
        const Run showHelp = run({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("--help")});
        QCOMPARE(showHelp.exitCode, 0);
        QVERIFY2(showHelp.out.startsWith(QStringLiteral("Usage: keyward-server user show [options] EMAIL\n")),
                 qPrintable(showHelp.out));
        QVERIFY(!showHelp.out.contains(QStringLiteral("Arguments:")));
        QVERIFY(showHelp.out.contains(QStringLiteral("--verbose")));
        QVERIFY(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--help")})
                    .out.startsWith(QStringLiteral("Usage: keyward-server keys list [options]\n")));
    }

    // Informational lines (a new database's tables, the keychain's absence) are for --verbose; the
    // server's log has them.
    void informationalLinesOnlyWithVerbose()
    {
        const Run quiet = run({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
        QTemporaryDir other;
        const Run verbose = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--verbose"),
                                 QStringLiteral("--data-dir"), other.path()});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains(QStringLiteral("created the database's tables (schema version")),
                 qPrintable(verbose.err));
        QCOMPARE(verbose.err.count(QStringLiteral("schema")), 1); // one line, not one per migration
    }

    void addWithGeneratedPasswordPrintsItOnce()
    {
        const Run added = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                               QStringLiteral("Ada@Example.org"), QStringLiteral("--name"),
                               QStringLiteral("Ada Lovelace"), QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(added.exitCode, 0);
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("shown once, store it now\\): (\\S{20})")).match(added.out);
        QVERIFY2(match.hasMatch(), qPrintable(added.out));
        const Run shown = run({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("ada@example.org"),
                               QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject user = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("Ada@Example.org"));
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(user.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("admin")});
        QVERIFY(user.value(QStringLiteral("last_login_at")).isNull());
        QVERIFY(!shown.out.contains(match.captured(1)));
    }

    void passwordFromStdinAndDuplicates()
    {
        const QStringList add{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                              QStringLiteral("bob@example.org"), QStringLiteral("--password-stdin")};
        const Run added = run(add, "a sturdy passphrase\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY(!added.out.contains(QStringLiteral("shown once")));
        const Run duplicate = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                                   QStringLiteral(" BOB@example.org"), QStringLiteral("--password-stdin")},
                                  "another passphrase\n");
        QCOMPARE(duplicate.exitCode, 1);
        QCOMPARE(duplicate.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(duplicate.err.contains(QStringLiteral("email_taken")));
        const Run weak = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                              QStringLiteral("c@example.org"), QStringLiteral("--password-stdin")},
                             "short\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains(QStringLiteral("weak_password")));
        QVERIFY(!weak.err.contains(QStringLiteral("short")) || weak.err.contains(QStringLiteral("characters")));
        const Run badEmail = run(
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("not-an-email")});
        QCOMPARE(badEmail.exitCode, 1);
        QVERIFY(badEmail.err.contains(QStringLiteral("invalid_email")));
    }

    void rolesAndLifecycle()
    {
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("root@example.org"), QStringLiteral("--role"), QStringLiteral("admin")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("m@example.org")})
                     .exitCode,
                 0);
        const Run unknownRole = run({QStringLiteral("user"), QStringLiteral("set-roles"),
                                     QStringLiteral("m@example.org"), QStringLiteral("wizard")});
        QCOMPARE(unknownRole.exitCode, 1);
        QVERIFY(unknownRole.err.contains(QStringLiteral("unknown_role")));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("set-roles"), QStringLiteral("m@example.org"),
                      QStringLiteral("manager"), QStringLiteral("user")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("m@example.org")}).exitCode, 0);
        const Run lastAdmin
            = run({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("root@example.org")});
        QCOMPARE(lastAdmin.exitCode, 1);
        QVERIFY(lastAdmin.err.contains(QStringLiteral("last_admin")));
        const Run list = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users[1].toObject().value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("manager"), QStringLiteral("user")}));
        QVERIFY(users[1].toObject().value(QStringLiteral("disabled")).toBool());
        const Run table = run({QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(table.out.contains(QStringLiteral("disabled")));
        QVERIFY(table.out.startsWith(QStringLiteral("ID")));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("m@example.org")}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("m@example.org"),
                      QStringLiteral("--password-stdin")},
                     "a brand new passphrase\n")
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("delete"), QStringLiteral("m@example.org")}).exitCode, 0);
        const Run gone = run({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("m@example.org")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains(QStringLiteral("not_found")));

        const Run audit = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        QStringList actions;
        for (const QJsonValue &event : QJsonDocument::fromJson(audit.out.toUtf8()).array())
            actions.prepend(event.toObject().value(QStringLiteral("action")).toString());
        QCOMPARE(
            actions,
            (QStringList{QStringLiteral("user.create"), QStringLiteral("user.create"), QStringLiteral("user.set_roles"),
                         QStringLiteral("user.disable"), QStringLiteral("user.enable"),
                         QStringLiteral("user.reset_password"), QStringLiteral("user.delete")}));
        QVERIFY(!audit.out.contains(QStringLiteral("a brand new passphrase")));
        const Run limited = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                                 QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).array().size(), 2);
    }

    void importReportsBadLinesByNumber()
    {
        const QByteArray bcrypt = "$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";
        const QString path = writeFile(QStringLiteral("users.jsonl"),
                                       "{\"email\":\"a@example.org\",\"name\":\"A\",\"password_hash\":\"" + bcrypt
                                           + "\"}\n"
                                             "{\"email\":\"b@example.org\",\"password_hash\":\n"
                                             "{\"email\":\"c@example.org\",\"roles\":[\"manager\"],\"password_hash\":\""
                                           + bcrypt + "\"}\n");
        const Run imported = run({QStringLiteral("user"), QStringLiteral("import"), path});
        QCOMPARE(imported.exitCode, 1); // one line was skipped
        QVERIFY2(imported.err.contains(path + QStringLiteral(":2: skipped")), qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("Imported 2 users, skipped 1")));
        const Run list = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
        const Run missing
            = run({QStringLiteral("user"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.jsonl"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("cannot read")));
    }

    void aCorruptedDatabaseIsOneLineOnStderr()
    {
        QFile database(m_dir->filePath(QStringLiteral("keyward.db")));
        QVERIFY(database.open(QIODevice::WriteOnly));
        database.write(QByteArray(4096, '\x5a')); // not SQLite
        database.close();
        const Run listed = run({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 1);
        QCOMPARE(listed.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(listed.err.startsWith(QStringLiteral("keyward-server: ")), qPrintable(listed.err));
        QVERIFY(listed.err.contains(QStringLiteral("not a database")));
    }

    void badSettingsStopWithOneLinePerProblem()
    {
        QProcess process;
        QProcessEnvironment environment = this->environment();
        environment.insert(QStringLiteral("KEYWARD_TOKENS_ACCESS_TTL"), QStringLiteral("0"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEYWARD_SERVER_BINARY), {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("KEYWARD_TOKENS_ACCESS_TTL: tokens.access_ttl must be between 1")));
    }

    void keysRotateAndRetire()
    {
        // The active key's lineage; the companion keys (ID tokens in the other algorithms, renewed
        // with the active key) are left out, once seen as companions also when they retire.
        QSet<QString> companions;
        const auto keys = [this, &companions] {
            QJsonArray lineage;
            const QJsonArray all
                = QJsonDocument::fromJson(
                      run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                      .array();
            for (const QJsonValue &key : all) {
                if (key.toObject().value(QStringLiteral("state")).toString() == QLatin1String("companion"))
                    companions.insert(key.toObject().value(QStringLiteral("kid")).toString());
                if (!companions.contains(key.toObject().value(QStringLiteral("kid")).toString()))
                    lineage.append(key);
            }
            return lineage;
        };
        QJsonArray list = keys();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(list[0].toObject().value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
        const QString first = list[0].toObject().value(QStringLiteral("kid")).toString();
        QCOMPARE(
            run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--alg"), QStringLiteral("HS256")})
                .exitCode,
            2);
        // A plain rotation publishes the key; it signs once verifiers' cached key sets have it.
        const Run published
            = run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--alg"), QStringLiteral("RS256")});
        QCOMPARE(published.exitCode, 0);
        QVERIFY2(published.out.contains(QStringLiteral("(RS256); it signs from ")), qPrintable(published.out));
        list = keys();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(list[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("next"));
        QVERIFY(!list[1].toObject().value(QStringLiteral("activates_at")).toString().isEmpty());
        QVERIFY(run({QStringLiteral("keys"), QStringLiteral("list")}).out.contains(QStringLiteral("SIGNS FROM")));
        const Run pending = run({QStringLiteral("keys"), QStringLiteral("rotate")});
        QCOMPARE(pending.exitCode, 1);
        QVERIFY(pending.err.contains(QStringLiteral("key_pending")));
        QVERIFY2(pending.err.contains(QStringLiteral("keys rotate --now")), qPrintable(pending.err));
        // An emergency rotation signs at once and replaces the pending key.
        const Run rotated = run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--now"),
                                 QStringLiteral("--alg"), QStringLiteral("EdDSA")});
        QCOMPARE(rotated.exitCode, 0);
        QVERIFY(rotated.out.contains(QStringLiteral("(EdDSA)")));
        QVERIFY(rotated.out.contains(QStringLiteral("Active key is now")));
        list = keys();
        QCOMPARE(list.size(), 3);
        QString second;
        QStringList states;
        for (const QJsonValue &key : list) {
            const QJsonObject object = key.toObject();
            states << object.value(QStringLiteral("state")).toString();
            if (object.value(QStringLiteral("state")).toString() == QLatin1String("active"))
                second = object.value(QStringLiteral("kid")).toString();
            if (object.value(QStringLiteral("kid")).toString() == first)
                QVERIFY(!object.value(QStringLiteral("retire_at")).toString().isEmpty());
        }
        states.sort();
        QCOMPARE(states,
                 (QStringList{QStringLiteral("active"), QStringLiteral("retired"), QStringLiteral("retiring")}));
        const Run active = run({QStringLiteral("keys"), QStringLiteral("retire"), second});
        QCOMPARE(active.exitCode, 1);
        QVERIFY(active.err.contains(QStringLiteral("key_active")));
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("retire"), first}).exitCode, 0);
        // A kid may start with '-' (base64url): it is still a kid, not an unknown option.
        const Run dashed = run({QStringLiteral("keys"), QStringLiteral("retire"),
                                QStringLiteral("-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg")});
        QCOMPARE(dashed.exitCode, 1);
        QVERIFY(dashed.err.contains(QStringLiteral("not_found")));
        QCOMPARE(keys()[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("retired"));
        // A different master key is refused with one sentence naming it.
        QProcess process;
        QProcessEnvironment environment = this->environment();
        environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(KEYWARD_SERVER_BINARY), {QStringLiteral("keys"), QStringLiteral("list")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(),
                 QStringLiteral("keyward-server: the master key from KEYWARD_MASTER_KEY does not open the signing keys "
                                "of this database; "
                                "nothing was changed"));
    }

    void tokensMintInspectRevoke()
    {
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("ada@example.org")})
                     .exitCode,
                 0);
        const Run minted = run({QStringLiteral("token"), QStringLiteral("mint"), QStringLiteral("--email"),
                                QStringLiteral("ada@example.org"), QStringLiteral("--ttl"), QStringLiteral("120"),
                                QStringLiteral("--claim"), QStringLiteral("scope=read")});
        QCOMPARE(minted.exitCode, 0);
        const QString token = minted.out.trimmed();
        QCOMPARE(token.count(QLatin1Char('.')), 2);
        const Run inspected = run({QStringLiteral("token"), QStringLiteral("inspect"), token});
        QCOMPARE(inspected.exitCode, 0);
        QVERIFY(inspected.out.contains(QStringLiteral("\"scope\": \"read\"")));
        QVERIFY(inspected.out.contains(QStringLiteral("\"typ\": \"at+jwt\"")));
        QVERIFY2(inspected.out.contains(QStringLiteral("verdict: valid until ")), qPrintable(inspected.out));

        QString tampered = token;
        const qsizetype dot = tampered.lastIndexOf(QLatin1Char('.'));
        tampered[dot + 5] = tampered[dot + 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const Run forged = run({QStringLiteral("token"), QStringLiteral("inspect"), tampered});
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(forged.out.contains(QStringLiteral("verdict: invalid (bad_signature)"))
                     || forged.out.contains(QStringLiteral("(malformed)")),
                 qPrintable(forged.out));
        const Run garbage = run({QStringLiteral("token"), QStringLiteral("inspect"), QStringLiteral("not.a.token")});
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.out.contains(QStringLiteral("verdict: invalid (malformed)")));

        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("revoke"), token}).exitCode, 0);
        const Run revoked = run({QStringLiteral("token"), QStringLiteral("inspect"), token});
        QCOMPARE(revoked.exitCode, 1);
        QVERIFY(revoked.out.contains(QStringLiteral("verdict: invalid (revoked) - the token was revoked")));
        const Run nobody = run({QStringLiteral("token"), QStringLiteral("mint"), QStringLiteral("--email"),
                                QStringLiteral("ghost@example.org")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("not_found")));
        QCOMPARE(run({QStringLiteral("token"), QStringLiteral("mint"), QStringLiteral("--email"),
                      QStringLiteral("ada@example.org"), QStringLiteral("--ttl"), QStringLiteral("0")})
                     .exitCode,
                 2);
        // Minting is audited, and refused for a disabled user (one service rule for CLI and console).
        const Run audit = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(audit.out.contains(QStringLiteral("\"token.mint\"")), qPrintable(audit.out));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ada@example.org")}).exitCode,
                 0);
        const Run disabled = run({QStringLiteral("token"), QStringLiteral("mint"), QStringLiteral("--email"),
                                  QStringLiteral("ada@example.org")});
        QCOMPARE(disabled.exitCode, 1);
        QCOMPARE(disabled.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY2(disabled.err.contains(QStringLiteral("disabled")), qPrintable(disabled.err));
        QVERIFY(!disabled.out.contains(QLatin1Char('.')));
    }

    void clientsAreRegisteredAndTheirSecretShownOnce()
    {
        const auto word = [](const char *text) { return QString::fromLatin1(text); };
        const Run added
            = run({word("client"), word("add"), word("web"), word("--name"), word("Web app"), word("--confidential"),
                   word("--redirect-uri"), word("https://app.example.org/cb"), word("--redirect-uri"),
                   word("http://127.0.0.1/cb"), word("--post-logout-uri"), word("https://app.example.org/bye"),
                   word("--scope"), word("openid"), word("--scope"), word("email")});
        QCOMPARE(added.exitCode, 0);
        static const QRegularExpression secretLine(
            QStringLiteral("Client secret \\(shown once, store it now\\): (\\S+)"));
        const QString secret = secretLine.match(added.out).captured(1);
        QCOMPARE(secret.size(), 43);
        const Run shown = run({word("client"), word("show"), word("web")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.contains(secret));
        const QJsonObject client = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(client.value(QStringLiteral("redirect_uris")).toArray().size(), 2);
        QCOMPARE(client.value(QStringLiteral("scopes")).toArray().size(), 2);
        QCOMPARE(client.value(QStringLiteral("post_logout_redirect_uris")).toArray().first().toString(),
                 QStringLiteral("https://app.example.org/bye"));
        // A public client: no secret printed. Usage errors: neither or both types.
        const Run spa = run({word("client"), word("add"), word("spa"), word("--name"), word("SPA"), word("--public"),
                             word("--redirect-uri"), word("http://127.0.0.1/cb")});
        QCOMPARE(spa.exitCode, 0);
        QVERIFY(!spa.out.contains(QStringLiteral("secret")));
        QCOMPARE(run({word("client"), word("add"), word("x"), word("--name"), word("X"), word("--redirect-uri"),
                      word("https://x.example/cb")})
                     .exitCode,
                 2);
        const Run refused = run({word("client"), word("add"), word("bad"), word("--name"), word("Bad"),
                                 word("--public"), word("--redirect-uri"), word("http://evil.example/cb")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("loopback")));
        const Run list = run({word("client"), word("list"), word("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
        // A secret of one's own (a development .env must match): from standard input, never echoed,
        // and it is the one that authenticates; too short or for a public client it is refused.
        const QByteArray chosen = "dev-secret-0123456789-abcdefghijklmnop";
        const Run own
            = run({word("client"), word("add"), word("dev"), word("--name"), word("Dev"), word("--confidential"),
                   word("--redirect-uri"), word("http://127.0.0.1/cb"), word("--secret-stdin")},
                  chosen + "\n");
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(!own.out.contains(QString::fromLatin1(chosen)) && !own.out.contains(QStringLiteral("secret")),
                 qPrintable(own.out));
        {
            const std::shared_ptr<Backend> backend = openBackend();
            QVERIFY(backend);
            QVERIFY(backend->clients().authenticate(QStringLiteral("dev"), QString::fromLatin1(chosen)));
            QVERIFY(!backend->clients().authenticate(QStringLiteral("dev"), QStringLiteral("something else")));
        }
        const QStringList weakSecret{word("client"),         word("add"),
                                     word("weak"),           word("--name"),
                                     word("Weak"),           word("--confidential"),
                                     word("--redirect-uri"), word("http://127.0.0.1/cb"),
                                     word("--secret-stdin")};
        const Run tooShort = run(weakSecret, "short\n");
        QCOMPARE(tooShort.exitCode, 1);
        QVERIFY2(tooShort.err.contains(QStringLiteral("32 to 512")), qPrintable(tooShort.err));
        QCOMPARE(run(weakSecret, chosen + " with spaces\n").exitCode, 1);
        QCOMPARE(run({word("client"), word("add"), word("spa2"), word("--name"), word("SPA"), word("--public"),
                      word("--redirect-uri"), word("http://127.0.0.1/cb"), word("--secret-stdin")},
                     chosen)
                     .exitCode,
                 1);
        const Run rotated = run({word("client"), word("rotate-secret"), word("web")});
        QCOMPARE(rotated.exitCode, 0);
        const QString second = secretLine.match(rotated.out).captured(1);
        QCOMPARE(second.size(), 43);
        QVERIFY(second != secret);
        QCOMPARE(run({word("client"), word("rotate-secret"), word("spa")}).exitCode, 1);
        QCOMPARE(run({word("client"), word("remove"), word("spa")}).exitCode, 0);
        QCOMPARE(run({word("client"), word("show"), word("spa")}).exitCode, 1);
        const Run audit = run({word("audit"), word("list"), word("--json")});
        for (const char *action : {"client.create", "client.secret_rotate", "client.delete"})
            QVERIFY2(audit.out.contains(QLatin1String(action)), action);
        QVERIFY(!audit.out.contains(secret) && !audit.out.contains(second));
    }

    void workspacesAndTheirMembers()
    {
        const auto S = [](const char *text) { return QString::fromLatin1(text); };
        for (const char *email : {"ada@example.org", "bob@example.org"})
            QCOMPARE(run({S("user"), S("add"), S("--email"), S(email)}).exitCode, 0);
        const Run created
            = run({S("workspace"), S("create"), S("acme"), S("--name"), S("Acme"), S("--owner"), S("ada@example.org")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(S("plan free")), qPrintable(created.out));
        QCOMPARE(run({S("workspace"), S("create"), S("acme")}).exitCode, 1); // taken
        QCOMPARE(run({S("workspace"), S("create"), S("Bad Slug")}).exitCode, 1);
        QCOMPARE(run({S("workspace"), S("add-member"), S("acme"), S("bob@example.org")}).exitCode, 2); // no --role
        QCOMPARE(
            run({S("workspace"), S("add-member"), S("acme"), S("bob@example.org"), S("--role"), S("guest")}).exitCode,
            0);
        QCOMPARE(run({S("workspace"), S("set-role"), S("acme"), S("bob@example.org"), S("admin")}).exitCode, 0);
        const Run members = run({S("workspace"), S("members"), S("acme"), S("--json")});
        QCOMPARE(members.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(members.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(S("role")).toString(), S("admin"));
        const Run listed = run({S("workspace"), S("list")});
        QVERIFY2(listed.out.contains(S("acme")) && listed.out.contains(S("Acme")), qPrintable(listed.out));
        // A token minted in the workspace carries its claims; outside a membership: refused.
        const Run minted
            = run({S("token"), S("mint"), S("--email"), S("bob@example.org"), S("--workspace"), S("acme")});
        QCOMPARE(minted.exitCode, 0);
        const Run inspected = run({S("token"), S("inspect"), minted.out.trimmed()});
        QVERIFY2(inspected.out.contains(S("\"workspace_role\": \"admin\"")), qPrintable(inspected.out));
        QVERIFY(inspected.out.contains(S("\"workspace_slug\": \"acme\"")));
        QCOMPARE(run({S("workspace"), S("remove-member"), S("acme"), S("bob@example.org")}).exitCode, 0);
        const Run outsider
            = run({S("token"), S("mint"), S("--email"), S("bob@example.org"), S("--workspace"), S("acme")});
        QCOMPARE(outsider.exitCode, 1);
        QVERIFY(outsider.err.contains(S("not_found")));
        // The last owner stays, even for local administration; deleting ends it all.
        const Run lastOwner = run({S("workspace"), S("remove-member"), S("acme"), S("ada@example.org")});
        QCOMPARE(lastOwner.exitCode, 1);
        QVERIFY2(lastOwner.err.contains(S("last_owner")), qPrintable(lastOwner.err));
        QCOMPARE(run({S("workspace"), S("delete"), S("acme")}).exitCode, 0);
        QCOMPARE(run({S("workspace"), S("show"), S("acme")}).exitCode, 1);
    }

    // Configuration as code: apply creates and changes (never deletes), a second apply changes
    // nothing, --dry-run changes nothing, a client's secret follows its secret_env, export writes
    // the same format without secrets, and an export applied to an empty database gives the same export.
    void applyAndExportAreConfigurationAsCode()
    {
        const QString file = writeFile(
            QStringLiteral("keyward.json"),
            "{ \"settings\": {\"tokens.access_ttl\": \"600\"}, \"users\": [{\"email\": \"ada@example.org\", \"name\": "
            "\"Ada\", \"roles\": [\"admin\"]}, {\"email\": \"bob@example.org\", \"password\": \"generate\"}], "
            "\"clients\": [{\"client_id\": \"web\", \"name\": \"Web\", \"type\": \"confidential\", \"redirect_uris\": "
            "[\"https://app.example.org/cb\"], \"secret_env\": \"WEB_SECRET\"}, {\"client_id\": \"spa\", \"name\": "
            "\"SPA\", \"type\": \"public\", \"redirect_uris\": [\"http://localhost:5173/callback\"]}], \"workspaces\": "
            "[{\"slug\": \"acme\", \"name\": \"Acme\", \"members\": [ {\"email\": \"ada@example.org\", \"role\": "
            "\"owner\"}, {\"email\": \"bob@example.org\", \"role\": \"member\"}]}]}");
        const QByteArray secret = "web-secret-0123456789-abcdefghijklmnopq";
        qputenv("WEB_SECRET", secret);
        const QStringList apply{QStringLiteral("apply"), file};
        const Run dry = run(apply + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("would create user ada@example.org")), qPrintable(dry.out));
        QVERIFY(!run({QStringLiteral("user"), QStringLiteral("list")}).out.contains(QStringLiteral("ada@")));
        const Run first = run(apply);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.count(QStringLiteral("(shown once)")), 2); // the two users' generated passwords
        QVERIFY(!first.out.contains(QString::fromLatin1(secret)));
        QCOMPARE(run(apply).out, QStringLiteral("no change\n"));
        {
            const std::shared_ptr<Backend> backend = openBackend();
            QVERIFY(backend);
            QVERIFY(backend->clients().authenticate(QStringLiteral("web"), QString::fromLatin1(secret)));
            QCOMPARE(backend->settings()->tokens.accessTtl.count(), 600);
        }
        // A new secret in the environment: the client gets it, once.
        qputenv("WEB_SECRET", secret + "-rotated");
        const Run rotated = run(apply);
        QVERIFY2(rotated.out.contains(QStringLiteral("give client web the secret in its secret_env")),
                 qPrintable(rotated.out));
        QCOMPARE(run(apply).out, QStringLiteral("no change\n"));
        qunsetenv("WEB_SECRET");
        // What it refuses: an unknown field, a variable that is not set, another type.
        const Run typo
            = run({QStringLiteral("apply"),
                   writeFile(QStringLiteral("typo.json"), "{\"users\": [{\"email\": \"x@y.org\", \"rolez\": []}]}")});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(QStringLiteral("unknown field \"rolez\"")), qPrintable(typo.err));
        QCOMPARE(run(apply).exitCode, 1); // WEB_SECRET is gone
        const Run retyped = run({QStringLiteral("apply"),
                                 writeFile(QStringLiteral("type.json"),
                                           "{\"clients\": [{\"client_id\": \"spa\", \"type\": \"confidential\"}]}")});
        QCOMPARE(retyped.exitCode, 1);
        QVERIFY2(retyped.err.contains(QStringLiteral("fixed at registration")), qPrintable(retyped.err));
        // A user's id is given once: not changed, not taken from another user, not made up.
        const auto applyUsers = [&](const QByteArray &users) {
            return run({QStringLiteral("apply"), writeFile(QStringLiteral("ids.json"), "{\"users\": " + users + "}")});
        };
        const Run renumbered
            = applyUsers("[{\"id\": \"0b0f6d9e-3c1a-4f7e-9a52-1d2c8e7b4a60\", \"email\": \"ada@example.org\"}]");
        QCOMPARE(renumbered.exitCode, 1);
        QVERIFY2(renumbered.err.contains(QStringLiteral("a user's id never changes")), qPrintable(renumbered.err));
        const QString adaId = openBackend()->accounts().find(QStringLiteral("ada@example.org"))->record.publicId;
        const Run taken = applyUsers("[{\"id\": \"" + adaId.toLatin1() + "\", \"email\": \"carol@example.org\"}]");
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains(QStringLiteral("is ada@example.org's")), qPrintable(taken.err));
        QCOMPARE(applyUsers("[{\"id\": \"42\", \"email\": \"carol@example.org\"}]").exitCode, 1);
        QCOMPARE(applyUsers("[{\"id\": 42, \"email\": \"carol@example.org\"}]").exitCode, 1);
        const Run twice
            = applyUsers("[{\"id\": \"1b0f6d9e-3c1a-4f7e-9a52-1d2c8e7b4a60\", \"email\": \"carol@example.org\"}, "
                         "{\"id\": \"1b0f6d9e-3c1a-4f7e-9a52-1d2c8e7b4a60\", \"email\": \"dan@example.org\"}]");
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("another user of this file")), qPrintable(twice.err));
        QVERIFY(!openBackend()->accounts().find(QStringLiteral("carol@example.org")));

        const Run exported = run({QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        QCOMPARE(document.value(QStringLiteral("users")).toArray().size(), 2);
        QVERIFY(!exported.out.contains(QStringLiteral("secret")) && !exported.out.contains(QStringLiteral("$argon2")));
        QCOMPARE(document.value(QStringLiteral("settings")).toObject().value(QStringLiteral("tokens.access_ttl")),
                 QJsonValue(QStringLiteral("600")));
        // Applied to an empty database, the export gives the same state (secrets aside).
        QTemporaryDir empty;
        const QString exportFile = writeFile(QStringLiteral("export.json"), exported.out.toUtf8());
        QCOMPARE(run({QStringLiteral("apply"), exportFile, QStringLiteral("--data-dir"), empty.path()}).exitCode, 0);
        const Run again = run({QStringLiteral("export"), QStringLiteral("--data-dir"), empty.path()});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object(), document);
        QCOMPARE(run({QStringLiteral("apply"), exportFile, QStringLiteral("--data-dir"), empty.path()}).out,
                 QStringLiteral("no change\n"));
    }

    // `dev`: a server with its seed, whose .env block works as printed: the user signs in, the
    // confidential client gets a token with its printed secret, the admin administers, the
    // workspace is there; a second run on the same data directory serves the same seed; loopback
    // only; never on a database it did not make.
    void devServesAKnownSeedOnLoopbackOnly()
    {
        const QString dataDir = m_dir->filePath(QStringLiteral("dev"));
        const auto startDev = [&](QProcess &process, QMap<QString, QString> *printed) {
            process.setProcessEnvironment(environment());
            process.start(QStringLiteral(KEYWARD_SERVER_BINARY),
                          {QStringLiteral("dev"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--data-dir"), dataDir});
            QVERIFY(process.waitForStarted(10000));
            // The guide ends with the two curl lines; the .env block is KEY=value lines.
            QString text;
            QTRY_VERIFY_WITH_TIMEOUT((text += QString::fromUtf8(process.readAllStandardOutput()),
                                      text.count(QStringLiteral("curl -s")) == 2),
                                     15000);
            static const QRegularExpression assignment(QStringLiteral("^([A-Z_]+)=(\\S+)$"),
                                                       QRegularExpression::MultilineOption);
            for (auto it = assignment.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                printed->insert(match.captured(1), match.captured(2));
            }
            QVERIFY2(text.contains(QStringLiteral("user@keyward.test  user-password-dev")), qPrintable(text));
        };
        QNetworkAccessManager network;
        const auto post = [&network](const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                                     const QByteArray &authorization = {}) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            return answerOf(network.post(request, body));
        };
        for (int runNumber = 0; runNumber < 2; ++runNumber) {
            QProcess dev;
            QMap<QString, QString> env;
            startDev(dev, &env);
            const QString issuer = env.value(QStringLiteral("OIDC_ISSUER"));
            QVERIFY2(issuer.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(issuer));
            QCOMPARE(env.value(QStringLiteral("OIDC_DISCOVERY_URL")),
                     issuer + QStringLiteral("/.well-known/openid-configuration"));
            const auto [signedIn, pair] = post(QUrl(issuer + QStringLiteral("/auth/login")), "application/json",
                                               R"({"email":"user@keyward.test","password":"user-password-dev"})");
            QCOMPARE(signedIn, 200);
            QVERIFY(!pair.value(QStringLiteral("access_token")).toString().isEmpty());
            const QByteArray basic = "Basic "
                + (env.value(QStringLiteral("OIDC_CLIENT_ID")) + QLatin1Char(':')
                   + env.value(QStringLiteral("OIDC_CLIENT_SECRET")))
                      .toLatin1()
                      .toBase64();
            const auto [granted, token]
                = post(QUrl(issuer + QStringLiteral("/oauth/token")), "application/x-www-form-urlencoded",
                       "grant_type=client_credentials", basic);
            QCOMPARE(granted, 200);
            QVERIFY(!token.value(QStringLiteral("access_token")).toString().isEmpty());
            const auto [adminIn, adminPair] = post(QUrl(issuer + QStringLiteral("/auth/login")), "application/json",
                                                   R"({"email":"admin@keyward.test","password":"admin-password-dev"})");
            QCOMPARE(adminIn, 200);
            QNetworkRequest workspaces(QUrl(issuer + QStringLiteral("/workspaces/dev")));
            workspaces.setRawHeader("Authorization",
                                    "Bearer " + adminPair.value(QStringLiteral("access_token")).toString().toLatin1());
            QNetworkReply *shown = network.get(workspaces);
            QSignalSpy done(shown, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(shown->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            shown->deleteLater();
            dev.terminate();
            QVERIFY(dev.waitForFinished(10000));
            QCOMPARE(dev.exitCode(), 0);
        }
        // Not on an address others reach; not on a database with users it did not make.
        const Run everywhere = run({QStringLiteral("dev"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QCOMPARE(everywhere.exitCode, 2);
        QVERIFY2(everywhere.err.contains(QStringLiteral("loopback")), qPrintable(everywhere.err));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("ada@example.org")})
                     .exitCode,
                 0);
        const Run real = run({QStringLiteral("dev"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--data-dir"), m_dir->path()});
        QCOMPARE(real.exitCode, 1);
        QVERIFY2(real.err.contains(QStringLiteral("not made by 'keyward-server dev'")), qPrintable(real.err));
        QVERIFY(
            !run({QStringLiteral("user"), QStringLiteral("list")}).out.contains(QStringLiteral("admin@keyward.test")));
    }

    void serveAnswersHealthAndStopsOnSigterm()
    {
        QProcess server;
        server.setProcessEnvironment(environment());
        server.start(QStringLiteral(KEYWARD_SERVER_BINARY),
                     {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 15000);
        const QString first = QString::fromUtf8(server.readLine()).trimmed();
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$")).match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 5000);
        QCOMPARE(QString::fromUtf8(server.readLine()).trimmed(),
                 QStringLiteral("No administrator exists yet. Create one with:"));
        QTRY_VERIFY_WITH_TIMEOUT(server.canReadLine(), 5000);
        QCOMPARE(QString::fromUtf8(server.readLine()).trimmed(),
                 QFileInfo(QStringLiteral(KEYWARD_SERVER_BINARY)).absoluteFilePath()
                     + QStringLiteral(" user add --email admin@example.org --role admin --data-dir ") + m_dir->path());

        QNetworkAccessManager network;
        QNetworkReply *reply
            = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(match.captured(1)))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("db"), QStringLiteral("ok")}}));
        reply->deleteLater();

        // The issuer is the bound address, not port 0; a token minted by the CLI beside the
        // running server is one that server accepts.
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1));
        const auto get = [&network](const QString &url, const QByteArray &bearer = {}) {
            QNetworkRequest request{QUrl(url)};
            if (!bearer.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + bearer);
            return answerOf(network.get(request));
        };
        const auto [discoveryStatus, discovery] = get(base + QStringLiteral("/.well-known/openid-configuration"));
        QCOMPARE(discoveryStatus, 200);
        QCOMPARE(discovery.value(QStringLiteral("issuer")).toString(), base);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                      QStringLiteral("ada@example.org")})
                     .exitCode,
                 0);
        const Run minted = run({QStringLiteral("token"), QStringLiteral("mint"), QStringLiteral("--email"),
                                QStringLiteral("ada@example.org")});
        QCOMPARE(minted.exitCode, 0);
        const auto [protectedStatus, body]
            = get(base + QStringLiteral("/api/protected"), minted.out.trimmed().toLatin1());
        QVERIFY2(protectedStatus == 200, QJsonDocument(body).toJson().constData());

        // `settings set` beside the running server (SQLite: no NOTIFY) applies within a second.
        const auto allowedOrigin = [&network, &base] {
            QNetworkRequest request{QUrl(base + QStringLiteral("/healthz"))};
            request.setRawHeader("Origin", "https://app.example");
            QNetworkReply *answer = network.get(request);
            QSignalSpy done(answer, &QNetworkReply::finished);
            done.wait(10000);
            answer->deleteLater();
            return answer->rawHeader("Access-Control-Allow-Origin");
        };
        QCOMPARE(allowedOrigin(), QByteArray());
        const Run set = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("server.cors_origins"),
                             QStringLiteral("https://app.example")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY2(set.out.contains(QStringLiteral("server.cors_origins = https://app.example")), qPrintable(set.out));
        QElapsedTimer sinceSet;
        sinceSet.start();
        QTRY_COMPARE_WITH_TIMEOUT(allowedOrigin(), QByteArray("https://app.example"), 3000);
        qInfo("the running server applied the setting %lld ms after `settings set` returned", sinceSet.elapsed());
        // Checked at most once a second; the rest is slack for a loaded CI machine.
        QVERIFY(sinceSet.elapsed() < 1500);

        server.terminate(); // SIGTERM
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }

    void settingsListSetAndReset()
    {
        Run set = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tokens.access_ttl"),
                       QStringLiteral("600"), QStringLiteral("server.threads"), QStringLiteral("3")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        Run listed = run({QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue item : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            byKey.insert(item.toObject().value(QStringLiteral("key")).toString(), item.toObject());
        QCOMPARE(byKey.size(), int(kSettingCount));
        QCOMPARE(byKey.value(QStringLiteral("tokens.access_ttl")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("600"));
        QCOMPARE(byKey.value(QStringLiteral("tokens.access_ttl")).value(QStringLiteral("source")).toString(),
                 QStringLiteral("database"));
        QCOMPARE(byKey.value(QStringLiteral("server.threads")).value(QStringLiteral("applies")).toString(),
                 QStringLiteral("restart"));
        // The environment wins over a stored value: storing one is refused, not silently useless.
        Run overridden = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("passwords.argon2_ops"),
                              QStringLiteral("3")});
        QCOMPARE(overridden.exitCode, 1);
        QVERIFY2(overridden.err.contains(QStringLiteral("environment")), qPrintable(overridden.err));
        // A combination start-up would refuse, with one line on stderr; nothing stored.
        Run refused = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("server.tls_key"),
                           QStringLiteral("/etc/ssl/private/x.pem")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(refused.err.contains(QStringLiteral("must be set together")), qPrintable(refused.err));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("tokens.access_ttl")}).exitCode,
                 2);
        Run reset = run({QStringLiteral("settings"), QStringLiteral("reset"), QStringLiteral("tokens.access_ttl")});
        QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
        QVERIFY2(reset.out.contains(QStringLiteral("tokens.access_ttl = 900")), qPrintable(reset.out));
        listed = run({QStringLiteral("settings"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QStringLiteral("server.tls_key")), qPrintable(listed.out));
    }

    void workspaceInvitationsFromTheCommandLine()
    {
        const auto S = [](const char *text) { return QString::fromLatin1(text); };
        QCOMPARE(run({S("workspace"), S("create"), S("team")}).exitCode, 0);
        // No mail configured: the link is printed for the inviter to pass on.
        const Run invited
            = run({S("workspace"), S("invite"), S("team"), S("grace@example.org"), S("--role"), S("member")});
        QVERIFY2(invited.exitCode == 0, qPrintable(invited.err));
        QVERIFY2(invited.out.contains(S("/account/invitation?token=")), qPrintable(invited.out));
        QCOMPARE(run({S("workspace"), S("invite"), S("team"), S("x@example.org")}).exitCode, 2); // no --role
        const Run listed = run({S("workspace"), S("invitations"), S("team"), S("--json")});
        const QJsonArray invitations = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(invitations.size(), 1);
        QVERIFY(!invitations.first().toObject().contains(S("link"))); // shown once, at the invitation
        const QString id = invitations.first().toObject().value(S("id")).toString();
        QCOMPARE(run({S("workspace"), S("uninvite"), S("team"), id}).exitCode, 0);
        QCOMPARE(run({S("workspace"), S("uninvite"), S("team"), id}).exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(run({S("workspace"), S("invitations"), S("team"), S("--json")}).out.toUtf8())
                     .array()
                     .size(),
                 0);
    }

    // mail test / outbox / retry, and a server killed while it delivers: after the restart the
    // message goes out once (tests/mail/smtp_sink.py's servers, the mail_sink fixture).
    void mailCommandsAndADeliveryCutShortBySigkill()
    {
        const TestMailSink sink;
        QVERIFY2(sink.isRunning(), "the mail_sink fixture is not running");
        const auto S = [](const char *text) { return QString::fromLatin1(text); };
        QCOMPARE(run({S("mail"), S("test"), S("--to"), S("nobody@example.org")}).exitCode, 1); // no server set
        QCOMPARE(run({S("settings"), S("set"), S("mail.smtp_url"), sink.plainUrl(), S("mail.from"),
                      S("Keyward <noreply@keyward.example>")})
                     .exitCode,
                 0);
        const QString tested = TestMailSink::uniqueRecipient(S("cli"));
        const Run sent = run({S("mail"), S("test"), S("--to"), tested});
        QVERIFY2(sent.exitCode == 0 && sent.out.contains(S("sent to")), qPrintable(sent.out + sent.err));
        QCOMPARE(sink.waitFor(tested).size(), 1);
        const Run listed = run({S("mail"), S("outbox"), S("--state"), S("sent"), S("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);
        QCOMPARE(run({S("mail"), S("retry"), S("1")}).exitCode, 1); // sent: nothing to retry
        QCOMPARE(run({S("mail"), S("outbox"), S("--state"), S("lost")}).exitCode, 2);
        // A refused delivery says why and stays in the outbox.
        QCOMPARE(run({S("settings"), S("set"), S("mail.smtp_url"), sink.refusingUrl()}).exitCode, 0);
        const Run refused = run({S("mail"), S("test"), S("--to"), TestMailSink::uniqueRecipient(S("refused"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(S("421")), qPrintable(refused.err));

        // The server takes a message and is killed while the SMTP server has not answered yet.
        QCOMPARE(run({S("settings"), S("set"), S("mail.smtp_url"), sink.holdingUrl()}).exitCode, 0);
        QCOMPARE(run({S("user"), S("add"), S("--email"), S("admin@example.org"), S("--role"), S("admin")}).exitCode, 0);
        const auto serve = [this](QProcess &server) {
            server.setProcessEnvironment(environment());
            server.start(QStringLiteral(KEYWARD_SERVER_BINARY),
                         {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
            server.waitForStarted(10000);
            QElapsedTimer timer;
            timer.start();
            while (!server.canReadLine() && timer.elapsed() < 15000)
                server.waitForReadyRead(100);
            return QString::fromUtf8(server.readLine()).trimmed().section(QLatin1Char(' '), -1);
        };
        QProcess first;
        const QString base = serve(first);
        QVERIFY2(base.startsWith(S("http://127.0.0.1:")), qPrintable(base));
        // Minted beside the running server: its issuer is the one the server serves under.
        const QByteArray admin
            = run({S("token"), S("mint"), S("--email"), S("admin@example.org")}).out.trimmed().toLatin1();
        const int heldBefore = sink.heldConnections();
        const QString recipient = TestMailSink::uniqueRecipient(S("killed"));
        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(base + S("/admin/mail/test"))};
        request.setRawHeader("Authorization", "Bearer " + admin);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(request, QJsonDocument(QJsonObject{{S("to"), recipient}}).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(sink.heldConnections() > heldBefore, 10000); // mid-delivery
        first.kill();
        QVERIFY(first.waitForFinished(10000));

        // Back with a working SMTP server: delivered once, without waiting for the lease.
        QCOMPARE(run({S("settings"), S("set"), S("mail.smtp_url"), sink.plainUrl()}).exitCode, 0);
        QProcess second;
        QVERIFY(serve(second).startsWith(S("http://")));
        QCOMPARE(sink.waitFor(recipient).size(), 1);
        QTest::qWait(1500);
        QCOMPARE(sink.messagesTo(recipient).size(), 1);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
    }

    void serveRefusesAnAddressInUse()
    {
        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(QStringLiteral(KEYWARD_SERVER_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(first.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(first.canReadLine(), 15000);
        const QString port = QString::fromUtf8(first.readLine()).trimmed().section(QLatin1Char(':'), -1);
        const Run second
            = run({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port});
        QCOMPARE(second.exitCode, 1);
        QVERIFY(second.err.contains(QStringLiteral("cannot listen")));
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
