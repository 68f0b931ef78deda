// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepage.h"

#include "backend/backend.h"
#include "emptyhint.h"
#include "rowtablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace keyward {

namespace {

// A table's column widths: fitted to the first rows read (up to kWidest), or as the person last
// left them (kept per table and column count, so a new column starts afresh).
class ColumnWidths : public QObject {
public:
    static constexpr int kWidest = 280;

    explicit ColumnWidths(QTableView *view) : QObject(view), m_view(view)
    {
        QHeaderView *header = view->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        const QByteArray saved
            = QSettings(QStringLiteral("keyward"), QStringLiteral("console")).value(key()).toByteArray();
        m_fitted = !saved.isEmpty() && header->restoreState(saved);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnWidths::fitOnce);
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnWidths::fitOnce);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnWidths::fitOnce);
        // Kept once fitted, when a person resizes a column (the stretched last one follows the
        // window, not a choice).
        // A hidden view measures no rows: it is fitted once shown.
        view->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this](int column) {
            if (m_fitted && !m_fitting && column < m_view->horizontalHeader()->count() - 1)
                QSettings(QStringLiteral("keyward"), QStringLiteral("console"))
                    .setValue(key(), m_view->horizontalHeader()->saveState());
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !m_fitted)
            QTimer::singleShot(0, this, &ColumnWidths::fitOnce);
        return QObject::eventFilter(watched, event);
    }

private:
    QString key() const
    {
        const QAbstractItemModel *model = m_view->model();
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
            model = proxy->sourceModel();
        return QStringLiteral("columns/%1-%2")
            .arg(QString::fromLatin1(model->metaObject()->className()).section(QLatin1String("::"), -1))
            .arg(model->columnCount());
    }

    void fitOnce()
    {
        if (m_fitted || m_view->model()->rowCount() == 0 || !m_view->isVisible())
            return;
        m_fitted = true;
        m_fitting = true;
        for (int column = 0; column < m_view->model()->columnCount(); ++column) {
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), kWidest));
        }
        m_fitting = false;
    }

    QTableView *m_view;
    bool m_fitted = false;
    bool m_fitting = false;
};

} // namespace

ConsolePage::ConsolePage(ConsoleContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{ }

QTableView *ConsolePage::makeTable(QAbstractItemModel *model, const QString &accessibleName, const QString &emptyHint)
{
    auto *view = new QTableView;
    view->setModel(model);
    // Rows come in the database's order (tables hold a window read in that order); a click on a
    // header sorts what is loaded. Without this the header would start sorted descending by the
    // first column (QHeaderView's default) and turn "newest first" or "by address" around.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move in the table
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setAccessibleName(accessibleName);
    new ColumnWidths(view);
    if (!emptyHint.isEmpty())
        new EmptyHint(view, emptyHint);
    return view;
}

void ConsolePage::offerOnRows(QAbstractItemView *view, const QList<QPushButton *> &actions, QPushButton *onDelete,
                              QPushButton *onOpen)
{
    for (QPushButton *button : actions) {
        auto *action = new QAction(button->text(), view);
        action->setObjectName(button->objectName());
        connect(action, &QAction::triggered, button, [button] {
            if (button->isEnabled())
                button->click();
        });
        if (button == onDelete) {
            action->setShortcut(QKeySequence::Delete);
            action->setShortcutContext(Qt::WidgetShortcut); // only while the table has the focus
        }
        view->addAction(action);
    }
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [view, actions](const QPoint &at) {
        // The row under the pointer is the one acted on.
        const QModelIndex row = view->indexAt(at);
        if (row.isValid())
            view->setCurrentIndex(row);
        const QList<QAction *> offered = view->actions();
        for (qsizetype i = 0; i < offered.size() && i < actions.size(); ++i) {
            offered[i]->setEnabled(actions[i]->isEnabled());
            offered[i]->setToolTip(actions[i]->toolTip());
        }
        QMenu menu;
        menu.setToolTipsVisible(true); // the reason a disabled action is not offered
        menu.addActions(offered);
        menu.exec(view->viewport()->mapToGlobal(at));
    });
    if (onOpen)
        connect(view, &QAbstractItemView::activated, onOpen, [onOpen] {
            if (onOpen->isEnabled())
                onOpen->click();
        });
}

QPushButton *ConsolePage::makeButton(const QString &text, const QString &name)
{
    auto *button = new QPushButton(text);
    button->setObjectName(name);
    return button;
}

QString ConsolePage::selectedKey(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(RowTableModelBase::KeyRole).toString();
}

void ConsolePage::askAndRevokeSession(const ActiveSession &session, const std::function<void()> &asked)
{
    // Who is signed out, named before it happens.
    if (!m_context.dialogs->confirm(this, tr("Revoke session"),
                                    tr("Sign %1 out of the session from %2? Its tokens stop working at once.")
                                        .arg(session.email,
                                             session.session.clientAddress.isEmpty() ? tr("an unknown address")
                                                                                     : session.session.clientAddress)))
        return;
    asked();
    std::shared_ptr<Backend> backend = m_context.backend;
    run<bool>(
        [backend, actor = m_context.actor, id = session.session.id] {
            return backend->sessions().revoke(actor, id, 0, QStringLiteral("console")).ok();
        },
        [this](bool revoked) {
            emit message(revoked ? tr("Session revoked") : tr("The session had already ended"));
            refresh();
        });
}

void ConsolePage::refreshFinished()
{
    m_refreshRunning = false;
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

} // namespace keyward
