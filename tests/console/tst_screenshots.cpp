// SPDX-License-Identifier: GPL-3.0-or-later
// Every page and dialog in every language, at both sizes and in the dark palette, saved for
// review and checked for English left in a translated window.
#include "consolefixture.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/invitationservice.h"
#include "auth/workspaceservice.h"
#include "columnwidths.h"
#include "consoledialogs.h"
#include "consolelanguage.h"
#include "keytablemodel.h"
#include "messagebar.h"
#include "pages/dashboardpage.h"
#include "pages/keyspage.h"
#include "pages/rolespage.h"
#include "pages/sessionspage.h"
#include "pages/settingspage.h"
#include "pages/tokenspage.h"
#include "pages/userspage.h"
#include "pages/workspacespage.h"
#include "rolepermissionmodel.h"
#include "sessiontablemodel.h"
#include "settingtablemodel.h"
#include "untranslatedtexts.h"
#include "usertablemodel.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace keyward;
using namespace keyward::consoletest;

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    // The check the translated screenshots go through finds a whole English source left in a
    // widget, and leaves alone what is translated or translated as itself.
    void englishLeftInATranslatedWindowIsFound()
    {
        const UntranslatedTexts german(QStringLiteral(KEYWARD_TRANSLATIONS_DIR "/keyward_de.ts"));
        QVERIFY(german.loaded());
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Sitzungen")));
        layout->addWidget(new QPushButton(QStringLiteral("Audit")));
        QVERIFY(german.in(&window).isEmpty());
        auto *english = new QPushButton(QStringLiteral("&Refresh"));
        layout->addWidget(english);
        const QStringList found = german.in(&window);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QStringLiteral("«Refresh»")), qPrintable(found.first()));
        english->hide(); // what nobody sees is not counted
        QVERIFY(german.in(&window).isEmpty());
    }

    void everyPageAndDialogInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // Screenshots of every page and dialog, in every language, at the size the console is made
    // for (1600×1000) and the smallest (1024×700); every page must fit the smallest.
    void everyPageAndDialogInEveryLanguage()
    {
        QFETCH(QString, language);
        ConsoleLanguage::apply(language);
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"), {QStringLiteral("admin")}, TestServer::defaultPassword());
        server.createUser(QStringLiteral("bob@example.org"));
        server.login(QStringLiteral("bob@example.org"));
        const Actor local = Actor::local(QStringLiteral("test"));
        QVERIFY(server.backend().workspaces().create(
            local,
            {QStringLiteral("acme"),
             QStringLiteral("Acme Corporation"),
             {},
             server.backend().accounts().find(QStringLiteral("ada@example.org"))->record.id}));
        QVERIFY(server.backend().workspaces().addMember(local, QStringLiteral("acme"),
                                                        QStringLiteral("bob@example.org"), QStringLiteral("guest")));
        addOutboxRows(server);
        // English shows as itself: only the translations are checked for English left over.
        const UntranslatedTexts untranslated(
            language == QLatin1String("en") ? QString()
                                            : QStringLiteral(KEYWARD_TRANSLATIONS_DIR "/keyward_%1.ts").arg(language));
        QVERIFY(language == QLatin1String("en") || untranslated.loaded());
        Console console(server);
        MainWindow &window = *console.window;
        window.setServerStatus(QStringLiteral("Listening on %1").arg(server.url({})), server.url({}));
        window.showPage(MainWindow::Page::Workspaces);
        settle(window);
        window.workspacesPage()->view()->selectRow(0);
        window.showPage(MainWindow::Page::Settings);
        settle(window);
        selectRow(window.settingsPage()->table(), QStringLiteral("tokens.access_ttl"), SettingTableModel::Key);
        const QStringList names{
            QStringLiteral("dashboard"),    QStringLiteral("users"),    QStringLiteral("roles"),
            QStringLiteral("sessions"),     QStringLiteral("tokens"),   QStringLiteral("keys"),
            QStringLiteral("audit"),        QStringLiteral("settings"), QStringLiteral("workspaces"),
            QStringLiteral("applications"), QStringLiteral("mail")};
        for (const QSize size : {QSize(1600, 1000), QSize(1024, 700)}) {
            window.resize(size);
            for (int page = 0; page < names.size(); ++page) {
                window.navigation()->setCurrentRow(page);
                settle(window);
                QTest::qWait(150); // a table shown at a new width refits once the resize pauses
                if (names[page] == QLatin1String("keys") && size.width() == 1600) {
                    // Room to spare: the key ids are whole, not elided beside an empty half.
                    const QTableView *view = window.keysPage()->view();
                    const auto *measured = static_cast<const QAbstractItemView *>(view); // public there
                    QTRY_VERIFY2(view->columnWidth(KeyTableModel::Kid)
                                     >= measured->sizeHintForColumn(KeyTableModel::Kid),
                                 qPrintable(QStringLiteral("%1 < %2")
                                                .arg(view->columnWidth(KeyTableModel::Kid))
                                                .arg(measured->sizeHintForColumn(KeyTableModel::Kid))));
                }
                if (names[page] == QLatin1String("sessions")) {
                    // Every column in sight at every width (values elide; the whole one in a tooltip).
                    const QTableView *view = window.sessionsPage()->view();
                    QTRY_VERIFY2(view->horizontalHeader()->length() <= view->viewport()->width() + 1,
                                 qPrintable(QString::number(view->horizontalHeader()->length())));
                    // Who and when stay whole: the session id gives way first (elided in its middle).
                    const auto *measured = static_cast<const QAbstractItemView *>(view); // public there
                    for (const int whole : {int(SessionTableModel::User), int(SessionTableModel::Created)}) {
                        QVERIFY2(view->columnWidth(whole)
                                     >= qMin(measured->sizeHintForColumn(whole), int(ColumnWidths::kWidest)),
                                 qPrintable(QStringLiteral("column %1: %2 < %3 at %4")
                                                .arg(whole)
                                                .arg(view->columnWidth(whole))
                                                .arg(measured->sizeHintForColumn(whole))
                                                .arg(size.width())));
                    }
                    if (size.width() == 1024) {
                        QVERIFY(view->columnWidth(SessionTableModel::Session)
                                < measured->sizeHintForColumn(SessionTableModel::Session));
                    }
                }
                QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/page-%1-%2-%3.png")
                                               .arg(names[page], language)
                                               .arg(size.width())));
                // What the screenshot shows is in its language: no English source left untranslated.
                const QStringList english = untranslated.in(&window);
                QVERIFY2(english.isEmpty(), qPrintable(names[page] + QLatin1String(": ") + english.join(u", ")));
                // Every page fits the smallest window the console is made for, in every language.
                QVERIFY2(window.width() == size.width(),
                         qPrintable(names[page] + QLatin1Char(' ') + QString::number(window.width())));
            }
        }
        // The dialogs, as a person meets them (the real ones, closed again at once).
        ConsoleDialogs real;
        const auto screenshot = [&language, &untranslated](const QString &name, const std::function<void()> &open) {
            whenDialogOpens([name, language, &untranslated](QDialog *dialog) {
                QVERIFY(dialog->grab().save(
                    QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dialog-%1-%2.png").arg(name, language)));
                const QStringList english = untranslated.in(dialog);
                QVERIFY2(english.isEmpty(), qPrintable(name + QLatin1String(": ") + english.join(u", ")));
                // Sized to their content: the title is not cut.
                QVERIFY2(dialog->width() >= dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()),
                         qPrintable(name));
                dialog->reject();
            });
            open();
        };
        const QStringList roles{QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("user")};
        const QStringList permissions{QStringLiteral("users.read"), QStringLiteral("users.write"),
                                      QStringLiteral("keys.read")};
        screenshot(QStringLiteral("new-user"), [&] { real.askNewUser(&window, roles); });
        screenshot(QStringLiteral("first-admin"), [&] { real.askFirstAdmin(&window); });
        screenshot(QStringLiteral("new-role"), [&] { real.askNewRole(&window, roles, permissions); });
        screenshot(QStringLiteral("permissions"),
                   [&] { real.askPermissions(&window, QStringLiteral("manager"), permissions, {}); });
        screenshot(QStringLiteral("member"), [&] {
            real.askNewMember(&window, QStringLiteral("acme"), {QStringLiteral("member"), QStringLiteral("guest")},
                              QStringLiteral("member"),
                              [](const QString &, const std::function<void(const QStringList &)> &) {});
        });
        screenshot(QStringLiteral("invitation"), [&] {
            real.askInvitation(&window, QStringLiteral("acme"), {QStringLiteral("member"), QStringLiteral("guest")},
                               QStringLiteral("member"));
        });
        screenshot(QStringLiteral("application"), [&] { real.askClient(&window, std::nullopt); });
        screenshot(QStringLiteral("confirm"), [&] {
            real.confirm(&window, QCoreApplication::translate("keyward::MainWindow", "Stop server"),
                         QCoreApplication::translate("keyward::MainWindow",
                                                     "Stop the server? Applications and users cannot sign in or use "
                                                     "their tokens until it starts again."));
        });
        screenshot(QStringLiteral("secret"), [&] {
            real.showSecret(&window, QStringLiteral("Keyward"), QStringLiteral("bob@example.org"),
                            QStringLiteral("correct-horse-battery"));
        });
        window.showPage(MainWindow::Page::Users);
        settle(window);
        selectRow(window.usersPage()->view(), QStringLiteral("bob@example.org"), UserTableModel::Email);
        window.usersPage()->openDetails();
        settle(window);
        QVERIFY(window.usersPage()->details()->grab().save(
            QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dialog-user-detail-%1.png").arg(language)));
        window.usersPage()->details()->close();

        if (language == QLatin1String("de")) {
            QCOMPARE(window.usersPage()->model()->headerData(UserTableModel::LastLogin, Qt::Horizontal).toString(),
                     QStringLiteral("Letzte Anmeldung"));
            QCOMPARE(window.usersPage()->search()->placeholderText(),
                     QStringLiteral("Benutzer nach E-Mail-Adresse suchen"));
            QCOMPARE(window.navigation()->item(int(MainWindow::Page::Sessions))->text(), QStringLiteral("Sitzungen"));
            QCOMPARE(window.settingsPage()->model()->headerData(SettingTableModel::Applies, Qt::Horizontal).toString(),
                     QStringLiteral("Gilt"));
        }
        if (language == QLatin1String("fr"))
            QCOMPARE(window.navigation()->item(int(MainWindow::Page::Settings))->text(), QStringLiteral("Paramètres"));
        QCOMPARE(window.rolesPage()->tree()->topLevelItemCount(), 1); // admin ⊃ manager ⊃ user
        QCOMPARE(window.rolesPage()->matrix()->columnCount(), 3);
        QVERIFY(window.settingsPage()->model()->rowCount() > 20);
        ConsoleLanguage::apply({});
    }

    // The same console on a dark palette: message bars, verdicts, icons and the chart take their
    // colours from it.
    void aDarkPaletteKeepsEverythingReadable()
    {
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
        dark.setColor(QPalette::Link, QColor(0xf6, 0x9a, 0x3b));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        const QByteArray token = server.accessToken(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = *console.window;
        window.resize(1280, 800);
        window.showPage(MainWindow::Page::Tokens);
        window.tokensPage()->input()->setPlainText(QString::fromLatin1(token));
        window.tokensPage()->inspect();
        settle(window);
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dark-tokens.png")));
        // The verdict's background is a tint of the dark window colour, not a light fixed one:
        // the palette's light text stays readable on it.
        const QColor verdict = window.tokensPage()->verdict()->palette().color(QPalette::Window);
        QVERIFY2(verdict.lightnessF() < 0.4, qPrintable(verdict.name()));
        window.showPage(MainWindow::Page::Dashboard);
        for (int second = 0; second < 30; ++second)
            window.dashboardPage()->addSample(second % 7, 1.5 + second % 3);
        settle(window);
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dark-dashboard.png")));
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
