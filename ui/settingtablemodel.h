// SPDX-License-Identifier: GPL-3.0-or-later
// Every setting with the value in effect and where it comes from, keyed by its name.
#pragma once

#include "rowtablemodel.h"

namespace keyward {

struct SettingRow {
    QString key;
    QString value;
    QString source;
    QString applies; // at once, at the next start, or waiting for a restart
    QString meaning;
};

class SettingTableModel : public RowTableModel<SettingRow> {
    Q_OBJECT
public:
    enum Column { Key, Value, Source, Applies, Meaning, ColumnCount };
    explicit SettingTableModel(QObject *parent = nullptr);
};

} // namespace keyward
