// SPDX-License-Identifier: GPL-3.0-or-later
// The passkeys table (WebAuthn credentials) and each user's WebAuthn user handle.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace keyward {

struct PasskeyRecord {
    QString id; // Keyward's id of the passkey (URLs, the console)
    qint64 userId = 0;
    QString credentialId; // base64url
    QString publicKey; // base64url of the COSE key
    qint64 algorithm = 0; // COSE
    qint64 signCount = 0;
    QString aaguid; // the authenticator model, as a UUID string
    QStringList transports;
    bool backupEligible = false;
    bool backedUp = false;
    QString name;
    QDateTime createdAt;
    std::optional<QDateTime> lastUsedAt;
};

class PasskeyStore {
public:
    explicit PasskeyStore(QSqlDatabase db);

    void insert(const PasskeyRecord &passkey);
    std::vector<PasskeyRecord> ofUser(qint64 userId);
    std::optional<PasskeyRecord> findByCredentialId(const QString &credentialId);
    // ownerId > 0: only that user's passkey.
    std::optional<PasskeyRecord> find(const QString &id, qint64 ownerId);
    bool rename(const QString &id, qint64 userId, const QString &name);
    bool remove(const QString &id, qint64 userId);
    int removeAllOfUser(qint64 userId);
    // A use: the new counter and backup state, if the counter is still the one read (so two
    // concurrent uses of one counter cannot both pass). False when it moved meanwhile.
    bool recordUse(const QString &id, qint64 seenSignCount, qint64 newSignCount, bool backedUp, const QDateTime &at);
    int countOfUser(qint64 userId);

    std::optional<QString> userHandleOf(qint64 userId);
    // Sets the handle unless the user has one already; gives the one in effect.
    QString ensureUserHandle(qint64 userId, const QString &candidate);
    std::optional<qint64> userOfHandle(const QString &handle);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
