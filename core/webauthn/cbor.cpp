// SPDX-License-Identifier: GPL-3.0-or-later
#include "cbor.h"

#include <cbor.h>

#include <cstdint>
#include <limits>
#include <vector>

namespace keyward {

namespace {

// Deeper nesting than any attestation object or COSE key has is refused.
constexpr int kMaxDepth = 16;

// What the streaming decoder saw at one head.
struct Head {
    enum class Kind { Scalar, Container, Indefinite } kind = Kind::Scalar;
    uint64_t children = 0; // of a container: items that follow (a map's pairs count twice)
};

void sawArray(void *head, size_t count)
{
    *static_cast<Head *>(head) = {Head::Kind::Container, count};
}

void sawMap(void *head, size_t pairs)
{
    // More pairs than bytes left is refused before doubling could overflow.
    *static_cast<Head *>(head) = {Head::Kind::Container, pairs > SIZE_MAX / 2 ? SIZE_MAX : 2 * uint64_t(pairs)};
}

void sawTag(void *head, uint64_t)
{
    *static_cast<Head *>(head) = {Head::Kind::Container, 1};
}

void sawIndefinite(void *head)
{
    static_cast<Head *>(head)->kind = Head::Kind::Indefinite;
}

const cbor_callbacks &headCallbacks()
{
    static const cbor_callbacks callbacks = [] {
        cbor_callbacks seen = cbor_empty_callbacks;
        seen.array_start = sawArray;
        seen.map_start = sawMap;
        seen.tag = sawTag;
        seen.indef_array_start = sawIndefinite;
        seen.indef_map_start = sawIndefinite;
        seen.byte_string_start = sawIndefinite;
        seen.string_start = sawIndefinite;
        return seen;
    }();
    return callbacks;
}

// Where the first item of data ends, found head by head without building anything — so that
// libcbor, which reserves room for as many children as a head declares, is only given input
// whose every declared count fits in the bytes that follow (each child takes at least one).
// Nothing for malformed, indefinite-length or too deeply nested input.
std::optional<qsizetype> firstItemLength(QByteArrayView data)
{
    std::vector<uint64_t> open; // children still to come, per enclosing container
    size_t offset = 0;
    const size_t size = size_t(data.size());
    do {
        Head head;
        const cbor_decoder_result result = cbor_stream_decode(reinterpret_cast<cbor_data>(data.data()) + offset,
                                                              size - offset, &headCallbacks(), &head);
        if (result.status != CBOR_DECODER_FINISHED || head.kind == Head::Kind::Indefinite)
            return std::nullopt;
        offset += result.read;
        if (head.kind == Head::Kind::Container && head.children > 0) {
            if (head.children > size - offset || open.size() >= size_t(kMaxDepth))
                return std::nullopt;
            open.push_back(head.children);
            continue;
        }
        // An item is complete, and with it every container whose last child it was.
        while (!open.empty() && --open.back() == 0)
            open.pop_back();
    } while (!open.empty());
    return qsizetype(offset);
}

} // namespace

void CborItem::Release::operator()(cbor_item_t *item) const
{
    cbor_decref(&item);
}

std::optional<CborItem> CborItem::decodePrefix(QByteArrayView data, qsizetype *consumed)
{
    if (data.isEmpty())
        return std::nullopt;
    const std::optional<qsizetype> length = firstItemLength(data);
    if (!length)
        return std::nullopt;
    cbor_load_result result{};
    cbor_item_t *item = cbor_load(reinterpret_cast<cbor_data>(data.data()), size_t(*length), &result);
    if (!item)
        return std::nullopt;
    CborItem owned(item);
    if (result.error.code != CBOR_ERR_NONE || qsizetype(result.read) != *length)
        return std::nullopt;
    *consumed = *length;
    return owned;
}

std::optional<CborItem> CborItem::decode(QByteArrayView data)
{
    qsizetype consumed = 0;
    std::optional<CborItem> item = decodePrefix(data, &consumed);
    if (!item || consumed != data.size())
        return std::nullopt;
    return item;
}

bool CborView::isMap() const
{
    return cbor_isa_map(m_item) && cbor_map_is_definite(m_item);
}

qsizetype CborView::mapSize() const
{
    return isMap() ? qsizetype(cbor_map_size(m_item)) : 0;
}

template <typename Match> std::optional<CborView> CborView::uniqueValue(Match matches) const
{
    if (!isMap())
        return std::nullopt;
    const cbor_pair *pairs = cbor_map_handle(m_item);
    std::optional<CborView> found;
    for (size_t i = 0; i < cbor_map_size(m_item); ++i) {
        if (!matches(CborView(pairs[i].key)))
            continue;
        if (found)
            return std::nullopt; // the same key twice: ambiguous
        found = CborView(pairs[i].value);
    }
    return found;
}

std::optional<CborView> CborView::at(qint64 key) const
{
    return uniqueValue([key](const CborView &candidate) { return candidate.integer() == key; });
}

std::optional<CborView> CborView::at(const QString &key) const
{
    return uniqueValue([&key](const CborView &candidate) { return candidate.text() == key; });
}

std::optional<QByteArray> CborView::bytes() const
{
    if (!cbor_isa_bytestring(m_item) || !cbor_bytestring_is_definite(m_item))
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(cbor_bytestring_handle(m_item)),
                      qsizetype(cbor_bytestring_length(m_item)));
}

std::optional<QString> CborView::text() const
{
    if (!cbor_isa_string(m_item) || !cbor_string_is_definite(m_item))
        return std::nullopt;
    return QString::fromUtf8(reinterpret_cast<const char *>(cbor_string_handle(m_item)),
                             qsizetype(cbor_string_length(m_item)));
}

std::optional<qint64> CborView::integer() const
{
    const bool negative = cbor_isa_negint(m_item);
    if (!negative && !cbor_isa_uint(m_item))
        return std::nullopt;
    const uint64_t magnitude = cbor_get_int(m_item);
    if (magnitude > uint64_t(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    // A negative integer n is encoded as -1 - n.
    return negative ? -1 - qint64(magnitude) : qint64(magnitude);
}

} // namespace keyward
