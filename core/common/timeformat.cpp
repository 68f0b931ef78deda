// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QTimeZone>

namespace keyward {

QString toRfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString toRfc3339(std::optional<QDateTime> time)
{
    return time ? toRfc3339(*time) : QString();
}

std::optional<QDateTime> parseRfc3339(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QDateTime fromEpoch(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

std::optional<QDateTime> fromNullableEpoch(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return fromEpoch(value.toLongLong());
}

QVariant toNullableEpoch(std::optional<QDateTime> time)
{
    return time ? QVariant(time->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace keyward
