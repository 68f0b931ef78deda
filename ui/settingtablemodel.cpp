// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingtablemodel.h"

namespace keyward {

SettingTableModel::SettingTableModel(QObject *parent)
    : RowTableModel<SettingRow>(
        {
            {tr("Setting"), [](const SettingRow &row) { return QVariant(row.key); }},
            {tr("Value"), [](const SettingRow &row) { return QVariant(row.value); }},
            {tr("From"), [](const SettingRow &row) { return QVariant(row.source); }},
            {tr("Applies"), [](const SettingRow &row) { return QVariant(row.applies); }},
            {tr("Meaning"), [](const SettingRow &row) { return QVariant(row.meaning); }},
        },
        [](const SettingRow &row) { return row.key; }, parent)
{ }

} // namespace keyward
