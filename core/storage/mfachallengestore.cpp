// SPDX-License-Identifier: GPL-3.0-or-later
#include "mfachallengestore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

namespace keyward {

namespace {

MfaChallengeRecord challengeFrom(const SqlStatement &query)
{
    MfaChallengeRecord challenge;
    challenge.id = query.value(0).toString();
    challenge.purpose = query.value(1).toString();
    if (!query.value(2).isNull())
        challenge.userId = query.value(2).toLongLong();
    challenge.payload = query.value(3).toString();
    challenge.createdAt = fromEpoch(query.value(4).toLongLong());
    challenge.expiresAt = fromEpoch(query.value(5).toLongLong());
    return challenge;
}

} // namespace

MfaChallengeStore::MfaChallengeStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void MfaChallengeStore::insert(const MfaChallengeRecord &challenge)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO mfa_challenges (id, purpose, user_id, payload, created_at, "
                                "expires_at) VALUES (:id, :purpose, :user, :payload, :created, :expires)"))
        .bind(QStringLiteral(":id"), challenge.id)
        .bind(QStringLiteral(":purpose"), challenge.purpose)
        .bind(QStringLiteral(":user"),
              challenge.userId ? QVariant(*challenge.userId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":payload"), challenge.payload)
        .bind(QStringLiteral(":created"), challenge.createdAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":expires"), challenge.expiresAt.toSecsSinceEpoch())
        .exec();
}

std::optional<MfaChallengeRecord> MfaChallengeStore::take(const QString &id, const QString &purpose)
{
    SqlStatement query(m_db,
                       QStringLiteral("DELETE FROM mfa_challenges WHERE id = :id AND purpose = :purpose "
                                      "RETURNING id, purpose, user_id, payload, created_at, expires_at"));
    query.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":purpose"), purpose).exec();
    if (!query.next())
        return std::nullopt;
    return challengeFrom(query);
}

std::optional<MfaChallengeRecord> MfaChallengeStore::find(const QString &id, const QString &purpose)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT id, purpose, user_id, payload, created_at, expires_at "
                                      "FROM mfa_challenges WHERE id = :id AND purpose = :purpose"));
    query.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":purpose"), purpose).exec();
    if (!query.next())
        return std::nullopt;
    return challengeFrom(query);
}

namespace {

const QString kSpent = QStringLiteral("spent");

} // namespace

bool MfaChallengeStore::recordSpent(const QString &marker, const QDateTime &at, const QDateTime &expiresAt)
{
    // No user: a reset of the user's factors (removeOfUser) must not make an answer usable again.
    return SqlStatement(m_db,
                        QStringLiteral("INSERT INTO mfa_challenges (id, purpose, payload, created_at, expires_at) "
                                       "VALUES (:id, :purpose, '', :created, :expires) ON CONFLICT (id) DO NOTHING"))
               .bind(QStringLiteral(":id"), marker)
               .bind(QStringLiteral(":purpose"), kSpent)
               .bind(QStringLiteral(":created"), at.toSecsSinceEpoch())
               .bind(QStringLiteral(":expires"), expiresAt.toSecsSinceEpoch())
               .exec()
               .rowsAffected()
        == 1;
}

bool MfaChallengeStore::isSpent(const QString &marker)
{
    return find(marker, kSpent).has_value();
}

int MfaChallengeStore::countFailure(const QString &id)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE mfa_challenges SET failures = failures + 1 WHERE id = :id "
                                       "RETURNING failures"))
        .bind(QStringLiteral(":id"), id)
        .scalar()
        .toInt();
}

int MfaChallengeStore::countOfUserSince(qint64 userId, const QString &purpose, const QDateTime &since)
{
    return SqlStatement(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM mfa_challenges WHERE user_id = :user AND purpose = "
                                       ":purpose AND created_at >= :since"))
        .bind(QStringLiteral(":user"), userId)
        .bind(QStringLiteral(":purpose"), purpose)
        .bind(QStringLiteral(":since"), since.toSecsSinceEpoch())
        .scalar()
        .toInt();
}

int MfaChallengeStore::removeOfUser(qint64 userId)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM mfa_challenges WHERE user_id = :user"))
        .bind(QStringLiteral(":user"), userId)
        .exec()
        .rowsAffected();
}

int MfaChallengeStore::purgeExpired(const QDateTime &before, int limit)
{
    return SqlStatement(m_db,
                        QStringLiteral("DELETE FROM mfa_challenges WHERE id IN (SELECT id "
                                       "FROM mfa_challenges WHERE expires_at < :before LIMIT :limit)"))
        .bind(QStringLiteral(":before"), before.toSecsSinceEpoch())
        .bind(QStringLiteral(":limit"), limit)
        .exec()
        .rowsAffected();
}

} // namespace keyward
