// SPDX-License-Identifier: GPL-3.0-or-later
#include "digest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace keyward {

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray hmacSha256(QByteArrayView message, QByteArrayView key)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(), QCryptographicHash::Sha256);
}

QByteArray purposeKey(const QByteArray &masterKey, QByteArrayView label)
{
    return hmacSha256(label, masterKey);
}

} // namespace keyward
