// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnwidths.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace keyward {

namespace {

QSettings consoleSettings()
{
    return QSettings(QStringLiteral("keyward"), QStringLiteral("console"));
}

} // namespace

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
    const QAbstractItemModel *model = m_view->model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return QStringLiteral("columns/%1-%2")
        .arg(QString::fromLatin1(model->metaObject()->className()).section(QLatin1String("::"), -1))
        .arg(model->columnCount());
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
    for (int column = 0; column < columns; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), kWidest));
    }
    int excess = m_view->horizontalHeader()->length() - m_view->viewport()->width();
    while (excess > 0) {
        int widest = 0;
        for (int column = 1; column < columns; ++column) {
            if (m_view->columnWidth(column) > m_view->columnWidth(widest))
                widest = column;
        }
        const int width = m_view->columnWidth(widest);
        if (width <= kNarrowest)
            break;
        const int narrowed = qMax(kNarrowest, width - qMin(excess, 16));
        m_view->setColumnWidth(widest, narrowed);
        excess -= width - narrowed;
    }
    m_fitting = false;
}

} // namespace keyward
