// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 in lower-case hex: how Keyward keeps secrets it only has to recognise (refresh tokens,
// authorization codes, client secrets, sign-in cookies — all 256 random bits, so no slow hash).
// HMAC-SHA-256, and the keys Keyward derives from its master key, one per purpose.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace keyward {

QString sha256Hex(QByteArrayView data);

// HMAC-SHA-256 of message under key.
QByteArray hmacSha256(QByteArrayView message, QByteArrayView key);

// The key of one purpose ("keyward form tokens v1"): HMAC-SHA-256 of its label under the master
// key. No secret serves two purposes, and a purpose's key changes alone with its label's version.
QByteArray purposeKey(const QByteArray &masterKey, QByteArrayView label);

} // namespace keyward
