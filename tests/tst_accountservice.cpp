// SPDX-License-Identifier: GPL-3.0-or-later
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/sessionservice.h"
#include "auth/userimporter.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QBuffer>
#include <QTest>

using namespace keyward;

class TestAccountService : public QObject {
    Q_OBJECT

private:
    const Actor m_local = Actor::local(QStringLiteral("test"));
    const QString m_password = QStringLiteral("a sturdy passphrase");

    User create(TestInstallation &kw, const QString &email, const QStringList &roles = {})
    {
        const Result<User> user = kw.backend().accounts().create(m_local, {email, {}, roles, m_password, {}});
        if (!user)
            qFatal("cannot create %s: %s", qPrintable(email), qPrintable(user.error().message));
        return user.value();
    }

    static QString storedHash(TestInstallation &kw, const QString &email)
    {
        return kw.backend().accounts().find(email)->record.passwordHash;
    }

    static QString allAuditText(TestInstallation &kw)
    {
        SqlStatement query(kw.backend().database().connection(),
                           QStringLiteral("SELECT actor || target || details FROM audit_events"));
        query.exec();
        QString text;
        while (query.next())
            text += query.value(0).toString();
        return text;
    }

private slots:
    // Actors by kind: only the local tools and Keyward's own tasks carry full authority; an
    // application, an anonymous party and self-registration carry none (self-registration used to
    // borrow the local tools' authority, renamed).
    void onlyLocalToolsAndKeywardItselfActWithFullAuthority()
    {
        QVERIFY(Actor::local(QStringLiteral("cli")).hasLocalAuthority());
        QVERIFY(Actor::system(QStringLiteral("scheduler")).hasLocalAuthority());
        QVERIFY(!Actor::client(QStringLiteral("notes"), {}).hasLocalAuthority());
        QVERIFY(!Actor::anonymous(QStringLiteral("self:x@example.org"), {}).hasLocalAuthority());
        QVERIFY(!Actor::user(QStringLiteral("root@example.org"), {QStringLiteral("admin")}, {}).hasLocalAuthority());
        QCOMPARE(Actor::local(QStringLiteral("cli")).name, Actor::local(QStringLiteral("cli")).name); // read once
        TestInstallation kw;
        const NewUser admin{QStringLiteral("eve@example.org"),
                            {},
                            {QStringLiteral("admin")},
                            QStringLiteral("a sturdy passphrase"),
                            {}};
        QCOMPARE(kw.backend()
                     .accounts()
                     .create(Actor::anonymous(QStringLiteral("self:eve@example.org"), {}), admin)
                     .error()
                     .codeName(),
                 QStringLiteral("insufficient_role"));
        QCOMPARE(kw.backend().accounts().create(Actor::client(QStringLiteral("notes"), {}), admin).error().codeName(),
                 QStringLiteral("insufficient_role"));
        const Result<User> registered = kw.backend().accounts().registerSelf(
            QStringLiteral("eve@example.org"), {}, QStringLiteral("a sturdy passphrase"), QStringLiteral("192.0.2.1"));
        QVERIFY(registered);
        QCOMPARE(registered->roles, QStringList{QStringLiteral("user")});
        QCOMPARE(kw.backend().audit().list({}).front().actor, QStringLiteral("self:eve@example.org"));
    }

    // A disable between the password check and the session's start wins: no session whose tokens
    // the disable's revocations missed (and that would work again after an enable).
    void noSessionStartsForAUserDisabledAfterThePasswordCheck()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        create(kw, QStringLiteral("ada@example.org"));
        const Result<User> checked
            = kw.backend().accounts().authenticate(QStringLiteral("ada@example.org"), m_password, {});
        QVERIFY(checked);
        QVERIFY(kw.backend().accounts().setDisabled(m_local, QStringLiteral("ada@example.org"), true));
        const Result<TokenPair> started = kw.backend().sessions().start(checked.value(), {});
        QVERIFY(!started);
        QCOMPARE(started.error().codeName(), QStringLiteral("invalid_credentials"));
        QVERIFY(kw.backend().sessions().active(checked->record.id).empty());
        // Enabled again: sessions start as before.
        QVERIFY(kw.backend().accounts().setDisabled(m_local, QStringLiteral("ada@example.org"), false));
        QVERIFY(kw.backend().sessions().start(checked.value(), {}));
    }

    void createNormalisesAndDefaultsToUser()
    {
        TestInstallation kw;
        const User user = create(kw, QStringLiteral("  Ada@Example.org "));
        QCOMPARE(user.record.email, QStringLiteral("Ada@Example.org"));
        QCOMPARE(user.roles, QStringList{QStringLiteral("user")});
        QCOMPARE(user.record.createdAt, TestInstallation::startTime());
        QVERIFY(user.record.passwordHash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(kw.backend().accounts().find(QStringLiteral("ADA@example.ORG")).ok());
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad e-mail") << QStringLiteral("nope") << m_password << QStringList{}
                                    << QStringLiteral("invalid_email");
        QTest::newRow("short password") << QStringLiteral("a@x.org") << QStringLiteral("short") << QStringList{}
                                        << QStringLiteral("weak_password");
        QTest::newRow("unknown role") << QStringLiteral("a@x.org") << m_password
                                      << QStringList{QStringLiteral("wizard")} << QStringLiteral("unknown_role");
        QTest::newRow("taken, other case")
            << QStringLiteral("TAKEN@x.org ") << m_password << QStringList{} << QStringLiteral("email_taken");
    }

    void createRefusesBadInput()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(QStringList, roles);
        QFETCH(QString, code);
        TestInstallation kw;
        create(kw, QStringLiteral("taken@x.org"));
        const Result<User> user = kw.backend().accounts().create(m_local, {email, {}, roles, password, {}});
        QVERIFY(!user);
        QCOMPARE(user.error().codeName(), code);
        QCOMPARE(kw.backend().accounts().list().size(), size_t(1));
    }

    void rolesFollowTheHierarchyRules()
    {
        TestInstallation kw;
        create(kw, QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        create(kw, QStringLiteral("plain@x.org"));
        AccountService &accounts = kw.backend().accounts();
        const Actor manager
            = Actor::user(QStringLiteral("boss@x.org"), {QStringLiteral("manager")}, QStringLiteral("127.0.0.1"));
        // A manager may assign roles up to manager, not admin, and may not touch an admin.
        QVERIFY(accounts.setRoles(manager, QStringLiteral("plain@x.org"), {QStringLiteral("manager")}).ok());
        QCOMPARE(
            accounts.setRoles(manager, QStringLiteral("plain@x.org"), {QStringLiteral("admin")}).error().codeName(),
            QStringLiteral("insufficient_role"));
        QCOMPARE(accounts.setRoles(manager, QStringLiteral("root@x.org"), {QStringLiteral("user")}).error().codeName(),
                 QStringLiteral("insufficient_role"));
        // Managers lack users.write: they cannot create or disable users.
        QCOMPARE(accounts.create(manager, {QStringLiteral("n@x.org"), {}, {}, m_password, {}}).error().codeName(),
                 QStringLiteral("insufficient_role"));
        QCOMPARE(accounts.setDisabled(manager, QStringLiteral("plain@x.org"), true).error().codeName(),
                 QStringLiteral("insufficient_role"));
        const Actor user = Actor::user(QStringLiteral("u@x.org"), {QStringLiteral("user")}, {});
        QCOMPARE(accounts.setRoles(user, QStringLiteral("plain@x.org"), {QStringLiteral("user")}).error().codeName(),
                 QStringLiteral("insufficient_role"));
        QCOMPARE(accounts.find(QStringLiteral("plain@x.org"))->roles, QStringList{QStringLiteral("manager")});
        // Denied attempts leave no audit trail of a change.
        QVERIFY(!allAuditText(kw).contains(QStringLiteral("wizard")));
    }

    void theLastAdministratorIsProtected()
    {
        TestInstallation kw;
        AccountService &accounts = kw.backend().accounts();
        QVERIFY(!accounts.hasAdministrator());
        create(kw, QStringLiteral("root@x.org"), {QStringLiteral("admin")});
        QVERIFY(accounts.hasAdministrator());
        QCOMPARE(accounts.setDisabled(m_local, QStringLiteral("root@x.org"), true).error().codeName(),
                 QStringLiteral("last_admin"));
        QCOMPARE(accounts.remove(m_local, QStringLiteral("root@x.org")).error().codeName(),
                 QStringLiteral("last_admin"));
        QCOMPARE(accounts.setRoles(m_local, QStringLiteral("root@x.org"), {QStringLiteral("user")}).error().codeName(),
                 QStringLiteral("last_admin"));
        create(kw, QStringLiteral("second@x.org"), {QStringLiteral("admin")});
        QVERIFY(accounts.setDisabled(m_local, QStringLiteral("root@x.org"), true).ok());
        QCOMPARE(accounts.remove(m_local, QStringLiteral("second@x.org")).error().codeName(),
                 QStringLiteral("last_admin"));
        QVERIFY(accounts.setDisabled(m_local, QStringLiteral("root@x.org"), false).ok());
        QVERIFY(accounts.remove(m_local, QStringLiteral("second@x.org")).ok());
        QCOMPARE(accounts.find(QStringLiteral("second@x.org")).error().codeName(), QStringLiteral("not_found"));
    }

    void authenticateFailsAlikeForEveryReason()
    {
        TestInstallation kw;
        create(kw, QStringLiteral("ada@x.org"));
        create(kw, QStringLiteral("off@x.org"));
        AccountService &accounts = kw.backend().accounts();
        QVERIFY(accounts.setDisabled(m_local, QStringLiteral("off@x.org"), true).ok());
        const QList<QPair<QString, QString>> attempts{
            {QStringLiteral("ada@x.org"), QStringLiteral("wrong password!")},
            {QStringLiteral("ghost@x.org"), m_password},
            {QStringLiteral("off@x.org"), m_password},
            {QStringLiteral("ada@x.org"), QString(2000, QLatin1Char('x'))},
        };
        for (const auto &[email, password] : attempts) {
            const Result<User> result = accounts.authenticate(email, password, QStringLiteral("192.0.2.7"));
            QVERIFY(!result);
            QCOMPARE(result.error().codeName(), QStringLiteral("invalid_credentials"));
            QCOMPARE(result.error().message, QStringLiteral("wrong e-mail address or password"));
        }
        kw.clock().advance(60);
        const Result<User> ok
            = accounts.authenticate(QStringLiteral(" ADA@x.org"), m_password, QStringLiteral("192.0.2.7"));
        QVERIFY(ok);
        QCOMPARE(ok->record.lastLoginAt, std::optional(TestInstallation::startTime().addSecs(60)));
        const auto events = kw.backend().audit().list({});
        QCOMPARE(events.front().action, QStringLiteral("login"));
        QCOMPARE(events.front().outcome, QStringLiteral("success"));
        QCOMPARE(events.front().clientAddress, QStringLiteral("192.0.2.7"));
        // No password, wrong or right, ever reaches the audit log.
        const QString audit = allAuditText(kw);
        QVERIFY(!audit.contains(m_password));
        QVERIFY(!audit.contains(QStringLiteral("wrong password!")));
        QVERIFY(!audit.contains(QStringLiteral("$argon2")));
    }

    void bcryptIsUpgradedAtTheNextLogin()
    {
        TestInstallation kw;
        const QString bcrypt = QStringLiteral("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"); // "U*U"
        QVERIFY(kw.backend().accounts().create(m_local, {QStringLiteral("old@x.org"), {}, {}, {}, bcrypt}).ok());
        QCOMPARE(storedHash(kw, QStringLiteral("old@x.org")), bcrypt);
        QVERIFY(!kw.backend().accounts().authenticate(QStringLiteral("old@x.org"), QStringLiteral("U*U*"), {}));
        QCOMPARE(storedHash(kw, QStringLiteral("old@x.org")), bcrypt);
        QVERIFY(kw.backend().accounts().authenticate(QStringLiteral("old@x.org"), QStringLiteral("U*U"), {}));
        const QString upgraded = storedHash(kw, QStringLiteral("old@x.org"));
        QVERIFY(upgraded.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(kw.backend().accounts().authenticate(QStringLiteral("old@x.org"), QStringLiteral("U*U"), {}));
        QCOMPARE(storedHash(kw, QStringLiteral("old@x.org")), upgraded); // upgraded once, not at every login
    }

    void strongerSettingsRehashAtTheNextLogin()
    {
        TestInstallation weak;
        create(weak, QStringLiteral("ada@x.org"));
        const QString weakHash = storedHash(weak, QStringLiteral("ada@x.org"));
        QVERIFY(weakHash.contains(QStringLiteral("m=7168,t=1")));
        // Same data directory, stronger settings: a new backend as after a restart.
        BackendOptions options = weak.sameFilesOptions();
        options.commandLineSettings = {{QStringLiteral("passwords.argon2_ops"), QStringLiteral("2")},
                                       {QStringLiteral("passwords.argon2_memory_kib"), QStringLiteral("8192")}};
        const auto strong = Backend::open(options);
        QVERIFY(strong);
        QVERIFY(strong.value()->accounts().authenticate(QStringLiteral("ada@x.org"), m_password, {}));
        QVERIFY(strong.value()
                    ->accounts()
                    .find(QStringLiteral("ada@x.org"))
                    ->record.passwordHash.contains(QStringLiteral("m=8192,t=2")));
    }

    void resetPasswordChecksThePolicy()
    {
        TestInstallation kw;
        create(kw, QStringLiteral("ada@x.org"));
        AccountService &accounts = kw.backend().accounts();
        QCOMPARE(accounts.resetPassword(m_local, QStringLiteral("ada@x.org"), QStringLiteral("ada@x.org"))
                     .error()
                     .codeName(),
                 QStringLiteral("weak_password"));
        QCOMPARE(accounts.resetPassword(m_local, QStringLiteral("nobody@x.org"), m_password + QLatin1Char('!'))
                     .error()
                     .codeName(),
                 QStringLiteral("not_found"));
        kw.clock().advance(5);
        QVERIFY(
            accounts.resetPassword(m_local, QStringLiteral("ada@x.org"), QStringLiteral("another passphrase")).ok());
        QVERIFY(!accounts.authenticate(QStringLiteral("ada@x.org"), m_password, {}));
        const Result<User> user
            = accounts.authenticate(QStringLiteral("ada@x.org"), QStringLiteral("another passphrase"), {});
        QVERIFY(user);
        QCOMPARE(user->record.passwordChangedAt, TestInstallation::startTime().addSecs(5));
    }

    void everyChangeIsAudited()
    {
        TestInstallation kw;
        AccountService &accounts = kw.backend().accounts();
        create(kw, QStringLiteral("ada@x.org"));
        QVERIFY(accounts.setRoles(m_local, QStringLiteral("ada@x.org"), {QStringLiteral("manager")}));
        QVERIFY(accounts.setDisabled(m_local, QStringLiteral("ada@x.org"), true));
        QVERIFY(accounts.setDisabled(m_local, QStringLiteral("ada@x.org"), false));
        QVERIFY(
            accounts.resetPassword(m_local, QStringLiteral("ada@x.org"), QStringLiteral("another passphrase")).ok());
        QVERIFY(accounts.remove(m_local, QStringLiteral("ada@x.org")).ok());
        QStringList actions;
        for (const AuditRecord &event : kw.backend().audit().list({})) {
            actions.prepend(event.action);
            QCOMPARE(event.actor, m_local.name);
            QCOMPARE(event.target, QStringLiteral("ada@x.org"));
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("user.create"), QStringLiteral("user.set_roles"),
                              QStringLiteral("user.disable"), QStringLiteral("user.enable"),
                              QStringLiteral("user.reset_password"), QStringLiteral("user.delete")}));
        QVERIFY(!allAuditText(kw).contains(QStringLiteral("another passphrase")));
    }

    void importSkipsBadLinesAndKeepsGoodOnes()
    {
        TestInstallation kw;
        create(kw, QStringLiteral("exists@x.org"));
        QByteArray lines;
        lines
            += R"({"email":"a@x.org","name":"A","roles":["manager"],"password_hash":"$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"})"
               "\n";
        lines += "{not json\n";
        lines
            += R"({"email":"b@x.org","password_hash":"$argon2id$v=19$m=16384,t=2,p=1$a2V5d2FyZGZpeHR1cmVzYWx0$Q6KD+GZGEf6+hgyE3nKFsDbxb0w6fLdFkpMP5kQ4j5E"})"
               "\n";
        lines += "\n";
        lines
            += R"({"email":"exists@x.org","password_hash":"$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"})"
               "\n";
        lines
            += R"({"email":"c@x.org","roles":["wizard"],"password_hash":"$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"})"
               "\n";
        lines += R"({"email":"d@x.org","password_hash":"plaintext"})"
                 "\n";
        lines += R"({"email":"A@X.org","password_hash":"$2b$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"})"
                 "\n";
        lines += R"(["array"])"
                 "\n";
        lines
            += R"({"email":"e@x.org","name":"E","password_hash":"$2y$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"})";
        QBuffer input(&lines);
        input.open(QIODevice::ReadOnly);
        UserImporter importer(kw.backend().database(), kw.backend().accounts(), 3); // several batches
        const ImportReport report = importer.run(m_local, input);
        QCOMPARE(report.imported, 3);
        QList<int> skippedLines;
        QStringList codes;
        for (const auto &problem : report.skipped) {
            skippedLines << problem.line;
            codes << problem.code;
        }
        QCOMPARE(skippedLines, (QList<int>{2, 5, 6, 7, 8, 9}));
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("invalid_request"), QStringLiteral("email_taken"),
                              QStringLiteral("unknown_role"), QStringLiteral("invalid_hash"),
                              QStringLiteral("email_taken"), QStringLiteral("invalid_request")}));
        QCOMPARE(kw.backend().accounts().find(QStringLiteral("a@x.org"))->roles,
                 QStringList{QStringLiteral("manager")});
        QVERIFY(kw.backend().accounts().authenticate(QStringLiteral("b@x.org"),
                                                     QStringLiteral("correct horse battery staple"), {}));
        QVERIFY(kw.backend().accounts().authenticate(QStringLiteral("e@x.org"), QStringLiteral("U*U"), {}));
        QCOMPARE(kw.backend().accounts().list().size(), size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
