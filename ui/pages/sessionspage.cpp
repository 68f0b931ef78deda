// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionspage.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/sessionservice.h"
#include "backend/backend.h"
#include "config/settings.h"
#include "sessiontablemodel.h"

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
    m_view = makeTable(m_filter, tr("Sessions"));
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
    buttons->addWidget(
        actionButton(tr("&Revoke session"), QStringLiteral("revokeSession"), &SessionsPage::revokeSelected));
    buttons->addWidget(actionButton(tr("Revoke &all of this user"), QStringLiteral("revokeUserSessions"),
                                    &SessionsPage::revokeAllOfSelectedUser));

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
        std::vector<AuditRecord> reuses; // newest first
        bool more = false;
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<Snapshot>(
        [backend, window = m_window.rows, filter = m_userFilter->text().trimmed()] {
            Snapshot snapshot;
            // The newest sessions, a window of them (more on scroll): of one user when the filter
            // is a whole address, else of everyone (the filter then narrows what is loaded).
            const Result<User> user = filter.contains(QLatin1Char('@'))
                ? backend->accounts().find(filter)
                : Result<User>(failure(ErrorCode::NotFound, {}));
            SessionPage page = orThrow(backend->sessions().page(user ? user->record.id : 0, {}, window));
            snapshot.rows = std::move(page.items);
            snapshot.more = !page.nextCursor.isEmpty();
            AuditQuery query;
            query.limit = 20;
            for (const AuditRecord &event : backend->audit().list(query)) {
                if (event.action == QLatin1String("refresh_reuse_detected"))
                    snapshot.reuses.push_back(event);
            }
            return snapshot;
        },
        [this](Snapshot snapshot) {
            m_model->setRows(std::move(snapshot.rows));
            m_model->setMoreAvailable(snapshot.more && m_window.rows < RowWindow::kMaxRows);
            const qint64 newest = snapshot.reuses.empty() ? 0 : snapshot.reuses.front().id;
            if (m_lastReuseEventId >= 0 && newest > m_lastReuseEventId) {
                emit reuseDetected(tr("A refresh token was used twice (session %1): the session was ended. "
                                      "Someone may hold a stolen copy.")
                                       .arg(snapshot.reuses.front().target));
            }
            m_lastReuseEventId = qMax(m_lastReuseEventId, newest);
        });
}

void SessionsPage::revokeSelected()
{
    const QString id = selectedKey(m_view);
    const SessionRow *session = m_model->rowAt(m_model->rowOfKey(id));
    if (!session)
        return;
    // Who is signed out, named before it happens; afterwards nothing is selected (the next row
    // could be one's own session).
    if (!m_context.dialogs->confirm(this, tr("Revoke session"),
                                    tr("Sign %1 out of the session from %2? Its tokens stop working at once.")
                                        .arg(session->email,
                                             session->session.clientAddress.isEmpty()
                                                 ? tr("an unknown address")
                                                 : session->session.clientAddress)))
        return;
    m_view->clearSelection();
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<bool>([backend, actor, id] { return backend->sessions().revoke(actor, id, 0, QStringLiteral("console")).ok(); },
              [this](bool revoked) {
                  emit message(revoked ? tr("Session revoked") : tr("The session had already ended"));
                  refresh();
              });
}

void SessionsPage::revokeAllOfSelectedUser()
{
    const int row = m_model->rowOfKey(selectedKey(m_view));
    const SessionRow *session = m_model->rowAt(row);
    if (!session)
        return;
    const qint64 userId = session->session.userId;
    const QString email = session->email;
    if (!m_context.dialogs->confirm(
            this, tr("Revoke all sessions"),
            tr("Sign %1 out everywhere? Every session and token of %1 stops working at once.").arg(email)))
        return;
    m_view->clearSelection();
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<int>(
        [backend, actor, userId] {
            return orThrow(backend->sessions().revokeAllOfUser(actor, userId, QStringLiteral("console")));
        },
        [this, email](int ended) {
            emit message(tr("Ended %n session(s) of %1", nullptr, ended).arg(email));
            refresh();
        });
}

} // namespace keyward
