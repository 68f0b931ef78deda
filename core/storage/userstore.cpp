// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstore.h"

#include "common/timeformat.h"
#include "counterstore.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "userpublicid.h"

namespace keyward {

namespace {

const QString kColumns = QStringLiteral(
    "id, email, name, password_hash, disabled, created_at, updated_at, last_login_at, password_changed_at, "
    "email_verified, locale, public_id");

UserRecord readUser(const SqlStatement &row)
{
    UserRecord user;
    user.id = row.value(0).toLongLong();
    user.email = row.value(1).toString();
    user.name = row.value(2).toString();
    user.passwordHash = row.value(3).toString();
    user.disabled = row.value(4).toInt() != 0;
    user.createdAt = fromEpoch(row.value(5).toLongLong());
    user.updatedAt = fromEpoch(row.value(6).toLongLong());
    user.lastLoginAt = fromNullableEpoch(row.value(7));
    user.passwordChangedAt = fromEpoch(row.value(8).toLongLong());
    user.emailVerified = row.value(9).toInt() != 0;
    user.locale = row.value(10).toString();
    user.publicId = row.value(11).toString();
    return user;
}

} // namespace

UserStore::UserStore(QSqlDatabase db) : m_db(std::move(db))
{ }

qint64 UserStore::insert(const UserRecord &user, const QString &emailKey)
{
    const qint64 id
        = SqlStatement(m_db,
                       QStringLiteral("INSERT INTO users (email, email_key, name, password_hash, disabled, "
                                      "created_at, updated_at, last_login_at, password_changed_at, "
                                      "email_verified, locale, public_id) VALUES (:email, :key, :name, "
                                      ":hash, :disabled, :created, :updated, :login, :changed, "
                                      ":verified, :locale, :public) RETURNING id"))
              .bind(QStringLiteral(":email"), user.email)
              .bind(QStringLiteral(":key"), emailKey)
              .bind(QStringLiteral(":name"), user.name)
              .bind(QStringLiteral(":hash"), user.passwordHash)
              .bind(QStringLiteral(":disabled"), user.disabled ? 1 : 0)
              .bind(QStringLiteral(":created"), user.createdAt.toSecsSinceEpoch())
              .bind(QStringLiteral(":updated"), user.updatedAt.toSecsSinceEpoch())
              .bind(QStringLiteral(":login"), toNullableEpoch(user.lastLoginAt))
              .bind(QStringLiteral(":changed"), user.passwordChangedAt.toSecsSinceEpoch())
              .bind(QStringLiteral(":verified"), user.emailVerified ? 1 : 0)
              .bind(QStringLiteral(":locale"), user.locale)
              .bind(QStringLiteral(":public"), user.publicId.isEmpty() ? UserPublicId::generate() : user.publicId)
              .insertReturningId();
    CounterStore(m_db).add(Counter::kUsers, 1);
    return id;
}

bool UserStore::isEnabledLocked(qint64 id)
{
    const bool postgres = SqlDialect::of(m_db.driver()).kind() == SqlDialect::Kind::Postgres;
    SqlStatement query(m_db,
                       QStringLiteral("SELECT disabled FROM users WHERE id = :id")
                           + (postgres ? QStringLiteral(" FOR SHARE") : QString()));
    query.bind(QStringLiteral(":id"), id).exec();
    return query.next() && query.value(0).toInt() == 0;
}

std::optional<UserRecord> UserStore::findById(qint64 id)
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<UserRecord> UserStore::findByPublicId(const QString &publicId)
{
    return findWhere(QStringLiteral("public_id"), publicId);
}

std::optional<UserRecord> UserStore::findByEmailKey(const QString &emailKey)
{
    return findWhere(QStringLiteral("email_key"), emailKey);
}

std::optional<UserRecord> UserStore::findWhere(const QString &uniqueColumn, const QVariant &value)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE ") + uniqueColumn
                           + QStringLiteral(" = :value"));
    query.bind(QStringLiteral(":value"), value).exec();
    if (!query.next())
        return std::nullopt;
    return readUser(query);
}

std::vector<UserRecord> UserStore::listByEmailKeyPrefix(const QString &prefix, int limit)
{
    // A range of the email_key index: [prefix, prefix with its last character one higher), both
    // bounds in the statement so the index walk stops at the end of the range.
    QString upper = prefix;
    if (!upper.isEmpty())
        upper.back() = QChar(char16_t(upper.back().unicode() + 1));
    const QString range
        = prefix.isEmpty() ? QString() : QStringLiteral(" WHERE email_key >= :from AND email_key < :to");
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users") + range
                           + QStringLiteral(" ORDER BY email_key LIMIT :limit"));
    if (!prefix.isEmpty())
        query.bind(QStringLiteral(":from"), prefix).bind(QStringLiteral(":to"), upper);
    query.bind(QStringLiteral(":limit"), sqlLimit(limit)).exec();
    std::vector<UserRecord> users;
    while (query.next())
        users.push_back(readUser(query));
    return users;
}

std::vector<UserRecord> UserStore::list(qint64 afterId, int limit)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM users WHERE id > :after ORDER BY id LIMIT :limit"));
    query.bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":limit"), sqlLimit(limit)).exec();
    std::vector<UserRecord> users;
    while (query.next())
        users.push_back(readUser(query));
    return users;
}

QHash<qint64, QString> UserStore::emailsOf(const std::vector<qint64> &ids)
{
    QHash<qint64, QString> emails;
    SqlStatement::forEachChunk(ids, [&](const QVariantList &chunk) {
        SqlStatement query(m_db,
                           QStringLiteral("SELECT id, email FROM users WHERE id IN ")
                               + SqlStatement::inList(QStringLiteral(":id")));
        query.bindInList(QStringLiteral(":id"), chunk).exec();
        while (query.next())
            emails.insert(query.value(0).toLongLong(), query.value(1).toString());
    });
    return emails;
}

qint64 UserStore::count()
{
    return SqlStatement(m_db, QStringLiteral("SELECT COUNT(*) FROM users")).scalar().toLongLong();
}

void UserStore::updateProfile(qint64 id, const QString &name, const QDateTime &at)
{
    SqlStatement(m_db, QStringLiteral("UPDATE users SET name = :name, updated_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void UserStore::updateEmail(qint64 id, const QString &email, const QString &emailKey, const QDateTime &at)
{
    SqlStatement(m_db,
                 QStringLiteral("UPDATE users SET email = :email, email_key = :key, email_verified = 0, "
                                "updated_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":email"), email)
        .bind(QStringLiteral(":key"), emailKey)
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void UserStore::updatePasswordHash(qint64 id, const QString &hash, const QDateTime &at)
{
    SqlStatement(m_db,
                 QStringLiteral("UPDATE users SET password_hash = :hash, password_changed_at = :at, "
                                "updated_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void UserStore::upgradePasswordHash(qint64 id, const QString &hash, const QDateTime &at)
{
    SqlStatement(m_db, QStringLiteral("UPDATE users SET password_hash = :hash, updated_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void UserStore::setDisabled(qint64 id, bool disabled, const QDateTime &at)
{
    setColumn(QStringLiteral("disabled"), disabled ? 1 : 0, id, at);
}

void UserStore::setEmailVerified(qint64 id, bool verified, const QDateTime &at)
{
    setColumn(QStringLiteral("email_verified"), verified ? 1 : 0, id, at);
}

void UserStore::setLocale(qint64 id, const QString &locale, const QDateTime &at)
{
    setColumn(QStringLiteral("locale"), locale, id, at);
}

void UserStore::setColumn(const QString &column, const QVariant &value, qint64 id, const QDateTime &at)
{
    SqlStatement(m_db, QStringLiteral("UPDATE users SET %1 = :value, updated_at = :at WHERE id = :id").arg(column))
        .bind(QStringLiteral(":value"), value)
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

void UserStore::recordLogin(qint64 id, const QDateTime &at)
{
    SqlStatement(m_db, QStringLiteral("UPDATE users SET last_login_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":at"), at.toSecsSinceEpoch())
        .bind(QStringLiteral(":id"), id)
        .exec();
}

bool UserStore::remove(qint64 id)
{
    // The user's sessions and memberships go with them (ON DELETE CASCADE), and so from the counters.
    SqlStatement live(m_db, QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = :id AND counted = 1"));
    const qint64 sessions = live.bind(QStringLiteral(":id"), id).scalar().toLongLong();
    const qint64 memberships
        = SqlStatement(m_db, QStringLiteral("SELECT COUNT(*) FROM workspace_members WHERE user_id = :id"))
              .bind(QStringLiteral(":id"), id)
              .scalar()
              .toLongLong();
    SqlStatement query(m_db, QStringLiteral("DELETE FROM users WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (query.rowsAffected() == 0)
        return false;
    CounterStore counters(m_db);
    counters.add(Counter::kUsers, -1);
    if (sessions > 0)
        counters.add(Counter::kActiveSessions, -sessions);
    if (memberships > 0)
        counters.add(Counter::kMemberships, -memberships);
    return true;
}

} // namespace keyward
