// SPDX-License-Identifier: GPL-3.0-or-later
// A credential public key in COSE form (RFC 9052/9053, as WebAuthn stores it in the
// authenticator data): ES256 (EC2, P-256), EdDSA (OKP, Ed25519) and RS256 (RSA, ≥ 2048 bits).
// Other algorithms and curves are refused; the key's parameters must agree with its algorithm.
#pragma once

#include "common/result.h"
#include "crypto/signingkey.h"

namespace keyward {

class CborView;

class CoseKey {
public:
    // COSE algorithm identifiers (IANA COSE Algorithms registry).
    static constexpr qint64 kES256 = -7;
    static constexpr qint64 kEdDSA = -8;
    static constexpr qint64 kRS256 = -257;

    static Result<CoseKey> fromCbor(const CborView &map);
    // The encoded key as stored (one CBOR map, nothing after it).
    static Result<CoseKey> decode(QByteArrayView encoded);
    // decode for a stored credential's key, remembered by the process: the same passkeys sign in
    // again and again, and turning the COSE form into a checked OpenSSL key is a sixth of a sign-in.
    static Result<CoseKey> decodeStored(QByteArrayView encoded);

    qint64 coseAlgorithm() const;
    JwsAlgorithm algorithm() const { return m_key.algorithm(); }
    // A WebAuthn signature (ES256: DER) over data.
    bool verify(QByteArrayView data, QByteArrayView signature) const;

private:
    explicit CoseKey(SigningKey key) : m_key(std::move(key)) { }

    SigningKey m_key;
};

} // namespace keyward
