// SPDX-License-Identifier: GPL-3.0-or-later
// Strict base64url (RFC 4648 §5) without padding, as JOSE uses it (RFC 7515 §2).
#pragma once

#include <QByteArray>

#include <optional>

namespace keyward::Base64Url {

QByteArray encode(QByteArrayView data);
// Refuses padding, white space, characters outside the URL-safe alphabet and non-canonical
// trailing bits, so one byte string has exactly one accepted encoding.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace keyward::Base64Url
