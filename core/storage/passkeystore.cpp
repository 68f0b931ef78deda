// SPDX-License-Identifier: GPL-3.0-or-later
#include "passkeystore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

namespace keyward {

namespace {

const QString kColumns = QStringLiteral("id, user_id, credential_id, public_key, algorithm, sign_count, aaguid, "
                                        "transports, backup_eligible, backed_up, name, created_at, last_used_at");

PasskeyRecord passkeyFrom(const SqlStatement &query)
{
    PasskeyRecord passkey;
    passkey.id = query.value(0).toString();
    passkey.userId = query.value(1).toLongLong();
    passkey.credentialId = query.value(2).toString();
    passkey.publicKey = query.value(3).toString();
    passkey.algorithm = query.value(4).toLongLong();
    passkey.signCount = query.value(5).toLongLong();
    passkey.aaguid = query.value(6).toString();
    passkey.transports = query.value(7).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    passkey.backupEligible = query.value(8).toInt() != 0;
    passkey.backedUp = query.value(9).toInt() != 0;
    passkey.name = query.value(10).toString();
    passkey.createdAt = fromEpoch(query.value(11).toLongLong());
    passkey.lastUsedAt = fromNullableEpoch(query.value(12));
    return passkey;
}

} // namespace

PasskeyStore::PasskeyStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void PasskeyStore::insert(const PasskeyRecord &passkey)
{
    SqlStatement(m_db,
                 QStringLiteral("INSERT INTO passkeys (") + kColumns
                     + QStringLiteral(") VALUES (:id, :user, :credential, :key, :alg, :count, :aaguid, "
                                      ":transports, :eligible, :backed, :name, :created, NULL)"))
        .bind(QStringLiteral(":id"), passkey.id)
        .bind(QStringLiteral(":user"), passkey.userId)
        .bind(QStringLiteral(":credential"), passkey.credentialId)
        .bind(QStringLiteral(":key"), passkey.publicKey)
        .bind(QStringLiteral(":alg"), passkey.algorithm)
        .bind(QStringLiteral(":count"), passkey.signCount)
        .bind(QStringLiteral(":aaguid"), passkey.aaguid)
        .bind(QStringLiteral(":transports"), passkey.transports.join(QLatin1Char(' ')))
        .bind(QStringLiteral(":eligible"), passkey.backupEligible ? 1 : 0)
        .bind(QStringLiteral(":backed"), passkey.backedUp ? 1 : 0)
        .bind(QStringLiteral(":name"), passkey.name)
        .bind(QStringLiteral(":created"), passkey.createdAt.toSecsSinceEpoch())
        .exec();
}

std::vector<PasskeyRecord> PasskeyStore::ofUser(qint64 userId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM passkeys WHERE user_id = :user ORDER BY created_at, id"));
    query.bind(QStringLiteral(":user"), userId).exec();
    std::vector<PasskeyRecord> passkeys;
    while (query.next())
        passkeys.push_back(passkeyFrom(query));
    return passkeys;
}

std::optional<PasskeyRecord> PasskeyStore::findByCredentialId(const QString &credentialId)
{
    SqlStatement query(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM passkeys WHERE credential_id = :c"));
    query.bind(QStringLiteral(":c"), credentialId).exec();
    if (!query.next())
        return std::nullopt;
    return passkeyFrom(query);
}

std::optional<PasskeyRecord> PasskeyStore::find(const QString &id, qint64 ownerId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM passkeys WHERE id = :id AND (:any = 0 OR user_id = :owner)"));
    query.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":any"), ownerId)
        .bind(QStringLiteral(":owner"), ownerId)
        .exec();
    if (!query.next())
        return std::nullopt;
    return passkeyFrom(query);
}

bool PasskeyStore::rename(const QString &id, qint64 userId, const QString &name)
{
    return SqlStatement(m_db, QStringLiteral("UPDATE passkeys SET name = :name WHERE id = :id AND user_id = :user"))
               .bind(QStringLiteral(":name"), name)
               .bind(QStringLiteral(":id"), id)
               .bind(QStringLiteral(":user"), userId)
               .exec()
               .rowsAffected()
        == 1;
}

bool PasskeyStore::remove(const QString &id, qint64 userId)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM passkeys WHERE id = :id AND user_id = :user"))
               .bind(QStringLiteral(":id"), id)
               .bind(QStringLiteral(":user"), userId)
               .exec()
               .rowsAffected()
        == 1;
}

int PasskeyStore::removeAllOfUser(qint64 userId)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM passkeys WHERE user_id = :user"))
        .bind(QStringLiteral(":user"), userId)
        .exec()
        .rowsAffected();
}

bool PasskeyStore::recordUse(const QString &id, qint64 seenSignCount, qint64 newSignCount, bool backedUp,
                             const QDateTime &at)
{
    return SqlStatement(m_db,
                        QStringLiteral("UPDATE passkeys SET sign_count = :count, backed_up = :backed, "
                                       "last_used_at = :at WHERE id = :id AND sign_count = :seen"))
               .bind(QStringLiteral(":count"), newSignCount)
               .bind(QStringLiteral(":backed"), backedUp ? 1 : 0)
               .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
               .bind(QStringLiteral(":id"), id)
               .bind(QStringLiteral(":seen"), seenSignCount)
               .exec()
               .rowsAffected()
        == 1;
}

int PasskeyStore::countOfUser(qint64 userId)
{
    return SqlStatement(m_db, QStringLiteral("SELECT COUNT(*) FROM passkeys WHERE user_id = :user"))
        .bind(QStringLiteral(":user"), userId)
        .scalar()
        .toInt();
}

std::optional<QString> PasskeyStore::userHandleOf(qint64 userId)
{
    const QVariant handle = SqlStatement(m_db, QStringLiteral("SELECT webauthn_handle FROM users WHERE id = :user"))
                                .bind(QStringLiteral(":user"), userId)
                                .scalar();
    if (handle.isNull() || handle.toString().isEmpty())
        return std::nullopt;
    return handle.toString();
}

QString PasskeyStore::ensureUserHandle(qint64 userId, const QString &candidate)
{
    SqlStatement(m_db,
                 QStringLiteral("UPDATE users SET webauthn_handle = :h WHERE id = :user AND webauthn_handle IS NULL"))
        .bind(QStringLiteral(":h"), candidate)
        .bind(QStringLiteral(":user"), userId)
        .exec();
    return userHandleOf(userId).value_or(candidate);
}

std::optional<qint64> PasskeyStore::userOfHandle(const QString &handle)
{
    const QVariant user = SqlStatement(m_db, QStringLiteral("SELECT id FROM users WHERE webauthn_handle = :h"))
                              .bind(QStringLiteral(":h"), handle)
                              .scalar();
    if (user.isNull())
        return std::nullopt;
    return user.toLongLong();
}

} // namespace keyward
