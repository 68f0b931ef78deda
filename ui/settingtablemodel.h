// SPDX-License-Identifier: GPL-3.0-or-later
// Every setting, by its label and key, with the value in effect (durations in their unit), where it comes from and when
// a change applies, keyed by its name.
#pragma once

#include "auth/settingsservice.h"
#include "rowtablemodel.h"

namespace keyward {

struct SettingRow {
    SettingState state;
};

class SettingTableModel : public RowTableModel<SettingRow> {
    Q_OBJECT
public:
    enum Column { Label, Key, Value, Source, Applies, Meaning, ColumnCount };
    explicit SettingTableModel(QObject *parent = nullptr);
};

} // namespace keyward
