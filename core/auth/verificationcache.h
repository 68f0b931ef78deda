// SPDX-License-Identifier: GPL-3.0-or-later
// Remembers tokens whose signature was verified, keyed by SHA-256 of the whole token, so a
// token used again skips the signature check (its claims and revocation are still checked on
// every use). Bounded by the bytes it holds; least recently used entries go first.
//
// Threads: any thread; the entries are under m_mutex, held for one lookup or insert.
#pragma once

#include "crypto/jwtverifier.h"
#include "revocationservice.h"

#include <QCache>
#include <QMutex>

#include <optional>

namespace keyward {

// What a use of an already verified token still needs: its lifetime and identity.
struct CachedToken {
    ParsedJws token;
    QString kid;
    TokenLifetime lifetime;
    TokenIdentity identity;
    quint64 settingsGeneration = 0; // the settings its issuer and audience were checked under

    static CachedToken of(const ParsedJws &token);
};

class VerificationCache {
public:
    explicit VerificationCache(qsizetype maxBytes = 8 * 1024 * 1024);

    static QByteArray digestOf(QByteArrayView token);

    std::optional<CachedToken> find(const QByteArray &digest);
    void insert(const QByteArray &digest, const CachedToken &entry);
    // Drops every entry signed by kid (the key was retired).
    void evictKey(const QString &kid);
    qsizetype count() const;

private:
    mutable QMutex m_mutex;
    QCache<QByteArray, CachedToken> m_entries;
};

} // namespace keyward
