// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceservice.h"

#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "emailaddress.h"
#include "revocationservice.h"
#include "rolegraph.h"
#include "settingsservice.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userstore.h"

#include <QRegularExpression>

namespace keyward {

namespace {

const QString kRead = QStringLiteral("workspaces.read");
const QString kWrite = QStringLiteral("workspaces.write");

Error noSuchWorkspace()
{
    // The same words for a workspace that does not exist and one the caller may not see.
    return failure(ErrorCode::NotFound, QStringLiteral("no such workspace"));
}

Error refused(const QString &why)
{
    return failure(ErrorCode::InsufficientRole, why);
}

Result<QString> checkedName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return failure(ErrorCode::InvalidRequest, QStringLiteral("name must be 1 to 200 characters"));
    return trimmed;
}

Status checkPlan(const Settings &settings, const QString &plan)
{
    if (settings.workspaces.plans.contains(plan))
        return success();
    return failure(ErrorCode::InvalidRequest,
                   QStringLiteral("plan must be one of %1").arg(settings.workspaces.plans.join(QLatin1String(", "))));
}

// One more row than asked was read: whether there is a next page, without counting.
template <typename Item, typename Row, typename IdOf> IdPage<Item> pageOf(std::vector<Row> rows, int limit, IdOf idOf)
{
    IdPage<Item> page;
    if (limit >= 0 && int(rows.size()) > limit) {
        rows.resize(size_t(limit));
        page.nextAfter = idOf(rows.back());
    }
    for (Row &row : rows)
        page.items.push_back({std::move(row)});
    return page;
}

} // namespace

QString WorkspaceRoles::nameOf(WorkspaceRole role)
{
    switch (role) {
    case WorkspaceRole::Guest:
        return QStringLiteral("guest");
    case WorkspaceRole::Member:
        return QStringLiteral("member");
    case WorkspaceRole::Admin:
        return QStringLiteral("admin");
    case WorkspaceRole::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

std::optional<WorkspaceRole> WorkspaceRoles::fromName(const QString &name)
{
    for (WorkspaceRole role :
         {WorkspaceRole::Guest, WorkspaceRole::Member, WorkspaceRole::Admin, WorkspaceRole::Owner}) {
        if (nameOf(role) == name)
            return role;
    }
    return std::nullopt;
}

QJsonObject Workspace::toJson() const
{
    return {{QStringLiteral("id"), QString::number(record.id)},
            {QStringLiteral("slug"), record.slug},
            {QStringLiteral("name"), record.name},
            {QStringLiteral("plan"), record.plan},
            {QStringLiteral("created_at"), toRfc3339(record.createdAt)}};
}

QJsonObject Membership::toJson() const
{
    return {{QStringLiteral("workspace_id"), QString::number(record.workspaceId)},
            {QStringLiteral("user_id"), record.userPublicId},
            {QStringLiteral("email"), record.email},
            {QStringLiteral("role"), record.role},
            {QStringLiteral("created_at"), toRfc3339(record.createdAt)}};
}

QJsonObject WorkspaceWithRole::toJson() const
{
    return {{QStringLiteral("workspace"), workspace.toJson()}, {QStringLiteral("role"), WorkspaceRoles::nameOf(role)}};
}

QJsonObject WorkspaceWithRole::claims() const
{
    return {{QStringLiteral("workspace_id"), QString::number(workspace.record.id)},
            {QStringLiteral("workspace_slug"), workspace.record.slug},
            {QStringLiteral("workspace_role"), WorkspaceRoles::nameOf(role)},
            {QStringLiteral("workspace_plan"), workspace.record.plan}};
}

QJsonObject WorkspaceWithRole::claimsIn(const QJsonObject &tokenClaims)
{
    QJsonObject claims;
    for (const char *name : {"workspace_id", "workspace_slug", "workspace_role", "workspace_plan"}) {
        if (tokenClaims.contains(QLatin1String(name)))
            claims.insert(QLatin1String(name), tokenClaims.value(QLatin1String(name)));
    }
    return claims;
}

WorkspaceService::WorkspaceService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                                   SettingsService &settings, RevocationService &revocations)
    : m_database(database), m_audit(audit), m_changes(changes), m_clock(clock), m_settings(settings),
      m_revocations(revocations)
{ }

bool WorkspaceService::isValidSlug(const QString &slug)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9-]{2,40}\\z"));
    return shape.match(slug).hasMatch();
}

WorkspaceService::GlobalRights WorkspaceService::globalRightsOf(const Actor &actor)
{
    if (actor.hasLocalAuthority())
        return {true, true};
    const RoleGraph graph = RoleGraph::load(m_database.connection());
    const bool write = graph.hasPermission(actor.roles, kWrite);
    // Managing every workspace includes seeing them.
    return {write || graph.hasPermission(actor.roles, kRead), write};
}

std::optional<WorkspaceRecord> WorkspaceService::lookUp(const QString &reference)
{
    WorkspaceStore store(m_database.connection());
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        if (auto byId = store.findById(id))
            return byId;
    }
    return isValidSlug(reference) ? store.findBySlug(reference) : std::nullopt;
}

Result<WorkspaceService::Access> WorkspaceService::accessTo(const Actor &actor, const QString &reference)
{
    const std::optional<WorkspaceRecord> workspace = lookUp(reference);
    if (!workspace)
        return noSuchWorkspace();
    const GlobalRights rights = globalRightsOf(actor);
    Access access{*workspace, std::nullopt, rights.read, rights.write};
    if (actor.userId > 0) {
        if (const auto membership = WorkspaceStore(m_database.connection()).membership(workspace->id, actor.userId))
            access.role = WorkspaceRoles::fromName(membership->role);
    }
    if (!access.role && !access.globalRead)
        return noSuchWorkspace();
    return access;
}

void WorkspaceService::endSessionsIn(qint64 workspaceId, qint64 userId, const QString &reason)
{
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    for (const QString &sessionId : SessionStore(db).revokeInWorkspace(workspaceId, userId, now, reason))
        RevocationService::writeSessionRevocation(db, sessionId, now.toSecsSinceEpoch());
}

Result<WorkspaceService::MemberAccess> WorkspaceService::memberAccess(const Actor &actor, const QString &reference,
                                                                      qint64 userId)
{
    Result<Access> access = accessTo(actor, reference);
    if (!access)
        return access.error();
    const std::optional<MembershipRecord> target
        = WorkspaceStore(m_database.connection()).membership(access->workspace.id, userId);
    if (!target)
        return failure(ErrorCode::NotFound, QStringLiteral("no such member"));
    const WorkspaceRole current = WorkspaceRoles::fromName(target->role).value_or(WorkspaceRole::Guest);
    return MemberAccess{std::move(access.value()), *target, current};
}

Status WorkspaceService::checkNotLastOwner(const WorkspaceRecord &workspace, const MembershipRecord &target)
{
    if (target.role == WorkspaceRoles::nameOf(WorkspaceRole::Owner)
        && WorkspaceStore(m_database.connection()).countWithRole(workspace.id, target.role) <= 1)
        return failure(ErrorCode::LastOwner,
                       QStringLiteral("the last owner of a workspace cannot leave, be removed or be demoted"));
    return success();
}

Result<Workspace> WorkspaceService::create(const Actor &actor, const NewWorkspace &input)
{
    const auto settings = m_settings.current();
    const bool globalWrite = globalRightsOf(actor).write;
    if (!globalWrite && !(settings->workspaces.selfService && actor.userId > 0))
        return refused(QStringLiteral("creating a workspace needs the permission workspaces.write"));
    if (!isValidSlug(input.slug))
        return failure(ErrorCode::InvalidRequest,
                       QStringLiteral("slug must be 2 to 40 characters of a-z, 0-9 and '-'"));
    const Result<QString> name = checkedName(input.name);
    if (!name)
        return name.error();
    if (!input.plan.isEmpty() && !globalWrite)
        return refused(QStringLiteral("the plan is set by the operator (workspaces.write)"));
    const QString plan = input.plan.isEmpty() ? settings->workspaces.plans.value(0) : input.plan;
    if (const Status known = checkPlan(*settings, plan); !known)
        return known.error();
    const qint64 ownerId = input.ownerId > 0 ? input.ownerId : actor.userId;
    if (ownerId != actor.userId && !globalWrite)
        return refused(QStringLiteral("only workspaces.write makes someone else the owner"));

    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    WorkspaceStore store(db);
    Workspace workspace{{0, input.slug, name.value(), plan, m_clock.now()}};
    try {
        workspace.record.id = store.insert(workspace.record);
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::UniqueViolation)
            throw;
        return failure(ErrorCode::SlugTaken, QStringLiteral("the slug %1 is taken").arg(input.slug));
    }
    QJsonObject details{{QStringLiteral("id"), QString::number(workspace.record.id)}, {QStringLiteral("plan"), plan}};
    if (ownerId > 0) {
        const auto owner = UserStore(db).findById(ownerId);
        if (!owner)
            return failure(ErrorCode::NotFound, QStringLiteral("no such user"));
        store.addMember({workspace.record.id, ownerId, WorkspaceRoles::nameOf(WorkspaceRole::Owner),
                         workspace.record.createdAt, owner->email, owner->publicId});
        details.insert(QStringLiteral("owner"), owner->email);
    }
    m_changes.publishAfterCommit(m_database.connection(), Change::Workspaces);
    m_audit.record(actor, QStringLiteral("workspace.create"), workspace.record.slug, AuditOutcome::success(), details);
    transaction.commit();
    return workspace;
}

Result<Workspace> WorkspaceService::find(const Actor &actor, const QString &reference)
{
    const Result<Access> access = accessTo(actor, reference);
    if (!access)
        return access.error();
    return Workspace{access->workspace};
}

Result<Workspace> WorkspaceService::change(const Actor &actor, const QString &reference, const WorkspaceChange &change)
{
    const auto settings = m_settings.current();
    TransactionGuard transaction(m_database);
    const Result<Access> access = accessTo(actor, reference);
    if (!access)
        return access.error();
    Workspace workspace{access->workspace};
    QJsonObject details;
    if (change.name) {
        if (!access->globalWrite && access->role < WorkspaceRole::Admin)
            return refused(QStringLiteral("renaming a workspace needs its admin or owner role"));
        const Result<QString> name = checkedName(*change.name);
        if (!name)
            return name.error();
        details.insert(QStringLiteral("name"), name.value());
        workspace.record.name = name.value();
    }
    if (change.plan) {
        if (!access->globalWrite)
            return refused(QStringLiteral("the plan is set by the operator (workspaces.write)"));
        if (const Status known = checkPlan(*settings, *change.plan); !known)
            return known.error();
        details.insert(QStringLiteral("plan"), *change.plan);
        details.insert(QStringLiteral("previous_plan"), workspace.record.plan);
        workspace.record.plan = *change.plan;
    }
    if (details.isEmpty())
        return workspace;
    WorkspaceStore(transaction.connection()).update(workspace.record);
    m_changes.publishAfterCommit(m_database.connection(), Change::Workspaces);
    m_audit.record(actor, QStringLiteral("workspace.update"), workspace.record.slug, AuditOutcome::success(), details);
    transaction.commit();
    return workspace;
}

Status WorkspaceService::remove(const Actor &actor, const QString &reference)
{
    TransactionGuard transaction(m_database);
    const Result<Access> access = accessTo(actor, reference);
    if (!access)
        return access.error();
    if (!access->globalWrite && access->role != WorkspaceRole::Owner)
        return refused(QStringLiteral("deleting a workspace needs its owner role"));
    endSessionsIn(access->workspace.id, 0, QStringLiteral("workspace_deleted"));
    WorkspaceStore(transaction.connection()).remove(access->workspace.id);
    m_changes.publishAfterCommit(m_database.connection(), Change::Workspaces | Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("workspace.delete"), access->workspace.slug, AuditOutcome::success(),
                   {{QStringLiteral("id"), QString::number(access->workspace.id)}});
    transaction.commit();
    m_revocations.refreshNow();
    return success();
}

Result<WorkspaceRecord> WorkspaceService::grantableWorkspace(const Actor &actor, const QString &reference,
                                                             const QString &roleName)
{
    const std::optional<WorkspaceRole> role = WorkspaceRoles::fromName(roleName);
    if (!role)
        return failure(ErrorCode::InvalidRequest, QStringLiteral("role must be owner, admin, member or guest"));
    const Result<Access> access = accessTo(actor, reference);
    if (!access)
        return access.error();
    if (!access->globalWrite) {
        if (access->role < WorkspaceRole::Admin)
            return refused(QStringLiteral("adding members needs the workspace's admin or owner role"));
        if (*role > *access->role)
            return refused(QStringLiteral("nobody gives a role above their own"));
    }
    return access->workspace;
}

Result<WorkspaceRecord> WorkspaceService::administeredWorkspace(const Actor &actor, const QString &reference)
{
    return grantableWorkspace(actor, reference, WorkspaceRoles::nameOf(WorkspaceRole::Guest));
}

Result<Membership> WorkspaceService::addMember(const Actor &actor, const QString &reference, const QString &email,
                                               const QString &roleName)
{
    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    const Result<WorkspaceRecord> workspace = grantableWorkspace(actor, reference, roleName);
    if (!workspace)
        return workspace.error();
    const auto user = UserStore(db).findByEmailKey(EmailAddress::key(email));
    if (!user)
        return failure(ErrorCode::NotFound, QStringLiteral("no such user"));
    const Result<Membership> membership = join(db, workspace.value(), *user, roleName);
    if (!membership)
        return membership.error();
    m_audit.record(actor, QStringLiteral("workspace.member_add"), user->email, AuditOutcome::success(),
                   {{QStringLiteral("workspace"), workspace->slug}, {QStringLiteral("role"), roleName}});
    transaction.commit();
    return membership;
}

Result<Membership> WorkspaceService::join(const QSqlDatabase &db, const WorkspaceRecord &workspace,
                                          const UserRecord &user, const QString &roleName)
{
    WorkspaceStore store(db);
    if (store.membership(workspace.id, user.id))
        return failure(ErrorCode::AlreadyMember, QStringLiteral("%1 is a member already").arg(user.email));
    Membership membership{{workspace.id, user.id, roleName, m_clock.now(), user.email, user.publicId}};
    store.addMember(membership.record);
    m_changes.publishAfterCommit(db, Change::Workspaces);
    return membership;
}

Result<Membership> WorkspaceService::setRole(const Actor &actor, const QString &reference, qint64 userId,
                                             const QString &roleName)
{
    const std::optional<WorkspaceRole> role = WorkspaceRoles::fromName(roleName);
    if (!role)
        return failure(ErrorCode::InvalidRequest, QStringLiteral("role must be owner, admin, member or guest"));
    TransactionGuard transaction(m_database);
    WorkspaceStore store(transaction.connection());
    const Result<MemberAccess> found = memberAccess(actor, reference, userId);
    if (!found)
        return found.error();
    const Access &access = found->access;
    const MembershipRecord &target = found->target;
    const WorkspaceRole current = found->current;
    if (!access.globalWrite) {
        // Lowering one's own role is always one's own business (the last-owner rule aside).
        const bool stepsDown = userId == actor.userId && *role <= current;
        if (!stepsDown) {
            if (access.role < WorkspaceRole::Admin)
                return refused(QStringLiteral("changing roles needs the workspace's admin or owner role"));
            if (*access.role == WorkspaceRole::Admin && current >= WorkspaceRole::Admin)
                return refused(QStringLiteral("only an owner changes the role of an admin or owner"));
            if (*role > *access.role)
                return refused(QStringLiteral("nobody gives a role above their own"));
        }
    }
    Membership membership{target};
    if (*role == current)
        return membership;
    if (current == WorkspaceRole::Owner) {
        if (const Status allowed = checkNotLastOwner(access.workspace, target); !allowed)
            return allowed.error();
    }
    store.setRole(access.workspace.id, userId, roleName);
    // Their tokens carry the old role: the sessions in this workspace end.
    endSessionsIn(access.workspace.id, userId, QStringLiteral("workspace_role_changed"));
    m_changes.publishAfterCommit(m_database.connection(), Change::Workspaces | Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("workspace.member_role"), target.email, AuditOutcome::success(),
                   {{QStringLiteral("workspace"), access.workspace.slug},
                    {QStringLiteral("role"), roleName},
                    {QStringLiteral("previous"), target.role}});
    transaction.commit();
    m_revocations.refreshNow();
    membership.record.role = roleName;
    return membership;
}

Status WorkspaceService::removeMember(const Actor &actor, const QString &reference, qint64 userId)
{
    TransactionGuard transaction(m_database);
    WorkspaceStore store(transaction.connection());
    const Result<MemberAccess> found = memberAccess(actor, reference, userId);
    if (!found)
        return found.error();
    const Access &access = found->access;
    const MembershipRecord &target = found->target;
    const WorkspaceRole current = found->current;
    const bool leaving = userId == actor.userId;
    if (!access.globalWrite && !leaving) {
        if (access.role < WorkspaceRole::Admin)
            return refused(QStringLiteral("removing members needs the workspace's admin or owner role"));
        if (*access.role == WorkspaceRole::Admin && current >= WorkspaceRole::Admin)
            return refused(QStringLiteral("only an owner removes an admin or owner"));
    }
    if (const Status allowed = checkNotLastOwner(access.workspace, target); !allowed)
        return allowed;
    store.removeMember(access.workspace.id, userId);
    endSessionsIn(access.workspace.id, userId, QStringLiteral("workspace_member_removed"));
    m_changes.publishAfterCommit(m_database.connection(), Change::Workspaces | Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("workspace.member_remove"), target.email, AuditOutcome::success(),
                   {{QStringLiteral("workspace"), access.workspace.slug}, {QStringLiteral("role"), target.role}});
    transaction.commit();
    m_revocations.refreshNow();
    return success();
}

Result<IdPage<Membership>> WorkspaceService::members(const Actor &actor, const QString &reference, qint64 afterUserId,
                                                     int limit)
{
    const Result<Access> access = accessTo(actor, reference);
    if (!access)
        return access.error();
    return pageOf<Membership>(
        WorkspaceStore(m_database.connection()).members(access->workspace.id, afterUserId, limit < 0 ? -1 : limit + 1),
        limit, [](const MembershipRecord &row) { return row.userId; });
}

std::vector<WorkspaceWithRole> WorkspaceService::workspacesOf(qint64 userId)
{
    std::vector<WorkspaceWithRole> workspaces;
    for (auto &[record, role] : WorkspaceStore(m_database.connection()).workspacesOf(userId))
        workspaces.push_back({{std::move(record)}, WorkspaceRoles::fromName(role).value_or(WorkspaceRole::Guest)});
    return workspaces;
}

Result<IdPage<Workspace>> WorkspaceService::all(const Actor &actor, qint64 afterId, int limit)
{
    if (!globalRightsOf(actor).read)
        return refused(QStringLiteral("this needs the permission workspaces.read"));
    return pageOf<Workspace>(WorkspaceStore(m_database.connection()).list(afterId, limit < 0 ? -1 : limit + 1), limit,
                             [](const WorkspaceRecord &row) { return row.id; });
}

QHash<qint64, qint64> WorkspaceService::memberCounts(const std::vector<qint64> &workspaceIds)
{
    return WorkspaceStore(m_database.connection()).memberCounts(workspaceIds);
}

QHash<qint64, std::vector<std::pair<QString, QString>>>
WorkspaceService::membershipsOfUsers(const std::vector<qint64> &userIds)
{
    return WorkspaceStore(m_database.connection()).membershipsOfUsers(userIds);
}

Result<WorkspaceWithRole> WorkspaceService::membershipOf(qint64 userId, const QString &reference)
{
    WorkspaceStore store(m_database.connection());
    // By id (every refresh of a session in a workspace): one read of the membership with its
    // workspace; a slug (or a number that is a slug) is looked up first.
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    std::optional<WorkspaceAndRole> found;
    if (isNumber && id > 0)
        found = store.workspaceWithRole(id, userId);
    if (!found && isValidSlug(reference)) {
        if (const auto bySlug = store.findBySlug(reference))
            found = store.workspaceWithRole(bySlug->id, userId);
    }
    return membershipFrom(std::move(found));
}

Result<WorkspaceWithRole> WorkspaceService::membershipFrom(std::optional<WorkspaceAndRole> found)
{
    if (!found)
        return noSuchWorkspace();
    return WorkspaceWithRole{{std::move(found->first)},
                             WorkspaceRoles::fromName(found->second).value_or(WorkspaceRole::Guest)};
}

} // namespace keyward
