// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings page: checked, stored and applied at once; found by name.
#include "consolefixture.h"

#include "messagebar.h"
#include "pages/settingspage.h"
#include "settingeditor.h"
#include "settingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace keyward;
using namespace keyward::consoletest;

class TestSettingsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { prepareConsoleTests(); }

    void aSettingIsCheckedStoredAndAppliedAtOnce()
    {
        TestServer server;
        server.createUser(QStringLiteral("ada@example.org"));
        Console console(server);
        MainWindow &window = console.showPage(MainWindow::Page::Settings);
        SettingsPage *page = window.settingsPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [page](const QString &key, int column) {
            const int row = page->model()->rowOfKey(key);
            return page->model()->index(row, column).data().toString();
        };
        SettingEditor *editor = page->editor();
        // Grouped: the Tokens tab shows only tokens.* settings.
        page->groups()->setCurrentIndex(2);
        for (int row = 0; row < page->table()->model()->rowCount(); ++row)
            QVERIFY(page->table()
                        ->model()
                        ->index(row, SettingTableModel::Key)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("tokens.")));
        // A duration has a number and a unit, shown as such in the table and the editor.
        selectRow(page->table(), QStringLiteral("tokens.access_ttl"), SettingTableModel::Key);
        QCOMPARE(editor->key(), QStringLiteral("tokens.access_ttl"));
        QCOMPARE(shown(QStringLiteral("tokens.access_ttl"), SettingTableModel::Value), QStringLiteral("15 min"));
        auto *amount = editor->findChild<QSpinBox *>(QStringLiteral("durationValue"));
        auto *unit = editor->findChild<QComboBox *>(QStringLiteral("durationUnit"));
        QVERIFY(amount->isVisible() && unit->isVisible());
        QCOMPARE(amount->value(), 15);
        QCOMPARE(unit->currentText(), QStringLiteral("minutes"));
        QVERIFY2(
            editor->findChild<QLabel *>(QStringLiteral("effectiveValue"))->text().contains(QStringLiteral("default")),
            qPrintable(editor->findChild<QLabel *>(QStringLiteral("effectiveValue"))->text()));
        // Out of range for the setting: refused in the window, nothing stored. (In days the
        // editor caps it at one day; as seconds typed past that, the service says no.)
        unit->setCurrentIndex(unit->findText(QStringLiteral("seconds")));
        QCOMPARE(amount->value(), 900); // another unit says the same duration
        amount->setMaximum(1000000);
        amount->setValue(90000);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applySetting")), Qt::LeftButton);
        settle(window);
        QVERIFY(window.refusal()->isVisible()); // in the window, where it is seen
        QVERIFY2(window.refusal()->text().contains(QStringLiteral("tokens.access_ttl")),
                 qPrintable(window.refusal()->text()));
        QCOMPARE(server.backend().settings()->tokens.accessTtl.count(), 900);
        // Ten minutes: shown at once with its source, used by the very next login, no restart.
        unit->setCurrentIndex(unit->findText(QStringLiteral("minutes")));
        amount->setValue(10);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applySetting")), Qt::LeftButton);
        settle(window);
        QCOMPARE(shown(QStringLiteral("tokens.access_ttl"), SettingTableModel::Value), QStringLiteral("10 min"));
        QCOMPARE(shown(QStringLiteral("tokens.access_ttl"), SettingTableModel::Source), QStringLiteral("database"));
        QVERIFY(
            editor->findChild<QLabel *>(QStringLiteral("effectiveValue"))->text().contains(QStringLiteral("10 min")));
        QCOMPARE(server.login(QStringLiteral("ada@example.org")).value(QStringLiteral("expires_in")).toInt(), 600);

        // A combination start-up would refuse is refused here too, and nothing changes.
        selectRow(page->table(), QStringLiteral("tokens.refresh_absolute_ttl"), SettingTableModel::Key);
        QCOMPARE(unit->currentText(), QStringLiteral("days"));
        unit->setCurrentIndex(unit->findText(QStringLiteral("hours")));
        amount->setValue(1); // shorter than the idle lifetime
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applySetting")), Qt::LeftButton);
        settle(window);
        QVERIFY(window.refusal()->isVisible());
        QVERIFY2(window.refusal()->text().contains(QStringLiteral("refresh_absolute_ttl")),
                 qPrintable(window.refusal()->text()));
        QCOMPARE(server.backend().settings()->tokens.refreshAbsoluteTtl.count(), 2592000);

        // A yes/no is a check box.
        page->groups()->setCurrentIndex(0);
        selectRow(page->table(), QStringLiteral("registration.enabled"), SettingTableModel::Key);
        auto *onOff = editor->findChild<QCheckBox *>(QStringLiteral("booleanValue"));
        QVERIFY(onOff->isVisible());
        QVERIFY(onOff->isChecked());
        onOff->setChecked(false);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applySetting")), Qt::LeftButton);
        settle(window);
        QVERIFY(!server.backend().settings()->registrationEnabled);
        // Reset to default removes the stored value.
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("resetSetting")), Qt::LeftButton);
        settle(window);
        QVERIFY(server.backend().settings()->registrationEnabled);
        QCOMPARE(shown(QStringLiteral("registration.enabled"), SettingTableModel::Source), QStringLiteral("default"));
        // A list is one item per line.
        selectRow(page->table(), QStringLiteral("workspaces.plans"), SettingTableModel::Key);
        auto *list = editor->findChild<QPlainTextEdit *>(QStringLiteral("listValue"));
        QCOMPARE(list->toPlainText(), QStringLiteral("free\npro\nenterprise"));
        list->setPlainText(QStringLiteral("free\nteam"));
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applySetting")), Qt::LeftButton);
        settle(window);
        QCOMPARE(shown(QStringLiteral("workspaces.plans"), SettingTableModel::Value), QStringLiteral("free, team"));

        // A restart setting is stored and marked until the next start.
        selectRow(page->table(), QStringLiteral("server.threads"), SettingTableModel::Key);
        editor->findChild<QSpinBox *>(QStringLiteral("numberValue"))->setValue(3);
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("applySetting")), Qt::LeftButton);
        settle(window);
        QVERIFY2(shown(QStringLiteral("server.threads"), SettingTableModel::Applies)
                     .contains(QStringLiteral("restart pending")),
                 qPrintable(shown(QStringLiteral("server.threads"), SettingTableModel::Applies)));
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("settingApplies"))
                    ->text()
                    .contains(QStringLiteral("restart pending")));
        // "Restart now" beside it: off while this window runs no server, and it says why.
        auto *restartNow = editor->findChild<QPushButton *>(QStringLiteral("restartNow"));
        QVERIFY(restartNow->isVisible() && !restartNow->isEnabled());
        QVERIFY(restartNow->toolTip().contains(QStringLiteral("does not run the server")));
        int restarts = 0;
        window.setServerControl({[&] { return QStringLiteral("http://127.0.0.1:1"); }, [&] { ++restarts; }, {}, {}});
        window.startAction()->trigger();
        QVERIFY(restartNow->isEnabled());
        QTest::mouseClick(restartNow, Qt::LeftButton);
        QCOMPARE(restarts, 1); // stopped, then started again
        QVERIFY(window.serverState()->text().contains(QStringLiteral("http://127.0.0.1:1")));
        settle(window);
        QVERIFY(window.grab().save(QStringLiteral(KEYWARD_SCREENSHOT_DIR "/settings-editor-en.png")));

        // A readable name first, the key beside it; found by name, key or meaning; "changed only"
        // lists what is not at its default.
        QCOMPARE(shown(QStringLiteral("tokens.access_ttl"), SettingTableModel::Label),
                 QStringLiteral("Access token lifetime"));
        for (int row = 0; row < page->model()->rowCount(); ++row) { // every setting has its name
            QVERIFY(page->model()->index(row, SettingTableModel::Label).data()
                    != page->model()->index(row, SettingTableModel::Key).data());
        }
        const auto listed = [page] {
            QStringList keys;
            for (int row = 0; row < page->table()->model()->rowCount(); ++row)
                keys << page->table()->model()->index(row, SettingTableModel::Key).data().toString();
            keys.sort();
            return keys;
        };
        page->groups()->setCurrentIndex(0);
        page->search()->setText(QStringLiteral("ARGON2"));
        QCOMPARE(listed(),
                 (QStringList{QStringLiteral("passwords.argon2_memory_kib"), QStringLiteral("passwords.argon2_ops")}));
        page->search()->setText(QStringLiteral("session lifetime"));
        QCOMPARE(listed(), QStringList{QStringLiteral("tokens.refresh_absolute_ttl")});
        page->search()->setText(QStringLiteral("X-Forwarded-For"));
        QCOMPARE(listed(), QStringList{QStringLiteral("server.trusted_proxies")});
        page->search()->clear();
        page->changedOnly()->setChecked(true);
        const QStringList changed = listed();
        for (const char *key : {"tokens.access_ttl", "workspaces.plans", "server.threads"})
            QVERIFY2(changed.contains(QLatin1String(key)), key);
        QVERIFY(!changed.contains(QStringLiteral("registration.enabled"))); // back at its default
        for (const QString &key : changed)
            QVERIFY2(shown(key, SettingTableModel::Source) != QLatin1String("default"), qPrintable(key));
        page->changedOnly()->setChecked(false);
        QCOMPARE(page->table()->model()->rowCount(), int(kSettingCount));
        server.restart();
        QCOMPARE(server.backend().settings()->tokens.accessTtl.count(), 600);
        QCOMPARE(server.backend().settings()->server.threads, 3);
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
