// SPDX-License-Identifier: GPL-3.0-or-later
// The token inspector (Tools menu).
#include "consolefixture.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/sessionservice.h"
#include "auth/workspaceservice.h"
#include "crypto/base64url.h"
#include "crypto/jwtverifier.h"
#include "messagebar.h"
#include "pages/tokenspage.h"
#include "revocationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestTokensPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void inspectValidExpiredAndForgedTokens()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        const QByteArray valid = server.accessToken(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = *console.window;
        window.showPage(MainWindow::Page::Tokens);
        TokensPage *page = window.tokensPage();
        // Before anything is inspected, the table says what will fill it.
        QVERIFY(page->claims()->viewport()->findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisibleTo(page));
        // An empty box offers nothing to inspect or revoke, and says so.
        QVERIFY(!button(page, "revokeToken")->isEnabled());
        QVERIFY(!button(page, "revokeToken")->toolTip().isEmpty());
        const auto inspect = [&](const QByteArray &token) {
            page->input()->setPlainText(QString::fromLatin1(token));
            QTest::mouseClick(button(page, "inspectToken"), Qt::LeftButton);
            settle(window);
            return page->verdict()->text();
        };
        const auto cell = [page](const char *name, int column) {
            const int row = page->rowOf(QLatin1String(name));
            return row < 0 ? QString() : page->claims()->item(row, column)->text();
        };
        // Valid, with its expiry relative to the server's clock; header and claims one per row.
        QVERIFY2(inspect(valid).startsWith(QStringLiteral("Valid: expires in 15 min")),
                 qPrintable(page->verdict()->text()));
        QCOMPARE(page->verdict()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(cell("email", TokensPage::Value), QStringLiteral("ada@example.org"));
        QCOMPARE(cell("alg", TokensPage::Part), QStringLiteral("Header"));
        QVERIFY2(cell("iat", TokensPage::Meaning).startsWith(QStringLiteral("Issued just now")),
                 qPrintable(cell("iat", TokensPage::Meaning)));
        QCOMPARE(page->rowOf(QStringLiteral("workspace_slug")), -1);
        // Every claim Keyward puts in an access token says what it means (amr too).
        for (int row = 0; row < page->claims()->rowCount(); ++row) {
            QVERIFY2(!page->claims()->item(row, TokensPage::Meaning)->text().isEmpty(),
                     qPrintable(page->claims()->item(row, TokensPage::Name)->text()));
        }
        // Copy puts the claims on the clipboard as JSON.
        QTest::mouseClick(button(page, "copyClaims"), Qt::LeftButton);
        QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8())
                     .object()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("ada@example.org"));
        // Expired by the clock but within the leeway: valid, and the verdict says why.
        server.clock().advance(15 * 60 + 6);
        QVERIFY2(inspect(valid).startsWith(QStringLiteral("Valid: expired 6 s ago, accepted for 24 s more")),
                 qPrintable(page->verdict()->text()));
        server.clock().advance(-(15 * 60 + 6));
        // An unsigned "alg": "none" token is refused for its algorithm, not as malformed.
        const QList<QByteArray> parts = valid.split('.');
        const QByteArray none = Base64Url::encode(R"({"alg":"none"})") + '.' + parts[1] + '.';
        QVERIFY2(inspect(none).contains(rejectionCode(TokenRejection::UnsupportedAlgorithm)),
                 qPrintable(page->verdict()->text()));
        QCOMPARE(page->verdict()->kind(), MessageBar::Kind::Error);
        QCOMPARE(cell("alg", TokensPage::Value), QStringLiteral("none"));
        // A token of a session in a workspace says which, as what.
        const Actor local = Actor::local(QStringLiteral("test"));
        QVERIFY(server.backend().workspaces().create(
            local,
            {QStringLiteral("acme"),
             QStringLiteral("Acme"),
             {},
             server.backend().accounts().find(QStringLiteral("ada@example.org"))->record.id}));
        const TestReply scoped = server.postJson(QStringLiteral("/auth/login"),
                                                 {{QStringLiteral("email"), QStringLiteral("ada@example.org")},
                                                  {QStringLiteral("password"), TestServer::defaultPassword()},
                                                  {QStringLiteral("workspace"), QStringLiteral("acme")}});
        const QByteArray scopedToken = scoped.json().value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(inspect(scopedToken).startsWith(QStringLiteral("Valid")));
        QCOMPARE(cell("workspace_slug", TokensPage::Value), QStringLiteral("acme"));
        QCOMPARE(cell("workspace_role", TokensPage::Meaning), QStringLiteral("Role in the workspace: Owner"));
        // A token of a session that ended is refused, and the verdict names the session (the
        // revoked-token list holds only tokens revoked one by one).
        const QString sid = QJsonDocument::fromJson(*Base64Url::decode(scopedToken.split('.').at(1)))
                                .object()
                                .value(QStringLiteral("sid"))
                                .toString();
        QVERIFY(server.backend().sessions().revoke(local, sid, 0, QStringLiteral("test")));
        QVERIFY2(inspect(scopedToken).contains(sid), qPrintable(page->verdict()->text()));

        QByteArray forged = valid;
        forged[forged.size() - 5] = forged[forged.size() - 5] == 'A' ? 'B' : 'A';
        QVERIFY2(inspect(forged).contains(rejectionCode(TokenRejection::BadSignature)),
                 qPrintable(page->verdict()->text()));

        // Revoke the pasted token: the list shows it with its user, and the API refuses it.
        QAbstractItemModelTester tester(page->revocations(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(server.get(QStringLiteral("/api/protected"), valid).status, 200);
        page->input()->setPlainText(QString::fromLatin1(valid));
        QTest::mouseClick(button(page, "revokeToken"), Qt::LeftButton);
        settle(window);
        QCOMPARE(page->revocations()->rowCount(), 1);
        QCOMPARE(page->revocations()->index(0, RevocationTableModel::User).data().toString(),
                 QStringLiteral("ada@example.org"));
        QVERIFY(page->verdict()->text().contains(rejectionCode(TokenRejection::Revoked)));
        QTRY_COMPARE_WITH_TIMEOUT(server.get(QStringLiteral("/api/protected"), valid).status, 401, 3000);

        server.clock().advance(24 * 3600);
        QVERIFY2(inspect(valid).contains(rejectionCode(TokenRejection::Expired)), qPrintable(page->verdict()->text()));
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/tokens-en.png")));

        // Minting is a development tool: Tools ▸ Mint a token opens it in a window of its own, and
        // the page's tabs keep to inspecting and revoking.
        server.clock().advance(-24 * 3600);
        const auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("tokenTabs"));
        QCOMPARE(tabs->count(), 2);
        QVERIFY(!page->minter()->isVisible());
        window.findChild<QAction *>(QStringLiteral("mintTokenTool"))->trigger();
        QVERIFY(page->minter()->isVisible());
        // The minted token: copied, or inspected in one click.
        page->input()->clear();
        QVERIFY(!button(page, "copyMinted")->isEnabled());
        page->mintEmail()->setText(QStringLiteral("ada@example.org"));
        QTest::mouseClick(button(page, "mintToken"), Qt::LeftButton);
        settle(window);
        const QString minted = page->minted()->toPlainText();
        QVERIFY(!minted.isEmpty());
        QTest::mouseClick(button(page, "copyMinted"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), minted);
        QTest::mouseClick(button(page, "inspectMinted"), Qt::LeftButton);
        settle(window);
        QCOMPARE(page->input()->toPlainText(), minted);
        QVERIFY2(page->verdict()->text().startsWith(QStringLiteral("Valid: expires in 15 min")),
                 qPrintable(page->verdict()->text()));
        QCOMPARE(tabs->currentIndex(), 0); // the inspector, on the page the window shows
        QCOMPARE(window.currentPage(), MainWindow::Page::Tokens);
        page->minter()->hide();
    }
};

QTEST_MAIN(TestTokensPage)
#include "tst_tokenspage.moc"
