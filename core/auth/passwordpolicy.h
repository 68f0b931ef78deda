// SPDX-License-Identifier: GPL-3.0-or-later
// What a new password must satisfy.
#pragma once

#include "common/result.h"

namespace keyward {

namespace PasswordPolicy {

inline constexpr int kMinCharacters = 10;
inline constexpr int kMaxBytes = 1024; // bounds hashing work per request

// Fails with code "weak_password" and a sentence saying what to change.
Status check(const QString &password, const QString &email);

} // namespace PasswordPolicy

} // namespace keyward
