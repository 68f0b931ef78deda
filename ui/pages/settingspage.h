// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: every setting of the CLI contract by a readable name and its key, in groups (Server,
// Tokens, Limits, …), found by a search or "changed only", with the value
// in effect and where it comes from (default, database, INI file, environment, command line)
// and whether it applies at once or at the next start; beside the table, the selected setting
// with an editor made for its type. A change goes through SettingsService, as the CLI's and the
// admin API's do: checked as start-up would check it, stored, audited and applied by every
// server (restart settings are marked until the next start). Also the console's language.
#pragma once

#include "consolepage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace keyward {

class SettingEditor;
class SettingFilter;
class SettingTableModel;

class SettingsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit SettingsPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    QTableView *table() const { return m_table; }
    SettingTableModel *model() const { return m_model; }
    SettingEditor *editor() const { return m_editor; }
    QComboBox *groups() const { return m_groups; }
    QLineEdit *search() const { return m_search; }
    QCheckBox *changedOnly() const { return m_changedOnly; }
    QComboBox *language() const { return m_language; }

    // The language chosen here ("" = the system's), read at start-up.
    static QString chosenLanguage();
    static constexpr const char *kLanguageKey = "console/language";

    // Stores a change (nullopt: back to the default).
    void change(const QString &key, const std::optional<QString> &value);

signals:
    // The console's language was chosen ("" = the system's).
    void languageChosen(const QString &language);

private:
    void showSelected();
    // The TLS certificate and its key are only valid together: both are asked for, then stored.
    void chooseTlsFiles();

    SettingTableModel *m_model;
    SettingFilter *m_filter;
    QTableView *m_table;
    QComboBox *m_groups;
    QLineEdit *m_search;
    QCheckBox *m_changedOnly;
    SettingEditor *m_editor;
    QComboBox *m_language;
};

} // namespace keyward
