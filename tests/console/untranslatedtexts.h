// SPDX-License-Identifier: GPL-3.0-or-later
// English left in a translated console: the texts a person sees in a window or dialog (labels,
// buttons, placeholders, tabs, menus, table headers and cells, list and combo box items) that are
// an English source of the language's .ts file whose translation differs. Texts put together from
// parts ("%1 of %2") are not matched; a whole untranslated string is.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QWidget;

namespace keyward {

class UntranslatedTexts {
public:
    // Reads translations/keyward_<language>.ts; a source translated as itself anywhere ("Audit",
    // "Token") is not English left over.
    UntranslatedTexts(const QString &tsFile);

    bool loaded() const { return !m_translated.isEmpty(); }
    // "text (where)" for each English text shown in root and its visible children.
    QStringList in(const QWidget *root) const;

private:
    void check(const QString &text, const QString &where, QStringList &found) const;

    QHash<QString, QString> m_translated; // English source -> its translation, where they differ
};

} // namespace keyward
