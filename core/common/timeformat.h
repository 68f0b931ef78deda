// SPDX-License-Identifier: GPL-3.0-or-later
// Conversions between stored epoch seconds and the RFC 3339 UTC strings of the API.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace keyward {

QString toRfc3339(const QDateTime &time);
QString toRfc3339(std::optional<QDateTime> time); // empty string for none
std::optional<QDateTime> parseRfc3339(const QString &text);
QDateTime fromEpoch(qint64 seconds);
std::optional<QDateTime> fromNullableEpoch(const QVariant &value);
QVariant toNullableEpoch(std::optional<QDateTime> time);

} // namespace keyward
