// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace keyward {

namespace {

struct Translators {
    QLocale locale;
    bool applied = false;
    std::unique_ptr<QTranslator> console;
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> plurals;
    bool qtFound = false;
};

Translators &translators()
{
    static Translators installed;
    return installed;
}

// Loads and installs one translation; null when there is none for the locale.
std::unique_ptr<QTranslator> install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QLocale ConsoleLanguage::apply(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    Translators &current = translators();
    for (auto *old : {&current.console, &current.qt, &current.plurals}) {
        if (*old)
            QCoreApplication::removeTranslator(old->get());
        old->reset();
    }
    current.locale = locale; // dates and numbers as the language writes them
    if (!current.applied)
        QLocale::setDefault(locale);
    current.applied = true;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        current.plurals = install(QLocale(QLocale::English), QStringLiteral("keyward"), QStringLiteral(":/i18n"));
    else
        current.console = install(locale, QStringLiteral("keyward"), QStringLiteral(":/i18n"));
    current.qt = install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    current.qtFound = current.qt != nullptr || locale.language() == QLocale::English;
    return locale;
}

QLocale ConsoleLanguage::locale()
{
    return translators().applied ? translators().locale : QLocale();
}

bool ConsoleLanguage::qtTranslated()
{
    return translators().qtFound;
}

} // namespace keyward
