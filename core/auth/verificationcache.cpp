// SPDX-License-Identifier: GPL-3.0-or-later
#include "verificationcache.h"

#include <QMutexLocker>

#include <openssl/evp.h>

namespace keyward {

namespace {

// What an entry costs in memory: the token's parts and its decoded JSON, roughly twice the token.
qsizetype costOf(const CachedToken &entry)
{
    return 2 * (entry.token.signingInput.size() + entry.token.signature.size()) + 512;
}

const EVP_MD *sha256()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

VerificationCache::VerificationCache(qsizetype maxBytes) : m_entries(maxBytes)
{ }

CachedToken CachedToken::of(const ParsedJws &token)
{
    return {token, token.header.value(QLatin1String("kid")).toString(), TokenLifetime::of(token.claims),
            TokenIdentity::of(token.claims)};
}

QByteArray VerificationCache::digestOf(QByteArrayView token)
{
    // OpenSSL's SHA-256 uses the CPU's SHA extensions; several times faster than Qt's own here.
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int size = 0;
    EVP_Digest(token.data(), size_t(token.size()), reinterpret_cast<unsigned char *>(digest.data()), &size, sha256(),
               nullptr);
    return digest;
}

std::optional<CachedToken> VerificationCache::find(const QByteArray &digest)
{
    QMutexLocker lock(&m_mutex);
    const CachedToken *entry = m_entries.object(digest);
    return entry ? std::optional(*entry) : std::nullopt;
}

void VerificationCache::insert(const QByteArray &digest, const CachedToken &entry)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(digest, new CachedToken(entry), costOf(entry));
}

void VerificationCache::evictKey(const QString &kid)
{
    QMutexLocker lock(&m_mutex);
    for (const QByteArray &digest : m_entries.keys()) {
        if (m_entries.object(digest)->kid == kid)
            m_entries.remove(digest);
    }
}

qsizetype VerificationCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.count();
}

} // namespace keyward
