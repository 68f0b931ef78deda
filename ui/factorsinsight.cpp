// SPDX-License-Identifier: GPL-3.0-or-later
#include "factorsinsight.h"

#include "auth/authenticatorapps.h"
#include "auth/mfaservice.h"
#include "auth/passkeyservice.h"
#include "backend/backend.h"
#include "consolepage.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QScrollBar>
#include <QTableView>

namespace keyward {

FactorsInSight::FactorsInSight(QTableView *view, UserTableModel *model, ConsoleContext &context)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_model(model), m_context(context)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &FactorsInSight::readMissing);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &FactorsInSight::readSoon);
    // A click on a header sorts: other rows come into sight.
    connect(view->model(), &QAbstractItemModel::layoutChanged, this, &FactorsInSight::readSoon);
    view->viewport()->installEventFilter(this); // a taller view shows more rows
}

bool FactorsInSight::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        readSoon();
    return QObject::eventFilter(watched, event);
}

std::vector<const UserRow *> FactorsInSight::rowsInSight() const
{
    std::vector<const UserRow *> rows;
    const QAbstractItemModel *shown = m_view->model();
    const int height = m_view->viewport()->height();
    // Not yet laid out: nothing is in sight (the resize that follows asks again).
    if (!m_view->isVisible() || height <= 0 || shown->rowCount() == 0)
        return rows;
    const int first = m_view->rowAt(0);
    if (first < 0)
        return rows;
    const int bottom = m_view->rowAt(height - 1);
    // The rows may end above the bottom; and however tall the view, never the whole window.
    const int last = qMin(bottom < 0 ? shown->rowCount() - 1 : bottom, first + kMostInSight - 1);
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(shown);
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (const UserRow *found = m_model->rowAt(proxy ? proxy->mapToSource(index).row() : row))
            rows.push_back(found);
    }
    return rows;
}

QSet<qint64> FactorsInSight::idsInSight() const
{
    QSet<qint64> ids;
    for (const UserRow *row : rowsInSight())
        ids.insert(row->user.record.id);
    return ids;
}

void FactorsInSight::readMissing()
{
    if (!m_context.backend->hasTokens())
        return; // the column stays empty: the factors' services start with the tokens
    std::vector<User> users;
    QList<qint64> asked;
    for (const UserRow *row : rowsInSight()) {
        const qint64 id = row->user.record.id;
        if (row->factors || m_asked.contains(id))
            continue;
        users.push_back(row->user);
        asked << id;
        m_asked.insert(id);
    }
    if (users.empty())
        return;
    const auto answered = [this, asked] {
        for (const qint64 id : asked)
            m_asked.remove(id);
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    m_context.worker->run<QHash<qint64, FactorSummary>>(
        this, [backend, users] { return FactorsInSight::read(*backend, users); },
        [this, answered](const QHash<qint64, FactorSummary> &factors) {
            answered();
            m_model->setFactors(factors);
        },
        // The cells stay empty until they are in sight again; the page's next read says what failed.
        [answered](const QString &) { answered(); });
}

QHash<qint64, FactorSummary> FactorsInSight::read(Backend &backend, const std::vector<User> &users)
{
    QHash<qint64, FactorSummary> factors;
    if (!backend.hasTokens())
        return factors;
    for (const User &user : users) {
        const qint64 id = user.record.id;
        factors.insert(id,
                       FactorSummary{backend.authenticatorApps().isEnrolled(id),
                                     int(backend.passkeys().ofUser(id).size()), backend.mfa().isRequiredFor(user)});
    }
    return factors;
}

} // namespace keyward
