// SPDX-License-Identifier: GPL-3.0-or-later
// The console's main window: a navigation list of pages, a toolbar, and a status bar with the
// server's state, requests per second and active sessions. Remembers its size, position and
// last page. Every page reads and writes through the ConsoleWorker, never on the GUI thread.
#pragma once

#include "pages/consolepage.h"

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <memory>

class QLabel;
class QVBoxLayout;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace keyward {

class AuditPage;
class FocusRing;
class MessageBar;
struct ReuseAlert;
class Backend;
class DashboardPage;
class KeysPage;
class RolesPage;
class SessionsPage;
class SettingsPage;
class WorkspacesPage;
class ClientsPage;
class MailPage;
class TokensPage;
class UsersPage;

// What the window needs of the server it hosts (the console's main provides it).
struct ServerControl {
    std::function<QString()> start; // gives the base URL, or throws with why not
    std::function<void()> stop;
    std::function<quint64()> requestsServed;
    std::function<double()> secondsServing; // summed over every request
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Dashboard, Users, Roles, Sessions, Tokens, Keys, Audit, Settings, Workspaces, Clients, Mail };

    // dialogs may be null (the real dialogs); tests pass scripted ones.
    explicit MainWindow(std::shared_ptr<Backend> backend, std::unique_ptr<ConsoleDialogs> dialogs = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    void setServerControl(ServerControl control);
    // "Listening on URL" (url set) or why not (url empty).
    void setServerStatus(const QString &status, const QString &url = {});

    void showPage(Page page);
    Page currentPage() const;
    // Reads every page again (the live-update timer refreshes the visible one).
    void refreshAll();

    ConsoleWorker &worker() { return *m_worker; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    UsersPage *usersPage() const { return m_users; }
    RolesPage *rolesPage() const { return m_roles; }
    SessionsPage *sessionsPage() const { return m_sessions; }
    TokensPage *tokensPage() const { return m_tokens; }
    KeysPage *keysPage() const { return m_keys; }
    AuditPage *auditPage() const { return m_audit; }
    SettingsPage *settingsPage() const { return m_settings; }
    WorkspacesPage *workspacesPage() const { return m_workspaces; }
    ClientsPage *clientsPage() const { return m_clients; }
    MailPage *mailPage() const { return m_mail; }
    QListWidget *navigation() const { return m_navigation; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *restartAction() const { return m_restartAction; }
    QLabel *serverState() const { return m_serverState; }
    FocusRing *focusRing() const { return m_focusRing; }
    // Why the last thing asked for was not done (hidden when nothing was refused).
    MessageBar *refusal() const { return m_refusal; }
    // The security alerts not yet closed, oldest first.
    QList<MessageBar *> alerts() const;
    static constexpr int kMaxAlerts = 5; // older ones close (they stay in the audit log)
    static constexpr int kNoticeMs = 10000; // how long a passing notice stays

    // Committed changes of this process (and on PostgreSQL of every server) refresh the pages
    // that show them at once; this poll is for other processes on a SQLite file.
    static constexpr int kLiveRefreshMs = 2000;
    static constexpr int kQuietTicksPerRead = 15; // with no new audit event, the page is read every 30 s
    void setLiveRefreshInterval(int ms) { m_liveRefresh.setInterval(ms); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Navigation, pages, message bars, menus and toolbar: built at start and again in another
    // language.
    void buildContent();
    void rebuildInLanguage();
    void showStopped();
    void addPage(ConsolePage *page, const QString &title, int shortcutDigit);
    // File, View (every page with its shortcut), Server and Help.
    void buildMenus();
    void showShortcuts();
    void showAbout();
    void startServer();
    void stopServer();
    void restartServer();
    // Start, Stop and Restart enabled exactly when they can act; "Restart now" on Settings too.
    void updateServerActions();
    // A passing notice ("Created ada@example.org") in the message bar above the page.
    void showNotice(const QString &text);
    void sampleRequestRate();
    void restoreState();
    void raiseAlert(const ReuseAlert &alert);

    ConsoleWorker *m_worker;
    std::unique_ptr<ConsoleDialogs> m_dialogs;
    ConsoleContext m_context;
    ServerControl m_server;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    MessageBar *m_refusal = nullptr;
    QVBoxLayout *m_alerts = nullptr;
    QToolBar *m_toolbar = nullptr;
    FocusRing *m_focusRing = nullptr;
    QString m_serverUrl; // empty while not serving
    bool m_stopped = true; // "Stopped" is shown (said again in another language)
    QTimer m_rebuild;
    QList<ConsolePage *> m_pages;
    DashboardPage *m_dashboard;
    UsersPage *m_users;
    RolesPage *m_roles;
    SessionsPage *m_sessions;
    TokensPage *m_tokens;
    KeysPage *m_keys;
    AuditPage *m_audit;
    SettingsPage *m_settings = nullptr;
    WorkspacesPage *m_workspaces;
    ClientsPage *m_clients;
    MailPage *m_mail;
    QLabel *m_serverState;
    QLabel *m_rate;
    QLabel *m_activeSessions;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_serverMenu = nullptr; // the Server menu: hidden with nothing in it
    QAction *m_refreshAction = nullptr;
    QList<QAction *> m_pageActions; // View menu, in page order
    void refreshSoon(std::initializer_list<ConsolePage *> pages);

    QTimer m_liveRefresh;
    QTimer m_coalesce; // a burst of changes becomes one refresh per page
    QSet<ConsolePage *> m_dirty;
    QTimer m_rateSampler;
    quint64 m_lastRequestCount = 0;
    qint64 m_newestEventSeen = -1; // the newest audit id at the last live read
    int m_quietTicks = 0;
    double m_lastSecondsServing = 0;
};

} // namespace keyward
