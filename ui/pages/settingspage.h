// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: every setting of the CLI contract with its value and where that value comes from
// (default, database, file, environment, command line), whether it applies at once or at the
// next start, and the console's language. A change goes through SettingsService, as the CLI's
// and the admin API's do: checked as start-up would check it, stored, audited and applied by
// every server (restart settings are flagged until the next start).
#pragma once

#include "consolepage.h"

class QComboBox;
class QTableView;

namespace keyward {

class SettingTableModel;

class SettingsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit SettingsPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    QTableView *table() const { return m_table; }
    SettingTableModel *model() const { return m_model; }
    QComboBox *language() const { return m_language; }

    // The language chosen here ("" = the system's), read at start-up.
    static QString chosenLanguage();

    // Asks for a new value of the selected setting (a file picker for the TLS files).
    void changeSelected();

private:
    SettingTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_language;
};

} // namespace keyward
