// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a connection's stream, split into reads at fuzzer-chosen points: the framing must
// never crash, must agree with itself however the stream is split, and must never count a
// request as complete before it started.
#include "http/requestframing.h"

#include <cstdint>
#include <cstdlib>

using namespace keyward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 64; // the first byte chooses the read size
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    RequestFraming whole(1024, 4096);
    const auto wholeRefusal = whole.feed(stream);
    RequestFraming pieces(1024, 4096);
    std::optional<FramingRefusal> piecesRefusal;
    for (qsizetype at = 0; at < stream.size() && !piecesRefusal; at += step)
        piecesRefusal = pieces.feed(stream.sliced(at, qMin(step, stream.size() - at)));

    if (bool(wholeRefusal) != bool(piecesRefusal) || whole.completed() != pieces.completed()
        || whole.completed() > whole.started() || (wholeRefusal && wholeRefusal->status != piecesRefusal->status))
        std::abort();
    return 0;
}
