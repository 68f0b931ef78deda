// SPDX-License-Identifier: GPL-3.0-or-later
// Compact JWS (RFC 7515 §7.1) with a JSON payload: signing, and strict parsing.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyward {

class SigningKey;

struct ParsedJws {
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // BASE64URL(header) '.' BASE64URL(payload)
    QByteArray signature;
};

namespace Jws {

inline constexpr qsizetype kMaxTokenBytes = 8 * 1024;

// header must already carry "alg" (and "kid", "typ" as wanted).
QByteArray sign(const SigningKey &key, const QJsonObject &header, const QJsonObject &claims);

// Structure only, no signature check: three parts, strict base64url, JSON objects. Fails with
// code "too_large" or "malformed".
Result<ParsedJws> parse(QByteArrayView compact);

} // namespace Jws

} // namespace keyward
