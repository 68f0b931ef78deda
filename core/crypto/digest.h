// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 in lower-case hex: how Keyward keeps secrets it only has to recognise (refresh tokens,
// authorization codes, client secrets, sign-in cookies — all 256 random bits, so no slow hash).
#pragma once

#include <QByteArrayView>
#include <QString>

namespace keyward {

QString sha256Hex(QByteArrayView data);

} // namespace keyward
