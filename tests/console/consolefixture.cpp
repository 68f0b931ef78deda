// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"

#include "auth/settingsservice.h"
#include "consolelanguage.h"
#include "messagebar.h"
#include "storage/database.h"
#include "storage/outboxstore.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace keyward::consoletest {

void prepareConsoleTests()
{
    QDir().mkpath(QStringLiteral(KEYWARD_SCREENSHOT_DIR));
    // The console's remembered state (page, column widths) goes to a test location of this
    // program's own, empty at the start: no run sees what an earlier one left, the console's test
    // programs running side by side do not share it, and a person's settings stay theirs.
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsHome;
    if (!settingsHome.isValid())
        qFatal("no temporary directory for the console's settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsHome.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsHome.path());
    ConsoleLanguage::apply({}); // as the console starts: the system's language, English plurals
}

void settle(MainWindow &window)
{
    for (int round = 0; round < 6; ++round) {
        window.worker().waitForIdle();
        QCoreApplication::processEvents();
    }
}

void selectRow(QTableView *view, const QString &text, int column)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text) {
            view->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no row shows %1").arg(text)));
}

bool refusalShown(const MainWindow &window)
{
    return !window.refusal()->isHidden() && window.refusal()->kind() == MessageBar::Kind::Error;
}

void whenDialogOpens(std::function<void(QDialog *)> act)
{
    auto *poll = new QTimer;
    auto *tries = new int(0);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, act] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 500)
            return;
        poll->stop();
        poll->deleteLater();
        delete tries;
        // Fail fast: the test would otherwise wait in a dialog that never came (or in the one it
        // was to answer) until CTest's timeout, minutes later, with nothing said.
        if (!dialog)
            qFatal("whenDialogOpens: no modal dialog opened within 10 s");
        act(dialog);
    });
    poll->start();
}

QPushButton *button(QWidget *page, const char *name)
{
    auto *found = page->findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

void addOutboxRows(TestServer &server)
{
    Backend &backend = server.backend();
    const auto changed = backend.settingsService().change(
        Actor::local(QStringLiteral("test")),
        {{QStringLiteral("mail.smtp_url"), QStringLiteral("smtp://mail.example.com:587")}});
    if (!changed)
        qFatal("mail settings: %s", qPrintable(changed.error().message));
    OutboxStore store(backend.database().connection());
    const QDateTime now = backend.clock().now();
    const auto add = [&](const QString &to, const QString &kind, const QString &error) {
        OutboxRecord message;
        message.messageId = QStringLiteral("<%1@keyward.example>").arg(to);
        message.recipient = to;
        message.kind = kind;
        message.subject = kind;
        message.sealedMime = "x";
        message.createdAt = now;
        message.nextAttemptAt = now.addSecs(3600); // the server's sender leaves them alone
        const qint64 id = store.insert(message);
        if (!error.isEmpty() && store.claim(id, message.nextAttemptAt, message.nextAttemptAt, QStringLiteral("t")))
            store.reschedule(id, QStringLiteral("t"), now.addSecs(3600), error);
        return id;
    };
    const qint64 sent = add(QStringLiteral("ada@example.org"), QStringLiteral("notice"), {});
    store.claim(sent, now.addSecs(3600), now.addSecs(3600), QStringLiteral("t"));
    store.markSent(sent, QStringLiteral("t"), now);
    add(QStringLiteral("bob@example.org"), QStringLiteral("reset"),
        QStringLiteral("SMTP delivery failed: Got unexpected smtp-server response: 421 (SMTP 421)"));
    const qint64 failed = add(QStringLiteral("cy@example.org"), QStringLiteral("invitation"), {});
    store.claim(failed, now.addSecs(3600), now.addSecs(3600), QStringLiteral("t"));
    store.markFailed(failed, QStringLiteral("t"), QStringLiteral("SMTP delivery failed: Login denied (SMTP 535)"));
}

Console::Console(TestServer &server) : dialogs(new ScriptedDialogs)
{
    window
        = std::make_unique<MainWindow>(server.installation().sharedBackend(), std::unique_ptr<ConsoleDialogs>(dialogs));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window did not show");
    settle(*window);
}

MainWindow &Console::showPage(MainWindow::Page page)
{
    window->showPage(page);
    settle(*window);
    return *window;
}

} // namespace keyward::consoletest
