// Settings: every setting of the CLI contract with its value and where that value comes from
// (default, database, file, environment, command line), and the console's language. Editing
// settings from here is not built yet: use the INI file, the environment or the command line.
#pragma once

#include "consolepage.h"

class QComboBox;
class QTableWidget;

namespace keyward {

class SettingsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit SettingsPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    QTableWidget *table() const { return m_table; }
    QComboBox *language() const { return m_language; }

    // The language chosen here ("" = the system's), read at start-up.
    static QString chosenLanguage();

private:
    QTableWidget *m_table;
    QComboBox *m_language;
};

} // namespace keyward
