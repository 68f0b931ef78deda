// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspaces page and its member dialog.
#include "consolefixture.h"

#include "auth/accountservice.h"
#include "memberdialog.h"
#include "pages/sessionspage.h"
#include "pages/userspage.h"
#include "pages/workspacespage.h"
#include "sessiontablemodel.h"
#include "usertablemodel.h"
#include "workspacetablemodel.h"

#include <QDialogButtonBox>
#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestWorkspacesPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void theWorkspacesPageManagesWorkspacesAndMembers()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        server.createUser(QStringLiteral("bob@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Workspaces);
        WorkspacesPage *page = window.workspacesPage();
        QCOMPARE(page->model()->rowCount(), 0);
        console.dialogs->texts = {QStringLiteral("acme"), QStringLiteral("Acme"), QStringLiteral("ada@example.org")};
        button(page, "newWorkspace")->click();
        settle(window);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, WorkspaceTableModel::Plan).data().toString(), QStringLiteral("free"));
        QCOMPARE(page->model()->index(0, WorkspaceTableModel::Members).data().toInt(), 1);
        page->view()->selectRow(0);
        settle(window);
        QCOMPARE(page->members()->rowCount(), 1); // ada, the owner
        QCOMPARE(page->members()->index(0, MemberTableModel::Role).data().toString(), QStringLiteral("Owner"));

        // The address is completed from the database as it is typed.
        console.dialogs->memberPrefix = QStringLiteral("BO");
        console.dialogs->newMembers = {{QStringLiteral("bob@example.org"), QStringLiteral("guest")}};
        button(page, "addMember")->click();
        settle(window);
        QCOMPARE(console.dialogs->memberSuggestions, QStringList{QStringLiteral("bob@example.org")});
        QCOMPARE(page->members()->rowCount(), 2);
        // Bob signs in to acme; a role change ends that session (his token carries the old role).
        const TestReply bob = server.postJson(QStringLiteral("/auth/login"),
                                              {{QStringLiteral("email"), QStringLiteral("bob@example.org")},
                                               {QStringLiteral("password"), TestServer::defaultPassword()},
                                               {QStringLiteral("workspace"), QStringLiteral("acme")}});
        QCOMPARE(bob.status, 200);
        const QByteArray token = bob.json().value(QStringLiteral("access_token")).toString().toLatin1();
        // The user list shows bob's workspaces; the session list the workspace his session is in.
        window.refreshAll();
        settle(window);
        const qint64 bobId = server.backend().accounts().find(QStringLiteral("bob@example.org"))->record.id;
        UserTableModel *users = window.usersPage()->model();
        QCOMPARE(users->index(users->rowOfKey(QString::number(bobId)), UserTableModel::Workspaces).data().toString(),
                 QStringLiteral("acme (Guest)"));
        SessionTableModel *sessions = window.sessionsPage()->model();
        QCOMPARE(sessions->rowCount(), 1);
        QCOMPARE(sessions->index(0, SessionTableModel::Workspace).data().toString(), QStringLiteral("acme"));
        selectRow(page->memberView(), QStringLiteral("bob@example.org"), MemberTableModel::Email);
        console.dialogs->choices = {QStringLiteral("admin")};
        button(page, "changeRole")->click();
        settle(window);
        QCOMPARE(server.get(QStringLiteral("/api/workspace"), token).status, 401);
        selectRow(page->memberView(), QStringLiteral("bob@example.org"), MemberTableModel::Email);
        QCOMPARE(page->members()
                     ->index(page->members()->rowOfKey(QString::number(
                                 server.backend().accounts().find(QStringLiteral("bob@example.org"))->record.id)),
                             MemberTableModel::Role)
                     .data()
                     .toString(),
                 QStringLiteral("Admin"));
        // The last owner stays: the failure is shown, nothing changes.
        selectRow(page->memberView(), QStringLiteral("ada@example.org"), MemberTableModel::Email);
        button(page, "removeMember")->click();
        settle(window);
        QCOMPARE(page->members()->rowCount(), 2);
        // Rename, plan, delete (after a question that says what ends).
        console.dialogs->texts = {QStringLiteral("Acme Inc")};
        button(page, "renameWorkspace")->click();
        settle(window);
        QCOMPARE(page->model()->index(0, WorkspaceTableModel::Name).data().toString(), QStringLiteral("Acme Inc"));
        console.dialogs->choices = {QStringLiteral("pro")};
        button(page, "changePlan")->click();
        settle(window);
        QCOMPARE(page->model()->index(0, WorkspaceTableModel::Plan).data().toString(), QStringLiteral("pro"));
        button(page, "deleteWorkspace")->click();
        settle(window);
        QVERIFY(console.dialogs->questions.last().contains(QStringLiteral("every session in it ends")));
        QCOMPARE(page->model()->rowCount(), 0);
    }

    // The real "Add member" dialog: suggestions are asked for after a pause in typing, an answer
    // to an older prefix is dropped, OK waits for an address.
    void theMemberDialogCompletesAddressesAsTyped()
    {
        QStringList asked;
        std::function<void(const QStringList &)> pending;
        MemberDialog dialog(QStringLiteral("acme"), {QStringLiteral("admin"), QStringLiteral("member")},
                            QStringLiteral("member"),
                            [&](const QString &prefix, std::function<void(const QStringList &)> deliver) {
                                asked << prefix;
                                pending = std::move(deliver);
                            });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.role(), QStringLiteral("member"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.emailField(), QStringLiteral("bo"));
        QVERIFY(ok->isEnabled());
        QVERIFY(asked.isEmpty()); // not one read per key
        QTRY_COMPARE(asked, QStringList{QStringLiteral("bo")});
        QTest::keyClicks(dialog.emailField(), QStringLiteral("b"));
        pending({QStringLiteral("bob@example.org")}); // the answer for "bo" arrives late
        QVERIFY(dialog.suggestions().isEmpty());
        QTRY_COMPARE(asked.size(), 2);
        QCOMPARE(asked.last(), QStringLiteral("bob"));
        pending({QStringLiteral("bob@example.org"), QStringLiteral("bobby@example.org")});
        QCOMPARE(dialog.suggestions(),
                 (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("bobby@example.org")}));
        QVERIFY(dialog.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dialog-add-member-en.png")));
    }
};

QTEST_MAIN(TestWorkspacesPage)
#include "tst_workspacespage.moc"
