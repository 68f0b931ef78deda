// SPDX-License-Identifier: GPL-3.0-or-later
// The revocations table: an append-only feed of revoked token ids, sessions and user
// not-before times that every server follows by id.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace keyward {

struct RevocationRecord {
    qint64 id = 0;
    QString kind; // "jti", "session" or "user"
    QString subject;
    qint64 at = 0; // when; for "user" the new not-before time
    qint64 expiresAt = 0; // after this the entry can no longer matter and is purged
};

class RevocationStore {
public:
    explicit RevocationStore(QSqlDatabase db);

    // Call inside the transaction that makes the change (it holds a lock until commit).
    qint64 insert(const RevocationRecord &record);
    static constexpr qint64 kFeedLockKey = 0x6b6579776172641LL;
    std::vector<RevocationRecord> since(qint64 afterId);
    // Revoked token ids (kind 'jti') not expired at now, newest first, at most limit.
    std::vector<RevocationRecord> newestTokens(qint64 now, int limit);
    int purgeExpired(qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
