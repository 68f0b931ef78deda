// SPDX-License-Identifier: GPL-3.0-or-later
// The refresh_tokens table: SHA-256 hashes of refresh tokens, whether each was rotated, and the
// sealed successor it was rotated to.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward {

struct RefreshTokenRecord {
    QString tokenHash;
    QString sessionId;
    QDateTime createdAt;
    std::optional<QDateTime> usedAt;
    QByteArray successorSealed; // empty until rotated
    std::optional<qint64> generation; // its place in the session's chain; none for older tokens
};

class RefreshTokenStore {
public:
    explicit RefreshTokenStore(QSqlDatabase db);

    void insert(const RefreshTokenRecord &token);
    std::optional<RefreshTokenRecord> find(const QString &tokenHash);
    // The single-use guarantee: one conditional update that succeeds for exactly one caller per
    // token and records its successor; that caller gets the token's session id, everyone else
    // nothing (they find the successor the winner recorded once its transaction commits).
    std::optional<QString> markUsed(const QString &tokenHash, const QDateTime &at, const QByteArray &successorSealed);
    // Deletes up to batch rotated tokens (with a generation) rotated before `before`; gives how many.
    int purgeUsedBefore(const QDateTime &before, int batch);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
