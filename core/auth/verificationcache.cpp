#include "verificationcache.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace keyward {

namespace {

// What an entry costs in memory: the token's parts and its decoded JSON, roughly twice the token.
qsizetype costOf(const ParsedJws &token)
{
    return 2 * (token.signingInput.size() + token.signature.size()) + 256;
}

} // namespace

VerificationCache::VerificationCache(qsizetype maxBytes) : m_entries(maxBytes)
{ }

QByteArray VerificationCache::digestOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

std::optional<ParsedJws> VerificationCache::find(const QByteArray &digest)
{
    QMutexLocker lock(&m_mutex);
    const ParsedJws *entry = m_entries.object(digest);
    return entry ? std::optional(*entry) : std::nullopt;
}

void VerificationCache::insert(const QByteArray &digest, const ParsedJws &token)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(digest, new ParsedJws(token), costOf(token));
}

void VerificationCache::evictKey(const QString &kid)
{
    QMutexLocker lock(&m_mutex);
    for (const QByteArray &digest : m_entries.keys()) {
        if (m_entries.object(digest)->header.value(QLatin1String("kid")).toString() == kid)
            m_entries.remove(digest);
    }
}

qsizetype VerificationCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.count();
}

} // namespace keyward
