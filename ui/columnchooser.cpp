// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnchooser.h"

#include "rowtablemodel.h"
#include "tablesettings.h"

#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QTableView>

namespace keyward {

ColumnChooser::ColumnChooser(QTableView *view) : QObject(view), m_view(view)
{
    QHeaderView *header = view->horizontalHeader();
    // Both ways: the widths restored before may carry an older choice of hidden columns.
    QSet<int> hidden;
    if (consoleSettings().contains(key())) {
        for (const QVariant &column : consoleSettings().value(key()).toList())
            hidden.insert(column.toInt()); // the settings file gives text
    } else { // no choice made yet: what the model starts without
        for (int column = 0; column < header->count(); ++column) {
            if (view->model()->headerData(column, Qt::Horizontal, RowTableModelBase::HiddenByDefaultRole).toBool())
                hidden.insert(column);
        }
    }
    for (int column = 0; column < header->count() - 1; ++column) // the last one always shows
        header->setSectionHidden(column, hidden.contains(column));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu *shown = menu(header);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->popup(header->mapToGlobal(at));
    });
}

QString ColumnChooser::key() const
{
    return QStringLiteral("hiddenColumns/") + tableSettingsKey(m_view);
}

QMenu *ColumnChooser::menu(QWidget *parent)
{
    auto *chooser = new QMenu(tr("Columns"), parent);
    chooser->setObjectName(QStringLiteral("columnChooser"));
    const QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemModel *model = m_view->model();
    const int visible = header->count() - header->hiddenSectionCount();
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = chooser->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setHidden(column, !shown); });
    }
    return chooser;
}

void ColumnChooser::setHidden(int column, bool hidden)
{
    // A column shown again comes back at the width it had (the header keeps it): no resize here,
    // which ColumnWidths would take for a width a person chose.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionHidden(column, hidden);
    QVariantList hiddenColumns;
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i))
            hiddenColumns << i;
    }
    consoleSettings().setValue(key(), hiddenColumns); // even none: a choice, not the defaults
}

} // namespace keyward
