// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: its export, its sentences and the event beside them.
#include "consolefixture.h"

#include "audittablemodel.h"
#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/settingsservice.h"
#include "auth/workspaceservice.h"
#include "pages/auditpage.h"
#include "pages/sessionspage.h"
#include "pages/userspage.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestAuditPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void auditExportWritesWhatTheFilterShows()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        server.createUser(QStringLiteral("bob@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Audit);
        AuditPage *page = window.auditPage();
        QTest::keyClicks(page->textFilter(), QStringLiteral("bob@"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        QTemporaryDir dir;
        console.dialogs->saveFile = dir.filePath(QStringLiteral("audit.csv"));
        QTest::mouseClick(button(page, "exportAudit"), Qt::LeftButton);
        QFile csv(console.dialogs->saveFile);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,actor,action,target,outcome,client,details\r"));
        QVERIFY(lines.at(1).contains("user.create,bob@example.org,success"));
        QCOMPARE(lines.size(), 3); // header, one event, the empty rest after the last line end
    }

    void theAuditLogReadsAsWordsWithTheWholeEventBeside()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        const QJsonObject pair = server.login(QStringLiteral("ada@example.org"));
        // A reuse is logged with the user's number as the actor ("user:1"): shown as her address.
        const QJsonObject body{{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}};
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), body).status, 200);
        server.clock().advance(3600);
        QCOMPARE(server.postJson(QStringLiteral("/auth/refresh"), body).status, 401);
        QVERIFY(server.backend()
                    .settingsService()
                    .change(Actor::local(QStringLiteral("grace")),
                            {{QStringLiteral("tokens.access_ttl"), QStringLiteral("600")}})
                    .ok());
        // A member event names the member as its target and the workspace in its details.
        server.createUser(QStringLiteral("bob@example.org"));
        const Actor grace = Actor::local(QStringLiteral("grace"));
        QVERIFY(server.backend().workspaces().create(
            grace,
            {QStringLiteral("acme"),
             QStringLiteral("Acme Corporation"),
             {},
             server.backend().accounts().find(QStringLiteral("ada@example.org"))->record.id}));
        QVERIFY(server.backend().workspaces().addMember(grace, QStringLiteral("acme"),
                                                        QStringLiteral("bob@example.org"), QStringLiteral("guest")));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Audit);
        AuditPage *page = window.auditPage();
        const auto rowOf = [page](const QString &action) {
            for (int row = 0; row < page->model()->rowCount(); ++row) {
                if (page->model()->rowAt(row)->action == action)
                    return row;
            }
            return -1;
        };
        const int login = rowOf(QStringLiteral("login"));
        QVERIFY(login >= 0);
        QCOMPARE(page->model()->index(login, AuditTableModel::Action).data().toString(), QStringLiteral("Signed in"));
        QCOMPARE(page->model()->index(login, AuditTableModel::Outcome).data().toString(), QStringLiteral("success"));
        const int reuse = rowOf(QStringLiteral("refresh_reuse_detected"));
        QVERIFY(reuse >= 0);
        QVERIFY(page->model()->rowAt(reuse)->actor.startsWith(QStringLiteral("user:")));
        QCOMPARE(page->model()->index(reuse, AuditTableModel::Actor).data().toString(),
                 QStringLiteral("ada@example.org"));
        // Each event a sentence, with what changed in words and units; a refusal says so first.
        QCOMPARE(page->model()->index(login, AuditTableModel::Event).data().toString(),
                 QStringLiteral("ada@example.org signed in"));
        const QString reused = page->model()->index(reuse, AuditTableModel::Event).data().toString();
        QVERIFY2(
            reused.startsWith(QStringLiteral("Denied: A refresh token of ada@example.org was used twice: session "))
                && reused.endsWith(QStringLiteral(" ended")),
            qPrintable(reused));
        const int setting = rowOf(QStringLiteral("setting.change"));
        QVERIFY(setting >= 0);
        QVERIFY2(page->model()
                     ->index(setting, AuditTableModel::Event)
                     .data()
                     .toString()
                     .endsWith(QStringLiteral(" changed tokens.access_ttl from its default to 10 min")),
                 qPrintable(page->model()->index(setting, AuditTableModel::Event).data().toString()));
        const int member = rowOf(QStringLiteral("workspace.member_add"));
        QVERIFY(member >= 0);
        QVERIFY2(page->model()
                     ->index(member, AuditTableModel::Event)
                     .data()
                     .toString()
                     .endsWith(QStringLiteral(" added bob@example.org to the workspace acme")),
                 qPrintable(page->model()->index(member, AuditTableModel::Event).data().toString()));
        // The outcome by icon and colour too: the refusal stands out, a success is not coloured.
        QVERIFY(
            !page->model()->index(reuse, AuditTableModel::Outcome).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(
            page->model()->index(reuse, AuditTableModel::Outcome).data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(!page->model()->index(login, AuditTableModel::Outcome).data(Qt::ForegroundRole).isValid());
        // The sentence says who, what and to what: those columns start hidden, the header's menu has them.
        QVERIFY(page->view()->isColumnHidden(AuditTableModel::Actor));
        QVERIFY(page->view()->isColumnHidden(AuditTableModel::Action));
        QVERIFY(page->view()->isColumnHidden(AuditTableModel::Target));
        QVERIFY(!page->view()->isColumnHidden(AuditTableModel::Event));
        // "Security events": the reuse and the setting's change stay, the sign-in goes.
        QComboBox *show = page->outcomeFilter();
        show->setCurrentIndex(show->findData(QStringLiteral("security")));
        QStringList shownActions;
        for (int row = 0; row < page->view()->model()->rowCount(); ++row)
            shownActions << page->model()
                                ->rowAt(page->model()->rowOfKey(
                                    page->view()->model()->index(row, 0).data(RowTableModelBase::KeyRole).toString()))
                                ->action;
        QVERIFY2(shownActions.contains(QStringLiteral("refresh_reuse_detected"))
                     && shownActions.contains(QStringLiteral("setting.change"))
                     && !shownActions.contains(QStringLiteral("login")),
                 qPrintable(shownActions.join(u' ')));
        show->setCurrentIndex(0);
        // Selecting an event shows all of it.
        QVERIFY(page->detail()->toPlainText().isEmpty());
        selectRow(page->view(), QStringLiteral("Refresh token reused: session ended"), AuditTableModel::Action);
        QVERIFY2(page->detail()->toPlainText().contains(QStringLiteral("refresh_reuse_detected"))
                     && page->detail()->toPlainText().contains(QStringLiteral("user_id")),
                 qPrintable(page->detail()->toPlainText()));
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/audit-detail-en.png")));

        // Its subjects a click away: the user's sessions (the reused one has ended), the user.
        QPushButton *showSession = button(page, "auditShowSession");
        QVERIFY(showSession->isEnabled() && button(page, "auditShowUser")->isEnabled());
        QVERIFY(!button(page, "auditShowApplication")->isEnabled());
        QVERIFY(!button(page, "auditShowApplication")->toolTip().isEmpty()); // says why not
        QTest::mouseClick(showSession, Qt::LeftButton);
        settle(window);
        QCOMPARE(window.currentPage(), MainWindow::Page::Sessions);
        QCOMPARE(window.sessionsPage()->userFilter()->text(), QStringLiteral("ada@example.org"));
        window.showPage(MainWindow::Page::Audit);
        settle(window);
        selectRow(page->view(), QStringLiteral("ada@example.org signed in"), AuditTableModel::Event);
        QTest::mouseClick(button(page, "auditShowUser"), Qt::LeftButton);
        settle(window);
        QCOMPARE(window.currentPage(), MainWindow::Page::Users);
        QTRY_COMPARE(window.usersPage()->selectedEmail(), QStringLiteral("ada@example.org"));
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
