// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces and their members: the one place that decides who may do what in a workspace (the
// HTTP API, the CLI and the console all call it).
//
// Rules (contract v2, "Workspaces"):
//   - roles owner ⊃ admin ⊃ member ⊃ guest, per workspace;
//   - any member (or a holder of the global workspaces.read) sees the workspace and its members;
//     to anyone else it does not exist (not_found, as for an unknown id);
//   - admins add and remove members and guests and give roles up to admin; owners also manage
//     admins and owners and delete the workspace; admins and owners rename it; nobody raises
//     anyone above their own role;
//   - the plan is the operator's: global workspaces.write only;
//   - the last owner can neither leave nor be demoted nor removed (by anyone);
//   - global workspaces.write (and local administration) may do everything else;
//   - a member's role change or removal ends their sessions in that workspace, and deleting a
//     workspace ends all of its sessions (their access tokens too, as for a logout).
//
// Threads: any thread; the rules are checked inside the transaction that makes the change.
#pragma once

#include "common/result.h"
#include "storage/userstore.h"
#include "storage/workspacestore.h"

#include <QJsonObject>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class RevocationService;
class SettingsService;
struct Actor;

enum class WorkspaceRole { Guest, Member, Admin, Owner };

namespace WorkspaceRoles {
QString nameOf(WorkspaceRole role);
std::optional<WorkspaceRole> fromName(const QString &name);
} // namespace WorkspaceRoles

struct Workspace {
    WorkspaceRecord record;
    QJsonObject toJson() const; // {id, slug, name, plan, created_at}
};

struct Membership {
    MembershipRecord record;
    QJsonObject toJson() const; // {workspace_id, user_id, email, role, created_at}
};

// A workspace with the role someone holds in it.
struct WorkspaceWithRole {
    Workspace workspace;
    WorkspaceRole role = WorkspaceRole::Guest;
    QJsonObject toJson() const; // {workspace, role}
    // What an access token of a session in the workspace carries (contract: Workspaces):
    // workspace_id, workspace_slug, workspace_role, workspace_plan.
    QJsonObject claims() const;
    // Those claims as a verified token carries them (empty for a token of no workspace).
    static QJsonObject claimsIn(const QJsonObject &tokenClaims);
};

struct NewWorkspace {
    QString slug;
    QString name;
    QString plan; // empty: the first of workspaces.plans
    qint64 ownerId = 0; // the first owner; 0: the actor (a user), or none (local administration)
};

struct WorkspaceChange {
    std::optional<QString> name;
    std::optional<QString> plan;
};

// A page of a list in id order: nextAfter is the last id when there is more.
template <typename Item> struct IdPage {
    std::vector<Item> items;
    std::optional<qint64> nextAfter;
};

class WorkspaceService {
public:
    WorkspaceService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                     SettingsService &settings, RevocationService &revocations);

    // reference: a workspace's id (decimal) or slug. Every call answers not_found for a workspace
    // the actor may not see, exactly as for one that does not exist.
    Result<Workspace> create(const Actor &actor, const NewWorkspace &input);
    Result<Workspace> find(const Actor &actor, const QString &reference);
    Result<Workspace> change(const Actor &actor, const QString &reference, const WorkspaceChange &change);
    Status remove(const Actor &actor, const QString &reference);

    Result<Membership> addMember(const Actor &actor, const QString &reference, const QString &email,
                                 const QString &role);
    // The workspace when the actor may give `role` in it (the rule of addMember: its admins and
    // owners up to their own role, or global workspaces.write); in the caller's transaction.
    Result<WorkspaceRecord> grantableWorkspace(const Actor &actor, const QString &reference, const QString &role);
    // The workspace when the actor administers it (adds members at all).
    Result<WorkspaceRecord> administeredWorkspace(const Actor &actor, const QString &reference);
    // The user becomes a member (already_member when they are), in the caller's transaction; the
    // caller decided it may be done (addMember; an accepted invitation) and audits it.
    Result<Membership> join(const QSqlDatabase &db, const WorkspaceRecord &workspace, const UserRecord &user,
                            const QString &role);
    Result<Membership> setRole(const Actor &actor, const QString &reference, qint64 userId, const QString &role);
    Status removeMember(const Actor &actor, const QString &reference, qint64 userId);
    // A page of members by user id, after afterUserId (0: from the first); limit -1: all.
    Result<IdPage<Membership>> members(const Actor &actor, const QString &reference, qint64 afterUserId, int limit);

    // The workspaces of a user with their role in each (GET /auth/workspaces).
    std::vector<WorkspaceWithRole> workspacesOf(qint64 userId);
    // Every workspace (workspaces.read), by id, with member counts.
    Result<IdPage<Workspace>> all(const Actor &actor, qint64 afterId, int limit);
    QHash<qint64, qint64> memberCounts(const std::vector<qint64> &workspaceIds);
    // The workspaces (slug, role name) of some users, by user id (the console's user list).
    QHash<qint64, std::vector<std::pair<QString, QString>>> membershipsOfUsers(const std::vector<qint64> &userIds);
    // The workspace a session of this user may be in and the user's role there; not_found when
    // there is no such workspace or the user is not a member (login, refresh, token mint).
    Result<WorkspaceWithRole> membershipOf(qint64 userId, const QString &reference);
    // The same answer for a membership read elsewhere (with a session, in one statement).
    static Result<WorkspaceWithRole> membershipFrom(std::optional<WorkspaceAndRole> found);

    static bool isValidSlug(const QString &slug);

private:
    // The workspace and the actor's role in it (nullopt: not a member), or not_found.
    struct Access {
        WorkspaceRecord workspace;
        std::optional<WorkspaceRole> role;
        bool globalRead = false;
        bool globalWrite = false;
    };
    Result<Access> accessTo(const Actor &actor, const QString &reference);
    // The same, and a member of it with their role (not_found for no such member).
    struct MemberAccess {
        Access access;
        MembershipRecord target;
        WorkspaceRole current = WorkspaceRole::Guest;
    };
    Result<MemberAccess> memberAccess(const Actor &actor, const QString &reference, qint64 userId);
    // What the actor's global permissions allow over every workspace (one read of the roles).
    struct GlobalRights {
        bool read = false;
        bool write = false;
    };
    GlobalRights globalRightsOf(const Actor &actor);
    std::optional<WorkspaceRecord> lookUp(const QString &reference);
    // Ends the member's sessions in the workspace (0: everyone's) in the caller's transaction.
    void endSessionsIn(qint64 workspaceId, qint64 userId, const QString &reason);
    Status checkNotLastOwner(const WorkspaceRecord &workspace, const MembershipRecord &target);

    Database &m_database;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    SettingsService &m_settings;
    RevocationService &m_revocations;
};

} // namespace keyward
