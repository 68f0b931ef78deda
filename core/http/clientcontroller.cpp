// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientcontroller.h"

#include "apierror.h"
#include "auth/clientservice.h"
#include "backend/backend.h"
#include "crypto/base64url.h"
#include "paging.h"

namespace keyward {

namespace {

QString clientParameter(const RequestContext &context)
{
    return context.request.pathParameters.value(QStringLiteral("id"));
}

std::optional<QStringList> optionalList(const QJsonObject &body, const char *name)
{
    if (!body.contains(QLatin1String(name)))
        return std::nullopt;
    return JsonField::stringArray(body, name);
}

// The cursor of a list in client_id order: the last id of the page before, opaque to clients.
QString clientAfter(const HttpRequest &request)
{
    const QString cursor = Paging::cursorOf(request);
    if (cursor.isEmpty())
        return {};
    const auto decoded = Base64Url::decode(cursor.toLatin1());
    if (!decoded || decoded->isEmpty())
        throw ApiError::invalidRequest(QStringLiteral("cursor is not one this server gave"));
    return QString::fromUtf8(*decoded);
}

} // namespace

ClientController::ClientController(Backend &backend) : m_backend(backend)
{ }

void ClientController::registerRoutes(Router &router)
{
    const Access by = Access::Permission;
    const QString read = QStringLiteral("clients.read");
    const QString write = QStringLiteral("clients.write");
    // clang-format off
    router.add({"GET",    QStringLiteral("/admin/clients"),             by, read,  handler(this, &ClientController::list)});
    router.add({"POST",   QStringLiteral("/admin/clients"),             by, write, handler(this, &ClientController::create)});
    router.add({"GET",    QStringLiteral("/admin/clients/{id}"),        by, read,  handler(this, &ClientController::show)});
    router.add({"PATCH",  QStringLiteral("/admin/clients/{id}"),        by, write, handler(this, &ClientController::change)});
    router.add({"DELETE", QStringLiteral("/admin/clients/{id}"),        by, write, handler(this, &ClientController::remove)});
    router.add({"POST",   QStringLiteral("/admin/clients/{id}/secret"), by, write, handler(this, &ClientController::rotateSecret)});
    // clang-format on
}

HttpResponse ClientController::list(RequestContext &context)
{
    const int limit = Paging::limitOf(context.request);
    // One more than the page: whether there is a next page, without a count.
    std::vector<Client> clients = m_backend.clients().list(clientAfter(context.request), limit + 1);
    const bool more = clients.size() > size_t(limit);
    if (more)
        clients.pop_back();
    QJsonArray items;
    for (const Client &client : clients)
        items.append(client.toJson());
    const QJsonValue next = more
        ? QJsonValue(QString::fromLatin1(Base64Url::encode(clients.back().record.clientId.toUtf8())))
        : QJsonValue();
    return Paging::listResponse(items, next);
}

HttpResponse ClientController::create(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    NewClient input;
    input.clientId = JsonField::optionalString(body, "client_id");
    input.name = JsonField::requiredString(body, "name");
    input.type = JsonField::requiredString(body, "type");
    input.redirectUris = optionalList(body, "redirect_uris").value_or(QStringList());
    input.postLogoutRedirectUris = optionalList(body, "post_logout_redirect_uris").value_or(QStringList());
    input.grantTypes = optionalList(body, "grant_types").value_or(QStringList());
    input.scopes = optionalList(body, "scopes").value_or(QStringList());
    input.firstParty = JsonField::optionalBool(body, "first_party");
    input.idTokenAlgorithm = JsonField::optionalString(body, "id_token_signed_response_alg");
    input.requireMfa = JsonField::optionalBool(body, "require_mfa");
    HttpResponse response
        = HttpResponse::json(orApiError(m_backend.clients().create(context.actor(), input)).toJson(), 201);
    return response.withHeader("Cache-Control", "no-store"); // it may carry the secret
}

HttpResponse ClientController::show(RequestContext &context)
{
    return HttpResponse::json(orApiError(m_backend.clients().find(clientParameter(context))).toJson());
}

HttpResponse ClientController::change(RequestContext &context)
{
    const QJsonObject body = context.request.jsonObject();
    for (const char *fixed : {"client_id", "type", "client_secret", "created_at"}) {
        if (body.contains(QLatin1String(fixed)))
            throw ApiError::invalidRequest(QStringLiteral("'%1' cannot be changed").arg(QLatin1String(fixed)));
    }
    ClientChange change;
    if (body.contains(QLatin1String("name")))
        change.name = JsonField::requiredString(body, "name");
    change.redirectUris = optionalList(body, "redirect_uris");
    change.postLogoutRedirectUris = optionalList(body, "post_logout_redirect_uris");
    change.grantTypes = optionalList(body, "grant_types");
    change.scopes = optionalList(body, "scopes");
    if (body.contains(QLatin1String("first_party")))
        change.firstParty = JsonField::optionalBool(body, "first_party");
    if (body.contains(QLatin1String("id_token_signed_response_alg")))
        change.idTokenAlgorithm = JsonField::requiredString(body, "id_token_signed_response_alg");
    if (body.contains(QLatin1String("require_mfa")))
        change.requireMfa = JsonField::optionalBool(body, "require_mfa");
    return HttpResponse::json(
        orApiError(m_backend.clients().change(context.actor(), clientParameter(context), change)).toJson());
}

HttpResponse ClientController::remove(RequestContext &context)
{
    orApiError(m_backend.clients().remove(context.actor(), clientParameter(context)));
    return HttpResponse::noContent();
}

HttpResponse ClientController::rotateSecret(RequestContext &context)
{
    HttpResponse response = HttpResponse::json(
        orApiError(m_backend.clients().rotateSecret(context.actor(), clientParameter(context))).toJson());
    return response.withHeader("Cache-Control", "no-store");
}

} // namespace keyward
