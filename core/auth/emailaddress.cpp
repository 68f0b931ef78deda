// SPDX-License-Identifier: GPL-3.0-or-later
#include "emailaddress.h"

#include <QRegularExpression>

namespace keyward::EmailAddress {

bool isValid(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                       "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$"));
    const QString trimmed = email.trimmed();
    return trimmed.size() <= 254 && pattern.match(trimmed).hasMatch();
}

QString key(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace keyward::EmailAddress
