// SPDX-License-Identifier: GPL-3.0-or-later
// The consents table: the scopes a user has granted a client, remembered until revoked.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace keyward {

struct ConsentRecord {
    qint64 userId = 0;
    QString clientId;
    QStringList scopes;
    QDateTime grantedAt;
};

class ConsentStore {
public:
    explicit ConsentStore(QSqlDatabase db);

    std::optional<ConsentRecord> find(qint64 userId, const QString &clientId);
    // Inserts or replaces the user's consent to the client.
    void save(const ConsentRecord &consent);
    bool remove(qint64 userId, const QString &clientId);
    std::vector<ConsentRecord> ofUser(qint64 userId);
    // The newest `limit` consents to a client (the index on client_id), newest first.
    std::vector<ConsentRecord> ofClient(const QString &clientId, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
