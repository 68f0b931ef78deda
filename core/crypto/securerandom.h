// SPDX-License-Identifier: GPL-3.0-or-later
// Random bytes and strings from the operating system's CSPRNG (libsodium).
#pragma once

#include <QByteArray>
#include <QString>

namespace keyward {

QByteArray randomBytes(qsizetype count);
// A password a person can type: letters and digits without look-alikes (0/O, 1/l/I).
QString generatePassword(int length = 20);

} // namespace keyward
