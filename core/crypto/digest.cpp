// SPDX-License-Identifier: GPL-3.0-or-later
#include "digest.h"

#include <QCryptographicHash>

namespace keyward {

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace keyward
