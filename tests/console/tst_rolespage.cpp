// SPDX-License-Identifier: GPL-3.0-or-later
// The Roles page: custom roles, inherited permissions and the preview of a change.
#include "consolefixture.h"

#include "pages/rolespage.h"
#include "rolepermissionmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTreeWidget>

using namespace keyward;
using namespace keyward::consoletest;

class TestRolesPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void aCustomRoleWithAPreviewOfWhoGainsWhat()
    {
        TestServer server;
        server.createUser(QStringLiteral("mia@example.org"), {QStringLiteral("manager")});
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Roles);
        RolesPage *page = window.rolesPage();
        QAbstractItemModelTester tester(page->matrix(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray before = server.accessToken(QStringLiteral("mia@example.org"));
        QCOMPARE(server.get(QStringLiteral("/admin/keys"), before).status, 403);

        console.dialogs->newRoles.push_back(NewRoleInput{QStringLiteral("keeper"), QStringLiteral("manager"), {}});
        QTest::mouseClick(button(page, "newRole"), Qt::LeftButton);
        settle(window);
        const QList<QTreeWidgetItem *> found = page->tree()->findItems(QStringLiteral("keeper"), Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->parent()->text(0), QStringLiteral("manager"));

        // Giving the keeper keys.read reaches the manager above it: the preview says so first.
        found.first()->setSelected(true);
        console.dialogs->permissions.push_back(QStringList{QStringLiteral("keys.read")});
        QTest::mouseClick(button(page, "editPermissions"), Qt::LeftButton);
        settle(window);
        QCOMPARE(console.dialogs->questions.size(), 1);
        QVERIFY2(console.dialogs->questions.first().contains(QStringLiteral("mia@example.org gains keys.read")),
                 qPrintable(console.dialogs->questions.first()));
        QVERIFY(page->matrix()->has(QStringLiteral("manager"), QStringLiteral("keys.read")));
        QVERIFY(!page->matrix()->has(QStringLiteral("user"), QStringLiteral("keys.read")));
        const QByteArray after = server.accessToken(QStringLiteral("mia@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(server.get(QStringLiteral("/admin/keys"), after).status, 200, 3000);

        // The matrix tells own from inherited: the manager has keys.read from the keeper (greyed,
        // named), the keeper has it itself, as a check box a click changes; built-in roles have none.
        RolePermissionModel *matrix = page->matrix();
        const auto cell = [matrix](const char *role, const char *permission) {
            int column = 0;
            while (matrix->headerData(column, Qt::Horizontal).toString() != QLatin1String(role))
                ++column;
            int row = 0;
            while (matrix->headerData(row, Qt::Vertical).toString() != QLatin1String(permission))
                ++row;
            return matrix->index(row, column);
        };
        QCOMPARE(cell("manager", "keys.read").data().toString(), QStringLiteral("✓ from keeper"));
        QVERIFY(cell("manager", "keys.read").data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell("admin", "keys.read").data().toString(), QStringLiteral("✓")); // its own
        QVERIFY(!(cell("admin", "keys.read").flags() & Qt::ItemIsUserCheckable));
        QCOMPARE(cell("keeper", "keys.read").data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(cell("keeper", "keys.read").flags() & Qt::ItemIsUserCheckable);
        QVERIFY(!matrix->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().isEmpty()); // what it allows
        QVERIFY2(matrix->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("inherits")),
                 qPrintable(matrix->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString()));
        // Ticking keeper's audit.read asks with the preview, then saves it.
        console.dialogs->questions.clear();
        QVERIFY(!matrix->setData(cell("keeper", "audit.read"), Qt::Checked, Qt::CheckStateRole));
        settle(window);
        QCOMPARE(console.dialogs->questions.size(), 1);
        QVERIFY2(console.dialogs->questions.first().contains(QStringLiteral("mia@example.org gains audit.read")),
                 qPrintable(console.dialogs->questions.first()));
        QTRY_COMPARE(cell("keeper", "audit.read").data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(cell("manager", "audit.read").data().toString(), QStringLiteral("✓ from keeper"));

        // Built-in roles stay: deleting or editing them is not offered, and the button says why.
        page->tree()->clearSelection();
        QVERIFY(!button(page, "deleteRole")->isEnabled());
        QVERIFY(button(page, "deleteRole")->toolTip().contains(QStringLiteral("Select")));
        page->tree()->findItems(QStringLiteral("user"), Qt::MatchRecursive).first()->setSelected(true);
        QVERIFY(!button(page, "deleteRole")->isEnabled());
        QVERIFY(!button(page, "editPermissions")->isEnabled());
        QVERIFY(button(page, "deleteRole")->toolTip().contains(QStringLiteral("Built-in")));
        QTest::mouseClick(button(page, "deleteRole"), Qt::LeftButton);
        settle(window);
        QVERIFY(!refusalShown(window)); // a notice of what worked may be there
        QVERIFY(!page->tree()->findItems(QStringLiteral("user"), Qt::MatchRecursive).isEmpty());
        page->tree()->clearSelection();
        page->tree()->findItems(QStringLiteral("keeper"), Qt::MatchRecursive).first()->setSelected(true);
        QVERIFY(button(page, "deleteRole")->isEnabled());
        QVERIFY(button(page, "deleteRole")->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestRolesPage)
#include "tst_rolespage.moc"
