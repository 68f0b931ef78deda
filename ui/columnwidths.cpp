// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnwidths.h"

#include "rowtablemodel.h"
#include "tablesettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <vector>

namespace keyward {

ColumnWidths::ColumnWidths(QTableView *view) : QObject(view), m_view(view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QByteArray saved = consoleSettings().value(key()).toByteArray();
    m_chosen = !saved.isEmpty() && header->restoreState(saved);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnWidths::fitFirstRows);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnWidths::fitFirstRows);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnWidths::fitFirstRows);
    // A hidden view measures no rows: it is fitted once shown, and again when resized.
    view->installEventFilter(this);
    m_refit.setSingleShot(true);
    m_refit.setInterval(100);
    connect(&m_refit, &QTimer::timeout, this, &ColumnWidths::fit);
    // A person's width (the stretched last column follows the window, not a choice).
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_fitting || column >= m_view->horizontalHeader()->count() - 1 || !m_view->isVisible())
            return;
        m_chosen = true;
        consoleSettings().setValue(key(), m_view->horizontalHeader()->saveState());
    });
}

bool ColumnWidths::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && !m_fitted)
        QTimer::singleShot(0, this, &ColumnWidths::fit);
    else if (event->type() == QEvent::Resize && m_fitted)
        m_refit.start();
    return QObject::eventFilter(watched, event);
}

QString ColumnWidths::key() const
{
    return QStringLiteral("columns/") + tableSettingsKey(m_view);
}

int ColumnWidths::nextToNarrow() const
{
    // By the model's NarrowingRole (identifiers, which still tell rows apart elided in their
    // middle; then the other columns; then times; the first column, who or what a row is, last),
    // the widest of the lowest rank that can still give.
    const int columns = m_view->model()->columnCount();
    int chosen = -1;
    int chosenRank = 0;
    for (int column = 0; column < columns; ++column) {
        const int width = m_view->columnWidth(column);
        if (m_view->isColumnHidden(column) || width <= kNarrowest)
            continue;
        const QVariant ranked = m_view->model()->headerData(column, Qt::Horizontal, RowTableModelBase::NarrowingRole);
        const int rank = ranked.isValid() ? ranked.toInt() : RowTableModelBase::Ordinary;
        if (chosen < 0 || rank < chosenRank || (rank == chosenRank && width > m_view->columnWidth(chosen))) {
            chosen = column;
            chosenRank = rank;
        }
    }
    return chosen;
}

void ColumnWidths::fitFirstRows()
{
    if (!m_fitted)
        fit();
}

void ColumnWidths::fit()
{
    if (m_chosen || m_view->model()->rowCount() == 0 || !m_view->isVisible())
        return;
    m_fitted = true;
    m_fitting = true;
    const int columns = m_view->model()->columnCount();
    std::vector<int> whole(size_t(columns), 0); // what each column's contents need
    const QHeaderView *header = m_view->horizontalHeader();
    int lastShown = columns - 1;
    while (lastShown > 0 && m_view->isColumnHidden(lastShown))
        --lastShown;
    const auto *measured = static_cast<const QAbstractItemView *>(m_view); // public there
    for (int column = 0; column < columns; ++column) {
        if (column == lastShown && header->stretchLastSection()) {
            // Measured, not read back: a stretched last column reads as wide as the room it fills.
            whole[size_t(column)] = qMax(measured->sizeHintForColumn(column), header->sectionSizeHint(column));
        } else {
            m_view->resizeColumnToContents(column);
            whole[size_t(column)] = m_view->columnWidth(column);
        }
        m_view->setColumnWidth(column, qMin(whole[size_t(column)], kWidest));
    }
    // What the columns need beyond the view's width (negative: room to spare). A stretched last
    // column fills whatever is left, so it counts with what its contents need.
    int excess = -m_view->viewport()->width();
    for (int column = 0; column < columns; ++column) {
        if (m_view->isColumnHidden(column))
            continue;
        excess += column == lastShown && header->stretchLastSection() ? qMin(whole[size_t(column)], kWidest)
                                                                      : m_view->columnWidth(column);
    }
    // Room to spare: a column cut at kWidest (a key id, a list of URIs) gets what it needs, as far
    // as the room goes, instead of eliding beside an empty half of the table.
    for (int column = 0; column < columns && excess < 0; ++column) {
        const int width = m_view->columnWidth(column);
        if (m_view->isColumnHidden(column) || whole[size_t(column)] <= width || column == lastShown)
            continue;
        m_view->setColumnWidth(column, width + qMin(whole[size_t(column)] - width, -excess));
        excess += m_view->columnWidth(column) - width;
    }
    while (excess > 0) {
        const int column = nextToNarrow();
        if (column < 0)
            break;
        const int width = m_view->columnWidth(column);
        const int narrowed = qMax(kNarrowest, width - qMin(excess, 16));
        m_view->setColumnWidth(column, narrowed);
        excess -= width - narrowed;
    }
    m_fitting = false;
}

} // namespace keyward
