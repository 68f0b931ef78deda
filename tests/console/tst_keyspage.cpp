// SPDX-License-Identifier: GPL-3.0-or-later
// The Keys page: rotation as the JWK Set shows it.
#include "consolefixture.h"

#include "keytablemodel.h"
#include "pages/keyspage.h"

#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestKeysPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void rotateAKeyAndTheJwksShowsIt()
    {
        TestServer server;
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Keys);
        KeysPage *page = window.keysPage();
        QCOMPARE(page->model()->rowCount(), 3); // the active key and its two companions (RS256, EdDSA)
        console.dialogs->choices.push_back(QStringLiteral("EdDSA"));
        QTest::mouseClick(button(page, "rotateKey"), Qt::LeftButton);
        settle(window);
        QCOMPARE(page->model()->rowCount(), 4);
        QString activeKid; // the published next key: it signs after tokens.jwks_max_age
        for (const SigningKeyRecord &key : page->model()->rows()) {
            QVERIFY(key.sealedPrivate.isEmpty()); // never held by the GUI
            if (key.state == QLatin1String("next")) {
                activeKid = key.kid;
                QCOMPARE(key.algorithm, QStringLiteral("EdDSA"));
                QVERIFY(key.activatesAt);
            }
        }
        QVERIFY(!activeKid.isEmpty());
        QVERIFY(page->jwks()->toPlainText().contains(activeKid));
        QStringList published;
        for (const QJsonValue key :
             server.get(QStringLiteral("/.well-known/jwks.json")).json().value(QStringLiteral("keys")).toArray())
            published << key.toObject().value(QStringLiteral("kid")).toString();
        QVERIFY(published.contains(activeKid));

        // The key in use cannot be retired: Retire is off and says why; the next one may be.
        QVERIFY(!button(page, "retireKey")->isEnabled());
        for (const SigningKeyRecord &key : page->model()->rows()) {
            selectRow(page->view(), key.kid, KeyTableModel::Kid);
            const bool active = key.state == QLatin1String("active") || key.state == QLatin1String("companion");
            QCOMPARE(button(page, "retireKey")->isEnabled(), !active);
            if (active)
                QVERIFY2(button(page, "retireKey")->toolTip().contains(QStringLiteral("rotate first")),
                         qPrintable(button(page, "retireKey")->toolTip()));
        }
    }
};

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
