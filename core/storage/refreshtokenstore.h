// The refresh_tokens table: SHA-256 hashes of refresh tokens and whether each was rotated.
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
};

class RefreshTokenStore {
public:
    explicit RefreshTokenStore(QSqlDatabase db);

    void insert(const RefreshTokenRecord &token);
    std::optional<RefreshTokenRecord> find(const QString &tokenHash);
    // The single-use guarantee: one conditional update that succeeds for exactly one caller per
    // token; that caller gets the token's session id, everyone else nothing.
    std::optional<QString> markUsed(const QString &tokenHash, const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
