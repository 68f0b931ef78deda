// SPDX-License-Identifier: GPL-3.0-or-later
// Seals secrets at rest with AES-256-GCM: a fresh 96-bit nonce per seal, and associated data
// that binds a sealed value to its owner (a key's kid) so it cannot be swapped for another.
#pragma once

#include <QByteArray>

#include <optional>

namespace keyward::Sealer {

inline constexpr qsizetype kKeyBytes = 32;

// version (1) || nonce (12) || ciphertext || tag (16)
QByteArray seal(const QByteArray &key, QByteArrayView plaintext, QByteArrayView associatedData);
// Empty when the key, the associated data or any byte of the sealed value is wrong.
std::optional<QByteArray> unseal(const QByteArray &key, QByteArrayView sealed, QByteArrayView associatedData);

} // namespace keyward::Sealer
