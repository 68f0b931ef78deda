// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization_codes table: codes issued at /oauth/authorize, kept as SHA-256, used once.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward {

struct AuthorizationCodeRecord {
    QString codeHash;
    QString clientId;
    qint64 userId = 0;
    QString ssoSessionId;
    QString redirectUri;
    QString codeChallenge; // S256, base64url; empty when PKCE was not used
    QString nonce;
    QString scope;
    std::optional<qint64> workspaceId;
    QDateTime authTime;
    QDateTime createdAt;
    QDateTime expiresAt;
    std::optional<QDateTime> usedAt;
    QString sessionId; // what the exchange issued
};

class AuthorizationCodeStore {
public:
    explicit AuthorizationCodeStore(QSqlDatabase db);

    void insert(const AuthorizationCodeRecord &code);
    std::optional<AuthorizationCodeRecord> find(const QString &codeHash);
    // Marks the code used by the session it issued; false when it was used already (by a
    // concurrent exchange since it was read).
    bool markUsed(const QString &codeHash, const QDateTime &at, const QString &sessionId);
    // Codes past their end by more than `keep`: gone (their replays are unknown codes then).
    int purgeExpired(const QDateTime &before, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
