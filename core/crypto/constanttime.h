// SPDX-License-Identifier: GPL-3.0-or-later
// Comparisons of secrets whose running time does not depend on where they differ.
#pragma once

#include <QByteArrayView>

namespace keyward {

// Equal lengths are compared in constant time; a length mismatch returns false at once
// (lengths of the values compared here are public).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace keyward
