// SPDX-License-Identifier: GPL-3.0-or-later
// The languages Keyward speaks to people outside the console — the web pages and the mail:
// English, German and French. Texts are marked QT_TRANSLATE_NOOP(context, …) and translated
// through Qt Linguist (translations/keyward_server_*.ts, built into :/i18n/server).
//
// Threads: any (each language is made once and never changed).
#pragma once

#include <QString>
#include <QTranslator>

namespace keyward {

class Language {
public:
    // en, de or fr; English for anything else.
    static const Language &named(const QString &code);
    static bool isSupported(const QString &code);

    const QString &code() const { return m_code; }
    QString text(const char *context, const char *source) const;

    explicit Language(QString code); // use named()
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

private:
    QString m_code;
    QTranslator m_translator;
};

} // namespace keyward
