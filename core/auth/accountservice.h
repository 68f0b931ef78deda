// SPDX-License-Identifier: GPL-3.0-or-later
// Creates, changes and authenticates user accounts, enforcing the password policy, the role
// rules and the audit trail. The HTTP API, the CLI and the console all go through it.
//
// Threads: any thread (request threads, the password pool, the console's worker). It keeps no
// state of its own between calls: each call works in its own transaction on the calling
// thread's connection.
#pragma once

#include <QHash>

#include "actor.h"
#include "common/result.h"
#include "user.h"

#include <functional>
#include <future>
#include <vector>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class PasswordHasher;
class RoleGraph;

struct NewUser {
    QString email;
    QString name;
    QStringList roles; // empty = the default role "user"
    QString password; // either a password, checked against the policy …
    QString passwordHash; // … or an imported bcrypt/Argon2 hash
    QString locale = QStringLiteral("en"); // the language of the user's mail
    QString publicId = {}; // empty = a new one; set: the id the user had elsewhere (apply)
    std::function<void(const QSqlDatabase &, const UserRecord &)> inTransaction = {}; // after the insert
};

class AccountService {
public:
    AccountService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                   const PasswordHasher &hasher);

    Result<User> create(const Actor &actor, const NewUser &newUser);
    // The addresses of these users (lists that name users by number show them by address).
    QHash<qint64, QString> emailsOf(const std::vector<qint64> &ids);
    // Self-registration: anyone may create an account for themselves, with the default role.
    // A user's own new address: applied at once, not verified until its link is followed
    // (inTransaction queues that link in the change's transaction); the audit event
    // (user.change_email) sends the old address a notice. invalid_email, email_taken.
    Status changeOwnEmail(const Actor &actor, qint64 userId, const QString &email,
                          const std::function<void(const QSqlDatabase &, const UserRecord &)> &inTransaction = {});
    // The language of the user's mail: en, de or fr.
    Status setOwnLocale(const Actor &actor, qint64 userId, const QString &locale);
    // inTransaction runs in the transaction that creates the account (the verification mail).
    Result<User> registerSelf(const QString &email, const QString &name, const QString &password,
                              const QString &clientAddress, const QString &locale = QStringLiteral("en"),
                              const std::function<void(const QSqlDatabase &, const UserRecord &)> &inTransaction = {});
    // A user changing their own password: the current one must match. Sessions are the caller's
    // business (the HTTP layer ends the other ones).
    Status changeOwnPassword(qint64 userId, const QString &currentPassword, const QString &newPassword,
                             const QString &clientAddress);
    // The one rank rule (the contract's "above me"): nobody acts on a user whose highest role is
    // above theirs — change, disable, delete, roles, password, sessions, tokens. Users may act on
    // themselves; local administration may do anything. "not_found" for an unknown user.
    Status mayActOn(const Actor &actor, qint64 userId);

    Result<User> find(const QString &email);
    Result<User> findById(qint64 id);
    // By the API's id (a token's sub); "not_found" for no such user.
    Result<User> findByPublicId(const QString &publicId);
    // Ordered by id; afterId and limit page through (limit < 0: all).
    std::vector<User> list(qint64 afterId = 0, int limit = -1);
    // Up to limit users whose address starts with emailPrefix (case-insensitive; empty: every
    // user), in address order.
    std::vector<User> search(const QString &emailPrefix, int limit);
    bool hasAdministrator();
    // Whether the user is the only enabled administrator (who cannot be disabled, deleted or
    // lose the admin role): the console disables those actions and says why.
    bool isLastAdministrator(const User &user);

    Result<User> rename(const Actor &actor, const QString &email, const QString &name);
    // The signed-in user's own name (the account page): no permission needed.
    Status renameOwn(const Actor &actor, qint64 userId, const QString &name);
    Result<User> setDisabled(const Actor &actor, const QString &email, bool disabled);
    Status remove(const Actor &actor, const QString &email);
    Result<User> setRoles(const Actor &actor, const QString &email, const QStringList &roles);
    Status resetPassword(const Actor &actor, const QString &email, const QString &password);

    // Checks a login. Unknown, disabled and wrong-password all fail alike ("invalid_credentials")
    // after the same hashing work. On success the hash is upgraded when it is bcrypt or weaker
    // than the current Argon2id parameters.
    Result<User> authenticate(const QString &email, const QString &password, const QString &clientAddress);

private:
    // Whose authority creates a user: the actor's (users.write, and roles no higher than theirs),
    // or self-registration's (the setting allows it; a plain user only).
    enum class Authority { Actor, SelfRegistration };
    Result<User> insert(const Actor &actor, const NewUser &newUser, Authority authority);
    // The users of records with their role names (rolesByUser: role ids by user id).
    std::vector<User> withRoles(std::vector<UserRecord> records, const QHash<qint64, std::vector<qint64>> &rolesByUser);
    // One change to one user in one transaction: loads the target (the actor needs the
    // permission and must outrank the user), applies the change, commits when it succeeds.
    using UserChange = std::function<Status(User &user, const RoleGraph &graph)>;
    Result<User> changeUser(const Actor &actor, const QString &permission, const QString &email,
                            const UserChange &change);
    // The user an actor wants to change: the actor needs the permission and must outrank the user.
    Result<User> loadTarget(const Actor &actor, const QString &permission, const QString &email,
                            const RoleGraph &graph);
    Status checkRoles(const Actor &actor, const QStringList &roles, const RoleGraph &graph) const;
    Status checkPermission(const Actor &actor, const QString &permission, const RoleGraph &graph) const;
    static Status checkRank(const Actor &actor, const User &target, const RoleGraph &graph);
    bool isLastAdministrator(const User &user, const RoleGraph &graph);
    // Every access token issued to the user up to now stops working (disable, delete, new password).
    void revokeIssuedTokens(const UserRecord &user, const QDateTime &at);
    User withRoles(const UserRecord &record, const RoleGraph &graph);

    Database &m_database;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    const PasswordHasher &m_hasher;
    std::shared_future<QString> m_dummyHash;
};

} // namespace keyward
