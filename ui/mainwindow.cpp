// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "auth/auditlog.h"
#include "auth/sessionservice.h"
#include "auth/statistics.h"
#include "backend/backend.h"
#include "common/changesignals.h"
#include "consolelanguage.h"
#include "focusring.h"
#include "messagebar.h"
#include "navigationicons.h"
#include "pages/auditpage.h"
#include "pages/clientspage.h"
#include "pages/dashboardpage.h"
#include "pages/keyspage.h"
#include "pages/mailpage.h"
#include "pages/rolespage.h"
#include "pages/sessionspage.h"
#include "pages/settingspage.h"
#include "pages/tokenspage.h"
#include "pages/userspage.h"
#include "pages/workspacespage.h"
#include "settingeditor.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace keyward {

MainWindow::MainWindow(std::shared_ptr<Backend> backend, std::unique_ptr<ConsoleDialogs> dialogs, QWidget *parent)
    : QMainWindow(parent), m_worker(new ConsoleWorker(this)),
      m_dialogs(dialogs ? std::move(dialogs) : std::make_unique<ConsoleDialogs>()),
      m_context{std::move(backend), m_worker, m_dialogs.get(), Actor::local(QStringLiteral("console"))},
      m_serverState(new QLabel), m_rate(new QLabel), m_activeSessions(new QLabel)
{
    resize(1100, 700);
    m_focusRing = new FocusRing(this);
    statusBar()->addPermanentWidget(m_serverState);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_activeSessions);
    buildContent();
    showStopped();
    // A language chosen while the console runs: the translators change, then every widget is
    // told (LanguageChange, once per translator); the window is built once, afterwards.
    m_rebuild.setSingleShot(true);
    connect(&m_rebuild, &QTimer::timeout, this, &MainWindow::rebuildInLanguage);

    // Live updates: the visible page (rows change in place) and the status bar. Every change is
    // audited, so the newest audit id (one row of an index) tells whether there is anything new;
    // what is not audited (a refresh's "last used", sessions ending by time) is read every
    // kQuietTicksPerRead ticks. An idle installation costs the console two small reads a tick.
    connect(&m_liveRefresh, &QTimer::timeout, this, [this] {
        struct Look {
            qint64 newestEvent = 0;
            qint64 activeSessions = 0;
        };
        std::shared_ptr<Backend> shared = m_context.backend;
        m_worker->run<Look>(
            this,
            [shared] {
                return Look{shared->audit().newestId(), shared->statistics().figures().activeSessions};
            },
            [this](const Look &look) {
                m_activeSessions->setText(tr("%n active session(s)", nullptr, int(look.activeSessions)));
                if (look.newestEvent == m_newestEventSeen && ++m_quietTicks < kQuietTicksPerRead)
                    return;
                m_newestEventSeen = look.newestEvent;
                m_quietTicks = 0;
                if (ConsolePage *page = m_pages.value(m_stack->currentIndex()))
                    page->refresh();
            });
    });
    m_liveRefresh.start(kLiveRefreshMs);
    m_coalesce.setSingleShot(true);
    connect(&m_coalesce, &QTimer::timeout, this, [this] {
        // Only what is on screen (a hidden page reads afresh when shown), and what watches.
        const QSet<ConsolePage *> dirty = std::exchange(m_dirty, {});
        for (ConsolePage *page : dirty) {
            if (page == m_stack->currentWidget() || page->watchesWhileHidden())
                page->refresh();
        }
    });
    // Emitted on whichever thread committed: these connections queue to this one.
    ChangeSignals &changes = m_context.backend->changeSignals();
    connect(&changes, &ChangeSignals::usersChanged, this, [this] { refreshSoon({m_users, m_dashboard}); });
    connect(&changes, &ChangeSignals::rolesChanged, this, [this] { refreshSoon({m_roles, m_users}); });
    connect(&changes, &ChangeSignals::sessionsChanged, this, [this] {
        refreshSoon({m_sessions, m_users, m_dashboard});
    });
    connect(&changes, &ChangeSignals::revocationsChanged, this, [this] { refreshSoon({m_tokens}); });
    connect(&changes, &ChangeSignals::keysChanged, this, [this] { refreshSoon({m_keys}); });
    // The Users page too: mfa.required decides who must enrol a second factor.
    connect(&changes, &ChangeSignals::settingsChanged, this, [this] { refreshSoon({m_settings, m_users, m_mail}); });
    connect(&changes, &ChangeSignals::workspacesChanged, this, [this] { refreshSoon({m_workspaces}); });
    connect(&changes, &ChangeSignals::clientsChanged, this, [this] { refreshSoon({m_clients}); });
    connect(&changes, &ChangeSignals::mailChanged, this, [this] { refreshSoon({m_mail}); });
    connect(&m_rateSampler, &QTimer::timeout, this, &MainWindow::sampleRequestRate);
    m_rateSampler.start(1000);

    restoreState();
    if (m_navigation->currentRow() < 0)
        showPage(Page::Dashboard);
    refreshAll();
}

MainWindow::~MainWindow()
{
    m_worker->waitForIdle(); // no task may outlive the pages it answers to
}

void MainWindow::refreshSoon(std::initializer_list<ConsolePage *> pages)
{
    for (ConsolePage *page : pages)
        m_dirty.insert(page);
    if (!m_coalesce.isActive())
        m_coalesce.start(100);
}

void MainWindow::buildContent()
{
    m_navigation = new QListWidget;
    m_stack = new QStackedWidget;
    m_refusal = new MessageBar;
    m_alerts = new QVBoxLayout;
    m_pages.clear();
    m_pageActions.clear();
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(160);
    m_navigation->setIconSize(QSize(20, 20));

    addPage(m_dashboard = new DashboardPage(m_context), tr("Dashboard"), 1);
    addPage(m_users = new UsersPage(m_context), tr("Users"), 2);
    addPage(m_roles = new RolesPage(m_context), tr("Roles"), 3);
    addPage(m_sessions = new SessionsPage(m_context), tr("Sessions"), 4);
    addPage(m_tokens = new TokensPage(m_context), tr("Tokens"), 5);
    connect(m_tokens, &TokensPage::inspectorWanted, this, [this] { showPage(Page::Tokens); });
    addPage(m_keys = new KeysPage(m_context), tr("Keys"), 6);
    addPage(m_audit = new AuditPage(m_context), tr("Audit"), 7);
    addPage(m_settings = new SettingsPage(m_context), tr("Settings"), 8);
    addPage(m_workspaces = new WorkspacesPage(m_context), tr("Workspaces"), 9);
    addPage(m_clients = new ClientsPage(m_context), tr("Applications"), 0);
    // The audit log's subjects open on their pages.
    connect(m_audit, &AuditPage::userRequested, this, [this](const QString &email) {
        showPage(Page::Users);
        m_users->showUser(email);
    });
    connect(m_audit, &AuditPage::sessionRequested, this, [this](const QString &email, const QString &sessionId) {
        showPage(Page::Sessions);
        m_sessions->showSessionsOf(email, sessionId);
    });
    connect(m_audit, &AuditPage::applicationRequested, this, [this](const QString &clientId) {
        showPage(Page::Clients);
        m_clients->showClient(clientId);
    });
    addPage(m_mail = new MailPage(m_context), tr("Mail"), -1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        m_refusal->hide(); // it spoke of the page left
        if (row >= 0)
            m_pages[row]->refresh();
    });
    connect(m_sessions, &SessionsPage::reuseDetected, this, &MainWindow::raiseAlert);
    connect(m_settings, &SettingsPage::languageChosen, this,
            [](const QString &language) { ConsoleLanguage::apply(language); });
    connect(m_settings->editor(), &SettingEditor::restartRequested, this, &MainWindow::restartServer);

    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_alerts->setContentsMargins(0, 0, 0, 0);
    auto *pageColumn = new QVBoxLayout;
    pageColumn->addLayout(m_alerts);
    pageColumn->addWidget(m_refusal);
    pageColumn->addWidget(m_stack, 1);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addLayout(pageColumn, 1);
    setCentralWidget(central);

    buildMenus();

    m_serverState->setAccessibleName(tr("Server state"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_activeSessions->setAccessibleName(tr("Active sessions"));
    for (ConsolePage *page : std::as_const(m_pages)) {
        // Messages go to the message bar above the page; the status bar holds only what is
        // always there (the server's state, requests per second, sessions).
        connect(page, &ConsolePage::message, this, &MainWindow::showNotice);
        connect(page, &ConsolePage::refused, this,
                [this](const QString &text) { m_refusal->showMessage(MessageBar::Kind::Error, text); });
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_navigation)
        m_rebuild.start(0);
}

void MainWindow::rebuildInLanguage()
{
    // Every text was set when the window was built: building it again is what translates it
    // all (pages, menus, dialogs' owners), with the page, the selection of pages and the
    // server as they were. Open alerts stay in the audit log and on the Sessions page.
    const int page = m_navigation->currentRow();
    const qint64 reuseSeen = m_sessions->lastReuseSeen();
    // Work under way finishes and its answers reach the old pages (a generated password is
    // shown) before they go.
    m_worker->waitForIdle();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    m_dirty.clear();
    for (QAction *menu : menuBar()->actions())
        delete menu->menu();
    menuBar()->clear();
    qDeleteAll(m_pageActions);
    delete m_toolbar;
    delete takeCentralWidget();
    setLocale(ConsoleLanguage::locale()); // date and number fields follow
    buildContent();
    m_sessions->setLastReuseSeen(reuseSeen);
    m_navigation->setCurrentRow(qMax(0, page));
    if (!m_serverUrl.isEmpty())
        setServerStatus(tr("Listening on %1").arg(m_serverUrl), m_serverUrl);
    else
        m_stopped ? showStopped() : setServerStatus(m_serverState->text());
    refreshAll();
}

void MainWindow::addPage(ConsolePage *page, const QString &title, int shortcutDigit)
{
    page->setAccessibleName(title);
    m_pages << page;
    m_stack->addWidget(page);
    // Pages are added in the order of Page, which NavigationIcons::Icon follows.
    m_navigation->addItem(new QListWidgetItem(
        NavigationIcons::make(NavigationIcons::Icon(m_pages.size() - 1), m_navigation->palette()), title));
    auto *show = new QAction(title, this);
    if (shortcutDigit >= 0) // the digits are taken by the first ten pages
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcutDigit)));
    const int index = int(m_pages.size()) - 1;
    connect(show, &QAction::triggered, this, [this, index] { m_navigation->setCurrentRow(index); });
    m_pageActions << show;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newUser = file->addAction(tr("&New user…"), this, [this] {
        showPage(Page::Users);
        m_users->createUser();
    });
    newUser->setShortcut(QKeySequence::New);
    file->addAction(tr("&Import users…"), this, [this] {
        showPage(Page::Users);
        m_users->importUsers();
    });
    file->addAction(tr("&Export the audit log…"), this, [this] {
        showPage(Page::Audit);
        m_audit->exportCsv();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions);
    view->addSeparator();
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    m_serverMenu = server->menuAction();
    m_startAction = server->addAction(tr("&Start server"), this, &MainWindow::startServer);
    m_startAction->setObjectName(QStringLiteral("startServer"));
    m_stopAction = server->addAction(tr("S&top server…"), this, &MainWindow::stopServer);
    m_stopAction->setObjectName(QStringLiteral("stopServer"));
    m_restartAction = server->addAction(tr("&Restart server"), this, &MainWindow::restartServer);
    m_restartAction->setObjectName(QStringLiteral("restartServer"));
    updateServerActions();

    // Tools a developer uses beside the administration: real tokens, so not on a page's buttons.
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Inspect a token…"), this, [this] {
        showPage(Page::Tokens);
        m_tokens->showInspector();
    });
    QAction *mint = tools->addAction(tr("&Mint a token (development)…"), this, [this] {
        showPage(Page::Tokens);
        m_tokens->showMinter();
    });
    mint->setObjectName(QStringLiteral("mintTokenTool"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Keyward"), this, &MainWindow::showAbout)->setObjectName(QStringLiteral("about"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The toolbar keeps what is used most.
    m_toolbar = addToolBar(tr("Main"));
    m_toolbar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolbar->addAction(m_refreshAction);
    m_toolbar->addAction(m_startAction);
    m_toolbar->addAction(m_stopAction);
    m_toolbar->addAction(m_restartAction);
}

void MainWindow::showShortcuts()
{
    QString text;
    const auto line = [&text](const QAction *action) {
        text
            += QStringLiteral("%1\t%2\n")
                   .arg(action->shortcut().toString(QKeySequence::NativeText), action->text().remove(QLatin1Char('&')));
    };
    for (const QAction *action : std::as_const(m_pageActions))
        line(action);
    line(m_refreshAction);
    text += tr("Delete\tDelete or revoke the selected row") + QLatin1Char('\n');
    text += tr("Enter\tOpen the selected row") + QLatin1Char('\n');
    text += tr("Menu key or right-click\tWhat can be done to the selected row") + QLatin1Char('\n');
    m_dialogs->showReport(this, tr("Keyboard shortcuts"), text);
}

void MainWindow::showAbout()
{
    m_dialogs->showReport(
        this, tr("About Keyward"),
        tr("Keyward %1\n\nAn authentication server and its console.\n\nThis program is free software: you can "
           "redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at "
           "your option) any later version. It comes with ABSOLUTELY NO WARRANTY.\n\nBuilt with Qt %2 and "
           "OpenSSL; passwords are hashed with libsodium.")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::raiseAlert(const ReuseAlert &alert)
{
    // Non-modal: the console stays usable, and several alerts do not stack up as boxes.
    auto *bar = new MessageBar;
    bar->setObjectName(QStringLiteral("reuseAlert"));
    bar->showMessage(MessageBar::Kind::Warning, SessionsPage::describe(alert));
    bar->addAction(tr("Show session"), QStringLiteral("showSession"), [this, alert] {
        showPage(Page::Sessions);
        m_sessions->showSessionsOf(alert.email, alert.sessionId);
    });
    if (alert.userId > 0 && !alert.email.isEmpty())
        bar->addAction(tr("Revoke all of this user"), QStringLiteral("revokeAllOfUser"),
                       [this, alert] { m_sessions->revokeAllOf(alert.userId, alert.email); });
    connect(bar, &MessageBar::closed, bar, &QObject::deleteLater);
    m_alerts->addWidget(bar);
    // Later, not now: an older alert may be in the middle of its own action (a question open).
    const QList<MessageBar *> open = alerts();
    for (qsizetype i = 0; i + kMaxAlerts < open.size(); ++i) {
        open[i]->hide();
        open[i]->deleteLater();
    }
}

void MainWindow::showNotice(const QString &text)
{
    // Replaces what was refused before: that is not the news any more. Gone after a while unless
    // something else was said meanwhile.
    m_refusal->showMessage(MessageBar::Kind::Positive, text);
    QTimer::singleShot(kNoticeMs, m_refusal, [bar = m_refusal, text] {
        if (bar->kind() == MessageBar::Kind::Positive && bar->text() == text)
            bar->hide();
    });
}

QList<MessageBar *> MainWindow::alerts() const
{
    QList<MessageBar *> open;
    for (int i = 0; i < m_alerts->count(); ++i) {
        auto *bar = qobject_cast<MessageBar *>(m_alerts->itemAt(i)->widget());
        if (bar && !bar->isHidden())
            open << bar;
    }
    return open;
}

void MainWindow::setServerControl(ServerControl control)
{
    m_server = std::move(control);
    updateServerActions();
}

void MainWindow::updateServerActions()
{
    // Without control (the server is another program's), the three have nothing to act on.
    const bool control = bool(m_server.start);
    const bool serving = !m_serverUrl.isEmpty();
    for (QAction *action : {m_serverMenu, m_startAction, m_stopAction, m_restartAction}) {
        if (action)
            action->setVisible(control);
    }
    if (m_startAction)
        m_startAction->setEnabled(control && !serving);
    if (m_stopAction)
        m_stopAction->setEnabled(control && serving);
    if (m_restartAction)
        m_restartAction->setEnabled(control && serving);
    if (m_settings)
        m_settings->editor()->setRestartAvailable(control && serving);
}

void MainWindow::showStopped()
{
    setServerStatus(tr("○ Stopped"));
    m_stopped = true;
}

void MainWindow::setServerStatus(const QString &status, const QString &url)
{
    m_stopped = false;
    m_serverUrl = url;
    // One permanent indicator: where it serves, and whether this window runs it; otherwise why not.
    if (url.isEmpty())
        m_serverState->setText(status);
    else if (m_server.start)
        m_serverState->setText(tr("● Serving at %1").arg(url));
    else
        m_serverState->setText(tr("● Serving at %1 (run by another program)").arg(url));
    m_serverState->setToolTip(status);
    m_dashboard->setServerUrl(url);
    updateServerActions();
    setWindowTitle(tr("Keyward — %1").arg(m_context.backend->database().config().displayName()));
}

void MainWindow::startServer()
{
    if (!m_server.start)
        return;
    try {
        const QString url = m_server.start();
        m_lastRequestCount = m_server.requestsServed ? m_server.requestsServed() : 0;
        m_lastSecondsServing = m_server.secondsServing ? m_server.secondsServing() : 0;
        setServerStatus(tr("Listening on %1").arg(url), url);
    } catch (const std::exception &error) {
        setServerStatus(tr("Error: %1").arg(QString::fromUtf8(error.what())));
    }
}

void MainWindow::stopServer()
{
    if (!m_dialogs->confirm(this, tr("Stop server"),
                            tr("Stop the server? Applications and users cannot sign in or use their tokens until it "
                               "starts again.")))
        return;
    if (m_server.stop)
        m_server.stop();
    showStopped();
}

void MainWindow::restartServer()
{
    // For settings that apply at the next start: no question, the person asked for exactly this.
    if (!m_server.start || m_serverUrl.isEmpty())
        return;
    if (m_server.stop)
        m_server.stop();
    showStopped();
    startServer();
    if (!m_serverUrl.isEmpty())
        showNotice(tr("Restarted: the server serves at %1 with the stored settings").arg(m_serverUrl));
}

void MainWindow::sampleRequestRate()
{
    const quint64 total = m_server.requestsServed ? m_server.requestsServed() : 0;
    const double seconds = m_server.secondsServing ? m_server.secondsServing() : 0;
    const quint64 answered = total >= m_lastRequestCount ? total - m_lastRequestCount : 0;
    // The mean time of the requests answered in the last second.
    const double latencyMs = answered > 0 ? (seconds - m_lastSecondsServing) * 1000 / double(answered) : 0;
    m_lastRequestCount = total;
    m_lastSecondsServing = seconds;
    m_rate->setText(tr("%1 req/s").arg(double(answered), 0, 'f', 0));
    m_dashboard->addSample(double(answered), latencyMs);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_navigation->currentRow()));
}

void MainWindow::refreshAll()
{
    for (ConsolePage *page : std::as_const(m_pages))
        page->refresh();
}

void MainWindow::restoreState()
{
    QSettings settings(QStringLiteral("keyward"), QStringLiteral("console"));
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const int page = settings.value(QStringLiteral("window/page"), -1).toInt();
    if (page >= 0 && page < m_pages.size())
        m_navigation->setCurrentRow(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings(QStringLiteral("keyward"), QStringLiteral("console"));
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
    QMainWindow::closeEvent(event);
}

} // namespace keyward
