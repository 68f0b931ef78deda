// SPDX-License-Identifier: GPL-3.0-or-later
// The clients table: the applications registered to sign users in (OpenID Connect clients).
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace keyward {

struct ClientRecord {
    QString clientId;
    QString name;
    QString type; // "public" or "confidential"
    QString secretHash; // SHA-256 (hex) of a confidential client's secret; empty for a public one
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList grantTypes;
    QStringList scopes;
    bool firstParty = false;
    QString idTokenAlgorithm = QStringLiteral("ES256"); // id_token_signed_response_alg: ES256, RS256, EdDSA
    bool requireMfa = false; // every sign-in to it needs two factors
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> secretRotatedAt;
};

class ClientStore {
public:
    explicit ClientStore(QSqlDatabase db);

    // StorageError(UniqueViolation) for a client_id in use.
    void insert(const ClientRecord &client);
    std::optional<ClientRecord> find(const QString &clientId);
    // Everything but client_id and created_at, as given.
    bool update(const ClientRecord &client);
    bool remove(const QString &clientId);
    // By client_id, after `after` (empty: from the first); limit < 0: all.
    std::vector<ClientRecord> list(const QString &after, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
