// SPDX-License-Identifier: GPL-3.0-or-later
#include "securerandom.h"

#include <sodium.h>

namespace keyward {

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

QString generatePassword(int length)
{
    static constexpr char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr uint32_t kSize = sizeof(kAlphabet) - 1;
    QString password;
    password.reserve(length);
    for (int i = 0; i < length; ++i)
        password += QLatin1Char(kAlphabet[randombytes_uniform(kSize)]);
    return password;
}

} // namespace keyward
