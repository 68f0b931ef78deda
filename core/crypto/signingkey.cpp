// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkey.h"

#include "base64url.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

namespace keyward {

namespace {

constexpr int kRsaBits = 2048;
constexpr int kP256Bytes = 32;

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using PkeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using ParamBuildPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using Pkcs8Ptr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, Deleter<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free>>;

std::shared_ptr<EVP_PKEY> own(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

// Fetched once: implicit fetching on every EVP_DigestSignInit costs measurably (OpenSSL 3).
const EVP_MD *sha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

Error badKey(const QString &why)
{
    return failure(ErrorCode::InvalidKey, why);
}

QByteArray bignumBytes(const EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    BignumPtr bn(raw);
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    QByteArray out(size, Qt::Uninitialized);
    BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(out.data()), size);
    return out;
}

std::optional<QByteArray> member(const QJsonObject &jwk, const char *name, qsizetype expectedSize = 0)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (!value.isString())
        return std::nullopt;
    auto decoded = Base64Url::decode(value.toString().toLatin1());
    if (!decoded || decoded->isEmpty() || (expectedSize > 0 && decoded->size() != expectedSize))
        return std::nullopt;
    return decoded;
}

std::shared_ptr<EVP_PKEY> fromParams(const char *type, OSSL_PARAM_BLD *builder, int selection)
{
    ParamsPtr params(OSSL_PARAM_BLD_to_param(builder));
    PkeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &key, selection, params.get()) != 1)
        return nullptr;
    return own(key);
}

// The point must be on the curve: fromdata alone does not check it.
bool publicKeyIsValid(const std::shared_ptr<EVP_PKEY> &key)
{
    PkeyContextPtr context(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    return context && EVP_PKEY_public_check(context.get()) == 1;
}

Result<std::shared_ptr<EVP_PKEY>> ecFromJwk(const QJsonObject &jwk, bool *hasPrivate)
{
    if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
        return badKey(QStringLiteral("only the P-256 curve is supported"));
    const auto x = member(jwk, "x", kP256Bytes);
    const auto y = member(jwk, "y", kP256Bytes);
    if (!x || !y)
        return badKey(QStringLiteral("EC key needs 32-byte x and y"));
    const QByteArray point = QByteArray(1, '\x04') + *x + *y;
    ParamBuildPtr builder(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()));
    BignumPtr d;
    if (jwk.contains(QLatin1String("d"))) {
        auto secret = member(jwk, "d", kP256Bytes);
        if (!secret)
            return badKey(QStringLiteral("EC key has a malformed d"));
        d.reset(BN_secure_new());
        BN_bin2bn(bytes(*secret), int(secret->size()), d.get());
        OPENSSL_cleanse(secret->data(), size_t(secret->size()));
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.get());
    }
    *hasPrivate = bool(d);
    auto key = fromParams("EC", builder.get(), d ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY);
    if (!key || !publicKeyIsValid(key))
        return badKey(QStringLiteral("EC key is not a valid P-256 key"));
    return key;
}

Result<std::shared_ptr<EVP_PKEY>> okpFromJwk(const QJsonObject &jwk, bool *hasPrivate)
{
    if (jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519"))
        return badKey(QStringLiteral("only the Ed25519 curve is supported"));
    const auto x = member(jwk, "x", 32);
    if (!x)
        return badKey(QStringLiteral("Ed25519 key needs a 32-byte x"));
    *hasPrivate = jwk.contains(QLatin1String("d"));
    if (!*hasPrivate) {
        EVP_PKEY *key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(*x), 32);
        if (!key)
            return badKey(QStringLiteral("Ed25519 public key is invalid"));
        return own(key);
    }
    auto d = member(jwk, "d", 32);
    if (!d)
        return badKey(QStringLiteral("Ed25519 key has a malformed d"));
    auto key = own(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(*d), 32));
    OPENSSL_cleanse(d->data(), size_t(d->size()));
    if (!key)
        return badKey(QStringLiteral("Ed25519 private key is invalid"));
    unsigned char derived[32];
    size_t size = sizeof(derived);
    if (EVP_PKEY_get_raw_public_key(key.get(), derived, &size) != 1 || QByteArrayView(derived, 32) != *x)
        return badKey(QStringLiteral("Ed25519 x does not belong to d"));
    return key;
}

Result<std::shared_ptr<EVP_PKEY>> rsaFromJwk(const QJsonObject &jwk, bool *hasPrivate)
{
    const auto n = member(jwk, "n");
    const auto e = member(jwk, "e");
    if (!n || !e)
        return badKey(QStringLiteral("RSA key needs n and e"));
    if (jwk.contains(QLatin1String("d")))
        return badKey(QStringLiteral("RSA private keys are not imported from JWK"));
    BignumPtr modulus(BN_bin2bn(bytes(*n), int(n->size()), nullptr));
    BignumPtr exponent(BN_bin2bn(bytes(*e), int(e->size()), nullptr));
    // Counted in bits, not bytes (leading zeros would pass a short modulus off as long); an even
    // or tiny exponent (e = 1 signs anything) is no RSA key.
    if (BN_num_bits(modulus.get()) < kRsaBits)
        return badKey(QStringLiteral("RSA keys must have at least %1 bits").arg(kRsaBits));
    if (!BN_is_odd(exponent.get()) || BN_num_bits(exponent.get()) < 2 || BN_num_bits(exponent.get()) > 32)
        return badKey(QStringLiteral("RSA key has an unsuitable exponent"));
    ParamBuildPtr builder(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get());
    *hasPrivate = false;
    auto key = fromParams("RSA", builder.get(), EVP_PKEY_PUBLIC_KEY);
    if (!key)
        return badKey(QStringLiteral("RSA key is invalid"));
    return key;
}

bool matchesAlgorithm(const EVP_PKEY *key, JwsAlgorithm algorithm)
{
    switch (algorithm) {
    case JwsAlgorithm::ES256: {
        char group[32] = {};
        return EVP_PKEY_is_a(key, "EC")
            && EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group), nullptr) == 1
            && qstrcmp(group, "prime256v1") == 0;
    }
    case JwsAlgorithm::EdDSA:
        return EVP_PKEY_is_a(key, "ED25519");
    case JwsAlgorithm::RS256:
        return EVP_PKEY_is_a(key, "RSA") && EVP_PKEY_get_bits(key) >= kRsaBits;
    }
    return false;
}

// ES256 signatures are r||s, each 32 bytes (RFC 7518 §3.4); OpenSSL speaks DER.
QByteArray derToRaw(QByteArrayView der)
{
    const unsigned char *cursor = bytes(der);
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    if (!sig)
        return {};
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(2 * kP256Bytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    BN_bn2binpad(r, out, kP256Bytes);
    BN_bn2binpad(s, out + kP256Bytes, kP256Bytes);
    return raw;
}

// DER of ECDSA-Sig-Value { r INTEGER, s INTEGER } (RFC 3279 §2.2.3), written directly: both
// integers are at most 33 bytes, so every length fits one byte.
QByteArray rawToDer(QByteArrayView raw)
{
    const auto integer = [](QByteArrayView value) -> QByteArray {
        qsizetype start = 0;
        while (start + 1 < value.size() && value[start] == 0)
            ++start;
        QByteArray out = value.sliced(start).toByteArray();
        if (quint8(out[0]) & 0x80)
            out.prepend('\0');
        return QByteArray(1, 0x02) + char(out.size()) + out;
    };
    const QByteArray body = integer(raw.first(kP256Bytes)) + integer(raw.sliced(kP256Bytes));
    return QByteArray(QByteArray(1, 0x30) + char(body.size()) + body);
}

} // namespace

QString algorithmName(JwsAlgorithm algorithm)
{
    switch (algorithm) {
    case JwsAlgorithm::ES256:
        return QStringLiteral("ES256");
    case JwsAlgorithm::EdDSA:
        return QStringLiteral("EdDSA");
    case JwsAlgorithm::RS256:
        return QStringLiteral("RS256");
    }
    return {};
}

std::optional<JwsAlgorithm> algorithmFromName(const QString &name)
{
    for (JwsAlgorithm algorithm : {JwsAlgorithm::ES256, JwsAlgorithm::EdDSA, JwsAlgorithm::RS256}) {
        if (algorithmName(algorithm) == name)
            return algorithm;
    }
    return std::nullopt;
}

SigningKey::SigningKey(JwsAlgorithm algorithm, std::shared_ptr<EVP_PKEY> key, bool hasPrivate)
    : m_algorithm(algorithm), m_key(std::move(key)), m_hasPrivate(hasPrivate)
{ }

SigningKey SigningKey::generate(JwsAlgorithm algorithm)
{
    EVP_PKEY *key = nullptr;
    switch (algorithm) {
    case JwsAlgorithm::ES256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case JwsAlgorithm::EdDSA:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case JwsAlgorithm::RS256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(kRsaBits));
        break;
    }
    if (!key)
        qFatal("OpenSSL could not generate a %s key", qPrintable(algorithmName(algorithm)));
    return SigningKey(algorithm, own(key), true);
}

Result<SigningKey> SigningKey::fromPrivateKeyDer(JwsAlgorithm algorithm, const QByteArray &der)
{
    const unsigned char *cursor = bytes(der);
    Pkcs8Ptr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, long(der.size())));
    auto key = info ? own(EVP_PKCS82PKEY(info.get())) : nullptr;
    if (!key || !matchesAlgorithm(key.get(), algorithm))
        return badKey(QStringLiteral("the stored private key is not a %1 key").arg(algorithmName(algorithm)));
    return SigningKey(algorithm, key, true);
}

Result<SigningKey> SigningKey::fromJwk(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    bool hasPrivate = false;
    Result<std::shared_ptr<EVP_PKEY>> key = badKey(QStringLiteral("unsupported kty '%1'").arg(kty.left(20)));
    JwsAlgorithm algorithm = JwsAlgorithm::ES256;
    if (kty == QLatin1String("EC")) {
        key = ecFromJwk(jwk, &hasPrivate);
    } else if (kty == QLatin1String("OKP")) {
        key = okpFromJwk(jwk, &hasPrivate);
        algorithm = JwsAlgorithm::EdDSA;
    } else if (kty == QLatin1String("RSA")) {
        key = rsaFromJwk(jwk, &hasPrivate);
        algorithm = JwsAlgorithm::RS256;
    }
    if (!key)
        return key.error();
    return SigningKey(algorithm, key.value(), hasPrivate);
}

QByteArray SigningKey::privateKeyDer() const
{
    if (!m_hasPrivate)
        return {};
    Pkcs8Ptr info(EVP_PKEY2PKCS8(m_key.get()));
    const int size = info ? i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr) : 0;
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PKCS8_PRIV_KEY_INFO(info.get(), &out);
    return der;
}

QJsonObject SigningKey::publicJwk() const
{
    const auto encode = [](const QByteArray &data) { return QString::fromLatin1(Base64Url::encode(data)); };
    switch (m_algorithm) {
    case JwsAlgorithm::ES256:
        return {{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), QStringLiteral("P-256")},
                {QStringLiteral("x"), encode(bignumBytes(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, kP256Bytes))},
                {QStringLiteral("y"), encode(bignumBytes(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, kP256Bytes))}};
    case JwsAlgorithm::EdDSA: {
        QByteArray x(32, Qt::Uninitialized);
        size_t size = 32;
        EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(x.data()), &size);
        return {{QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                {QStringLiteral("x"), encode(x)}};
    }
    case JwsAlgorithm::RS256:
        return {{QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("n"), encode(bignumBytes(m_key.get(), OSSL_PKEY_PARAM_RSA_N))},
                {QStringLiteral("e"), encode(bignumBytes(m_key.get(), OSSL_PKEY_PARAM_RSA_E))}};
    }
    return {};
}

QString SigningKey::thumbprint() const
{
    // publicJwk() holds exactly the required members; QJsonObject keeps them sorted and compact
    // output has no white space, which is the RFC 7638 §3.3 canonical form for these values.
    const QByteArray canonical = QJsonDocument(publicJwk()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

QByteArray SigningKey::sign(QByteArrayView data) const
{
    if (!m_hasPrivate)
        return {};
    MdContextPtr context(EVP_MD_CTX_new());
    const EVP_MD *md = m_algorithm == JwsAlgorithm::EdDSA ? nullptr : sha256();
    size_t size = 0;
    if (EVP_DigestSignInit(context.get(), nullptr, md, nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &size, bytes(data), size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(size), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size, bytes(data),
                       size_t(data.size()))
        != 1)
        return {};
    signature.resize(qsizetype(size));
    return m_algorithm == JwsAlgorithm::ES256 ? derToRaw(signature) : signature;
}

bool SigningKey::verify(QByteArrayView data, QByteArrayView signature) const
{
    switch (m_algorithm) {
    case JwsAlgorithm::ES256:
        return signature.size() == 2 * kP256Bytes && verifyNative(data, rawToDer(signature));
    case JwsAlgorithm::EdDSA:
        return signature.size() == 64 && verifyNative(data, signature);
    case JwsAlgorithm::RS256:
        return signature.size() == EVP_PKEY_get_size(m_key.get()) && verifyNative(data, signature);
    }
    return false;
}

bool SigningKey::verifyDerEncoded(QByteArrayView data, QByteArrayView signature) const
{
    return m_algorithm == JwsAlgorithm::ES256 ? !signature.isEmpty() && verifyNative(data, signature)
                                              : verify(data, signature);
}

bool SigningKey::verifyNative(QByteArrayView data, QByteArrayView signature) const
{
    MdContextPtr context(EVP_MD_CTX_new());
    const EVP_MD *md = m_algorithm == JwsAlgorithm::EdDSA ? nullptr : sha256();
    return EVP_DigestVerifyInit(context.get(), nullptr, md, nullptr, m_key.get()) == 1
        && EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()), bytes(data), size_t(data.size()))
        == 1;
}

} // namespace keyward
