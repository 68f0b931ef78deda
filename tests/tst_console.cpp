#include "testinstallation.h"

#include "auth/accountservice.h"
#include "mainwindow.h"
#include "usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace keyward;

class TestConsole : public QObject {
    Q_OBJECT

private slots:
    void mainWindowShowsTheUsers()
    {
        TestInstallation kw;
        const Actor local = Actor::local(QStringLiteral("test"));
        QVERIFY(kw.backend().accounts().create(local,
                                               {QStringLiteral("ada@example.org"),
                                                QStringLiteral("Ada Lovelace"),
                                                {QStringLiteral("admin")},
                                                QStringLiteral("a sturdy passphrase"),
                                                {}}));
        QVERIFY(kw.backend().accounts().create(
            local,
            {QStringLiteral("bob@example.org"), QStringLiteral("Bob"), {}, QStringLiteral("a sturdy passphrase"), {}}));
        MainWindow window(kw.sharedBackend());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester tester(window.userModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.userModel()->rowCount(), 2);
        QCOMPARE(window.userView()->model()->rowCount(), 2);
        QCOMPARE(window.userModel()->index(0, UserTableModel::Email).data().toString(),
                 QStringLiteral("ada@example.org"));
        QCOMPARE(window.userModel()->index(0, UserTableModel::Roles).data().toString(), QStringLiteral("admin"));
        QCOMPARE(window.userModel()->index(1, UserTableModel::LastLogin).data().toString(), QStringLiteral("Never"));

        // Typing in the search box filters the view.
        auto *search = window.findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("bob"));
        QCOMPARE(window.userView()->model()->rowCount(), 1);

        // A user created elsewhere appears after a reload.
        QVERIFY(kw.backend().accounts().create(
            local, {QStringLiteral("carol@example.org"), {}, {}, QStringLiteral("a sturdy passphrase"), {}}));
        window.reloadUsers();
        QCOMPARE(window.userModel()->rowCount(), 3);

        window.setServerStatus(QStringLiteral("Listening on http://127.0.0.1:1"));
        QVERIFY(window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Listening on http://127.0.0.1:1 · Database: ")));
        QDir().mkpath(QStringLiteral(KEYWARD_SCREENSHOT_DIR));
        search->clear();
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/users-en.png")));
    }

    void germanTranslationIsEmbeddedAndComplete()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/keyward_de.qm")));
        QCoreApplication::installTranslator(&german);
        TestInstallation kw;
        MainWindow window(kw.sharedBackend());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.userModel()->headerData(UserTableModel::LastLogin, Qt::Horizontal).toString(),
                 QStringLiteral("Letzte Anmeldung"));
        QCOMPARE(window.findChild<QLineEdit *>()->placeholderText(), QStringLiteral("Benutzer suchen"));
        QDir().mkpath(QStringLiteral(KEYWARD_SCREENSHOT_DIR));
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/users-de.png")));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
