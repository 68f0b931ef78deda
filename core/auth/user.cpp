// SPDX-License-Identifier: GPL-3.0-or-later
#include "user.h"

#include "common/timeformat.h"

#include <QJsonArray>

namespace keyward {

QJsonObject User::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), record.publicId},
        {QStringLiteral("email"), record.email},
        {QStringLiteral("email_verified"), record.emailVerified},
        {QStringLiteral("name"), record.name},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("disabled"), record.disabled},
        {QStringLiteral("created_at"), toRfc3339(record.createdAt)},
        {QStringLiteral("last_login_at"),
         record.lastLoginAt ? QJsonValue(toRfc3339(*record.lastLoginAt)) : QJsonValue()},
    };
}

} // namespace keyward
