// SPDX-License-Identifier: GPL-3.0-or-later
// The authenticator app (totp_factors) and recovery codes (recovery_codes) of each user: the
// factors that are a shared secret rather than a key pair.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

struct TotpRecord {
    qint64 userId = 0;
    QString sealedSecret; // base64url of the sealed secret
    qint64 lastStep = 0;
    QDateTime createdAt;
};

class SecondFactorStore {
public:
    explicit SecondFactorStore(QSqlDatabase db);

    std::optional<TotpRecord> totpOf(qint64 userId);
    // A confirmed enrolment replaces the user's earlier app, if any.
    void replaceTotp(const TotpRecord &totp);
    // Accepts a code's step once across every server: false when this or a later step was used.
    bool advanceTotpStep(qint64 userId, qint64 step);
    bool removeTotp(qint64 userId);

    // A new set replaces the old one whole.
    void replaceRecoveryCodes(qint64 userId, const QStringList &codeHashes, const QDateTime &at);
    // Marks one code used; false when it is not the user's or was used already.
    bool useRecoveryCode(qint64 userId, const QString &codeHash, const QDateTime &at);
    int recoveryCodesLeft(qint64 userId);
    int removeRecoveryCodes(qint64 userId);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
