// SPDX-License-Identifier: GPL-3.0-or-later
// The console's language: its own translation, Qt's (the buttons and dialogs Qt draws:
// "Cancel", "Yes"), English plural forms ("1 user", "2 users"), and the locale dates and
// numbers are written in. Chosen in Settings (or the system's); applying another one while the
// console runs sends every widget a LanguageChange, and the main window builds itself again.
#pragma once

#include <QLocale>
#include <QString>

namespace keyward {

class ConsoleLanguage {
public:
    // "" = the system's; "en", "de", "fr" otherwise. Installs the translators and sets the
    // default locale; gives the locale applied.
    static QLocale apply(const QString &language);
    // The locale the console writes dates and numbers in (GUI thread only). Qt's default locale
    // is set to it only by the first apply, at start-up: changing it later would race with the
    // threads already running (Qt allows it only before they start); the window's widgets take
    // a later one through QWidget::setLocale.
    static QLocale locale();
    // Whether Qt's own translation for the locale was found (a package may lack it).
    static bool qtTranslated();
};

} // namespace keyward
