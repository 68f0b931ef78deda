// SPDX-License-Identifier: GPL-3.0-or-later
// The Applications page and its dialog.
#include "consolefixture.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/clientservice.h"
#include "auth/oidcservice.h"
#include "clientdialog.h"
#include "clienttablemodel.h"
#include "pages/clientspage.h"
#include "pages/userspage.h"
#include "usertablemodel.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace keyward;
using namespace keyward::consoletest;

class TestClientsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void theApplicationsPageRegistersEditsRotatesTriesAndDeletes()
    {
        TestServer server;
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Clients);
        ClientsPage *page = window.clientsPage();
        QCOMPARE(page->model()->rowCount(), 0);
        console.dialogs->clients = {{QStringLiteral("notes"),
                                     QStringLiteral("Notes"),
                                     true,
                                     false,
                                     {QStringLiteral("https://notes.example/cb")},
                                     {},
                                     {}}};
        button(page, "newClient")->click();
        settle(window);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(console.dialogs->secrets.size(), 1); // shown once, with its copy button
        const QString secret = console.dialogs->secrets.first();
        QVERIFY(server.backend().clients().authenticate(QStringLiteral("notes"), secret));
        // A refused registration says why, and registers nothing.
        console.dialogs->clients = {{QStringLiteral("bad"),
                                     QStringLiteral("Bad"),
                                     false,
                                     false,
                                     {QStringLiteral("http://evil.example/cb")},
                                     {},
                                     {}}};
        button(page, "newClient")->click();
        settle(window);
        QCOMPARE(page->model()->rowCount(), 1);
        // Edit: the dialog gets the client as it is; the change is saved.
        page->view()->selectRow(0);
        console.dialogs->clients
            = {{QStringLiteral("notes"),
                QStringLiteral("Notes app"),
                true,
                false,
                {QStringLiteral("https://notes.example/cb"), QStringLiteral("http://127.0.0.1/cb")},
                {},
                {QStringLiteral("openid"), QStringLiteral("email")}}};
        button(page, "editClient")->click();
        settle(window);
        QVERIFY(console.dialogs->lastClientShown.has_value());
        QCOMPARE(console.dialogs->lastClientShown->name, QStringLiteral("Notes"));
        QCOMPARE(server.backend().clients().find(QStringLiteral("notes"))->record.redirectUris.size(), 2);
        QCOMPARE(page->model()->index(0, ClientTableModel::Name).data().toString(), QStringLiteral("Notes app"));
        // Rotate: asked first, the new secret shown once, the old one dead.
        page->view()->selectRow(0);
        button(page, "rotateSecret")->click();
        settle(window);
        QVERIFY(console.dialogs->questions.last().contains(QStringLiteral("stops working")));
        QCOMPARE(console.dialogs->secrets.size(), 2);
        QVERIFY(!server.backend().clients().authenticate(QStringLiteral("notes"), secret));
        // Try it: the browser opens on an authorization request that the server accepts.
        page->view()->selectRow(0);
        button(page, "tryClient")->click();
        QCOMPARE(console.dialogs->opened.size(), 1);
        const QUrl url = console.dialogs->opened.first();
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("client_id")), QStringLiteral("notes"));
        const TestReply signIn = server.get(url.path() + QLatin1Char('?') + url.query(QUrl::FullyEncoded));
        QCOMPARE(signIn.status, 200);
        QVERIFY(signIn.body.contains("Notes app"));
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/applications-en.png")));
        // A user's consent, forgotten from the Users page: the next sign-in asks again.
        server.createUser(QStringLiteral("ada@example.org"));
        const qint64 ada = server.backend().accounts().find(QStringLiteral("ada@example.org"))->record.id;
        const Actor adaActor = Actor::user(QStringLiteral("ada@example.org"), {}, {});
        QMap<QString, QString> parameters;
        for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            parameters.insert(name, value);
        const auto checked = server.backend().oidc().checkAuthorization(parameters);
        QVERIFY(std::holds_alternative<AuthorizationRequest>(checked));
        server.backend().oidc().giveConsent(adaActor, ada, std::get<AuthorizationRequest>(checked));
        QVERIFY(!server.backend().oidc().needsConsent(std::get<AuthorizationRequest>(checked), ada));
        window.showPage(MainWindow::Page::Users);
        settle(window);
        selectRow(window.usersPage()->view(), QStringLiteral("ada@example.org"), UserTableModel::Email);
        console.dialogs->consentsToRevoke = {{QStringLiteral("notes")}};
        button(window.usersPage(), "userConsents")->click();
        settle(window);
        QCOMPARE(console.dialogs->consentsOffered, QStringList{QStringLiteral("notes")});
        QVERIFY(server.backend().oidc().needsConsent(std::get<AuthorizationRequest>(checked), ada));
        // The same from the application's side: who allowed it, and forget one of them.
        server.backend().oidc().giveConsent(adaActor, ada, std::get<AuthorizationRequest>(checked));
        window.showPage(MainWindow::Page::Clients);
        settle(window);
        page->view()->selectRow(0);
        console.dialogs->consentsToRevoke = {{QStringLiteral("ada@example.org")}};
        button(page, "clientConsents")->click();
        settle(window);
        QCOMPARE(console.dialogs->consentsOffered, QStringList{QStringLiteral("ada@example.org")});
        QVERIFY(server.backend().oidc().needsConsent(std::get<AuthorizationRequest>(checked), ada));
        // Delete, after a question that says what ends.
        page->view()->selectRow(0);
        button(page, "deleteClient")->click();
        settle(window);
        QVERIFY(console.dialogs->questions.last().contains(QStringLiteral("signed out")));
        QCOMPARE(page->model()->rowCount(), 0);
    }

    // The real registration dialog: the redirect URIs are a list edited in place; OK waits for a name.
    void theApplicationDialogEditsItsLists()
    {
        ClientDialog dialog(std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.okButton()->isEnabled());
        QTest::keyClicks(dialog.nameField(), QStringLiteral("Notes"));
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.input().redirectUris, QStringList{QStringLiteral("http://127.0.0.1/callback")});
        dialog.redirects()->addUri(QStringLiteral("https://notes.example/cb"));
        dialog.redirects()->addUri(QStringLiteral("   "));
        QCOMPARE(dialog.input().redirectUris.size(), 2); // the blank one left out
        QVERIFY(dialog.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/dialog-application-filled-en.png")));
        QCOMPARE(dialog.input().name, QStringLiteral("Notes"));
        QVERIFY(dialog.input().confidential);
    }
};

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
