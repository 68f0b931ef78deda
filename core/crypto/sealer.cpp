// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealer.h"

#include "securerandom.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace keyward::Sealer {

namespace {

constexpr char kVersion = 1;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

struct CipherContext {
    EVP_CIPHER_CTX *context = EVP_CIPHER_CTX_new();
    ~CipherContext() { EVP_CIPHER_CTX_free(context); }
};

const unsigned char *bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

} // namespace

QByteArray seal(const QByteArray &key, QByteArrayView plaintext, QByteArrayView associatedData)
{
    Q_ASSERT(key.size() == kKeyBytes);
    const QByteArray nonce = randomBytes(kNonceBytes);
    QByteArray out = QByteArray(1, kVersion) + nonce;
    out.resize(1 + kNonceBytes + plaintext.size() + kTagBytes);
    auto *cipherText = reinterpret_cast<unsigned char *>(out.data()) + 1 + kNonceBytes;
    CipherContext cipher;
    int length = 0;
    int finalLength = 0;
    if (EVP_EncryptInit_ex(cipher.context, EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(cipher.context, nullptr, &length, bytes(associatedData), int(associatedData.size())) != 1
        || EVP_EncryptUpdate(cipher.context, cipherText, &length, bytes(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(cipher.context, cipherText + length, &finalLength) != 1
        || EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_GET_TAG, kTagBytes, cipherText + plaintext.size()) != 1)
        qFatal("AES-256-GCM sealing failed");
    return out;
}

std::optional<QByteArray> unseal(const QByteArray &key, QByteArrayView sealed, QByteArrayView associatedData)
{
    if (key.size() != kKeyBytes || sealed.size() < 1 + kNonceBytes + kTagBytes || sealed[0] != kVersion)
        return std::nullopt;
    const qsizetype textSize = sealed.size() - 1 - kNonceBytes - kTagBytes;
    QByteArray plain(textSize, Qt::Uninitialized);
    QByteArray tag = sealed.sliced(sealed.size() - kTagBytes).toByteArray();
    CipherContext cipher;
    int length = 0;
    int finalLength = 0;
    const bool ok = EVP_DecryptInit_ex(cipher.context, EVP_aes_256_gcm(), nullptr, bytes(key), bytes(sealed) + 1) == 1
        && EVP_DecryptUpdate(cipher.context, nullptr, &length, bytes(associatedData), int(associatedData.size())) == 1
        && EVP_DecryptUpdate(cipher.context, reinterpret_cast<unsigned char *>(plain.data()), &length,
                             bytes(sealed) + 1 + kNonceBytes, int(textSize))
            == 1
        && EVP_CIPHER_CTX_ctrl(cipher.context, EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(cipher.context, reinterpret_cast<unsigned char *>(plain.data()) + length, &finalLength)
            == 1;
    if (!ok) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    return plain;
}

} // namespace keyward::Sealer
