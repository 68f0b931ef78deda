// SPDX-License-Identifier: GPL-3.0-or-later
// Where the console remembers how a person arranged a table (widths, hidden columns): per table
// model and column count, so a table that gains a column starts afresh.
#pragma once

#include <QSettings>
#include <QString>

class QAbstractItemModel;
class QTableView;

namespace keyward {

QSettings consoleSettings();
// The model under a table's proxies (a sort, a filter): the one the settings are kept for.
QAbstractItemModel *sourceModelOf(QAbstractItemModel *model);
// "<ModelClass>-<columns>", e.g. "SessionTableModel-10".
QString tableSettingsKey(const QTableView *view);

} // namespace keyward
