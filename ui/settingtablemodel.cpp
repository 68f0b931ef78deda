// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingtablemodel.h"

#include "config/settingdefinitions.h"
#include "settingeditor.h"
#include "settinglabels.h"

namespace keyward {

SettingTableModel::SettingTableModel(QObject *parent)
    : RowTableModel<SettingRow>(
        {
            {tr("Setting"), [](const SettingRow &row) { return QVariant(settingLabel(*row.state.definition)); }},
            // Not an identifier: cut in its middle, "oid…kce" says nothing; it gives way as others do.
            {tr("Key"), [](const SettingRow &row) { return QVariant(row.state.definition->key); }},
            {tr("Value"),
             [](const SettingRow &row) {
                 if (row.state.definition->type == SettingDefinition::Type::Duration)
                     return QVariant(SettingEditor::durationText(row.state.value.toLongLong()));
                 return QVariant(row.state.value);
             }},
            {tr("From"), [](const SettingRow &row) { return QVariant(SettingEditor::sourceText(row.state.source)); }},
            {tr("Applies"),
             [](const SettingRow &row) {
                 if (row.state.restartPending)
                     return QVariant(tr("⚠ restart pending"));
                 return QVariant(row.state.definition->apply == SettingApply::Live ? tr("at once")
                                                                                   : tr("⟳ at the next start"));
             }},
            {tr("Meaning"),
             [](const SettingRow &row) { return QVariant(SettingEditor::descriptionOf(*row.state.definition)); }},
        },
        [](const SettingRow &row) { return row.state.definition->key; }, parent)
{ }

} // namespace keyward
