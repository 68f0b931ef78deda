// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: the server's state, and what it offers to copy.
#include "consolefixture.h"

#include "messagebar.h"
#include "pages/dashboardpage.h"

#include <QApplication>
#include <QClipboard>
#include <QStatusBar>
#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestDashboardPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    // One truthful server state: Start, Stop and Restart act exactly when they can, one permanent
    // indicator says where it serves and whether this window runs it, and passing messages go
    // to the message bar, never into the status bar.
    void theServerStateAddsUp()
    {
        TestServer server;
        Console console(server);
        MainWindow &window = *console.window;
        // Served by another program: nothing here can start or stop it, and the state says so.
        window.setServerStatus(QStringLiteral("Listening on %1").arg(server.url({})), server.url({}));
        for (QAction *action : {window.startAction(), window.stopAction(), window.restartAction()})
            QVERIFY(!action->isVisible());
        QVERIFY2(window.serverState()->text().contains(QStringLiteral("another program")),
                 qPrintable(window.serverState()->text()));

        int starts = 0;
        int stops = 0;
        window.setServerControl({[&] {
                                     ++starts;
                                     return QStringLiteral("http://127.0.0.1:4711");
                                 },
                                 [&] { ++stops; },
                                 {},
                                 {}});
        window.setServerStatus(QStringLiteral("Stopped"));
        const auto enabled = [&] {
            return QList<bool>{window.startAction()->isEnabled(), window.stopAction()->isEnabled(),
                               window.restartAction()->isEnabled()};
        };
        QCOMPARE(enabled(), (QList<bool>{true, false, false}));
        window.startAction()->trigger();
        QCOMPARE(starts, 1);
        QCOMPARE(enabled(), (QList<bool>{false, true, true}));
        QCOMPARE(window.serverState()->text(), QStringLiteral("● Serving at http://127.0.0.1:4711"));
        window.restartAction()->trigger(); // no question: exactly what was asked for
        QCOMPARE(stops, 1);
        QCOMPARE(starts, 2);
        QCOMPARE(enabled(), (QList<bool>{false, true, true}));
        QVERIFY(window.refusal()->isVisibleTo(&window));
        QCOMPARE(window.refusal()->kind(), MessageBar::Kind::Positive);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        console.dialogs->confirmAnswer = true;
        window.stopAction()->trigger();
        QCOMPARE(stops, 2);
        QCOMPARE(enabled(), (QList<bool>{true, false, false}));
        QVERIFY2(window.serverState()->text().contains(QStringLiteral("Stopped")),
                 qPrintable(window.serverState()->text()));
    }

    // The dashboard's copy buttons copy a served address, or are off and say why.
    void theDashboardCopiesOnlyWhatIsServed()
    {
        TestServer server;
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Dashboard);
        DashboardPage *page = window.dashboardPage();
        QVERIFY(!button(page, "copyJwks")->isEnabled());
        QVERIFY(!button(page, "copyJwks")->toolTip().isEmpty());
        window.setServerStatus(QStringLiteral("Listening on %1").arg(server.url({})), server.url({}));
        QVERIFY(button(page, "copyJwks")->isEnabled());
        QTest::mouseClick(button(page, "copyJwks"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), server.url({}) + QStringLiteral("/.well-known/jwks.json"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
