// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountservice.h"

#include "auditlog.h"
#include "builtinroles.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/logging.h"
#include "crypto/passwordhasher.h"
#include "crypto/securerandom.h"
#include "emailaddress.h"
#include "passwordpolicy.h"
#include "revocationservice.h"
#include "rolegraph.h"
#include "storage/changeversionstore.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userpublicid.h"
#include "storage/userrolestore.h"

#include <QJsonArray>

namespace keyward {

namespace {

Error notFound()
{
    return failure(ErrorCode::NotFound, QStringLiteral("no such user"));
}

Error insufficientRole(const QString &why)
{
    return failure(ErrorCode::InsufficientRole, why);
}

} // namespace

AccountService::AccountService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                               const PasswordHasher &hasher)
    : m_database(database), m_audit(audit), m_changes(changes), m_clock(clock), m_hasher(hasher)
{
    // Failed logins for unknown e-mails verify against this hash, so they cost what a real
    // verification costs and do not reveal which addresses exist. Made when first needed, by that
    // sign-in (once per process; others arriving meanwhile wait for it): at the configured cost it
    // takes tens of milliseconds and megabytes that start-up — and every CLI command, which would
    // wait for a background hash before exiting — need not spend.
    m_dummyHash
        = std::async(std::launch::deferred, [&hasher = m_hasher] { return hasher.hash(generatePassword(24)); }).share();
}

User AccountService::withRoles(const UserRecord &record, const RoleGraph &graph)
{
    return User{record, graph.names(UserRoleStore(m_database.connection()).rolesOf(record.id))};
}

Status AccountService::checkPermission(const Actor &actor, const QString &permission, const RoleGraph &graph) const
{
    if (actor.hasLocalAuthority() || graph.hasPermission(actor.roles, permission))
        return success();
    return insufficientRole(QStringLiteral("this needs the permission %1").arg(permission));
}

Status AccountService::checkRoles(const Actor &actor, const QStringList &roles, const RoleGraph &graph) const
{
    for (const QString &role : roles) {
        if (!graph.contains(role))
            return failure(ErrorCode::UnknownRole, QStringLiteral("there is no role named '%1'").arg(role));
        if (!actor.hasLocalAuthority() && !graph.canGrant(actor.roles, role))
            return insufficientRole(
                QStringLiteral("nobody can grant a role above their own highest role ('%1')").arg(role));
    }
    return success();
}

Result<User> AccountService::loadTarget(const Actor &actor, const QString &permission, const QString &email,
                                        const RoleGraph &graph)
{
    if (const Status allowed = checkPermission(actor, permission, graph); !allowed)
        return allowed.error();
    const auto record = UserStore(m_database.connection()).findByEmailKey(EmailAddress::key(email));
    if (!record)
        return notFound();
    User user = withRoles(*record, graph);
    if (const Status ranked = checkRank(actor, user, graph); !ranked)
        return ranked.error();
    return user;
}

Status AccountService::checkRank(const Actor &actor, const User &target, const RoleGraph &graph)
{
    if (actor.hasLocalAuthority() || graph.canManage(actor.roles, target.roles))
        return success();
    return insufficientRole(QStringLiteral("this user's role is above yours"));
}

Status AccountService::mayActOn(const Actor &actor, qint64 userId)
{
    const QSqlDatabase db = m_database.connection();
    const auto record = UserStore(db).findById(userId);
    if (!record)
        return notFound();
    const RoleGraph graph = RoleGraph::load(db);
    return checkRank(actor, withRoles(*record, graph), graph);
}

void AccountService::revokeIssuedTokens(const UserRecord &user, const QDateTime &at)
{
    // Ends every session (and so every access token carrying its sid) and every token minted
    // without a session, in the caller's transaction.
    const QSqlDatabase db = m_database.connection();
    const qint64 now = at.toSecsSinceEpoch();
    for (const QString &sessionId : SessionStore(db).revokeAllOfUser(user.id, at, QStringLiteral("account_changed")))
        RevocationService::writeSessionRevocation(db, sessionId, now);
    RevocationService::writeUserCutoff(db, user.publicId, now);
}

bool AccountService::isLastAdministrator(const User &user)
{
    return isLastAdministrator(user, RoleGraph::load(m_database.connection()));
}

bool AccountService::isLastAdministrator(const User &user, const RoleGraph &graph)
{
    const auto adminId = graph.idOf(BuiltinRoles::admin());
    if (!adminId || !user.roles.contains(BuiltinRoles::admin()) || user.record.disabled)
        return false;
    return UserRoleStore(m_database.connection()).countEnabledHolders({*adminId}) <= 1;
}

QHash<qint64, QString> AccountService::emailsOf(const std::vector<qint64> &ids)
{
    return UserStore(m_database.connection()).emailsOf(ids);
}

Result<User> AccountService::create(const Actor &actor, const NewUser &newUser)
{
    return insert(actor, newUser, Authority::Actor);
}

Result<User> AccountService::insert(const Actor &actor, const NewUser &newUser, Authority authority)
{
    const QString email = newUser.email.trimmed();
    if (!EmailAddress::isValid(email))
        return failure(ErrorCode::InvalidEmail,
                       QStringLiteral("'%1' is not a valid e-mail address").arg(email.left(254)));
    if (!newUser.publicId.isEmpty() && !UserPublicId::isWellFormed(newUser.publicId))
        return failure(ErrorCode::InvalidRequest,
                       QStringLiteral("a user's id is a UUID in lower case, like %1").arg(UserPublicId::generate()));
    QString hash = newUser.passwordHash;
    if (hash.isEmpty()) {
        if (const Status policy = PasswordPolicy::check(newUser.password, email); !policy)
            return policy.error();
    } else if (!PasswordHasher::isSupportedHash(hash)) {
        return failure(ErrorCode::InvalidHash,
                       QStringLiteral("password_hash must be a bcrypt ($2a$, $2b$, $2y$) or Argon2 PHC string"));
    }
    const QStringList roles = newUser.roles.isEmpty() || authority == Authority::SelfRegistration
        ? QStringList{BuiltinRoles::user()}
        : newUser.roles;
    // Hash before taking the write lock: hashing is the slow part and needs no database.
    if (hash.isEmpty())
        hash = m_hasher.hash(newUser.password);

    TransactionGuard transaction(m_database);
    const RoleGraph graph = RoleGraph::load(transaction.connection());
    if (authority == Authority::Actor) {
        if (const Status allowed = checkPermission(actor, QStringLiteral("users.write"), graph); !allowed)
            return allowed.error();
        if (const Status rolesOk = checkRoles(actor, roles, graph); !rolesOk)
            return rolesOk.error();
    }
    UserStore users(transaction.connection());
    if (users.findByEmailKey(EmailAddress::key(email)))
        return failure(ErrorCode::EmailTaken, QStringLiteral("a user with this e-mail address already exists"));
    if (!newUser.publicId.isEmpty() && users.findByPublicId(newUser.publicId))
        return failure(ErrorCode::InvalidRequest, QStringLiteral("another user has the id %1").arg(newUser.publicId));

    const QDateTime now = m_clock.now();
    UserRecord record;
    record.email = email;
    record.name = newUser.name.trimmed();
    record.passwordHash = hash;
    record.createdAt = record.updatedAt = record.passwordChangedAt = now;
    record.locale = newUser.locale;
    record.publicId = newUser.publicId.isEmpty() ? UserPublicId::generate() : newUser.publicId;
    try {
        record.id = users.insert(record, EmailAddress::key(email));
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::UniqueViolation)
            return failure(ErrorCode::EmailTaken, QStringLiteral("a user with this e-mail address already exists"));
        throw;
    }
    std::vector<qint64> roleIds;
    for (const QString &role : roles)
        roleIds.push_back(*graph.idOf(role));
    UserRoleStore(transaction.connection()).replace(record.id, roleIds);
    if (newUser.inTransaction)
        newUser.inTransaction(transaction.connection(), record);
    m_changes.publishAfterCommit(m_database.connection(), Change::Users | Change::Access);
    m_audit.record(actor, QStringLiteral("user.create"), email, AuditOutcome::success(),
                   {{QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                    {QStringLiteral("imported_hash"), !newUser.passwordHash.isEmpty()}});
    User user = withRoles(record, graph);
    transaction.commit();
    return user;
}

Result<User>
AccountService::registerSelf(const QString &email, const QString &name, const QString &password,
                             const QString &clientAddress, const QString &locale,
                             const std::function<void(const QSqlDatabase &, const UserRecord &)> &inTransaction)
{
    // Nobody's authority: the setting allows it, and it only ever creates a plain user.
    const Actor actor = Actor::anonymous(QStringLiteral("self:") + email.trimmed().left(254), clientAddress);
    return insert(actor, {email, name, {}, password, {}, locale, {}, inTransaction}, Authority::SelfRegistration);
}

Status AccountService::changeOwnPassword(qint64 userId, const QString &currentPassword, const QString &newPassword,
                                         const QString &clientAddress)
{
    const auto record = UserStore(m_database.connection()).findById(userId);
    if (!record || record->disabled)
        return notFound();
    if (!m_hasher.verify(currentPassword, record->passwordHash).matches)
        return failure(ErrorCode::InvalidCredentials, QStringLiteral("the current password is wrong"));
    if (const Status policy = PasswordPolicy::check(newPassword, record->email); !policy)
        return policy;
    const QString hash = m_hasher.hash(newPassword);
    TransactionGuard transaction(m_database);
    UserStore(transaction.connection()).updatePasswordHash(userId, hash, m_clock.now());
    m_changes.publishAfterCommit(m_database.connection(), Change::Users | Change::Sessions | Change::Revocations);
    m_audit.record(Actor::user(record->email, {}, clientAddress), QStringLiteral("user.change_password"), record->email,
                   AuditOutcome::success());
    transaction.commit();
    return success();
}

Result<User> AccountService::find(const QString &email)
{
    const auto record = UserStore(m_database.connection()).findByEmailKey(EmailAddress::key(email));
    if (!record)
        return notFound();
    return withRoles(*record, RoleGraph::load(m_database.connection()));
}

Result<User> AccountService::findById(qint64 id)
{
    const auto record = UserStore(m_database.connection()).findById(id);
    if (!record)
        return notFound();
    return User{*record, UserRoleStore(m_database.connection()).roleNamesOf(id)};
}

Result<User> AccountService::findByPublicId(const QString &publicId)
{
    const auto record = UserStore(m_database.connection()).findByPublicId(publicId);
    if (!record)
        return notFound();
    return User{*record, UserRoleStore(m_database.connection()).roleNamesOf(record->id)};
}

std::vector<User> AccountService::list(qint64 afterId, int limit)
{
    const QSqlDatabase db = m_database.connection();
    std::vector<UserRecord> records = UserStore(db).list(afterId, limit);
    if (records.empty())
        return {};
    // A page reads the roles of its own users only (ids in order: one range of the key).
    return withRoles(std::move(records),
                     limit < 0 ? UserRoleStore(db).rolesOfAll()
                               : UserRoleStore(db).rolesOfUsersBetween(records.front().id, records.back().id));
}

std::vector<User> AccountService::search(const QString &emailPrefix, int limit)
{
    const QString prefix = EmailAddress::key(emailPrefix);
    const QSqlDatabase db = m_database.connection();
    std::vector<UserRecord> records = UserStore(db).listByEmailKeyPrefix(prefix, limit);
    std::vector<qint64> ids;
    for (const UserRecord &record : records)
        ids.push_back(record.id);
    return withRoles(std::move(records), UserRoleStore(db).rolesOfUsers(ids));
}

std::vector<User> AccountService::withRoles(std::vector<UserRecord> records,
                                            const QHash<qint64, std::vector<qint64>> &rolesByUser)
{
    const RoleGraph graph = RoleGraph::load(m_database.connection());
    std::vector<User> users;
    users.reserve(records.size());
    for (UserRecord &record : records) {
        const QStringList roles = graph.names(rolesByUser.value(record.id));
        users.push_back(User{std::move(record), roles});
    }
    return users;
}

bool AccountService::hasAdministrator()
{
    const QSqlDatabase db = m_database.connection();
    const auto adminId = RoleGraph::load(db).idOf(BuiltinRoles::admin());
    return adminId && UserRoleStore(db).countEnabledHolders({*adminId}) > 0;
}

Result<User> AccountService::changeUser(const Actor &actor, const QString &permission, const QString &email,
                                        const UserChange &change)
{
    TransactionGuard transaction(m_database);
    const RoleGraph graph = RoleGraph::load(transaction.connection());
    Result<User> target = loadTarget(actor, permission, email, graph);
    if (!target)
        return target.error();
    if (const Status changed = change(target.value(), graph); !changed)
        return changed.error();
    ChangeVersion::bump(transaction.connection(),
                        ChangeFeed::Topic::Access); // every server re-reads this user's roles and state
    transaction.commit();
    return target;
}

Result<User> AccountService::rename(const Actor &actor, const QString &email, const QString &name)
{
    return changeUser(actor, QStringLiteral("users.write"), email, [&](User &user, const RoleGraph &) {
        user.record.name = name.trimmed().left(200);
        user.record.updatedAt = m_clock.now();
        UserStore(m_database.connection()).updateProfile(user.record.id, user.record.name, user.record.updatedAt);
        m_changes.publishAfterCommit(m_database.connection(), Change::Users);
        m_audit.record(actor, QStringLiteral("user.rename"), user.record.email, AuditOutcome::success());
        return success();
    });
}

Status AccountService::renameOwn(const Actor &actor, qint64 userId, const QString &name)
{
    TransactionGuard transaction(m_database);
    const std::optional<UserRecord> record = UserStore(transaction.connection()).findById(userId);
    if (!record)
        return notFound();
    UserStore(transaction.connection()).updateProfile(userId, name.trimmed().left(200), m_clock.now());
    m_audit.record(actor, QStringLiteral("user.rename"), record->email, AuditOutcome::success());
    m_changes.publishAfterCommit(transaction.connection(), Change::Users);
    transaction.commit();
    return success();
}

Status
AccountService::changeOwnEmail(const Actor &actor, qint64 userId, const QString &newEmail,
                               const std::function<void(const QSqlDatabase &, const UserRecord &)> &inTransaction)
{
    const QString email = newEmail.trimmed();
    if (!EmailAddress::isValid(email))
        return failure(ErrorCode::InvalidEmail, QStringLiteral("that is not an e-mail address"));
    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    UserStore users(db);
    std::optional<UserRecord> record = users.findById(userId);
    if (!record)
        return notFound();
    if (record->email == email)
        return success();
    const QString key = EmailAddress::key(email);
    if (key != EmailAddress::key(record->email) && users.findByEmailKey(key))
        return failure(ErrorCode::EmailTaken, QStringLiteral("another account has this address"));
    const QString previous = record->email;
    try {
        users.updateEmail(userId, email, key, m_clock.now());
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::UniqueViolation) // taken meanwhile
            return failure(ErrorCode::EmailTaken, QStringLiteral("another account has this address"));
        throw;
    }
    record->email = email;
    record->emailVerified = false;
    m_audit.record(actor, QStringLiteral("user.change_email"), previous, AuditOutcome::success(),
                   {{QStringLiteral("new_email"), email}});
    if (inTransaction)
        inTransaction(db, *record);
    m_changes.publishAfterCommit(db, Change::Users | Change::Access);
    transaction.commit();
    return success();
}

Status AccountService::setOwnLocale(const Actor &actor, qint64 userId, const QString &locale)
{
    if (locale != QLatin1String("en") && locale != QLatin1String("de") && locale != QLatin1String("fr"))
        return failure(ErrorCode::InvalidRequest, QStringLiteral("the language must be en, de or fr"));
    TransactionGuard transaction(m_database);
    UserStore users(transaction.connection());
    const std::optional<UserRecord> record = users.findById(userId);
    if (!record)
        return notFound();
    users.setLocale(userId, locale, m_clock.now());
    m_audit.record(actor, QStringLiteral("user.set_language"), record->email, AuditOutcome::success(),
                   {{QStringLiteral("language"), locale}});
    m_changes.publishAfterCommit(transaction.connection(), Change::Users);
    transaction.commit();
    return success();
}

Result<User> AccountService::setDisabled(const Actor &actor, const QString &email, bool disabled)
{
    return changeUser(actor, QStringLiteral("users.write"), email, [&](User &user, const RoleGraph &graph) -> Status {
        if (disabled && isLastAdministrator(user, graph))
            return failure(ErrorCode::LastAdmin, QStringLiteral("the last enabled administrator cannot be disabled"));
        const QDateTime now = m_clock.now();
        UserStore(m_database.connection()).setDisabled(user.record.id, disabled, now);
        if (disabled)
            revokeIssuedTokens(user.record, now);
        m_changes.publishAfterCommit(m_database.connection(),
                                     Change::Users | Change::Access | Change::Sessions | Change::Revocations);
        m_audit.record(actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                       user.record.email, AuditOutcome::success());
        user.record.disabled = disabled;
        user.record.updatedAt = now;
        return success();
    });
}

Status AccountService::remove(const Actor &actor, const QString &email)
{
    const Result<User> removed
        = changeUser(actor, QStringLiteral("users.write"), email, [&](User &user, const RoleGraph &graph) -> Status {
              if (isLastAdministrator(user, graph))
                  return failure(ErrorCode::LastAdmin,
                                 QStringLiteral("the last enabled administrator cannot be deleted"));
              revokeIssuedTokens(user.record, m_clock.now()); // before the sessions go with the user
              UserStore(m_database.connection()).remove(user.record.id);
              m_changes.publishAfterCommit(m_database.connection(),
                                           Change::Users | Change::Access | Change::Sessions | Change::Revocations
                                               | Change::Workspaces);
              m_audit.record(actor, QStringLiteral("user.delete"), user.record.email, AuditOutcome::success());
              return success();
          });
    return removed ? success() : Status(removed.error());
}

Result<User> AccountService::setRoles(const Actor &actor, const QString &email, const QStringList &requested)
{
    QStringList roles = requested;
    roles.removeDuplicates();
    roles.sort();
    return changeUser(actor, QStringLiteral("roles.assign"), email, [&](User &user, const RoleGraph &graph) -> Status {
        if (const Status rolesOk = checkRoles(actor, roles, graph); !rolesOk)
            return rolesOk;
        if (!roles.contains(BuiltinRoles::admin()) && isLastAdministrator(user, graph))
            return failure(ErrorCode::LastAdmin,
                           QStringLiteral("the last enabled administrator must keep the admin role"));
        std::vector<qint64> roleIds;
        for (const QString &role : roles)
            roleIds.push_back(*graph.idOf(role));
        UserRoleStore(m_database.connection()).replace(user.record.id, roleIds);
        m_changes.publishAfterCommit(m_database.connection(), Change::Users | Change::Access);
        m_audit.record(actor, QStringLiteral("user.set_roles"), user.record.email, AuditOutcome::success(),
                       {{QStringLiteral("before"), QJsonArray::fromStringList(user.roles)},
                        {QStringLiteral("after"), QJsonArray::fromStringList(roles)}});
        user.roles = roles;
        return success();
    });
}

Status AccountService::resetPassword(const Actor &actor, const QString &email, const QString &password)
{
    // Hash before taking the write lock: hashing is the slow part and needs no database.
    if (const Status policy = PasswordPolicy::check(password, email.trimmed()); !policy)
        return policy;
    const QString hash = m_hasher.hash(password);
    const Result<User> changed
        = changeUser(actor, QStringLiteral("users.write"), email, [&](User &user, const RoleGraph &) {
              const QDateTime now = m_clock.now();
              UserStore(m_database.connection()).updatePasswordHash(user.record.id, hash, now);
              revokeIssuedTokens(user.record, now);
              m_changes.publishAfterCommit(m_database.connection(),
                                           Change::Users | Change::Sessions | Change::Revocations);
              m_audit.record(actor, QStringLiteral("user.reset_password"), user.record.email, AuditOutcome::success());
              return success();
          });
    return changed ? success() : Status(changed.error());
}

Result<User> AccountService::authenticate(const QString &email, const QString &password, const QString &clientAddress)
{
    const Error rejected = failure(ErrorCode::InvalidCredentials, QStringLiteral("wrong e-mail address or password"));
    Actor actor = Actor::user(email.trimmed(), {}, clientAddress);
    if (password.toUtf8().size() > PasswordPolicy::kMaxBytes) {
        m_changes.publishAfterCommit(m_database.connection(), Change::Users | Change::Sessions);
        m_audit.record(actor, QStringLiteral("login"), email.trimmed(), AuditOutcome::failure());
        return rejected;
    }
    const auto record = UserStore(m_database.connection()).findByEmailKey(EmailAddress::key(email));
    const PasswordHasher::Verdict verdict
        = m_hasher.verify(password, record ? record->passwordHash : m_dummyHash.get());
    if (!record || !verdict.matches || record->disabled) {
        QJsonObject details;
        if (record && record->disabled && verdict.matches)
            details.insert(QStringLiteral("reason"), QStringLiteral("disabled"));
        m_changes.publishAfterCommit(m_database.connection(), Change::Users | Change::Sessions);
        m_audit.record(actor, QStringLiteral("login"), email.trimmed(), AuditOutcome::failure(), details);
        return rejected;
    }
    // Upgrade the hash (bcrypt, or Argon2 at older parameters) while we hold the password.
    const QString upgraded = verdict.needsRehash ? m_hasher.hash(password) : QString();
    TransactionGuard transaction(m_database);
    UserStore users(transaction.connection());
    const QDateTime now = m_clock.now();
    if (!upgraded.isEmpty()) {
        users.upgradePasswordHash(record->id, upgraded, now);
        qCInfo(lcAuth) << "upgraded the password hash of user" << record->id;
    }
    users.recordLogin(record->id, now);
    m_changes.publishAfterCommit(m_database.connection(), Change::Users | Change::Sessions);
    m_audit.record(actor, QStringLiteral("login"), record->email, AuditOutcome::success(),
                   upgraded.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("hash_upgraded"), true}});
    UserRecord updated = *record;
    updated.lastLoginAt = now;
    if (!upgraded.isEmpty())
        updated.passwordHash = upgraded;
    User user = withRoles(updated, RoleGraph::load(transaction.connection()));
    transaction.commit();
    return user;
}

} // namespace keyward
