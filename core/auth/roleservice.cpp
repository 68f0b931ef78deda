// SPDX-License-Identifier: GPL-3.0-or-later
#include "roleservice.h"

#include "auditlog.h"
#include "builtinroles.h"
#include "common/changesignals.h"
#include "rolegraph.h"
#include "storage/changeversionstore.h"
#include "storage/database.h"
#include "storage/permissionstore.h"
#include "storage/rolepermissionstore.h"
#include "storage/rolestore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userrolestore.h"
#include "storage/userstore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace keyward {

namespace {

std::optional<qint64> permissionId(const std::vector<PermissionRecord> &permissions, const QString &name)
{
    for (const PermissionRecord &permission : permissions) {
        if (permission.name == name)
            return permission.id;
    }
    return std::nullopt;
}

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

RoleService::RoleService(Database &database, AuditLog &audit, ChangeSignals &changes)
    : m_database(database), m_audit(audit), m_changes(changes)
{ }

Status RoleService::checkActor(const Actor &actor, const RoleGraph &graph) const
{
    if (actor.hasLocalAuthority() || graph.hasPermission(actor.roles, QStringLiteral("roles.write")))
        return success();
    return failure(ErrorCode::InsufficientRole, QStringLiteral("changing roles needs the roles.write permission"));
}

Status RoleService::checkPermissionNames(const QStringList &permissions) const
{
    const auto known = PermissionStore(m_database.connection()).all();
    for (const QString &name : permissions) {
        if (!permissionId(known, name))
            return failure(ErrorCode::UnknownPermission,
                           QStringLiteral("there is no permission '%1'").arg(name.left(64)));
    }
    return success();
}

Result<RoleRecord> RoleService::customRole(const Actor &actor, const RoleGraph &graph, const QString &role,
                                           const QString &builtinMessage)
{
    if (const Status allowed = checkActor(actor, graph); !allowed)
        return allowed.error();
    const auto record = RoleStore(m_database.connection()).findByName(role);
    if (!record)
        return failure(ErrorCode::UnknownRole, QStringLiteral("there is no role '%1'").arg(role.left(64)));
    if (record->builtin)
        return failure(ErrorCode::BuiltinRole, builtinMessage);
    return *record;
}

QStringList RoleService::permissionNames()
{
    QStringList names;
    for (const PermissionRecord &permission : PermissionStore(m_database.connection()).all())
        names << permission.name;
    names.sort();
    return names;
}

bool RoleService::isBuiltin(const QString &role)
{
    const auto record = RoleStore(m_database.connection()).findByName(role);
    return record && record->builtin;
}

QStringList RoleService::directPermissions(const QString &role)
{
    const QSqlDatabase db = m_database.connection();
    const auto record = RoleStore(db).findByName(role);
    if (!record)
        return {};
    QHash<qint64, QString> names;
    for (const PermissionRecord &permission : PermissionStore(db).all())
        names.insert(permission.id, permission.name);
    QStringList granted;
    for (const auto &[roleId, permission] : RolePermissionStore(db).all()) {
        if (roleId == record->id)
            granted << names.value(permission);
    }
    granted.sort();
    return granted;
}

Status RoleService::create(const Actor &actor, const QString &name, const QString &parent,
                           const QStringList &permissions)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.-]{0,63}\\z"));
    if (!valid.match(name).hasMatch())
        return failure(
            ErrorCode::InvalidRole,
            QStringLiteral("a role name is 1-64 lower-case letters, digits, '_', '.' or '-', starting with a letter"));
    if (const Status known = checkPermissionNames(permissions); !known)
        return known;
    try {
        TransactionGuard transaction(m_database);
        const QSqlDatabase db = transaction.connection();
        const RoleGraph graph = RoleGraph::load(db);
        if (const Status allowed = checkActor(actor, graph); !allowed)
            return allowed;
        const auto parentId = graph.idOf(parent);
        if (!parentId)
            return failure(ErrorCode::UnknownRole, QStringLiteral("there is no role '%1'").arg(parent.left(64)));
        if (graph.contains(name))
            return failure(ErrorCode::RoleExists, QStringLiteral("the role '%1' exists already").arg(name));
        const qint64 id = RoleStore(db).insert({0, name, parentId, false, QString()});
        const auto known = PermissionStore(db).all();
        for (const QString &permission : permissions)
            RolePermissionStore(db).grant(id, *permissionId(known, permission));
        m_changes.publishAfterCommit(m_database.connection(), Change::Roles | Change::Access);
        m_audit.record(actor, QStringLiteral("role.create"), name, AuditOutcome::success(),
                       {{QStringLiteral("parent"), parent},
                        {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
        transaction.commit();
        return success();
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message());
    }
}

Status RoleService::setPermissions(const Actor &actor, const QString &role, const QStringList &permissions)
{
    if (const Status known = checkPermissionNames(permissions); !known)
        return known;
    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    const RoleGraph graph = RoleGraph::load(db);
    const Result<RoleRecord> record
        = customRole(actor, graph, role, QStringLiteral("the permissions of built-in roles are fixed"));
    if (!record)
        return record.error();
    const auto known = PermissionStore(db).all();
    const QStringList before = directPermissions(role);
    for (const QString &permission : before) {
        if (!permissions.contains(permission))
            RolePermissionStore(db).revoke(record->id, *permissionId(known, permission));
    }
    for (const QString &permission : permissions) {
        if (!before.contains(permission))
            RolePermissionStore(db).grant(record->id, *permissionId(known, permission));
    }
    ChangeVersion::bump(db, ChangeFeed::Topic::Access);
    m_changes.publishAfterCommit(m_database.connection(), Change::Roles | Change::Access);
    m_audit.record(actor, QStringLiteral("role.permissions"), role, AuditOutcome::success(),
                   {{QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
    transaction.commit();
    return success();
}

Status RoleService::remove(const Actor &actor, const QString &role)
{
    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    const RoleGraph graph = RoleGraph::load(db);
    const Result<RoleRecord> record
        = customRole(actor, graph, role, QStringLiteral("built-in roles cannot be deleted"));
    if (!record)
        return record.error();
    if (graph.selfAndDescendants(role).size() > 1)
        return failure(ErrorCode::RoleHasChildren, QStringLiteral("delete the roles under '%1' first").arg(role));
    if (UserRoleStore(db).countEnabledHolders({record->id}) > 0)
        return failure(ErrorCode::RoleInUse, QStringLiteral("users still hold '%1'").arg(role));
    try {
        RoleStore(db).remove(record->id);
    } catch (const StorageError &) {
        return failure(ErrorCode::RoleInUse, QStringLiteral("users still hold '%1'").arg(role));
    }
    ChangeVersion::bump(db, ChangeFeed::Topic::Access);
    m_changes.publishAfterCommit(m_database.connection(), Change::Roles | Change::Access);
    m_audit.record(actor, QStringLiteral("role.delete"), role, AuditOutcome::success());
    transaction.commit();
    return success();
}

std::vector<PermissionChange> RoleService::preview(const QString &role, const QStringList &permissions)
{
    const QSqlDatabase db = m_database.connection();
    const auto roles = RoleStore(db).all();
    const auto known = PermissionStore(db).all();
    const auto grants = RolePermissionStore(db).all();
    const RoleGraph before(roles, known, grants);
    const auto roleId = before.idOf(role);
    if (!roleId)
        return {};
    std::vector<std::pair<qint64, qint64>> changed;
    for (const auto &grant : grants) {
        if (grant.first != *roleId)
            changed.push_back(grant);
    }
    for (const QString &permission : permissions) {
        if (const auto id = permissionId(known, permission))
            changed.push_back({*roleId, *id});
    }
    const RoleGraph after(roles, known, changed);
    std::vector<PermissionChange> changes;
    const auto rolesOfAll = UserRoleStore(db).rolesOfAll();
    for (const UserRecord &user : UserStore(db).list(0, -1)) {
        const QStringList names = before.names(rolesOfAll.value(user.id));
        const QSet<QString> had = before.effectivePermissions(names);
        const QSet<QString> has = after.effectivePermissions(names);
        if (had == has)
            continue;
        changes.push_back({user.email, sorted(has - had), sorted(had - has)});
    }
    return changes;
}

} // namespace keyward
