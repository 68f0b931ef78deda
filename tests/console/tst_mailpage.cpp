// SPDX-License-Identifier: GPL-3.0-or-later
// The Mail page: the outbox and retries.
#include "consolefixture.h"

#include "auth/auditlog.h"
#include "auth/invitationservice.h"
#include "auth/settingsservice.h"
#include "auth/workspaceservice.h"
#include "outboxtablemodel.h"
#include "pages/mailpage.h"
#include "pages/workspacespage.h"
#include "workspacetablemodel.h"

#include <QComboBox>
#include <QPushButton>
#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestMailPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    // Mail: the outbox with its states, Retry for a failed message (not for a sent one), a test
    // message sent from the page; and an invitation from the Workspaces page without mail shows
    // its link to pass on.
    void theMailPageShowsTheOutboxAndRetries()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"), {QStringLiteral("admin")});
        addOutboxRows(server);
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Mail);
        MailPage *page = window.mailPage();
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QVERIFY2(page->where()->text().contains(QStringLiteral("smtp://mail.example.com:587")),
                 qPrintable(page->where()->text()));
        auto *retry = page->findChild<QPushButton *>(QStringLiteral("retryMail"));
        selectRow(page->view(), QStringLiteral("ada@example.org"), OutboxTableModel::To);
        QVERIFY(!retry->isEnabled()); // sent
        selectRow(page->view(), QStringLiteral("cy@example.org"), OutboxTableModel::To);
        QCOMPARE(page->model()->index(page->view()->currentIndex().row(), OutboxTableModel::State).data().toString(),
                 QStringLiteral("Failed"));
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        settle(window);
        // cy's (the third message) is due again: the retry is audited.
        QTRY_VERIFY(!server.backend().audit().list({{}, 0, 0, QStringLiteral("mail.retry"), 10}).empty());
        // The filter.
        auto *state = page->findChild<QComboBox *>(QStringLiteral("outboxState"));
        state->setCurrentIndex(state->findData(QStringLiteral("sent")));
        settle(window);
        QTRY_COMPARE(page->model()->rowCount(), 1);

        // No mail on this installation's next start: an invitation's link is shown to pass on.
        const auto unset = server.backend().settingsService().change(Actor::local(QStringLiteral("test")),
                                                                     {{QStringLiteral("mail.smtp_url"), std::nullopt}});
        QVERIFY(unset);
        QVERIFY(server.backend().workspaces().create(Actor::local(QStringLiteral("test")),
                                                     {QStringLiteral("acme"), QStringLiteral("Acme"), {}, 0}));
        window.showPage(MainWindow::Page::Workspaces);
        settle(window);
        QTRY_COMPARE(window.workspacesPage()->view()->model()->rowCount(), 1);
        window.workspacesPage()->view()->selectRow(0);
        console.dialogs->invitations.push_back({QStringLiteral("grace@example.org"), QStringLiteral("admin")});
        QTest::mouseClick(window.workspacesPage()->findChild<QPushButton *>(QStringLiteral("invite")), Qt::LeftButton);
        settle(window);
        QTRY_COMPARE(console.dialogs->secrets.size(), 1);
        QVERIFY2(console.dialogs->secrets.last().contains(QStringLiteral("/account/invitation?token=")),
                 qPrintable(console.dialogs->secrets.last()));
        const auto invitations
            = server.backend().invitations().list(Actor::local(QStringLiteral("test")), QStringLiteral("acme"), 0, -1);
        QVERIFY(invitations);
        QCOMPARE(invitations->items.size(), size_t(1));
        QCOMPARE(invitations->items.front().record.role, QStringLiteral("admin"));
        // Listed under the workspace, and withdrawn from there after a question naming grace.
        WorkspacesPage *workspaces = window.workspacesPage();
        QTRY_COMPARE(workspaces->invitations()->rowCount(), 1);
        workspaces->invitationView()->selectRow(0);
        QTest::mouseClick(workspaces->findChild<QPushButton *>(QStringLiteral("withdrawInvitation")), Qt::LeftButton);
        settle(window);
        QVERIFY(console.dialogs->questions.last().contains(QStringLiteral("grace@example.org")));
        QTRY_COMPARE(workspaces->invitations()->rowCount(), 0);
        QVERIFY(server.backend()
                    .invitations()
                    .list(Actor::local(QStringLiteral("test")), QStringLiteral("acme"), 0, -1)
                    ->items.empty());
    }
};

QTEST_MAIN(TestMailPage)
#include "tst_mailpage.moc"
