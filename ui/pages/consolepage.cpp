// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepage.h"

#include "rowtablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace keyward {

ConsolePage::ConsolePage(ConsoleContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{ }

QTableView *ConsolePage::makeTable(QAbstractItemModel *model, const QString &accessibleName)
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
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    view->setAccessibleName(accessibleName);
    return view;
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

void ConsolePage::refreshFinished()
{
    m_refreshRunning = false;
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

} // namespace keyward
