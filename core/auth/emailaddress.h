// SPDX-License-Identifier: GPL-3.0-or-later
// E-mail address syntax and the normalised form uniqueness is judged on.
#pragma once

#include <QString>

namespace keyward {

namespace EmailAddress {

// The WHATWG HTML rule for <input type=email> (what browsers accept), at most 254 characters,
// checked after trimming surrounding white space.
bool isValid(const QString &email);
// Trimmed and lower-cased: "  Ada@Example.ORG " and "ada@example.org" are one account.
QString key(const QString &email);

} // namespace EmailAddress

} // namespace keyward
