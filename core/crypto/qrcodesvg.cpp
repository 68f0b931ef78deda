// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcodesvg.h"

#include <qrencode.h>

#include <memory>

namespace keyward {

namespace {

constexpr int kQuietZone = 4; // modules of white around the code (ISO/IEC 18004)

} // namespace

QString qrCodeSvg(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    const int size = width + 2 * kQuietZone;
    QString path;
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            if (code->data[y * width + x] & 1) // bit 0: a dark module
                path += QStringLiteral("M%1 %2h1v1h-1z").arg(x + kQuietZone).arg(y + kQuietZone);
        }
    }
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" width=\"%2\" height=\"%2\" "
                          "shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code\">"
                          "<rect width=\"%1\" height=\"%1\" fill=\"#fff\"/><path fill=\"#000\" d=\"%3\"/></svg>")
        .arg(size)
        .arg(size * 6)
        .arg(path);
}

} // namespace keyward
