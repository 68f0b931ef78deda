// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhasher.h"

#include "common/logging.h"
#include "constanttime.h"

#include <QRegularExpression>

#include <crypt.h>
#include <sodium.h>

#include <memory>
#include <new>

namespace keyward {

namespace {

const QRegularExpression &bcryptPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}$"));
    return pattern;
}

const QRegularExpression &argon2Pattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\$argon2(id|i)\\$v=19\\$m=\\d+,t=\\d+,p=\\d+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$"));
    return pattern;
}

// Overwrites a password copy when it goes out of scope.
struct WipedBytes {
    QByteArray bytes;
    explicit WipedBytes(const QString &text) : bytes(text.toUtf8()) { }
    ~WipedBytes() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
};

} // namespace

PasswordHasher::PasswordHasher(Argon2Params params) : m_params(params)
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

QString PasswordHasher::hash(const QString &password) const
{
    WipedBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.bytes.constData(), quint64(secret.bytes.size()), m_params.opsLimit,
                              size_t(m_params.memoryKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw std::bad_alloc(); // libsodium fails here only when it cannot allocate the memory
    return QString::fromLatin1(out);
}

PasswordHasher::Verdict PasswordHasher::verify(const QString &password, const QString &storedHash) const
{
    WipedBytes secret(password);
    const QByteArray stored = storedHash.toLatin1();
    Verdict verdict;
    if (argon2Pattern().match(storedHash).hasMatch()) {
        verdict.matches
            = crypto_pwhash_str_verify(stored.constData(), secret.bytes.constData(), quint64(secret.bytes.size())) == 0;
        verdict.needsRehash = !storedHash.startsWith(QLatin1String("$argon2id$"))
            || crypto_pwhash_str_needs_rehash(stored.constData(), m_params.opsLimit, size_t(m_params.memoryKiB) * 1024)
                != 0;
    } else if (bcryptPattern().match(storedHash).hasMatch()) {
        verdict.matches = verifyBcrypt(secret.bytes, stored);
        verdict.needsRehash = true;
    } else {
        qCWarning(lcCrypto) << "stored password hash is in an unknown format";
    }
    if (!verdict.matches)
        verdict.needsRehash = false;
    return verdict;
}

bool PasswordHasher::verifyBcrypt(const QByteArray &password, const QByteArray &storedHash) const
{
    if (password.contains('\0'))
        return false; // crypt() stops at NUL: "a\0b" must not pass for "a"
    // crypt_rn is reentrant: it writes into our own crypt_data instead of static storage.
    auto data = std::make_unique<crypt_data>();
    const char *computed = crypt_rn(password.constData(), storedHash.constData(), data.get(), int(sizeof(crypt_data)));
    const bool ok = computed && computed[0] != '*' && constantTimeEquals(QByteArrayView(computed), storedHash);
    sodium_memzero(data.get(), sizeof(crypt_data));
    return ok;
}

bool PasswordHasher::isSupportedHash(const QString &storedHash)
{
    return argon2Pattern().match(storedHash).hasMatch() || bcryptPattern().match(storedHash).hasMatch();
}

} // namespace keyward
