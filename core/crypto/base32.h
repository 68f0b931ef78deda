// SPDX-License-Identifier: GPL-3.0-or-later
// Base32 (RFC 4648 §6) without padding, as authenticator apps take a TOTP secret (the Key Uri
// Format's `secret`).
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace keyward::Base32 {

QString encode(QByteArrayView data);
// Upper or lower case, without padding or white space; nothing for anything else.
std::optional<QByteArray> decode(QStringView text);

} // namespace keyward::Base32
