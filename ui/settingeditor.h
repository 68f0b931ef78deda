// SPDX-License-Identifier: GPL-3.0-or-later
// The details of one setting beside the settings table: what it means, the value in effect and
// where it comes from, when a change applies, and an editor made for its type — a number with
// its unit for a duration, a check box for a yes/no, a list for a list, a file picker for a
// file — with Apply and Reset to default. It asks for changes; the page makes them.
#pragma once

#include "auth/settingsservice.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace keyward {

class SettingEditor : public QWidget {
    Q_OBJECT
public:
    explicit SettingEditor(QWidget *parent = nullptr);

    // Shows a setting (nothing: a hint to select one). The same setting, unchanged, is left as it
    // is: a live refresh does not undo what is being typed.
    void showSetting(const std::optional<SettingState> &state);
    QString key() const { return m_key; }
    // What the editor holds, written as SettingDefinition::parse reads it.
    QString typedValue() const;

    // "15 min", "30 days", "90 s": a number of seconds in the largest unit that divides it.
    static QString durationText(qint64 seconds);
    // "default", "database", … as the console's language says them.
    static QString sourceText(SettingSource source);
    // The setting's description in the console's language.
    static QString descriptionOf(const SettingDefinition &definition);

signals:
    // value: the new one; nullopt: back to the default (the stored value is removed).
    void changeRequested(const QString &key, const std::optional<QString> &value);
    // A file setting's "Browse…": the page asks for a file and calls setFile.
    void fileRequested(const QString &key);
    // "Restart now" beside a change that waits for the server's next start.
    void restartRequested();

public slots:
    void setFile(const QString &path);
    // Whether this window runs the server, so "Restart now" can act (otherwise it says who can).
    void setRestartAvailable(bool available);

private:
    enum Editor { NoEditor, NumberEditor, DurationEditor, BooleanEditor, ChoiceEditor, TextEditor, ListEditor };
    void load(const SettingDefinition &definition, const QString &value);

    QString m_key;
    QString m_shown; // what the editor was loaded from: value, source, pending
    const SettingDefinition *m_definition = nullptr;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_effective;
    QLabel *m_applies;
    QPushButton *m_restartNow;
    QLabel *m_override;
    QStackedWidget *m_editors;
    QSpinBox *m_number;
    QSpinBox *m_duration;
    QComboBox *m_unit;
    qint64 m_durationUnit = 1; // seconds per unit of m_duration's value
    QCheckBox *m_boolean;
    QComboBox *m_choice;
    QLineEdit *m_text;
    QPushButton *m_browse;
    QPlainTextEdit *m_list;
    QPushButton *m_apply;
    QPushButton *m_reset;
};

} // namespace keyward
