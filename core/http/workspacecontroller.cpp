// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecontroller.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/workspaceservice.h"
#include "backend/backend.h"
#include "paging.h"
#include "userparameter.h"

namespace keyward {

namespace {

QString workspaceParameter(const RequestContext &context)
{
    return context.request.pathParameters.value(QStringLiteral("id"));
}

qint64 userParameter(Backend &backend, const RequestContext &context)
{
    return userOfPathParameter(backend.accounts(), context, QStringLiteral("user_id"), QStringLiteral("no such member"))
        .record.id;
}

// The token's workspace role, for the demo routes: nothing is read from the database.
std::optional<WorkspaceRole> tokenWorkspaceRole(const RequestContext &context)
{
    const QJsonObject &claims = context.user().claims;
    if (!claims.value(QLatin1String("workspace_id")).isString())
        return std::nullopt;
    return WorkspaceRoles::fromName(claims.value(QLatin1String("workspace_role")).toString());
}

} // namespace

WorkspaceController::WorkspaceController(Backend &backend) : m_backend(backend)
{ }

void WorkspaceController::registerRoutes(Router &router)
{
    const Access bearer = Access::Bearer; // membership is checked by WorkspaceService
    // clang-format off
    router.add({"POST",   QStringLiteral("/workspaces"),                          bearer, {}, handler(this, &WorkspaceController::create)});
    router.add({"GET",    QStringLiteral("/workspaces/{id}"),                     bearer, {}, handler(this, &WorkspaceController::show)});
    router.add({"PATCH",  QStringLiteral("/workspaces/{id}"),                     bearer, {}, handler(this, &WorkspaceController::change)});
    router.add({"DELETE", QStringLiteral("/workspaces/{id}"),                     bearer, {}, handler(this, &WorkspaceController::remove)});
    router.add({"GET",    QStringLiteral("/workspaces/{id}/members"),             bearer, {}, handler(this, &WorkspaceController::listMembers)});
    router.add({"POST",   QStringLiteral("/workspaces/{id}/members"),             bearer, {}, handler(this, &WorkspaceController::addMember)});
    router.add({"PUT",    QStringLiteral("/workspaces/{id}/members/{user_id}"),   bearer, {}, handler(this, &WorkspaceController::setRole)});
    router.add({"DELETE", QStringLiteral("/workspaces/{id}/members/{user_id}"),   bearer, {}, handler(this, &WorkspaceController::removeMember)});
    router.add({"GET",    QStringLiteral("/auth/workspaces"),                     bearer, {}, handler(this, &WorkspaceController::mine)});
    router.add({"GET",    QStringLiteral("/admin/workspaces"),  Access::Permission, QStringLiteral("workspaces.read"), handler(this, &WorkspaceController::listAll)});
    router.add({"GET",    QStringLiteral("/api/workspace"),                       bearer, {}, &WorkspaceController::demo});
    router.add({"GET",    QStringLiteral("/api/workspace/admin"),                 bearer, {}, &WorkspaceController::demoAdmin});
    // clang-format on
}

HttpResponse WorkspaceController::create(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    NewWorkspace input;
    input.slug = JsonField::requiredString(body, "slug");
    input.name = JsonField::requiredString(body, "name");
    input.plan = JsonField::optionalString(body, "plan");
    return HttpResponse::json(orApiError(m_backend.workspaces().create(context.actor(), input)).toJson(), 201);
}

HttpResponse WorkspaceController::show(RequestContext &context)
{
    return HttpResponse::json(
        orApiError(m_backend.workspaces().find(context.actor(), workspaceParameter(context))).toJson());
}

HttpResponse WorkspaceController::change(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    WorkspaceChange change;
    if (body.contains(QLatin1String("name")))
        change.name = JsonField::requiredString(body, "name");
    if (body.contains(QLatin1String("plan")))
        change.plan = JsonField::requiredString(body, "plan");
    return HttpResponse::json(
        orApiError(m_backend.workspaces().change(context.actor(), workspaceParameter(context), change)).toJson());
}

HttpResponse WorkspaceController::remove(RequestContext &context)
{
    orApiError(m_backend.workspaces().remove(context.actor(), workspaceParameter(context)));
    return HttpResponse::noContent();
}

HttpResponse WorkspaceController::listMembers(RequestContext &context)
{
    const Paging::IdRange range = Paging::IdRange::of(context.request);
    const IdPage<Membership> page = orApiError(
        m_backend.workspaces().members(context.actor(), workspaceParameter(context), range.after, range.limit));
    QJsonArray items;
    for (const Membership &membership : page.items)
        items.append(membership.toJson());
    return Paging::listResponse(items, page.nextAfter);
}

HttpResponse WorkspaceController::addMember(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    const QString email = JsonField::requiredString(body, "email");
    const QString role = JsonField::requiredString(body, "role");
    return HttpResponse::json(
        orApiError(m_backend.workspaces().addMember(context.actor(), workspaceParameter(context), email, role))
            .toJson(),
        201);
}

HttpResponse WorkspaceController::setRole(RequestContext &context)
{
    const QString role = JsonField::requiredString(context.request.jsonObject(), "role");
    return HttpResponse::json(orApiError(m_backend.workspaces().setRole(context.actor(), workspaceParameter(context),
                                                                        userParameter(m_backend, context), role))
                                  .toJson());
}

HttpResponse WorkspaceController::removeMember(RequestContext &context)
{
    orApiError(m_backend.workspaces().removeMember(context.actor(), workspaceParameter(context),
                                                   userParameter(m_backend, context)));
    return HttpResponse::noContent();
}

HttpResponse WorkspaceController::mine(RequestContext &context)
{
    QJsonArray items;
    for (const WorkspaceWithRole &workspace : m_backend.workspaces().workspacesOf(context.user().userId))
        items.append(workspace.toJson());
    return HttpResponse::json({{QStringLiteral("items"), items}});
}

HttpResponse WorkspaceController::listAll(RequestContext &context)
{
    const Paging::IdRange range = Paging::IdRange::of(context.request);
    const IdPage<Workspace> page = orApiError(m_backend.workspaces().all(context.actor(), range.after, range.limit));
    QJsonArray items;
    for (const Workspace &workspace : page.items)
        items.append(workspace.toJson());
    return Paging::listResponse(items, page.nextAfter);
}

HttpResponse WorkspaceController::demo(RequestContext &context)
{
    if (!tokenWorkspaceRole(context))
        throw ApiError(ErrorCode::NoWorkspace, QStringLiteral("the token is not for a workspace"));
    const QJsonObject &claims = context.user().claims;
    return HttpResponse::json({{QStringLiteral("message"), QStringLiteral("You are in a workspace.")},
                               {QStringLiteral("workspace_id"), claims.value(QLatin1String("workspace_id"))},
                               {QStringLiteral("workspace_role"), claims.value(QLatin1String("workspace_role"))}});
}

HttpResponse WorkspaceController::demoAdmin(RequestContext &context)
{
    const std::optional<WorkspaceRole> role = tokenWorkspaceRole(context);
    if (!role)
        throw ApiError(ErrorCode::NoWorkspace, QStringLiteral("the token is not for a workspace"));
    if (*role < WorkspaceRole::Admin)
        throw ApiError::insufficientRole(QStringLiteral("this needs the workspace's admin or owner role"));
    const QJsonObject &claims = context.user().claims;
    return HttpResponse::json({{QStringLiteral("message"), QStringLiteral("You administer this workspace.")},
                               {QStringLiteral("workspace_id"), claims.value(QLatin1String("workspace_id"))},
                               {QStringLiteral("workspace_role"), claims.value(QLatin1String("workspace_role"))}});
}

} // namespace keyward
