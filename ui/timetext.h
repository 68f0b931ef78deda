// SPDX-License-Identifier: GPL-3.0-or-later
// How the console shows a moment: local time, short format, in the user's locale.
#pragma once

#include "consolelanguage.h"

#include <QDateTime>
#include <QLocale>

#include <optional>

namespace keyward {

// On the GUI thread (the console's locale is read there only).
inline QString localTime(const QDateTime &at)
{
    return ConsoleLanguage::locale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

inline QString localTime(const std::optional<QDateTime> &at)
{
    return at ? localTime(*at) : QString();
}

} // namespace keyward
