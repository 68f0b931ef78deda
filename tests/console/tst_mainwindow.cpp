// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and what every page shares: start-up order, first run, refreshes and the
// selection, dialogs and the keyboard, the language, empty tables, secrets, columns and times,
// and a window that stays responsive.
#include "consolefixture.h"

#include "audittablemodel.h"
#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "columnchooser.h"
#include "common/changesignals.h"
#include "consoledialogs.h"
#include "consolelanguage.h"
#include "consolestartup.h"
#include "errortext.h"
#include "firstrun.h"
#include "focusring.h"
#include "identifierelision.h"
#include "keytablemodel.h"
#include "messagebar.h"
#include "pages/auditpage.h"
#include "pages/clientspage.h"
#include "pages/dashboardpage.h"
#include "pages/keyspage.h"
#include "pages/sessionspage.h"
#include "pages/settingspage.h"
#include "pages/userspage.h"
#include "pages/workspacespage.h"
#include "revocationtablemodel.h"
#include "secretdialog.h"
#include "sessiontablemodel.h"
#include "settingeditor.h"
#include "settingtablemodel.h"
#include "timetext.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <future>

using namespace keyward;
using namespace keyward::consoletest;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    // The start-up order: the token services before the window, whose first reads on its worker
    // thread use them (before: the window first, so a read raced startTokens on the GUI thread).
    void theConsoleStartsItsTokenServicesBeforeItsWindowReads()
    {
        TestInstallation kw;
        {
            // A session made by another process, so this backend starts without its token services.
            Result<std::shared_ptr<Backend>> other = Backend::open(kw.sameFilesOptions());
            QVERIFY(other && other.value()->startTokens());
            const User ada = kw.createUser(QStringLiteral("ada@example.org"));
            QVERIFY(other.value()->sessions().start(ada, {}));
        }
        QVERIFY(!kw.backend().hasTokens());
        ConsoleStartup startup = openConsole(kw.sharedBackend(), std::make_unique<ScriptedDialogs>());
        QVERIFY(startup.tokens.ok());
        MainWindow &window = *startup.window;
        window.showPage(MainWindow::Page::Users);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle(window);
        // The very first read of the Users page counted the session: the services were there.
        const QAbstractItemModel *users = window.usersPage()->model();
        bool counted = false;
        for (int row = 0; row < users->rowCount(); ++row) {
            if (users->index(row, UserTableModel::Email).data().toString() == QLatin1String("ada@example.org"))
                counted = users->index(row, UserTableModel::Sessions).data().toString() == QLatin1String("1");
        }
        QVERIFY(counted);
    }

    void firstRunAsksForTheFirstAdministrator()
    {
        TestInstallation kw;
        ScriptedDialogs dialogs;
        dialogs.firstAdmins.push_back(FirstAdminInput{QStringLiteral("root@example.org"), QStringLiteral("short")});
        dialogs.firstAdmins.push_back(
            FirstAdminInput{QStringLiteral("root@example.org"), QStringLiteral("a sturdy passphrase")});
        QVERIFY(!kw.backend().accounts().hasAdministrator());
        QVERIFY(ensureAdministrator(kw.backend(), dialogs));
        // The weak password was refused with the policy's reason, and asked again keeping the address.
        QCOMPARE(dialogs.problems.size(), 1);
        QVERIFY2(dialogs.problems.first().endsWith(QStringLiteral("|root@example.org")),
                 qPrintable(dialogs.problems.first()));
        QVERIFY(kw.backend().accounts().hasAdministrator());
        QVERIFY(kw.backend().accounts().authenticate(QStringLiteral("root@example.org"),
                                                     QStringLiteral("a sturdy passphrase"), {}));
        // Giving up leaves without an administrator and says so.
        TestInstallation empty;
        ScriptedDialogs cancel;
        QVERIFY(!ensureAdministrator(empty.backend(), cancel));
    }

    // The first-run dialog says why OK is not enabled yet, as the fields are typed.
    void theFirstRunDialogExplainsItsDisabledOk()
    {
        ConsoleDialogs dialogs;
        QStringList rules;
        QList<bool> enabled;
        whenDialogOpens([&](QDialog *dialog) {
            const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
            auto *rule = dialog->findChild<QLabel *>(QStringLiteral("missingBeforeOk"));
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            const auto note = [&] {
                rules << rule->text();
                enabled << ok->isEnabled();
            };
            note();
            fields[0]->setText(QStringLiteral("root@example.org"));
            fields[1]->setText(QStringLiteral("short"));
            note();
            fields[1]->setText(QStringLiteral("a sturdy passphrase"));
            note();
            fields[2]->setText(QStringLiteral("a sturdy passphrase"));
            note();
            dialog->reject();
        });
        QVERIFY(!dialogs.askFirstAdmin(nullptr));
        QCOMPARE(rules.size(), 4);
        QVERIFY(rules[0].contains(QStringLiteral("e-mail")));
        QVERIFY(rules[1].contains(QStringLiteral("at least")));
        QVERIFY(rules[2].contains(QStringLiteral("Repeat")));
        QVERIFY(rules[3].isEmpty());
        QCOMPARE(enabled, (QList<bool>{false, false, false, true}));
    }

    void everyTableModelPassesTheModelTester()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"), {QStringLiteral("admin")});
        server.login(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = *console.window;
        QAbstractItemModelTester users(window.usersPage()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessions(window.sessionsPage()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester keys(window.keysPage()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester audit(window.auditPage()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Rows come, change and go while the testers watch.
        server.createUser(QStringLiteral("bob@example.org"));
        server.createUser(QStringLiteral("carol@example.org"));
        server.login(QStringLiteral("bob@example.org"));
        window.refreshAll();
        settle(window);
        QCOMPARE(window.usersPage()->model()->rowCount(), 3);
        QCOMPARE(window.sessionsPage()->model()->rowCount(), 2);
        QCOMPARE(window.dashboardPage()->counts()->text(),
                 QStringLiteral("3 users · 2 active sessions · last hour: 2 logins, 0 failed, 0 reuse detections"));
        QVERIFY(window.auditPage()->model()->rowCount() >= 5);
        QVERIFY(server.backend().accounts().remove(Actor::local(QStringLiteral("test")),
                                                   QStringLiteral("carol@example.org")));
        window.refreshAll();
        settle(window);
        QCOMPARE(window.usersPage()->model()->rowCount(), 2);
    }

    void changesThroughTheApiShowAtOnce()
    {
        TestServer server;
        Console console(server);
        MainWindow &window = *console.window;
        window.setLiveRefreshInterval(60 * 1000); // only the change signals may update the view now
        window.showPage(MainWindow::Page::Users);
        settle(window);
        QCOMPARE(window.usersPage()->model()->rowCount(), 0);
        const TestReply registered = server.postJson(QStringLiteral("/auth/register"),
                                                     {{QStringLiteral("email"), QStringLiteral("eve@example.org")},
                                                      {QStringLiteral("password"), TestServer::defaultPassword()}});
        QCOMPARE(registered.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(window.usersPage()->model()->rowCount(), 1, 1000);
        server.login(QStringLiteral("eve@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(window.sessionsPage()->model()->rowCount(), 1, 1000);
    }

    void aRefreshKeepsTheSelection()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"), {QStringLiteral("admin")});
        server.createUser(QStringLiteral("bob@example.org"));
        Console console(server);
        UsersPage *page = console.window->usersPage();
        selectRow(page->view(), QStringLiteral("bob@example.org"), UserTableModel::Email);
        // Another process adds a user sorting before bob: the selection stays on bob.
        server.createUser(QStringLiteral("aaron@example.org"));
        page->refresh();
        settle(*console.window);
        QCOMPARE(page->model()->rowCount(), 3);
        const QModelIndexList selected = page->view()->selectionModel()->selectedRows(UserTableModel::Email);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("bob@example.org"));
    }

    // The real dialogs open with the cursor in their first field, and Enter means OK, not Cancel.
    void dialogsStartInTheirFirstFieldAndEnterNeverCancels()
    {
        ConsoleDialogs dialogs;
        const auto inspect = [](QString *focused, bool *okIsDefault, bool *cancelIsDefault) {
            whenDialogOpens([=](QDialog *dialog) {
                auto *box = dialog->findChild<QDialogButtonBox *>();
                *okIsDefault = box->button(QDialogButtonBox::Ok)->isDefault();
                *cancelIsDefault = box->button(QDialogButtonBox::Cancel)->isDefault()
                    || box->button(QDialogButtonBox::Cancel)->autoDefault();
                QWidget *focus = dialog->focusWidget();
                *focused = focus ? QString::fromLatin1(focus->metaObject()->className()) : QString();
                dialog->reject();
            });
        };
        QString focused;
        bool okIsDefault = false;
        bool cancelIsDefault = true;
        inspect(&focused, &okIsDefault, &cancelIsDefault);
        QVERIFY(!dialogs.askFirstAdmin(nullptr));
        QCOMPARE(focused, QStringLiteral("QLineEdit"));
        QVERIFY(okIsDefault && !cancelIsDefault);
        focused.clear();
        cancelIsDefault = true;
        inspect(&focused, &okIsDefault, &cancelIsDefault);
        QVERIFY(!dialogs.askNewUser(nullptr, {QStringLiteral("user")}));
        QCOMPARE(focused, QStringLiteral("QLineEdit"));
        QVERIFY(okIsDefault && !cancelIsDefault);
    }

    void theKeyboardReachesEverything()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"), {QStringLiteral("admin")});
        server.createUser(QStringLiteral("bob@example.org"));
        server.login(QStringLiteral("bob@example.org"));
        Console console(server);
        MainWindow &window = *console.window;
        // A menu bar: File, View (every page with its shortcut), Server, Tools (for developers), Help.
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text().remove(QLatin1Char('&'));
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Server"),
                              QStringLiteral("Tools"), QStringLiteral("Help")}));
        const QList<QAction *> view = window.menuBar()->actions().at(1)->menu()->actions();
        QCOMPARE(view.first()->text(), QStringLiteral("Dashboard"));
        QCOMPARE(view.first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sessions);
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY2(console.dialogs->reports.last().contains(QStringLiteral("Ctrl+4")),
                 qPrintable(console.dialogs->reports.last()));
        window.findChild<QAction *>(QStringLiteral("about"))->trigger();
        QVERIFY(console.dialogs->reports.last().contains(QStringLiteral("GNU General Public License")));

        // Tab leaves a table; the Delete key revokes the selected session, after asking.
        settle(window);
        SessionsPage *sessions = window.sessionsPage();
        sessions->view()->setFocus();
        sessions->view()->selectRow(0);
        QTest::keyClick(sessions->view(), Qt::Key_Delete);
        settle(window);
        QVERIFY2(console.dialogs->questions.last().contains(QStringLiteral("bob@example.org")),
                 qPrintable(console.dialogs->questions.last()));
        QTRY_COMPARE(sessions->model()->rowCount(), 0);
        QVERIFY(sessions->view()->hasFocus());
        // The focused table wears a ring in the highlight colour, around it.
        QCOMPARE(window.focusRing()->target(), sessions->view());
        QVERIFY(window.focusRing()->isVisible());
        QVERIFY(window.focusRing()->geometry().contains(
            QRect(sessions->view()->mapTo(&window, QPoint(0, 0)), sessions->view()->size())));
        QTest::keyClick(sessions->view(), Qt::Key_Tab);
        QVERIFY(!sessions->view()->hasFocus());
        QVERIFY(window.focusRing()->target() != sessions->view());

        // A row's context menu offers the page's actions as they stand, with their reasons.
        window.showPage(MainWindow::Page::Users);
        settle(window);
        UsersPage *users = window.usersPage();
        selectRow(users->view(), QStringLiteral("ada@example.org"), UserTableModel::Email);
        QStringList offered;
        for (QAction *action : users->view()->actions())
            offered << action->objectName();
        QVERIFY2(offered.contains(QStringLiteral("deleteUser")) && offered.contains(QStringLiteral("resetPassword")),
                 qPrintable(offered.join(QLatin1Char(' '))));
        // Delete on the last administrator does nothing (the button says why it is off).
        const qsizetype asked = console.dialogs->questions.size();
        users->view()->setFocus();
        QTest::keyClick(users->view(), Qt::Key_Delete);
        settle(window);
        QCOMPARE(console.dialogs->questions.size(), asked);
        QVERIFY(server.backend().accounts().find(QStringLiteral("ada@example.org")));
    }

    void theLanguageChangesWithoutARestart()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Settings);
        // English plural forms: "1 day", not "1 day(s)".
        QCOMPARE(SettingEditor::durationText(86400), QStringLiteral("1 day"));
        QCOMPARE(SettingEditor::durationText(2 * 86400), QStringLiteral("2 days"));

        QComboBox *language = window.settingsPage()->language();
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QTRY_COMPARE(window.navigation()->item(int(MainWindow::Page::Sessions))->text(), QStringLiteral("Sitzungen"));
        settle(window);
        QCOMPARE(window.currentPage(), MainWindow::Page::Settings); // where the person was
        QCOMPARE(window.menuBar()->actions().first()->text().remove(QLatin1Char('&')), QStringLiteral("Datei"));
        // Qt's own texts (the buttons of every dialog) and dates follow the chosen language.
        QVERIFY(ConsoleLanguage::qtTranslated());
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(ConsoleLanguage::locale().language(), QLocale::German);
        // One format: a four-digit year and the zone.
        const QDateTime march(QDate(2026, 3, 1), QTime(12, 0));
        QVERIFY2(localTime(march).startsWith(QStringLiteral("01.03.2026 12:00")), qPrintable(localTime(march)));
        QVERIFY2(localTime(march).endsWith(march.timeZoneAbbreviation()), qPrintable(localTime(march)));
        // The setting descriptions are translated, and the rebuilt pages work.
        const int row = window.settingsPage()->model()->rowOfKey(QStringLiteral("tokens.access_ttl"));
        QCOMPARE(window.settingsPage()->model()->index(row, SettingTableModel::Meaning).data().toString(),
                 QStringLiteral("Lebensdauer eines Zugriffstokens"));
        // So are the core's refusals the console shows.
        QVERIFY(ErrorText::of({ErrorCode::LastAdmin, QStringLiteral("the last enabled administrator")})
                    .startsWith(QStringLiteral("Der letzte aktive Administrator")));
        window.showPage(MainWindow::Page::Users);
        settle(window);
        QCOMPARE(window.usersPage()->model()->rowCount(), 1);
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/language-switched-de.png")));

        window.showPage(MainWindow::Page::Settings);
        language = window.settingsPage()->language();
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QTRY_COMPARE(window.navigation()->item(int(MainWindow::Page::Settings))->text(), QStringLiteral("Paramètres"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
        // Back to the system's (C here: English).
        language = window.settingsPage()->language();
        language->setCurrentIndex(0);
        QTRY_COMPARE(window.navigation()->item(int(MainWindow::Page::Sessions))->text(), QStringLiteral("Sessions"));
        QCOMPARE(SettingEditor::durationText(60), QStringLiteral("1 min"));
    }

    void emptyTablesSayWhatFillsThem()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Sessions);
        auto *hint = window.sessionsPage()->view()->viewport()->findChild<QLabel *>(QStringLiteral("emptyHint"));
        QVERIFY(hint);
        // Nothing selected, nothing offered to act on a row, and the buttons say why.
        for (const auto &[page, name] : {std::pair<QWidget *, const char *>{window.sessionsPage(), "revokeSession"},
                                         {window.clientsPage(), "editClient"},
                                         {window.workspacesPage(), "addMember"}}) {
            QVERIFY2(!button(page, name)->isEnabled(), name);
            QVERIFY2(button(page, name)->toolTip().startsWith(QStringLiteral("Select")), name);
        }
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("signs in")), qPrintable(hint->text()));
        server.login(QStringLiteral("ada@example.org"));
        window.sessionsPage()->refresh();
        settle(window);
        QCOMPARE(window.sessionsPage()->model()->rowCount(), 1);
        QVERIFY(!hint->isVisible());
        // A value elided in a narrow column is whole in its tooltip, and so is a column's title.
        const QModelIndex id = window.sessionsPage()->model()->index(0, SessionTableModel::Session);
        QCOMPARE(id.data(Qt::ToolTipRole).toString(), id.data().toString());
        QCOMPARE(
            window.sessionsPage()->model()->headerData(SessionTableModel::Rotations, Qt::Horizontal, Qt::ToolTipRole),
            QVariant(QStringLiteral("Rotations")));
        // Counts say "1 user", not "1 users"; every page has its icon.
        window.showPage(MainWindow::Page::Dashboard);
        settle(window);
        QVERIFY2(window.dashboardPage()->counts()->text().startsWith(QStringLiteral("1 user · 1 active session")),
                 qPrintable(window.dashboardPage()->counts()->text()));
        for (int page = 0; page < window.navigation()->count(); ++page)
            QVERIFY(!window.navigation()->item(page)->icon().isNull());
    }

    void aCopiedSecretLeavesTheClipboardAfterAWhile()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        SecretClipboard::copy(QStringLiteral("s3cret-one"), 200);
        QCOMPARE(clipboard->text(), QStringLiteral("s3cret-one"));
        QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QString(), 3000);
        // Something the person copied meanwhile is theirs: it stays.
        SecretClipboard::copy(QStringLiteral("s3cret-two"), 200);
        clipboard->setText(QStringLiteral("their own text"));
        QTest::qWait(400);
        QCOMPARE(clipboard->text(), QStringLiteral("their own text"));
    }

    // A secret shown once: labelled, in a read-only field with the focus and the whole text
    // selected, a Copy button beside it, and the warning that it is not shown again.
    void aSecretIsShownOnceWithItsLabelAndACopyButton()
    {
        SecretDialog dialog(QStringLiteral("New user"), QStringLiteral("The password of ada@example.org:"),
                            QStringLiteral("correct-horse-battery"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.secretField()->text(), QStringLiteral("correct-horse-battery"));
        QVERIFY(dialog.secretField()->isReadOnly());
        QCOMPARE(dialog.secretField()->selectedText(), QStringLiteral("correct-horse-battery"));
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("secretLabel"));
        QVERIFY(label && label->buddy() == dialog.secretField());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("secretWarning"))
                    ->text()
                    .contains(QStringLiteral("only this once")));
        QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("correct-horse-battery"));
        QGuiApplication::clipboard()->clear();
        QVERIFY(dialog.isVisible()); // copying does not close it
    }

    // What a question names is what is done, however the rows change while it is open.
    void rowsChangingWhileAQuestionIsOpenChangeNothingAsked()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        server.createUser(QStringLiteral("bob@example.org"));
        const QJsonObject bob = server.login(QStringLiteral("bob@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Sessions);
        SessionsPage *page = window.sessionsPage();
        selectRow(page->view(), QStringLiteral("bob@example.org"), SessionTableModel::User);
        QJsonObject ada;
        console.dialogs->whileAsking = [&] {
            server.clock().advance(60);
            ada = server.login(QStringLiteral("ada@example.org")); // a newer session, listed first
            page->refresh();
            settle(window);
            QCOMPARE(page->model()->rowCount(), 2);
        };
        QTest::mouseClick(button(page, "revokeSession"), Qt::LeftButton);
        settle(window);
        QVERIFY(console.dialogs->questions.last().contains(QStringLiteral("bob@example.org")));
        const auto refresh = [&server](const QJsonObject &pair) {
            return server
                .postJson(QStringLiteral("/auth/refresh"),
                          {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}})
                .status;
        };
        QCOMPARE(refresh(bob), 401); // the session asked about
        QCOMPARE(refresh(ada), 200); // not the one that took its row meanwhile

        // An alert whose question is open may be closed meanwhile by newer alerts.
        const auto reuse = [&] {
            const QJsonObject pair = server.login(QStringLiteral("ada@example.org"));
            QCOMPARE(refresh(pair), 200);
            server.clock().advance(3600);
            QCOMPARE(refresh(pair), 401);
            page->refresh();
            settle(window);
        };
        reuse();
        QCOMPARE(window.alerts().size(), 1);
        MessageBar *first = window.alerts().first();
        console.dialogs->whileAsking = [&] {
            for (int i = 0; i < MainWindow::kMaxAlerts; ++i)
                reuse();
        };
        QTest::mouseClick(first->findChild<QToolButton *>(QStringLiteral("revokeAllOfUser")), Qt::LeftButton);
        settle(window);
        QCOMPARE(window.alerts().size(), MainWindow::kMaxAlerts);
    }

    // Issue: the header's context menu hides and shows columns, remembered across starts; the
    // last visible column stays; identifier columns elide in the middle.
    void columnsAreChosenFromTheHeaderAndIdsElideInTheMiddle()
    {
        TestServer server;
        {
            Console console(server);
            MainWindow &window = console.showPage(MainWindow::Page::Keys);
            QTableView *view = window.keysPage()->view();
            auto *chooser = view->findChild<ColumnChooser *>();
            QVERIFY(chooser);
            QMenu *menu = chooser->menu(view);
            QCOMPARE(menu->actions().size(), int(KeyTableModel::ColumnCount));
            QCOMPARE(menu->actions().at(KeyTableModel::Algorithm)->text(), QStringLiteral("Algorithm"));
            menu->actions().at(KeyTableModel::Algorithm)->setChecked(false);
            QVERIFY(view->isColumnHidden(KeyTableModel::Algorithm));
            // Hiding all but one leaves that one's entry disabled: a table keeps a column.
            for (int column = 0; column < KeyTableModel::ColumnCount - 1; ++column)
                chooser->menu(view)->actions().at(column)->setChecked(false);
            QMenu *last = chooser->menu(view);
            QVERIFY(!last->actions().at(KeyTableModel::ColumnCount - 1)->isEnabled());
            QVERIFY(last->actions().at(0)->isEnabled()); // a hidden one can come back
            for (int column = 0; column < KeyTableModel::ColumnCount - 1; ++column) {
                if (column != KeyTableModel::Algorithm)
                    chooser->menu(view)->actions().at(column)->setChecked(true);
            }
            QVERIFY(!view->isColumnHidden(KeyTableModel::Kid));

            // The key id elides in the middle, the state at its end.
            struct Probe : IdentifierElision {
                using IdentifierElision::IdentifierElision;
                using IdentifierElision::initStyleOption;
            };
            QVERIFY(qobject_cast<IdentifierElision *>(view->itemDelegate()));
            Probe probe;
            QStyleOptionViewItem option;
            option.textElideMode = Qt::ElideRight;
            probe.initStyleOption(&option, view->model()->index(0, KeyTableModel::Kid));
            QCOMPARE(option.textElideMode, Qt::ElideMiddle);
            option.textElideMode = Qt::ElideRight;
            probe.initStyleOption(&option, view->model()->index(0, KeyTableModel::State));
            QCOMPARE(option.textElideMode, Qt::ElideRight);
        }
        // The next start shows the keys without the hidden column.
        Console again(server);
        again.window->showPage(MainWindow::Page::Keys);
        settle(*again.window);
        QVERIFY(again.window->keysPage()->view()->isColumnHidden(KeyTableModel::Algorithm));
        QVERIFY(!again.window->keysPage()->view()->isColumnHidden(KeyTableModel::State));
        again.window->keysPage()
            ->view()
            ->findChild<ColumnChooser *>()
            ->menu(again.window.get())
            ->actions()
            .at(KeyTableModel::Algorithm)
            ->setChecked(true);
        QVERIFY(!again.window->keysPage()->view()->isColumnHidden(KeyTableModel::Algorithm));
    }

    // Lists show how long ago a moment was, the exact time in the tooltip, and sort by the time
    // itself (not by its text); a sorted table stays sorted when rows change.
    void listsShowRelativeTimesExactInTheTooltipAndSortByTime()
    {
        QCOMPARE(RelativeTime::between(1000, 1000), QStringLiteral("just now"));
        QCOMPARE(RelativeTime::between(1000 - 600, 1000), QStringLiteral("10 min ago"));
        QCOMPARE(RelativeTime::between(1000 + 3 * 86400, 1000), QStringLiteral("in 3 days"));

        const QDateTime now = QDateTime::currentDateTime();
        RevocationTableModel model;
        QAbstractItemModelTester tester(&model);
        const auto revoked = [&now](const char *jti, qint64 secondsAgo) {
            return RevokedTokenRow{QString::fromLatin1(jti), {}, now.addSecs(-secondsAgo), now.addDays(1)};
        };
        // In the order the database gives: the newest first.
        model.setRows({revoked("ten-minutes", 600), revoked("two-days", 2 * 86400 + 60)});
        const QModelIndex tenMinutes = model.index(0, RevocationTableModel::RevokedAt);
        QCOMPARE(tenMinutes.data().toString(), QStringLiteral("10 min ago"));
        QCOMPARE(tenMinutes.data(Qt::ToolTipRole).toString(), localTime(now.addSecs(-600)));
        QCOMPARE(model.index(1, RevocationTableModel::RevokedAt).data().toString(), QStringLiteral("2 days ago"));

        // Oldest first, although "10 min ago" comes before "2 days ago" as text; the selection follows.
        QPersistentModelIndex selected(model.index(0, RevocationTableModel::Jti));
        model.sort(RevocationTableModel::RevokedAt, Qt::AscendingOrder);
        QCOMPARE(model.index(0, RevocationTableModel::Jti).data().toString(), QStringLiteral("two-days"));
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data().toString(), QStringLiteral("ten-minutes"));
        // A refresh in the database's order keeps the chosen order, a new row in its place.
        model.setRows({revoked("a-minute", 60), revoked("ten-minutes", 600), revoked("two-days", 2 * 86400 + 60)});
        QCOMPARE(model.index(0, RevocationTableModel::Jti).data().toString(), QStringLiteral("two-days"));
        QCOMPARE(model.index(2, RevocationTableModel::Jti).data().toString(), QStringLiteral("a-minute"));

        // Through a page's filter too: the Sessions page sorts its proxy by time.
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        server.login(QStringLiteral("ada@example.org"));
        Console console(server);
        console.window->showPage(MainWindow::Page::Sessions);
        settle(*console.window);
        const auto *proxy = qobject_cast<QSortFilterProxyModel *>(console.window->sessionsPage()->view()->model());
        QVERIFY(proxy);
        QCOMPARE(proxy->sortRole(), int(RowTableModelBase::SortRole));
        QCOMPARE(proxy->index(0, SessionTableModel::Created).data(RowTableModelBase::SortRole).typeId(),
                 QMetaType::LongLong);
        // Measured by the backend's clock (a test's stands still), not the machine's.
        QCOMPARE(proxy->index(0, SessionTableModel::Created).data().toString(), QStringLiteral("just now"));
    }

    // Reads asked for faster than they finish (the live refresh every two seconds on a large
    // table) are not queued up: one runs, and at most one more after it.
    void refreshesDoNotPileUp()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Users);
        const quint64 before = window.worker().posted();
        for (int i = 0; i < 50; ++i)
            window.usersPage()->refresh();
        settle(window);
        const quint64 reads = window.worker().posted() - before;
        QVERIFY2(reads >= 1 && reads <= 2, qPrintable(QString::number(reads)));
        QCOMPARE(window.usersPage()->model()->rowCount(), 1); // and the page shows what it read
    }

    void aQuietInstallationIsNotReadAgain()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = *console.window;
        window.showPage(MainWindow::Page::Users);
        window.setLiveRefreshInterval(20);
        QTest::qWait(100); // the live look has seen the newest audit event
        settle(window);
        UsersPage *page = window.usersPage();
        const quint64 before = page->readsStarted();
        // Fewer ticks than kQuietTicksPerRead: looks at the newest event, no read of the page.
        QTest::qWait(20 * MainWindow::kQuietTicksPerRead / 3);
        settle(window);
        QCOMPARE(page->readsStarted(), before);
        // Something audited happens elsewhere (another process: no change signal here).
        server.backend().changeSignals().blockSignals(true);
        server.createUser(QStringLiteral("bob@example.org"));
        server.backend().changeSignals().blockSignals(false);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 2000);
        QVERIFY(page->readsStarted() > before);
    }

    void theGuiStaysResponsiveUnderLoad()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        const QByteArray access = server.accessToken(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = *console.window;
        window.showPage(MainWindow::Page::Users);
        // A bounded load from other threads: 4 clients, 5,000 requests each at most, for 2 s.
        std::atomic<bool> stop{false};
        std::atomic<int> answered{0};
        std::vector<std::future<void>> clients;
        const quint16 port = server.port();
        for (int i = 0; i < 4; ++i) {
            clients.push_back(std::async(std::launch::async, [&, port] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                if (!socket.waitForConnected(5000))
                    return;
                const QByteArray request
                    = "GET /api/protected HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + access + "\r\n\r\n";
                for (int n = 0; n < 5000 && !stop; ++n) {
                    socket.write(request);
                    QByteArray reply;
                    while (!reply.contains("\r\n\r\n") || !reply.contains("}")) {
                        if (!socket.waitForReadyRead(5000))
                            return;
                        reply += socket.readAll();
                    }
                    ++answered;
                }
            }));
        }
        // Meanwhile the window refreshes its pages as it does live, and a timer measures how
        // late the event loop runs it.
        std::vector<qint64> lateness;
        QElapsedTimer clock;
        clock.start();
        qint64 expected = 10;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
            lateness.push_back(qMax<qint64>(0, clock.elapsed() - expected));
            expected = clock.elapsed() + 10;
            if (lateness.size() % 20 == 0)
                window.refreshAll();
        });
        probe.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() > 2000, 10000);
        stop = true;
        probe.stop();
        for (auto &client : clients)
            client.get();
        settle(window);
        std::sort(lateness.begin(), lateness.end());
        const qint64 p99 = lateness.at(size_t(double(lateness.size() - 1) * 0.99));
        qInfo("event loop lateness under load: p99 %lld ms over %zu ticks; %d requests answered", p99, lateness.size(),
              answered.load());
        QVERIFY(answered > 100);
        QVERIFY2(p99 < 50, qPrintable(QStringLiteral("p99 %1 ms").arg(p99)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
