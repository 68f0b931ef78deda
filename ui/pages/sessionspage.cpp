// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionspage.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/sessionservice.h"
#include "backend/backend.h"
#include "config/settings.h"
#include "sessiontablemodel.h"
#include "storage/database.h"
#include "timetext.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward {

SessionsPage::SessionsPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new SessionTableModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_userFilter(new QLineEdit)
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(SessionTableModel::User);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = makeTable(m_filter, tr("Sessions"),
                       tr("No active sessions. A session starts when someone signs in (POST /auth/login, or an "
                          "application's sign-in) and ends when they sign out, it expires or it is revoked."));
    m_userFilter->setPlaceholderText(tr("Filter by user"));
    m_userFilter->setClearButtonEnabled(true);
    m_userFilter->setAccessibleName(tr("Filter by user"));
    connect(m_userFilter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(m_userFilter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this, [this] {
        m_window.reset();
        refresh();
    });
    readMoreOnScroll(m_model, m_window);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_userFilter);
    QPushButton *revoke
        = actionButton(tr("&Revoke session"), QStringLiteral("revokeSession"), &SessionsPage::revokeSelected);
    QPushButton *revokeAll = actionButton(tr("Revoke &all of this user"), QStringLiteral("revokeUserSessions"),
                                          &SessionsPage::revokeAllOfSelectedUser);
    buttons->addWidget(revoke);
    buttons->addWidget(revokeAll);
    offerOnRows(m_view, {revoke, revokeAll}, revoke);
    offerOnlyWithSelection(m_view, {revoke, revokeAll}, tr("Select a session first"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
}

void SessionsPage::refresh()
{
    if (!m_context.backend->hasTokens())
        return;
    struct Snapshot {
        std::vector<SessionRow> rows;
        std::vector<ReuseAlert> reuses; // newest first
        qint64 newestReuse = 0;
        bool more = false;
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<Snapshot>(
        [backend, window = m_window.rows, filter = m_userFilter->text().trimmed(), seen = m_lastReuseEventId] {
            Snapshot snapshot;
            // The newest sessions, a window of them (more on scroll): of one user when the filter
            // is a whole address, else of everyone (the filter then narrows what is loaded).
            const Result<User> user = filter.contains(QLatin1Char('@'))
                ? backend->accounts().find(filter)
                : Result<User>(failure(ErrorCode::NotFound, {}));
            SessionPage page = orConsoleError(backend->sessions().page(user ? user->record.id : 0, {}, window));
            snapshot.rows = std::move(page.items);
            snapshot.more = !page.nextCursor.isEmpty();
            // The reuses since the last look (all of them, however busy the log), named by who
            // and from where (the event's target is the session, its details the user). The
            // first look only notes where the log stands: what came before is history.
            std::vector<AuditRecord> reuses;
            if (seen < 0) {
                snapshot.newestReuse = backend->audit().newestId();
            } else {
                AuditQuery query;
                query.afterId = seen;
                query.action = QStringLiteral("refresh_reuse_detected");
                query.limit = 100;
                reuses = backend->audit().list(query);
                snapshot.newestReuse = reuses.empty() ? seen : reuses.front().id;
            }
            std::vector<qint64> userIds;
            for (const AuditRecord &event : reuses)
                userIds.push_back(event.detail(QStringLiteral("user_id")).toLongLong());
            const QHash<qint64, QString> emails = backend->accounts().emailsOf(userIds);
            for (size_t i = 0; i < reuses.size(); ++i)
                snapshot.reuses.push_back(
                    {reuses[i].target, userIds[i], emails.value(userIds[i]), reuses[i].clientAddress, reuses[i].at});
            return snapshot;
        },
        [this](Snapshot snapshot) {
            m_model->setRows(std::move(snapshot.rows));
            m_model->setMoreAvailable(snapshot.more && m_window.rows < RowWindow::kMaxRows);
            if (!m_sessionToSelect.isEmpty()) {
                const int row = m_model->rowOfKey(m_sessionToSelect);
                if (row >= 0) {
                    m_view->selectRow(m_filter->mapFromSource(m_model->index(row, 0)).row());
                    m_sessionToSelect.clear();
                }
            }
            for (auto alert = snapshot.reuses.rbegin(); alert != snapshot.reuses.rend(); ++alert)
                emit reuseDetected(*alert); // oldest first
            m_lastReuseEventId = qMax(m_lastReuseEventId, snapshot.newestReuse);
        });
}

QString SessionsPage::describe(const ReuseAlert &alert)
{
    return tr("A refresh token of %1 was presented twice, the second time from %2 at %3. Its session (%4) was "
              "ended: someone may hold a stolen copy.")
        .arg(alert.email.isEmpty() ? tr("a deleted user") : alert.email,
             alert.clientAddress.isEmpty() ? tr("an unknown address") : alert.clientAddress, localTime(alert.at),
             alert.sessionId);
}

void SessionsPage::showSessionsOf(const QString &email, const QString &sessionId)
{
    m_sessionToSelect = sessionId;
    m_userFilter->setText(email); // reads that user's sessions when the typing delay ends
    m_filterDelay.stop();
    m_window.reset();
    refresh();
}

void SessionsPage::revokeSelected()
{
    const SessionRow *session = m_model->rowAt(m_model->rowOfKey(selectedKey(m_view)));
    if (!session)
        return;
    // Afterwards nothing is selected (the next row could be one's own session).
    askAndRevokeSession(*session, [this] { m_view->clearSelection(); });
}

void SessionsPage::revokeAllOfSelectedUser()
{
    const int row = m_model->rowOfKey(selectedKey(m_view));
    const SessionRow *session = m_model->rowAt(row);
    if (!session)
        return;
    revokeAllOf(session->session.userId, session->email);
}

void SessionsPage::revokeAllOf(qint64 userId, QString email)
{
    if (!m_context.dialogs->confirm(
            this, tr("Revoke all sessions"),
            tr("Sign %1 out everywhere? Every session and token of %1 stops working at once.").arg(email)))
        return;
    m_view->clearSelection();
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<int>(
        [backend, actor, userId] {
            return orConsoleError(backend->sessions().revokeAllOfUser(actor, userId, QStringLiteral("console")));
        },
        [this, email](int ended) {
            emit message(tr("Ended %n session(s) of %1", nullptr, ended).arg(email));
            refresh();
        });
}

} // namespace keyward
