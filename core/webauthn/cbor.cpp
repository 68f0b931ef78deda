// SPDX-License-Identifier: GPL-3.0-or-later
#include "cbor.h"

#include <cbor.h>

#include <limits>

namespace keyward {

namespace {

// Deeper nesting than any attestation object or COSE key has is refused (libcbor's own bound is
// 2048 levels), so nothing that reads an item recurses far.
constexpr int kMaxDepth = 16;

// Stops at the first level beyond kMaxDepth, so it recurses at most that far itself.
bool nestingWithin(const cbor_item_t *item, int depth)
{
    if (depth > kMaxDepth)
        return false;
    if (cbor_isa_map(item)) {
        const cbor_pair *pairs = cbor_map_handle(item);
        for (size_t i = 0; i < cbor_map_size(item); ++i) {
            if (!nestingWithin(pairs[i].key, depth + 1) || !nestingWithin(pairs[i].value, depth + 1))
                return false;
        }
    } else if (cbor_isa_array(item)) {
        cbor_item_t **elements = cbor_array_handle(item);
        for (size_t i = 0; i < cbor_array_size(item); ++i) {
            if (!nestingWithin(elements[i], depth + 1))
                return false;
        }
    } else if (cbor_isa_tag(item)) {
        cbor_item_t *tagged = cbor_tag_item(item);
        const bool within = nestingWithin(tagged, depth + 1);
        cbor_decref(&tagged);
        return within;
    }
    return true;
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
    cbor_load_result result{};
    cbor_item_t *item = cbor_load(reinterpret_cast<cbor_data>(data.data()), size_t(data.size()), &result);
    if (!item)
        return std::nullopt;
    CborItem owned(item);
    if (result.error.code != CBOR_ERR_NONE || !nestingWithin(item, 0))
        return std::nullopt;
    *consumed = qsizetype(result.read);
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
