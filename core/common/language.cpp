// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <array>
#include <memory>

namespace keyward {

Language::Language(QString code) : m_code(std::move(code))
{
    if (m_code != QLatin1String("en")
        && !m_translator.load(QStringLiteral(":/i18n/server/keyward_server_%1.qm").arg(m_code)))
        qFatal("the %s translation is missing", qPrintable(m_code));
}

const Language &Language::named(const QString &code)
{
    static const std::array<std::unique_ptr<Language>, 3> languages{std::make_unique<Language>(QStringLiteral("en")),
                                                                    std::make_unique<Language>(QStringLiteral("de")),
                                                                    std::make_unique<Language>(QStringLiteral("fr"))};
    for (const auto &language : languages) {
        if (language->code() == code)
            return *language;
    }
    return *languages[0];
}

bool Language::isSupported(const QString &code)
{
    return code == QLatin1String("en") || code == QLatin1String("de") || code == QLatin1String("fr");
}

QString Language::text(const char *context, const char *source) const
{
    const QString translated = m_translator.isEmpty() ? QString() : m_translator.translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

} // namespace keyward
