// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the CBOR (RFC 8949) that WebAuthn authenticators send — attestation objects and COSE
// keys — through libcbor. Only what WebAuthn uses is read: maps, integers, byte and text strings
// of definite length. A map with a key twice is refused rather than read one way or the other.
// Input is walked head by head before libcbor builds anything: indefinite lengths, nesting deeper
// than 16 and counts larger than the bytes left are refused (libcbor reserves memory for the
// count a head declares, which a few hostile bytes could make gigabytes).
//
// Threads: a CborItem belongs to one thread at a time.
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct cbor_item_t;

namespace keyward {

// A read-only view of one decoded item (owned by a CborItem that outlives it).
class CborView {
public:
    explicit CborView(const cbor_item_t *item) : m_item(item) { }

    bool isMap() const;
    // The value under an integer key (COSE) or a text key (attestation objects); nothing when the
    // key is absent, appears twice, or this is no map.
    std::optional<CborView> at(qint64 key) const;
    std::optional<CborView> at(const QString &key) const;
    // The value under a key read as one type; nothing when it is absent or of another type.
    template <typename Key> std::optional<qint64> integerAt(const Key &key) const
    {
        const auto value = at(key);
        return value ? value->integer() : std::nullopt;
    }
    template <typename Key> std::optional<QByteArray> bytesAt(const Key &key) const
    {
        const auto value = at(key);
        return value ? value->bytes() : std::nullopt;
    }
    template <typename Key> std::optional<QString> textAt(const Key &key) const
    {
        const auto value = at(key);
        return value ? value->text() : std::nullopt;
    }
    // How many pairs a map has (0 for anything else).
    qsizetype mapSize() const;
    // Values of definite length only; nothing for another type.
    std::optional<QByteArray> bytes() const;
    std::optional<QString> text() const;
    // Integers within qint64; nothing for another type or a larger magnitude.
    std::optional<qint64> integer() const;

private:
    template <typename Match> std::optional<CborView> uniqueValue(Match matches) const;

    const cbor_item_t *m_item;
};

class CborItem {
public:
    // One item at the start of data; consumed tells where it ends (WebAuthn puts a COSE key and
    // extensions back to back inside the authenticator data). Nothing for malformed input.
    static std::optional<CborItem> decodePrefix(QByteArrayView data, qsizetype *consumed);
    // Exactly one item filling data.
    static std::optional<CborItem> decode(QByteArrayView data);

    CborView view() const { return CborView(m_item.get()); }

private:
    struct Release {
        void operator()(cbor_item_t *item) const;
    };
    explicit CborItem(cbor_item_t *item) : m_item(item) { }

    std::unique_ptr<cbor_item_t, Release> m_item;
};

} // namespace keyward
