// SPDX-License-Identifier: GPL-3.0-or-later
#include "secondfactorstore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

namespace keyward {

SecondFactorStore::SecondFactorStore(QSqlDatabase db) : m_db(std::move(db))
{ }

std::optional<TotpRecord> SecondFactorStore::totpOf(qint64 userId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT sealed_secret, last_step, created_at FROM totp_factors "
                                      "WHERE user_id = :user"));
    query.bind(QStringLiteral(":user"), userId).exec();
    if (!query.next())
        return std::nullopt;
    return TotpRecord{userId, query.value(0).toString(), query.value(1).toLongLong(),
                      fromEpoch(query.value(2).toLongLong())};
}

void SecondFactorStore::replaceTotp(const TotpRecord &totp)
{
    removeTotp(totp.userId);
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO totp_factors (user_id, sealed_secret, last_step, created_at) "
                                "VALUES (:user, :secret, :step, :created)"))
        .bind(QStringLiteral(":user"), totp.userId)
        .bind(QStringLiteral(":secret"), totp.sealedSecret)
        .bind(QStringLiteral(":step"), totp.lastStep)
        .bind(QStringLiteral(":created"), totp.createdAt.toSecsSinceEpoch())
        .exec();
}

bool SecondFactorStore::advanceTotpStep(qint64 userId, qint64 step)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE totp_factors SET last_step = :step "
                                       "WHERE user_id = :user AND last_step < :step2"))
               .bind(QStringLiteral(":step"), step)
               .bind(QStringLiteral(":user"), userId)
               .bind(QStringLiteral(":step2"), step)
               .exec()
               .rowsAffected()
        == 1;
}

bool SecondFactorStore::removeTotp(qint64 userId)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM totp_factors WHERE user_id = :user"))
               .bind(QStringLiteral(":user"), userId)
               .exec()
               .rowsAffected()
        > 0;
}

void SecondFactorStore::replaceRecoveryCodes(qint64 userId, const QStringList &codeHashes, const QDateTime &at)
{
    removeRecoveryCodes(userId);
    for (const QString &hash : codeHashes) {
        SqlStatement(m_db,
                     QStringLiteral("INSERT INTO recovery_codes (user_id, code_hash, created_at) "
                                    "VALUES (:user, :hash, :at)"))
            .bind(QStringLiteral(":user"), userId)
            .bind(QStringLiteral(":hash"), hash)
            .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
            .exec();
    }
}

bool SecondFactorStore::useRecoveryCode(qint64 userId, const QString &codeHash, const QDateTime &at)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE recovery_codes SET used_at = :at "
                                       "WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL"))
               .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
               .bind(QStringLiteral(":user"), userId)
               .bind(QStringLiteral(":hash"), codeHash)
               .exec()
               .rowsAffected()
        == 1;
}

int SecondFactorStore::recoveryCodesLeft(qint64 userId)
{
    return SqlStatement(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM recovery_codes "
                                       "WHERE user_id = :user AND used_at IS NULL"))
        .bind(QStringLiteral(":user"), userId)
        .scalar()
        .toInt();
}

int SecondFactorStore::removeRecoveryCodes(qint64 userId)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM recovery_codes WHERE user_id = :user"))
        .bind(QStringLiteral(":user"), userId)
        .exec()
        .rowsAffected();
}

} // namespace keyward
