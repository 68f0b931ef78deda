// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepage.h"

#include "backend/backend.h"
#include "columnchooser.h"
#include "columnwidths.h"
#include "emptyhint.h"
#include "identifierelision.h"
#include "rowtablemodel.h"
#include "tablesettings.h"
#include "tablestyle.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace keyward {

ConsolePage::ConsolePage(ConsoleContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{ }

QTableView *ConsolePage::makeTable(QAbstractItemModel *model, const QString &accessibleName, const QString &emptyHint)
{
    auto *view = new QTableView;
    view->setModel(model);
    // A filtered table sorts in its proxy: by what the rows sort by (a date by its time, not its text).
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(model))
        proxy->setSortRole(RowTableModelBase::SortRole);
    if (auto *rows = qobject_cast<RowTableModelBase *>(sourceModelOf(model)))
        rows->setClock(&m_context.backend->clock());
    // Rows come in the database's order (tables hold a window read in that order); a click on a
    // header sorts what is loaded. Without this the header would start sorted descending by the
    // first column (QHeaderView's default) and turn "newest first" or "by address" around.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    makeRowTable(view, accessibleName);
    view->setItemDelegate(new IdentifierElision(view));
    new ColumnWidths(view);
    new ColumnChooser(view); // after the widths: restoring them must not show a hidden column
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
        // The shortcuts (Delete) stay live for the next row; triggering checks the button.
        for (QAction *action : offered)
            action->setEnabled(true);
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

void ConsolePage::offerOnlyWithSelection(QAbstractItemView *view, const QList<QPushButton *> &buttons,
                                         const QString &why)
{
    const auto update = [view, buttons, why] {
        const bool selected = view->selectionModel() && view->selectionModel()->hasSelection();
        for (QPushButton *button : buttons) {
            button->setEnabled(selected);
            button->setToolTip(selected ? QString() : why);
        }
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    update();
}

void ConsolePage::askAndRevokeSession(ActiveSession session, const std::function<void()> &asked)
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
