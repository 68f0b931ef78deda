// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingkeystore.h"

#include "changeversionstore.h"

#include "changefeed.h"
#include "common/timeformat.h"
#include "sqlstatement.h"
#include "storageerror.h"

namespace keyward {

namespace {

const QString kSelect
    = QStringLiteral("SELECT kid, algorithm, state, public_jwk, sealed_private, created_at, activates_at, "
                     "activated_at, retire_at, retired_at FROM signing_keys");

SigningKeyRecord readKey(const SqlStatement &row)
{
    SigningKeyRecord key;
    key.kid = row.value(0).toString();
    key.algorithm = row.value(1).toString();
    key.state = row.value(2).toString();
    key.publicJwk = row.value(3).toString();
    key.sealedPrivate = row.value(4).toByteArray();
    key.createdAt = fromEpoch(row.value(5).toLongLong());
    key.activatesAt = fromNullableEpoch(row.value(6));
    key.activatedAt = fromNullableEpoch(row.value(7));
    key.retireAt = fromNullableEpoch(row.value(8));
    key.retiredAt = fromNullableEpoch(row.value(9));
    return key;
}

QVariant blob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

} // namespace

SigningKeyStore::SigningKeyStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void SigningKeyStore::insert(const SigningKeyRecord &key)
{
    ChangeVersion::bump(m_db, ChangeFeed::Topic::Keys); // SQLite servers poll it; PostgreSQL is notified
    SqlStatement(
        m_db,
        QStringLiteral("INSERT INTO signing_keys (kid, algorithm, state, public_jwk, sealed_private, created_at, "
                       "activates_at, activated_at, retire_at, retired_at) VALUES (:kid, :alg, :state, :jwk, "
                       ":sealed, :created, :activates, :activated, :retire, :retired)"))
        .bind(QStringLiteral(":kid"), key.kid)
        .bind(QStringLiteral(":alg"), key.algorithm)
        .bind(QStringLiteral(":state"), key.state)
        .bind(QStringLiteral(":jwk"), key.publicJwk)
        .bind(QStringLiteral(":sealed"), blob(key.sealedPrivate))
        .bind(QStringLiteral(":created"), key.createdAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":activates"), toNullableEpoch(key.activatesAt))
        .bind(QStringLiteral(":activated"), toNullableEpoch(key.activatedAt))
        .bind(QStringLiteral(":retire"), toNullableEpoch(key.retireAt))
        .bind(QStringLiteral(":retired"), toNullableEpoch(key.retiredAt))
        .exec();
}

bool SigningKeyStore::insertUnlessTaken(const SigningKeyRecord &key)
{
    try {
        insert(key);
        return true;
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::UniqueViolation)
            throw;
        return false;
    }
}

std::vector<SigningKeyRecord> SigningKeyStore::all()
{
    // Oldest first; keys made in the same second are ordered by their place in the life cycle.
    SqlStatement query(
        m_db,
        kSelect
            + QStringLiteral(" ORDER BY created_at, CASE state WHEN 'retired' THEN 0 WHEN 'retiring' THEN 1 "
                             "WHEN 'active' THEN 2 ELSE 3 END, kid"));
    query.exec();
    std::vector<SigningKeyRecord> keys;
    while (query.next())
        keys.push_back(readKey(query));
    return keys;
}

std::optional<SigningKeyRecord> SigningKeyStore::find(const QString &kid)
{
    SqlStatement query(m_db, kSelect + QStringLiteral(" WHERE kid = :kid"));
    query.bind(QStringLiteral(":kid"), kid).exec();
    if (!query.next())
        return std::nullopt;
    return readKey(query);
}

bool SigningKeyStore::update(const SigningKeyRecord &key, const QString &fromState)
{
    ChangeVersion::bump(m_db, ChangeFeed::Topic::Keys); // SQLite servers poll it; PostgreSQL is notified
    SqlStatement query(
        m_db,
        QStringLiteral("UPDATE signing_keys SET state = :state, sealed_private = :sealed, activates_at = :activates, "
                       "activated_at = :activated, retire_at = :retire, retired_at = :retired "
                       "WHERE kid = :kid AND state = :from"));
    query.bind(QStringLiteral(":state"), key.state)
        .bind(QStringLiteral(":sealed"), blob(key.sealedPrivate))
        .bind(QStringLiteral(":activates"), toNullableEpoch(key.activatesAt))
        .bind(QStringLiteral(":activated"), toNullableEpoch(key.activatedAt))
        .bind(QStringLiteral(":retire"), toNullableEpoch(key.retireAt))
        .bind(QStringLiteral(":retired"), toNullableEpoch(key.retiredAt))
        .bind(QStringLiteral(":kid"), key.kid)
        .bind(QStringLiteral(":from"), fromState)
        .exec();
    return query.rowsAffected() == 1;
}

} // namespace keyward
