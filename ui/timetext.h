// SPDX-License-Identifier: GPL-3.0-or-later
// How the console shows a moment: local time in the user's locale, in one format everywhere — the
// locale's short date with a four-digit year, its short time, and the zone ("3/1/2026 12:00 PM
// CET", "01.03.2026 12:00 CET"), so no date is ambiguous and none hides its zone. Lists show how
// long ago or ahead a moment is ("5 min ago", "in 3 days") with that exact time in the tooltip.
#pragma once

#include "consolelanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <optional>

namespace keyward {

// The format behind localTime(), for date editors too (withZone false: an editor's value is
// always local time, and Qt's editors cannot take a zone section).
// On the GUI thread (the console's locale is read there only).
inline QString consoleDateTimeFormat(bool withZone = true)
{
    const QLocale locale = ConsoleLanguage::locale();
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString format = date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
    if (withZone)
        format += QLatin1String(" t");
    return format;
}

inline QString localTime(const QDateTime &at)
{
    return ConsoleLanguage::locale().toString(at.toLocalTime(), consoleDateTimeFormat());
}

inline QString localTime(const std::optional<QDateTime> &at)
{
    return at ? localTime(*at) : QString();
}

// "just now", "%n s/min/h ago", "in %n day(s)": the distance from now, in the largest unit that
// keeps two digits at most (days beyond two days).
class RelativeTime {
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)
public:
    static QString between(qint64 at, qint64 now);
};

} // namespace keyward
