// SPDX-License-Identifier: GPL-3.0-or-later
#include "admincontroller.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/keyservice.h"
#include "auth/mfaservice.h"
#include "auth/revocationservice.h"
#include "auth/rolegraph.h"
#include "auth/sessionservice.h"
#include "auth/settingsservice.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "metrics.h"
#include "paging.h"
#include "storage/database.h"
#include "userparameter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace keyward {

AdminController::AdminController(Backend &backend, Metrics &metrics) : m_backend(backend), m_metrics(metrics)
{ }

void AdminController::registerRoutes(Router &router)
{
    const auto permission = [](const char *name) { return QString::fromLatin1(name); };
    const Access by = Access::Permission;
    // clang-format off
    router.add({"GET",    QStringLiteral("/admin/users"),                      by, permission("users.read"),      handler(this, &AdminController::listUsers)});
    router.add({"POST",   QStringLiteral("/admin/users"),                      by, permission("users.write"),     handler(this, &AdminController::createUser), true});
    router.add({"GET",    QStringLiteral("/admin/users/{id}"),                 by, permission("users.read"),      handler(this, &AdminController::getUser)});
    router.add({"PATCH",  QStringLiteral("/admin/users/{id}"),                 by, permission("users.write"),     handler(this, &AdminController::updateUser), true});
    router.add({"DELETE", QStringLiteral("/admin/users/{id}"),                 by, permission("users.write"),     handler(this, &AdminController::deleteUser)});
    router.add({"PUT",    QStringLiteral("/admin/users/{id}/roles"),           by, permission("roles.assign"),    handler(this, &AdminController::setRoles)});
    router.add({"POST",   QStringLiteral("/admin/users/{id}/revoke-sessions"), by, permission("sessions.revoke"), handler(this, &AdminController::revokeUserSessions)});
    router.add({"GET",    QStringLiteral("/admin/roles"),                      by, permission("users.read"),      handler(this, &AdminController::listRoles)});
    router.add({"GET",    QStringLiteral("/admin/sessions"),                   by, permission("sessions.read"),   handler(this, &AdminController::listSessions)});
    router.add({"DELETE", QStringLiteral("/admin/sessions/{id}"),              by, permission("sessions.revoke"), handler(this, &AdminController::deleteSession)});
    router.add({"POST",   QStringLiteral("/admin/tokens/revoke"),              by, permission("tokens.revoke"),   handler(this, &AdminController::revokeToken)});
    router.add({"GET",    QStringLiteral("/admin/keys"),                       by, permission("keys.read"),       handler(this, &AdminController::listKeys)});
    router.add({"POST",   QStringLiteral("/admin/keys/rotate"),                by, permission("keys.rotate"),     handler(this, &AdminController::rotateKey)});
    router.add({"GET",    QStringLiteral("/admin/audit"),                      by, permission("audit.read"),      handler(this, &AdminController::listAudit)});
    // No settings.read exists: seeing how the server is configured is for who may change it.
    router.add({"GET",    QStringLiteral("/admin/settings"),                   by, permission("settings.write"),  handler(this, &AdminController::listSettings)});
    router.add({"PATCH",  QStringLiteral("/admin/settings"),                   by, permission("settings.write"),  handler(this, &AdminController::changeSettings)});
    // clang-format on
}

QString AdminController::emailOfUserParameter(const RequestContext &context)
{
    return userOfPathParameter(m_backend.accounts(), context).record.email;
}

HttpResponse AdminController::listUsers(RequestContext &context)
{
    const Paging::IdRange page = Paging::IdRange::of(context.request);
    std::vector<User> users = m_backend.accounts().list(page.after, page.limit + 1);
    const bool more = int(users.size()) > page.limit;
    if (more)
        users.pop_back();
    QJsonArray items;
    for (const User &user : users)
        items.append(user.toJson());
    return Paging::listResponse(items, more ? std::optional(users.back().record.id) : std::nullopt);
}

HttpResponse AdminController::createUser(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    NewUser user;
    user.email = JsonField::requiredString(body, "email");
    user.password = JsonField::requiredString(body, "password");
    user.name = JsonField::optionalString(body, "name");
    if (body.contains(QLatin1String("roles")))
        user.roles = JsonField::stringArray(body, "roles");
    return HttpResponse::json(orApiError(m_backend.accounts().create(context.actor(), user)).toJson(), 201);
}

HttpResponse AdminController::getUser(RequestContext &context)
{
    const User user = userOfPathParameter(m_backend.accounts(), context);
    QJsonObject json = user.toJson();
    json.insert(QStringLiteral("mfa"), m_backend.mfa().statusOf(user).summaryJson());
    return HttpResponse::json(json);
}

HttpResponse AdminController::updateUser(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    const QString email = emailOfUserParameter(context);
    const Actor actor = context.actor();
    AccountService &accounts = m_backend.accounts();
    if (body.contains(QLatin1String("name")))
        orApiError(accounts.rename(actor, email, JsonField::requiredString(body, "name")));
    if (body.contains(QLatin1String("disabled")))
        orApiError(accounts.setDisabled(actor, email, JsonField::optionalBool(body, "disabled")));
    if (body.contains(QLatin1String("password")))
        orApiError(accounts.resetPassword(actor, email, JsonField::requiredString(body, "password")));
    return HttpResponse::json(orApiError(accounts.find(email)).toJson());
}

HttpResponse AdminController::deleteUser(RequestContext &context)
{
    orApiError(m_backend.accounts().remove(context.actor(), emailOfUserParameter(context)));
    return HttpResponse::noContent();
}

HttpResponse AdminController::setRoles(RequestContext &context)
{
    const QStringList roles = JsonField::stringArray(context.request.jsonObject(), "roles");
    return HttpResponse::json(
        orApiError(m_backend.accounts().setRoles(context.actor(), emailOfUserParameter(context), roles)).toJson());
}

HttpResponse AdminController::listRoles(RequestContext &)
{
    const RoleGraph graph = RoleGraph::load(m_backend.database().connection());
    QJsonArray items;
    for (const QString &role : graph.allRoles()) {
        QStringList permissions = graph.effectivePermissions({role}).values();
        permissions.sort();
        items.append(QJsonObject{
            {QStringLiteral("name"), role},
            {QStringLiteral("parent"), graph.parentOf(role).isEmpty() ? QJsonValue() : graph.parentOf(role)},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
    }
    return Paging::listResponse(items, std::nullopt);
}

HttpResponse AdminController::listSessions(RequestContext &context)
{
    qint64 userId = 0;
    if (context.request.query.hasQueryItem(QStringLiteral("user_id"))) {
        const Result<User> user
            = m_backend.accounts().findByPublicId(context.request.query.queryItemValue(QStringLiteral("user_id")));
        if (!user)
            throw ApiError::invalidRequest(QStringLiteral("user_id must be a user's id"));
        userId = user->record.id;
    }
    const SessionPage page = orApiError(
        m_backend.sessions().page(userId, Paging::cursorOf(context.request), Paging::limitOf(context.request)));
    QJsonArray items;
    for (const ActiveSession &session : page.items)
        items.append(session.toJson());
    return Paging::listResponse(items, Paging::nextCursorValue(page.nextCursor));
}

HttpResponse AdminController::deleteSession(RequestContext &context)
{
    orApiError(m_backend.sessions().revoke(context.actor(), context.request.pathParameters.value(QStringLiteral("id")),
                                           0, QStringLiteral("admin")));
    m_metrics.count(Metrics::Event::Revocation);
    return HttpResponse::noContent();
}

HttpResponse AdminController::revokeUserSessions(RequestContext &context)
{
    const int count = orApiError(m_backend.sessions().revokeAllOfUser(
        context.actor(), userOfPathParameter(m_backend.accounts(), context).record.id, QStringLiteral("admin")));
    m_metrics.count(Metrics::Event::Revocation);
    return HttpResponse::json({{QStringLiteral("revoked_sessions"), count}});
}

HttpResponse AdminController::revokeToken(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    QString jti = JsonField::optionalString(body, "jti");
    qint64 exp = 0;
    if (const QString token = JsonField::optionalString(body, "token"); !token.isEmpty()) {
        const TokenVerdict verdict = m_backend.tokens().verify(token.toLatin1());
        if (!verdict.valid() && verdict.rejection != TokenRejection::Revoked)
            throw ApiError::invalidRequest(
                QStringLiteral("the token cannot be read (%1)").arg(rejectionCode(verdict.rejection)));
        jti = TokenIdentity::of(verdict.token.claims).jti;
        exp = TokenLifetime::of(verdict.token.claims).expiresAt;
        // A token of someone ranked above the caller is theirs to keep (a {jti, exp} names no user).
        const Result<User> owner
            = m_backend.accounts().findByPublicId(verdict.token.claims.value(QLatin1String("sub")).toString());
        if (owner) { // a deleted user's token is dead anyway; a client's own names no user
            if (const Status allowed = m_backend.accounts().mayActOn(context.actor(), owner->record.id); !allowed)
                throw ApiError::from(allowed.error());
        }
    } else {
        const double expiry = body.value(QLatin1String("exp")).toDouble(-1);
        // A time in whole seconds, 0 … 2^53, as in tokens: a wider double would not cast.
        if (jti.isEmpty() || !(expiry >= 0 && expiry <= 9007199254740992.0) || expiry != std::floor(expiry))
            throw ApiError::invalidRequest(QStringLiteral("send {token} or {jti, exp} with exp in whole seconds"));
        exp = qint64(expiry);
    }
    m_backend.revocations().revokeToken(context.actor(), jti, exp);
    m_metrics.count(Metrics::Event::Revocation);
    return HttpResponse::noContent();
}

HttpResponse AdminController::listKeys(RequestContext &)
{
    QJsonArray items;
    for (const SigningKeyRecord &key : m_backend.keys().list())
        items.append(KeyService::toJson(key));
    return Paging::listResponse(items, std::nullopt);
}

HttpResponse AdminController::listSettings(RequestContext &)
{
    QJsonArray items;
    for (const SettingState &state : m_backend.settingsService().list())
        items.append(SettingsService::toJson(state));
    return Paging::listResponse(items, std::nullopt);
}

// {"tokens.access_ttl": 600, "server.cors_origins": ["https://a.example"], "tokens.issuer": null}:
// all applied together or none; null removes the stored value.
HttpResponse AdminController::changeSettings(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    SettingChanges changes;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::Null:
            changes.insert(it.key(), std::nullopt);
            break;
        case QJsonValue::String:
            changes.insert(it.key(), value.toString());
            break;
        case QJsonValue::Bool:
            changes.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (number != std::floor(number) || std::abs(number) > 9007199254740992.0)
                throw ApiError(ErrorCode::InvalidRequest,
                               QStringLiteral("%1 must be a whole number").arg(it.key().left(80)));
            changes.insert(it.key(), QString::number(qint64(number)));
            break;
        }
        case QJsonValue::Array: {
            QStringList items;
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString())
                    throw ApiError(ErrorCode::InvalidRequest,
                                   QStringLiteral("%1 takes a list of strings").arg(it.key().left(80)));
                items << item.toString();
            }
            changes.insert(it.key(), items.join(QLatin1Char(',')));
            break;
        }
        default:
            throw ApiError(ErrorCode::InvalidRequest,
                           QStringLiteral("%1 takes a string, number, boolean, list or null").arg(it.key().left(80)));
        }
    }
    orApiError(m_backend.settingsService().change(context.actor(), changes));
    return listSettings(context);
}

HttpResponse AdminController::rotateKey(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    const QString name = JsonField::optionalString(body, "alg");
    const auto algorithm = name.isEmpty() ? context.request.settings->tokens.algorithm : algorithmFromName(name);
    if (!algorithm)
        throw ApiError::invalidRequest(QStringLiteral("alg must be ES256, EdDSA or RS256"));
    const bool now = JsonField::optionalBool(body, "now");
    const SigningKeyRecord key = orApiError(m_backend.keys().rotate(
        context.actor(), *algorithm, now ? RotationTiming::Now : RotationTiming::AfterPublication));
    return HttpResponse::json(KeyService::toJson(key), 201);
}

HttpResponse AdminController::listAudit(RequestContext &context)
{
    AuditQuery query;
    const Paging::IdRange page = Paging::IdRange::of(context.request);
    query.limit = page.limit + 1;
    query.beforeId = page.after;
    if (const QString since = context.request.query.queryItemValue(QStringLiteral("since")); !since.isEmpty()) {
        query.since = parseRfc3339(since);
        if (!query.since)
            throw ApiError::invalidRequest(QStringLiteral("since must be an RFC 3339 time"));
    }
    std::vector<AuditRecord> events = m_backend.audit().list(query);
    const bool more = int(events.size()) > page.limit;
    if (more)
        events.pop_back();
    QJsonArray items;
    for (const AuditRecord &event : events)
        items.append(AuditLog::toJson(event));
    return Paging::listResponse(items, more ? std::optional(events.back().id) : std::nullopt);
}

} // namespace keyward
