// SPDX-License-Identifier: GPL-3.0-or-later
// A QR code (libqrencode, error correction M) as a small self-contained SVG: one path of dark
// modules with the four-module quiet zone, no script, no external reference — safe to inline
// into a page under a strict Content-Security-Policy.
#pragma once

#include <QString>

namespace keyward {

// Empty when the text does not fit a QR code.
QString qrCodeSvg(const QString &text);

} // namespace keyward
