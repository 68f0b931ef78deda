// SPDX-License-Identifier: GPL-3.0-or-later
// The Users page, its dialogs and the user view.
#include "consolefixture.h"

#include "audittablemodel.h"
#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/authenticatorapps.h"
#include "auth/mfaservice.h"
#include "auth/passkeyservice.h"
#include "auth/sessionservice.h"
#include "auth/settingsservice.h"
#include "auth/totp.h"
#include "clientdialog.h"
#include "consoledialogs.h"
#include "consolelanguage.h"
#include "crypto/base32.h"
#include "factortablemodel.h"
#include "messagebar.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "sessiontablemodel.h"
#include "settingtablemodel.h"
#include "storage/database.h"
#include "storage/passkeystore.h"
#include "storage/transaction.h"
#include "storage/userstore.h"
#include "timetext.h"
#include "userdetaildialog.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestUsersPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void createAUserAndAssignARole()
    {
        TestServer server;
        Console console(server);
        MainWindow &window = *console.window;
        window.showPage(MainWindow::Page::Users);
        UsersPage *page = window.usersPage();
        // A generated password, shown once.
        console.dialogs->newUsers.push_back(
            NewUserInput{QStringLiteral("dana@example.org"), QStringLiteral("Dana"), {}, {}});
        QTest::mouseClick(button(page, "newUser"), Qt::LeftButton);
        settle(window);
        QCOMPARE(console.dialogs->secrets.size(), 1);
        const QString password = console.dialogs->secrets.first();
        QVERIFY(password.size() >= 20);
        QCOMPARE(page->model()->rowCount(), 1);
        const QJsonObject pair = server.login(QStringLiteral("dana@example.org"), password);
        const QByteArray access = pair.value(QStringLiteral("access_token")).toString().toLatin1();
        QCOMPARE(server.get(QStringLiteral("/api/manager"), access).status, 403);

        selectRow(page->view(), QStringLiteral("dana@example.org"), UserTableModel::Email);
        console.dialogs->roles.push_back(QStringList{QStringLiteral("manager")});
        QTest::mouseClick(button(page, "editRoles"), Qt::LeftButton);
        settle(window);
        selectRow(page->view(), QStringLiteral("manager"), UserTableModel::Roles);
        const QByteArray promoted = server.accessToken(QStringLiteral("dana@example.org"), password);
        QCOMPARE(server.get(QStringLiteral("/api/manager"), promoted).status, 200);
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/users-en.png")));

        // A refused new user is asked again with what was typed and why it was refused.
        console.dialogs->newUsers.push_back(
            NewUserInput{QStringLiteral("dana@example.org"), QStringLiteral("Dana 2"), {}, {}});
        QTest::mouseClick(button(page, "newUser"), Qt::LeftButton);
        settle(window);
        QCOMPARE(console.dialogs->problems.size(), 1);
        QVERIFY2(console.dialogs->problems.first().startsWith(QStringLiteral("A user with this address exists")),
                 qPrintable(console.dialogs->problems.first()));
        QVERIFY(console.dialogs->problems.first().endsWith(QStringLiteral("|dana@example.org")));
    }

    // The real dialog, asked again after a refusal, holds what was typed and says why.
    void aRefusedDialogKeepsWhatWasTyped()
    {
        ConsoleDialogs dialogs;
        QString email;
        QString name;
        QString problem;
        whenDialogOpens([&](QDialog *dialog) {
            const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
            email = fields[0]->text();
            name = fields[1]->text();
            problem = dialog->findChild<MessageBar *>(QStringLiteral("problem"))->text();
            dialog->reject();
        });
        QVERIFY(!dialogs.askNewUser(
            nullptr, {QStringLiteral("user")},
            NewUserInput{QStringLiteral("dana@example.org"), QStringLiteral("Dana"), {QStringLiteral("user")}, {}},
            QStringLiteral("A user with this address exists already.")));
        QCOMPARE(email, QStringLiteral("dana@example.org"));
        QCOMPARE(name, QStringLiteral("Dana"));
        QCOMPARE(problem, QStringLiteral("A user with this address exists already."));
    }

    // So do "New user" (OK named for what it does; a password is optional but, if typed, must
    // hold) and "Register application" (a name first).
    void theNewUserAndApplicationDialogsExplainTheirDisabledOk()
    {
        ConsoleDialogs dialogs;
        QStringList reasons;
        QList<bool> enabled;
        QString okText;
        whenDialogOpens([&](QDialog *dialog) {
            const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>(); // e-mail, name, password
            auto *reason = dialog->findChild<QLabel *>(QStringLiteral("missingBeforeOk"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okText = ok->text().remove(QLatin1Char('&'));
            const auto note = [&] {
                reasons << (reason->isVisibleTo(dialog) ? reason->text() : QString());
                enabled << ok->isEnabled();
            };
            note();
            fields[0]->setText(QStringLiteral("bob@example.org"));
            note();
            fields[2]->setText(QStringLiteral("short"));
            note();
            dialog->reject();
        });
        QVERIFY(!dialogs.askNewUser(nullptr, {QStringLiteral("user")}));
        QCOMPARE(okText, QStringLiteral("Create user"));
        QCOMPARE(reasons.size(), 3);
        QVERIFY2(reasons[0].contains(QStringLiteral("e-mail address")), qPrintable(reasons[0]));
        QVERIFY(reasons[1].isEmpty());
        QVERIFY2(reasons[2].contains(QStringLiteral("at least")), qPrintable(reasons[2]));
        QCOMPARE(enabled, (QList<bool>{false, true, false}));

        ClientDialog application(std::nullopt);
        auto *reason = application.findChild<QLabel *>(QStringLiteral("missingBeforeOk"));
        QVERIFY(!application.okButton()->isEnabled());
        QVERIFY(reason->isVisibleTo(&application) && reason->text().contains(QStringLiteral("name")));
        application.nameField()->setText(QStringLiteral("Shop"));
        QVERIFY(application.okButton()->isEnabled());
        QVERIFY(!reason->isVisibleTo(&application));
        QCOMPARE(application.okButton()->text().remove(QLatin1Char('&')), QStringLiteral("Register"));
    }

    void aUsersDetailViewGathersWhatIsSpreadOverPages()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        server.createUser(QStringLiteral("bob@example.org"), {QStringLiteral("admin")});
        const QJsonObject pair = server.login(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Users);
        UsersPage *page = window.usersPage();
        selectRow(page->view(), QStringLiteral("ada@example.org"), UserTableModel::Email);
        // Enter on a row opens it (a double-click and the context menu too).
        page->view()->setFocus();
        QTest::keyClick(page->view(), Qt::Key_Return);
        settle(window);
        UserDetailDialog *detail = page->details();
        QVERIFY(detail && detail->isVisible());
        QCOMPARE(detail->sessions()->rowCount(), 1);
        bool signedIn = false;
        for (const AuditRecord &event : detail->events()->rows())
            signedIn = signedIn || event.action == QLatin1String("login");
        QVERIFY(signedIn);
        // Her session's columns fit whole: no horizontal scroll bar, no cut column.
        QTableView *sessionView = detail->sessionView();
        QVERIFY(!sessionView->horizontalScrollBar()->isVisible());
        QVERIFY(sessionView->horizontalHeader()->length() <= sessionView->viewport()->width());
        QVERIFY(sessionView->isColumnHidden(SessionTableModel::Workspace)); // in none
        QVERIFY(detail->grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dialog-user-detail-sessions-en.png")));

        // The name is edited in place.
        detail->name()->setFocus();
        detail->name()->selectAll();
        QTest::keyClicks(detail->name(), QStringLiteral("Ada Lovelace"));
        QTest::keyClick(detail->name(), Qt::Key_Return); // saves the name; the view stays open
        settle(window);
        QCOMPARE(server.backend().accounts().find(QStringLiteral("ada@example.org"))->record.name,
                 QStringLiteral("Ada Lovelace"));
        QVERIFY(detail->isVisible());
        // Her session is revoked from here, after a question naming her.
        detail->sessionView()->selectRow(0);
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("detailRevokeSession")), Qt::LeftButton);
        settle(window);
        QVERIFY2(console.dialogs->questions.last().contains(QStringLiteral("ada@example.org")),
                 qPrintable(console.dialogs->questions.last()));
        const QJsonObject body{{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}};
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), body).status, 401);
        QTRY_COMPARE(detail->sessions()->rowCount(), 0);
        // Disabling asks first, and the view shows the new status.
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("detailToggleDisabled")), Qt::LeftButton);
        settle(window);
        QVERIFY(console.dialogs->questions.last().startsWith(QStringLiteral("Disable ada@example.org?")));
        QVERIFY(server.backend().accounts().find(QStringLiteral("ada@example.org"))->record.disabled);
        QTRY_VERIFY(detail->findChild<QPushButton *>(QStringLiteral("detailToggleDisabled"))
                        ->text()
                        .contains(QStringLiteral("Enable")));
        detail->close();
    }

    void aUsersSignInFactorsAreShownRemovedAndReset_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // Who has which sign-in factors and who must enrol one, on the Users page; a user's factors
    // in their view, one removed, then all reset after a question naming them and saying their
    // sessions end; the policy under Settings. Screenshots of the view and the question in every
    // language.
    void aUsersSignInFactorsAreShownRemovedAndReset()
    {
        QFETCH(QString, language);
        ConsoleLanguage::apply(language);
        const auto backToEnglish = qScopeGuard([] { ConsoleLanguage::apply({}); }); // also when a check fails
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"), {QStringLiteral("admin")});
        server.createUser(QStringLiteral("bob@example.org"));
        Backend &backend = server.backend();
        const Actor local = Actor::local(QStringLiteral("test"));
        // Administrators must use a second factor, and ada (an administrator) has none.
        const auto policy
            = backend.settingsService().change(local, {{QStringLiteral("mfa.required"), QStringLiteral("admins")}});
        QVERIFY(policy.ok());
        const qint64 adaId = backend.accounts().find(QStringLiteral("ada@example.org"))->record.id;
        const User bob = backend.accounts().find(QStringLiteral("bob@example.org")).value();
        const qint64 bobId = bob.record.id;
        // bob: an authenticator app (confirmed with its first code), recovery codes, a synced
        // passkey and a device-bound one that was used, and a session.
        const auto enrolment = backend.authenticatorApps().begin(bob, QStringLiteral("Keyward"));
        QVERIFY(enrolment);
        const QByteArray secret = Base32::decode(enrolment->secret).value_or(QByteArray());
        QVERIFY(!secret.isEmpty());
        QVERIFY(backend.authenticatorApps().confirm(local, bobId, enrolment->enrolmentId,
                                                    Totp::codeAt(secret, Totp::stepAt(backend.clock().nowSecs()))));
        QVERIFY(backend.mfa().newRecoveryCodes(local, bobId));
        const auto addPasskey = [&backend, bobId](const QString &id, const QString &name, bool synced) {
            PasskeyRecord passkey;
            passkey.id = id;
            passkey.userId = bobId;
            passkey.credentialId = QStringLiteral("Y3JlZGVudGlhbA-") + id;
            passkey.publicKey = QStringLiteral("cHVibGljLWtleQ");
            passkey.algorithm = -7; // ES256
            passkey.aaguid = QStringLiteral("00000000-0000-0000-0000-000000000000");
            passkey.backupEligible = synced;
            passkey.backedUp = synced;
            passkey.name = name;
            passkey.createdAt = backend.clock().now();
            PasskeyStore(backend.database().connection()).insert(passkey);
        };
        addPasskey(QStringLiteral("passkey-phone"), QStringLiteral("Phone"), true);
        addPasskey(QStringLiteral("passkey-key"), QStringLiteral("Security key"), false);
        QVERIFY(PasskeyStore(backend.database().connection())
                    .recordUse(QStringLiteral("passkey-key"), 0, 1, false, backend.clock().now()));
        QVERIFY(backend.sessions().start(bob, {}));

        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Users);
        UsersPage *page = window.usersPage();
        const auto factorsShown = [page](qint64 id) {
            const UserTableModel *model = page->model();
            return model->index(model->rowOfKey(QString::number(id)), UserTableModel::Factors).data().toString();
        };
        // ada must enrol; bob has the app and two passkeys.
        QTRY_VERIFY2(factorsShown(adaId).startsWith(QStringLiteral("⚠")), qPrintable(factorsShown(adaId)));
        QVERIFY2(factorsShown(bobId).contains(QLatin1Char('2')) && !factorsShown(bobId).startsWith(QStringLiteral("⚠")),
                 qPrintable(factorsShown(bobId)));
        if (language == QLatin1String("en"))
            QCOMPARE(factorsShown(bobId), QStringLiteral("App, Passkeys: 2"));
        if (language == QLatin1String("de"))
            QCOMPARE(page->model()->headerData(UserTableModel::Factors, Qt::Horizontal).toString(),
                     QStringLiteral("Anmeldefaktoren"));
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/page-users-factors-%1.png").arg(language)));

        // bob's view lists them: the app, and each passkey with its name, use and storage.
        selectRow(page->view(), QStringLiteral("bob@example.org"), UserTableModel::Email);
        page->openDetails();
        settle(window);
        UserDetailDialog *detail = page->details();
        QVERIFY(detail && detail->isVisible());
        FactorTableModel *factors = detail->factors();
        QAbstractItemModelTester tester(factors, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(factors->rowCount(), 3);
        QCOMPARE(factors->rowOfKey(QStringLiteral("app")), 0);
        const int key = factors->rowOfKey(QStringLiteral("passkey:passkey-key"));
        const int phone = factors->rowOfKey(QStringLiteral("passkey:passkey-phone"));
        QVERIFY(key > 0 && phone > 0);
        QCOMPARE(factors->index(key, FactorTableModel::Name).data().toString(), QStringLiteral("Security key"));
        QCOMPARE(factors->index(key, FactorTableModel::LastUsed).data().toString(),
                 RelativeTime::between(0, 0)); // "just now" by the backend's (manual) clock
        QCOMPARE(factors->index(key, FactorTableModel::LastUsed).data(Qt::ToolTipRole).toString(),
                 localTime(backend.clock().now()));
        QVERIFY(factors->index(key, FactorTableModel::Storage).data().toString()
                != factors->index(phone, FactorTableModel::Storage).data().toString());
        if (language == QLatin1String("en")) {
            QCOMPARE(factors->index(phone, FactorTableModel::Storage).data().toString(), QStringLiteral("Synced"));
            QCOMPARE(factors->index(key, FactorTableModel::Storage).data().toString(), QStringLiteral("Device-bound"));
            QCOMPARE(factors->index(phone, FactorTableModel::LastUsed).data().toString(), QStringLiteral("Never"));
        }
        QVERIFY2(detail->factorNote()->text().contains(QString::number(RecoveryCodes::kCount)),
                 qPrintable(detail->factorNote()->text()));
        detail->showFactors();
        settle(window);
        QVERIFY(
            detail->grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dialog-user-factors-%1.png").arg(language)));

        // One passkey removed, after a question naming it and bob.
        detail->factorView()->selectRow(key);
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("detailRemoveFactor")), Qt::LeftButton);
        settle(window);
        QVERIFY2(console.dialogs->questions.last().contains(QStringLiteral("Security key"))
                     && console.dialogs->questions.last().contains(QStringLiteral("bob@example.org")),
                 qPrintable(console.dialogs->questions.last()));
        QCOMPARE(backend.passkeys().ofUser(bobId).size(), size_t(1));
        QTRY_COMPARE(factors->rowCount(), 2);
        QCOMPARE(factors->rowOfKey(QStringLiteral("passkey:passkey-key")), -1);

        // The reset asks first, in a real question box (its screenshot), naming bob.
        // Its button names the action (the title), not "Yes"; Cancel is the default.
        bool saved = false;
        bool verbButton = false;
        console.dialogs->realQuestions = true;
        whenDialogOpens([&saved, &verbButton, language](QDialog *question) {
            saved = question->grab().save(
                QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dialog-reset-factors-%1.png").arg(language));
            auto *box = qobject_cast<QMessageBox *>(question);
            QAbstractButton *act = nullptr;
            for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    act = button;
            }
            verbButton = act && act->text() == box->windowTitle() && !box->button(QMessageBox::Yes)
                && box->defaultButton() == box->button(QMessageBox::Cancel);
            if (act)
                act->click();
            else
                question->reject();
        });
        QTest::mouseClick(detail->findChild<QPushButton *>(QStringLiteral("detailResetFactors")), Qt::LeftButton);
        console.dialogs->realQuestions = false;
        settle(window);
        QVERIFY(saved);
        QVERIFY(verbButton);
        QVERIFY2(console.dialogs->questions.last().contains(QStringLiteral("bob@example.org")),
                 qPrintable(console.dialogs->questions.last()));
        if (language == QLatin1String("en"))
            QVERIFY2(console.dialogs->questions.last().contains(QStringLiteral("every session of theirs ends")),
                     qPrintable(console.dialogs->questions.last()));
        // Every factor is gone, and every session; the view says so, and the audit log has it.
        QTRY_COMPARE(factors->rowCount(), 0);
        QVERIFY(!backend.mfa().hasSecondFactor(bobId));
        QCOMPARE(backend.mfa().statusOf(bob).recoveryCodesLeft, 0);
        QCOMPARE(backend.sessions().activeCountsOf({bobId}).value(bobId), 0);
        QVERIFY2(detail->factorNote()->text().contains(QStringLiteral(": 0")),
                 qPrintable(detail->factorNote()->text()));
        QVERIFY(!detail->findChild<QPushButton *>(QStringLiteral("detailResetFactors"))->isEnabled());
        bool audited = false;
        for (const AuditRecord &event : detail->events()->rows())
            audited = audited || event.action == QLatin1String("mfa.reset");
        QVERIFY(audited);
        detail->close();
        QTRY_COMPARE(factorsShown(bobId), QStringLiteral("—")); // not required of him, and none left

        // The policy is a setting, grouped with the passkeys' own.
        window.showPage(MainWindow::Page::Settings);
        settle(window);
        SettingsPage *settings = window.settingsPage();
        const QString group = QCoreApplication::translate("keyward::SettingsPage", "Sign-in factors");
        for (int tab = 0; tab < settings->groups()->count(); ++tab) {
            if (settings->groups()->itemText(tab) == group)
                settings->groups()->setCurrentIndex(tab);
        }
        QCOMPARE(settings->groups()->currentText(), group);
        QStringList listed;
        for (int row = 0; row < settings->table()->model()->rowCount(); ++row)
            listed << settings->table()->model()->index(row, SettingTableModel::Key).data().toString();
        listed.sort();
        QCOMPARE(listed,
                 (QStringList{QStringLiteral("mfa.required"), QStringLiteral("webauthn.origins"),
                              QStringLiteral("webauthn.rp_id")}));
        const int required = settings->model()->rowOfKey(QStringLiteral("mfa.required"));
        QCOMPARE(settings->model()->index(required, SettingTableModel::Value).data().toString(),
                 QStringLiteral("admins"));
    }

    void theLastAdministratorCannotBeDeletedOrDisabledAndSaysWhy()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"), {QStringLiteral("admin")});
        server.createUser(QStringLiteral("bob@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Users);
        UsersPage *page = window.usersPage();
        // Nothing selected: a line saying what selecting does, not a row of greyed buttons.
        QVERIFY(!button(page, "deleteUser")->isVisibleTo(page));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("selectUserHint"))->isVisibleTo(page));
        selectRow(page->view(), QStringLiteral("bob@example.org"), UserTableModel::Email);
        QVERIFY(button(page, "deleteUser")->isVisibleTo(page));
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("selectUserHint"))->isVisibleTo(page));
        // The toggle names what it does to the selected user.
        QCOMPARE(button(page, "toggleDisabled")->text().remove(QLatin1Char('&')), QStringLiteral("Disable…"));
        QVERIFY(server.backend().accounts().setDisabled(Actor::local(QStringLiteral("test")),
                                                        QStringLiteral("bob@example.org"), true));
        page->refresh();
        settle(window);
        QCOMPARE(button(page, "toggleDisabled")->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));
        QVERIFY(server.backend().accounts().setDisabled(Actor::local(QStringLiteral("test")),
                                                        QStringLiteral("bob@example.org"), false));
        page->refresh();
        settle(window);
        selectRow(page->view(), QStringLiteral("ada@example.org"), UserTableModel::Email);
        for (const char *name : {"deleteUser", "toggleDisabled"}) {
            QVERIFY(!button(page, name)->isEnabled());
            QVERIFY2(button(page, name)->toolTip().contains(QStringLiteral("only enabled administrator")),
                     qPrintable(button(page, name)->toolTip()));
        }
        QVERIFY(button(page, "resetPassword")->isEnabled());
        // Taking her admin role away is refused, inline: the message bar, not only the status bar.
        console.dialogs->roles.push_back({QStringLiteral("user")});
        QTest::mouseClick(button(page, "editRoles"), Qt::LeftButton);
        settle(window);
        QVERIFY(window.refusal()->isVisible());
        QVERIFY2(window.refusal()->text().contains(QStringLiteral("administrator")),
                 qPrintable(window.refusal()->text()));
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/refusal-last-admin-en.png")));
        // With a second administrator both are offered again; the refusal goes when work succeeds.
        QVERIFY(server.backend().accounts().setRoles(Actor::local(QStringLiteral("test")),
                                                     QStringLiteral("bob@example.org"), {QStringLiteral("admin")}));
        settle(window);
        page->refresh();
        settle(window);
        QVERIFY(button(page, "deleteUser")->isEnabled());
        QVERIFY(button(page, "toggleDisabled")->isEnabled());
        selectRow(page->view(), QStringLiteral("bob@example.org"), UserTableModel::Email);
        QTest::mouseClick(button(page, "resetPassword"), Qt::LeftButton);
        settle(window);
        QVERIFY(!refusalShown(window)); // a notice of what worked may be there
    }

    void importUsersReportsWhatWasSkipped()
    {
        TestServer server;
        Console console(server);
        MainWindow &window = *console.window;
        QTemporaryDir dir;
        QFile lines(dir.filePath(QStringLiteral("users.jsonl")));
        QVERIFY(lines.open(QIODevice::WriteOnly));
        lines.write(
            R"({"email":"old@example.org","password_hash":"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"})"
            "\n"
            R"({"email":"not an address","password_hash":"$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"})"
            "\n");
        lines.close();
        console.dialogs->openFile = lines.fileName();
        QTest::mouseClick(button(window.usersPage(), "importUsers"), Qt::LeftButton);
        settle(window);
        QCOMPARE(console.dialogs->reports.size(), 1);
        QVERIFY2(console.dialogs->reports.first().startsWith(QStringLiteral("Imported 1 user; skipped 1 line")),
                 qPrintable(console.dialogs->reports.first()));
        QVERIFY(console.dialogs->reports.first().contains(QStringLiteral("users.jsonl:2:")));
        QCOMPARE(window.usersPage()->model()->rowCount(), 1);
    }

    void largeTablesHoldAWindowReadMoreOnScrollAndSearchTheDatabase()
    {
        TestServer server;
        {
            // More users than the largest window, straight into the store (one hash for all).
            TransactionGuard transaction(server.backend().database());
            UserStore users(transaction.connection());
            const QDateTime now = server.clock().now();
            for (int i = 0; i < RowWindow::kMaxRows + 100; ++i) {
                const QString email = QStringLiteral("user-%1@example.org").arg(i, 4, 10, QLatin1Char('0'));
                users.insert({0, {}, email, {}, QStringLiteral("$argon2id$unused"), false, now, now, std::nullopt, now},
                             email);
            }
            transaction.commit();
        }
        const int total = RowWindow::kMaxRows + 100;
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Users);
        UsersPage *page = window.usersPage();
        UserTableModel *model = page->model();
        QCOMPARE(model->rowCount(), RowWindow::kPageRows);
        QCOMPARE(model->index(0, UserTableModel::Email).data().toString(), QStringLiteral("user-0000@example.org"));
        // The view shows the database's order until a header is clicked (not sorted backwards).
        QCOMPARE(page->view()->model()->index(0, UserTableModel::Email).data().toString(),
                 QStringLiteral("user-0000@example.org"));
        QCOMPARE(page->shown()->text(), QStringLiteral("%1 of %2 users").arg(RowWindow::kPageRows).arg(total));
        // Scrolling to the end reads the next page's worth.
        page->view()->scrollToBottom();
        settle(window);
        QCOMPARE(model->rowCount(), 2 * RowWindow::kPageRows);
        // A live refresh re-reads the window it has, no more.
        page->refresh();
        settle(window);
        QCOMPARE(model->rowCount(), 2 * RowWindow::kPageRows);
        for (int i = 0; i < 100 && model->canFetchMore({}); ++i) {
            model->fetchMore({});
            settle(window);
        }
        QCOMPARE(model->rowCount(), RowWindow::kMaxRows); // never more
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(
            page->shown()->text(),
            QStringLiteral("The first %1 of %2 users: search to find the others").arg(RowWindow::kMaxRows).arg(total));
        // The search asks the database, so it finds users beyond the window.
        page->search()->setText(QStringLiteral("USER-5099"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000);
        QCOMPARE(model->index(0, UserTableModel::Email).data().toString(), QStringLiteral("user-5099@example.org"));
        page->search()->setText(QStringLiteral("user-50"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 100, 2000);
        QCOMPARE(page->shown()->text(), QStringLiteral("100 matching users")); // no English plural forms yet
        QVERIFY(!model->canFetchMore({}));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
