// SPDX-License-Identifier: GPL-3.0-or-later
// The console on a large installation (tests/bench/scale.sh makes one): how long until the
// Users page shows rows, the memory it holds after every page has been shown and the user list
// scrolled, and whether it is idle (CPU) while it sits on the Users page with live refresh on.
// Reads KEYWARD_DATA_DIR / KEYWARD_DB and KEYWARD_MASTER_KEY like keyward does; run offscreen.
// Usage: keyward-bench-console [--data-dir …] [idle seconds = 20]
#include "auth/keychain.h"
#include "backend/backend.h"
#include "mainwindow.h"
#include "pages/userspage.h"
#include "pages/workspacespage.h"
#include "usertablemodel.h"
#include "workspacetablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void settle(keyward::MainWindow &window)
{
    for (int round = 0; round < 6; ++round) {
        window.worker().waitForIdle();
        QCoreApplication::processEvents();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    keyward::DataOptions::addTo(parser);
    parser.process(app);
    const int idleSeconds = parser.positionalArguments().value(0, QStringLiteral("20")).toInt();
    keyward::BackendOptions options;
    options.data = keyward::DataOptions::from(parser, QProcessEnvironment::systemEnvironment());
    auto opened = keyward::Backend::open(options);
    if (!opened || !opened.value()->startTokens()) {
        std::fprintf(stderr, "cannot open the installation\n");
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    keyward::MainWindow window(opened.value());
    window.show();
    window.showPage(keyward::MainWindow::Page::Users);
    keyward::UsersPage *users = window.usersPage();
    // As a person sees it: the event loop runs while the worker reads, and the Users page's rows
    // show when its answer arrives, whatever the other pages' reads still queued behind it.
    QTimer deadline; // wakes the loop now and then, so a read that never answers ends the wait
    deadline.start(100);
    while (users->model()->rowCount() == 0 && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    std::printf("users page shows %d rows after %lld ms (window and console created)\n", users->model()->rowCount(),
                clock.elapsed());
    settle(window);
    std::printf("every page read and shown after %lld ms\n", clock.elapsed());
    // The Workspaces page was read at start like every page; a read of it again, timed.
    window.showPage(keyward::MainWindow::Page::Workspaces);
    settle(window);
    keyward::WorkspacesPage *workspaces = window.workspacesPage();
    clock.restart();
    workspaces->refresh();
    settle(window);
    std::printf("workspaces page read again in %lld ms (%d rows with member counts)\n", clock.elapsed(),
                workspaces->model()->rowCount());
    for (int page = 0; page <= int(keyward::MainWindow::Page::Workspaces); ++page) {
        window.showPage(keyward::MainWindow::Page(page));
        settle(window);
    }
    window.showPage(keyward::MainWindow::Page::Users);
    settle(window);
    for (int i = 0; i < 10; ++i) { // scrolled down ten pages' worth
        users->view()->scrollToBottom();
        settle(window);
    }
    std::printf("after every page and ten scrolls: %d user rows, %.1f MB resident\n", users->model()->rowCount(),
                residentMegabytes());
    const double cpuBefore = cpuSeconds();
    double highest = 0;
    for (int second = 0; second < idleSeconds; ++second) { // the event loop runs, waiting for events
        QEventLoop wait;
        QTimer::singleShot(1000, &wait, &QEventLoop::quit);
        wait.exec();
        highest = qMax(highest, residentMegabytes());
    }
    std::printf("%d s on the Users page with live refresh: CPU %.1f %% of one core, resident at most %.1f MB\n",
                idleSeconds, 100.0 * (cpuSeconds() - cpuBefore) / idleSeconds, highest);
    return 0;
}
