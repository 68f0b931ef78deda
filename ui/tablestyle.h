// SPDX-License-Identifier: GPL-3.0-or-later
// How every table of the console behaves: whole rows, one at a time, Tab moves on to the next
// control (arrows move in the table), values on one line, no row numbers, the last column
// taking the rest of the width.
#pragma once

#include <QHeaderView>
#include <QTableView>

namespace keyward {

inline void makeRowTable(QTableView *view, const QString &accessibleName)
{
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false); // a selected row is not a selected column
    // A narrowed column's title is cut at its end, not both (the style does not elide titles).
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace keyward
