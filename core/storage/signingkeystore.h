// SPDX-License-Identifier: GPL-3.0-or-later
// The signing_keys table: every signing key with its state and sealed private key.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace keyward {

struct SigningKeyRecord {
    QString kid;
    QString algorithm;
    QString state; // next, active, retiring, retired
    QString publicJwk;
    QByteArray sealedPrivate; // empty once retired
    QDateTime createdAt;
    std::optional<QDateTime> activatesAt;
    std::optional<QDateTime> activatedAt;
    std::optional<QDateTime> retireAt;
    std::optional<QDateTime> retiredAt;
};

class SigningKeyStore {
public:
    explicit SigningKeyStore(QSqlDatabase db);

    void insert(const SigningKeyRecord &key);
    // False when a unique index refuses it: another server published a next key, or made a
    // companion of that algorithm, at the same moment (the caller's transaction then rolls back).
    bool insertUnlessTaken(const SigningKeyRecord &key);
    std::vector<SigningKeyRecord> all();
    std::optional<SigningKeyRecord> find(const QString &kid);
    // State and times (the sealed key too, when retiring), only while the key is still in
    // fromState: false when another server changed it first (the caller's transaction then
    // rolls back instead of writing back what it read).
    bool update(const SigningKeyRecord &key, const QString &fromState);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
