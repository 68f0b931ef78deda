// SPDX-License-Identifier: GPL-3.0-or-later
// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as authenticator apps make them:
// HMAC-SHA-1, 6 digits, 30-second steps. The step before and after the current one are accepted
// (clock drift), and a step at or before the last one used is refused, so a code works once.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace keyward::Totp {

inline constexpr int kDigits = 6;
inline constexpr qint64 kPeriodSeconds = 30;
inline constexpr qsizetype kSecretBytes = 20; // 160 bits (RFC 4226 §4 recommends it)

enum class Hash { Sha1, Sha256, Sha512 };

// The code of one step (RFC 4226 §5.3 dynamic truncation), zero-padded to digits.
QString codeAt(QByteArrayView secret, qint64 step, int digits = kDigits, Hash hash = Hash::Sha1);
qint64 stepAt(qint64 unixSeconds);
// The step whose code this is, within one step of nowSecs and after lastUsedStep; nothing
// otherwise. Compared in constant time.
std::optional<qint64> acceptedStep(QByteArrayView secret, const QString &code, qint64 nowSecs, qint64 lastUsedStep);
// The Key Uri Format authenticator apps scan: otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…
QString otpauthUri(const QString &issuer, const QString &account, QByteArrayView secret);

} // namespace keyward::Totp
