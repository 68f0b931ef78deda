// SPDX-License-Identifier: GPL-3.0-or-later
#include "cosekey.h"

#include "cbor.h"
#include "crypto/base64url.h"

#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <map>

namespace keyward {

namespace {

// COSE key parameters (RFC 9052 §7, RFC 9053 §7).
constexpr qint64 kKty = 1;
constexpr qint64 kAlg = 3;
constexpr qint64 kCrv = -1; // OKP and EC2
constexpr qint64 kX = -2;
constexpr qint64 kY = -3;
constexpr qint64 kRsaN = -1;
constexpr qint64 kRsaE = -2;
constexpr qint64 kKtyOkp = 1;
constexpr qint64 kKtyEc2 = 2;
constexpr qint64 kKtyRsa = 3;
constexpr qint64 kCrvP256 = 1;
constexpr qint64 kCrvEd25519 = 6;

Error badKey(const QString &why)
{
    return failure(ErrorCode::InvalidRequest, QStringLiteral("credential public key: ") + why);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

// The same key as a JWK, so one importer (SigningKey::fromJwk) checks both forms.
Result<QJsonObject> jwkOf(const CborView &map, qint64 alg)
{
    const std::optional<qint64> kty = map.integerAt(kKty);
    if (alg == CoseKey::kES256) {
        const auto crv = map.integerAt(kCrv);
        const auto x = map.bytesAt(kX);
        const auto y = map.bytesAt(kY);
        if (kty != kKtyEc2 || crv != kCrvP256 || !x || !y)
            return badKey(QStringLiteral("ES256 needs an EC2 key on P-256 with x and y"));
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                           {QStringLiteral("crv"), QStringLiteral("P-256")},
                           {QStringLiteral("x"), b64(*x)},
                           {QStringLiteral("y"), b64(*y)}};
    }
    if (alg == CoseKey::kEdDSA) {
        const auto crv = map.integerAt(kCrv);
        const auto x = map.bytesAt(kX);
        if (kty != kKtyOkp || crv != kCrvEd25519 || !x)
            return badKey(QStringLiteral("EdDSA needs an OKP key on Ed25519 with x"));
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                           {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                           {QStringLiteral("x"), b64(*x)}};
    }
    if (alg == CoseKey::kRS256) {
        const auto n = map.bytesAt(kRsaN);
        const auto e = map.bytesAt(kRsaE);
        if (kty != kKtyRsa || !n || !e)
            return badKey(QStringLiteral("RS256 needs an RSA key with n and e"));
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("n"), b64(*n)},
                           {QStringLiteral("e"), b64(*e)}};
    }
    return badKey(QStringLiteral("algorithm %1 is not supported (ES256, EdDSA and RS256 are)").arg(alg));
}

} // namespace

Result<CoseKey> CoseKey::fromCbor(const CborView &map)
{
    const std::optional<qint64> alg = map.integerAt(kAlg);
    if (!map.isMap() || !alg)
        return badKey(QStringLiteral("not a COSE key with an algorithm"));
    const Result<QJsonObject> jwk = jwkOf(map, *alg);
    if (!jwk)
        return jwk.error();
    Result<SigningKey> key = SigningKey::fromJwk(jwk.value());
    if (!key || key->hasPrivateKey())
        return badKey(key ? QStringLiteral("a private key") : key.error().message);
    return CoseKey(std::move(key.value()));
}

Result<CoseKey> CoseKey::decode(QByteArrayView encoded)
{
    const std::optional<CborItem> item = CborItem::decode(encoded);
    if (!item)
        return badKey(QStringLiteral("not CBOR"));
    return fromCbor(item->view());
}

Result<CoseKey> CoseKey::decodeStored(QByteArrayView encoded)
{
    // Bounded: a server with more active passkeys than this starts over, it never grows without end.
    constexpr size_t kRemembered = 10000;
    static QMutex mutex;
    static std::map<QByteArray, CoseKey> remembered;
    const QByteArray key = encoded.toByteArray();
    {
        const QMutexLocker lock(&mutex);
        if (const auto found = remembered.find(key); found != remembered.end())
            return found->second;
    }
    Result<CoseKey> decoded = decode(encoded);
    if (decoded) {
        const QMutexLocker lock(&mutex);
        if (remembered.size() >= kRemembered)
            remembered.clear();
        remembered.emplace(key, decoded.value());
    }
    return decoded;
}

qint64 CoseKey::coseAlgorithm() const
{
    switch (m_key.algorithm()) {
    case JwsAlgorithm::ES256:
        return kES256;
    case JwsAlgorithm::EdDSA:
        return kEdDSA;
    case JwsAlgorithm::RS256:
        return kRS256;
    }
    return 0;
}

bool CoseKey::verify(QByteArrayView data, QByteArrayView signature) const
{
    return m_key.verifyDerEncoded(data, signature);
}

} // namespace keyward
