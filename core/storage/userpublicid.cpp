// SPDX-License-Identifier: GPL-3.0-or-later
#include "userpublicid.h"

#include "crypto/securerandom.h"

#include <QUuid>

namespace keyward::UserPublicId {

QString generate()
{
    QByteArray bytes = randomBytes(16);
    // RFC 9562 §5.4: version 4 in the high nibble of octet 6, variant 10 in the top bits of octet 8.
    bytes[6] = char((quint8(bytes[6]) & 0x0f) | 0x40);
    bytes[8] = char((quint8(bytes[8]) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool isWellFormed(const QString &text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

} // namespace keyward::UserPublicId
