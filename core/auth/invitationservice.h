// SPDX-License-Identifier: GPL-3.0-or-later
// Invitations to a workspace (contract v3, E-mail): a workspace's admin invites an address with
// a role (never above their own); the person follows the link (7 days, once) and, signed in as
// that address or with a new account for it — even with self-registration off: the invitation is
// the permission —, becomes a member with that role. Without mail the link goes back to the
// inviter to pass on; with mail it goes only to the address, so following it also verifies it.
//
// Threads: any; each change in one transaction.
#pragma once

#include "common/result.h"
#include "storage/invitationstore.h"
#include "user.h"
#include "workspaceservice.h"

#include <QJsonObject>

namespace keyward {

class AccountMail;
class AccountService;
class AuditLog;
class ChangeSignals;
class Clock;
class Database;
struct Actor;

struct Invitation {
    InvitationRecord record;
    QString link; // only when it was not mailed: for the inviter to pass on
    QJsonObject toJson() const; // {id, email, role, expires_at, created_at, invited_by, mailed, link?}
};

// What the invitation page shows before anything is decided.
struct InvitationView {
    InvitationRecord record;
    WorkspaceRecord workspace;
    bool accountExists = false;
};

class InvitationService {
public:
    static constexpr int kPerWorkspacePerDay = 200;
    static constexpr qint64 kReinviteAfterSeconds = 5 * 60;

    InvitationService(Database &database, WorkspaceService &workspaces, AccountService &accounts, AccountMail &mail,
                      AuditLog &audit, ChangeSignals &changes, const Clock &clock);

    // locale: the language of the mail (the inviter's browser's). already_member when the address
    // is a member; an earlier invitation of the address to the workspace is replaced.
    Result<Invitation> invite(const Actor &actor, const QString &workspace, const QString &email, const QString &role,
                              const QString &locale);
    Result<IdPage<Invitation>> list(const Actor &actor, const QString &workspace, qint64 afterId, int limit);
    Status revoke(const Actor &actor, const QString &workspace, qint64 id);

    // The invitation a link names, if it can still be accepted.
    std::optional<InvitationView> find(const QString &token);
    // The user (signed in as the invited address) joins.
    Result<Membership> accept(const QString &token, const User &user, const QString &clientAddress);
    // A new account for the invited address, then it joins; the link stays unused on failure.
    Result<User> acceptWithNewAccount(const QString &token, const QString &name, const QString &password,
                                      const QString &clientAddress, const QString &locale);

    // Housekeeping: invitations past their end.
    int purgeExpired();

private:
    // Takes the invitation in the caller's transaction and makes the user a member.
    Result<Membership> join(const QSqlDatabase &db, const QString &token, const UserRecord &user,
                            const QString &clientAddress);

    Database &m_database;
    WorkspaceService &m_workspaces;
    AccountService &m_accounts;
    AccountMail &m_mail;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
};

} // namespace keyward
