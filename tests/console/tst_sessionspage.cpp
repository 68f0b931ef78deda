// SPDX-License-Identifier: GPL-3.0-or-later
// The Sessions page: revoking, the reuse alert, a window onto many sessions.
#include "consolefixture.h"

#include "auth/accountservice.h"
#include "auth/sessionservice.h"
#include "messagebar.h"
#include "pages/sessionspage.h"
#include "sessiontablemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace keyward;
using namespace keyward::consoletest;

class TestSessionsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void revokeASessionAndTheRefreshFails()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        const QJsonObject pair = server.login(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Sessions);
        SessionsPage *page = window.sessionsPage();
        QCOMPARE(page->model()->rowCount(), 1);
        // Asked first, naming who is signed out; "no" changes nothing.
        selectRow(page->view(), QStringLiteral("ada@example.org"), SessionTableModel::User);
        console.dialogs->confirmAnswer = false;
        QTest::mouseClick(button(page, "revokeSession"), Qt::LeftButton);
        settle(window);
        QVERIFY(console.dialogs->questions.last().contains(QStringLiteral("ada@example.org")));
        QCOMPARE(page->model()->rowCount(), 1);
        console.dialogs->confirmAnswer = true;
        QTest::mouseClick(button(page, "revokeSession"), Qt::LeftButton);
        settle(window);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->view()->selectionModel()->selectedRows().isEmpty()); // nothing else selected instead
        const TestReply refresh
            = server.postJson(QStringLiteral("/auth/refresh"),
                              {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
        QCOMPARE(refresh.status, 401);
    }

    void aReuseDetectionIsAnnounced()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        const QJsonObject pair = server.login(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Sessions);
        const QJsonObject body{{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}};
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), body).status, 200);
        server.clock().advance(3600); // far past the reuse grace
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), body).status, 401);
        window.sessionsPage()->refresh();
        settle(window);
        // Not a modal box: an alert in the window naming who, from where and which session.
        QVERIFY(console.dialogs->errors.isEmpty());
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(window.alerts().size(), 1);
        MessageBar *alert = window.alerts().first();
        const QString sessionId = pair.value(QStringLiteral("session_id")).toString();
        for (const QString &named : {QStringLiteral("ada@example.org"), QStringLiteral("127.0.0.1"), sessionId})
            QVERIFY2(alert->text().contains(named), qPrintable(alert->text()));
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/alert-reuse-en.png")));
        // The same event is not announced twice.
        window.sessionsPage()->refresh();
        settle(window);
        QCOMPARE(window.alerts().size(), 1);

        // "Show session" shows that user's sessions; the ended one is not listed, her other one is.
        const QJsonObject other = server.login(QStringLiteral("ada@example.org"));
        window.showPage(MainWindow::Page::Dashboard);
        QTest::mouseClick(alert->findChild<QToolButton *>(QStringLiteral("showSession")), Qt::LeftButton);
        settle(window);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sessions);
        QCOMPARE(window.sessionsPage()->userFilter()->text(), QStringLiteral("ada@example.org"));
        QCOMPARE(window.sessionsPage()->model()->rowCount(), 1);
        QCOMPARE(window.sessionsPage()->model()->index(0, SessionTableModel::Session).data().toString(),
                 other.value(QStringLiteral("session_id")).toString());
        QVERIFY(window.alerts().isEmpty()); // acting on an alert closes it

        // "Revoke all of this user" asks, naming her, then ends her other session too.
        window.sessionsPage()->refresh(); // (no new event: no new alert)
        server.clock().advance(3600);
        const QJsonObject third = server.login(QStringLiteral("ada@example.org"));
        const QJsonObject again{{QStringLiteral("refresh_token"), third.value(QStringLiteral("refresh_token"))}};
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), again).status, 200);
        server.clock().advance(3600);
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), again).status, 401);
        window.sessionsPage()->refresh();
        settle(window);
        QCOMPARE(window.alerts().size(), 1);
        QTest::mouseClick(window.alerts().first()->findChild<QToolButton *>(QStringLiteral("revokeAllOfUser")),
                          Qt::LeftButton);
        settle(window);
        QVERIFY2(console.dialogs->questions.last().contains(QStringLiteral("ada@example.org")),
                 qPrintable(console.dialogs->questions.last()));
        const QJsonObject refreshOther{{QStringLiteral("refresh_token"), other.value(QStringLiteral("refresh_token"))}};
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), refreshOther).status, 401);
    }

    void theSessionsPageHoldsAWindowAndFindsAUsersSessions()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        server.createUser(QStringLiteral("bob@example.org"));
        const User ada = server.backend().accounts().find(QStringLiteral("ada@example.org")).value();
        const User bob = server.backend().accounts().find(QStringLiteral("bob@example.org")).value();
        for (int i = 0; i < 3; ++i)
            QVERIFY(server.backend().sessions().start(bob, {}));
        server.clock().advance(1); // bob's are the oldest, beyond the first window
        for (int i = 0; i < RowWindow::kPageRows + 50; ++i)
            QVERIFY(server.backend().sessions().start(ada, {}));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Sessions);
        SessionTableModel *model = window.sessionsPage()->model();
        QCOMPARE(model->rowCount(), RowWindow::kPageRows);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        settle(window);
        QCOMPARE(model->rowCount(), RowWindow::kPageRows + 53);
        QVERIFY(!model->canFetchMore({}));
        // A whole address reads that user's sessions from the database.
        window.sessionsPage()->findChild<QLineEdit *>()->setText(QStringLiteral("bob@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 2000);
    }
};

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
