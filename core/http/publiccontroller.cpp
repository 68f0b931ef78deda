// SPDX-License-Identifier: GPL-3.0-or-later
#include "publiccontroller.h"

#include "apierror.h"
#include "auth/clientservice.h"
#include "auth/keyservice.h"
#include "auth/sessionservice.h"
#include "auth/statistics.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "config/settings.h"
#include "mail/mailoutbox.h"
#include "metrics.h"
#include "storage/database.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>

namespace keyward {

PublicController::PublicController(Backend &backend, Metrics &metrics, Authenticator &authenticator)
    : m_backend(backend), m_metrics(metrics), m_authenticator(authenticator),
      m_health(backend.database(), backend.clock())
{ }

void PublicController::registerRoutes(Router &router)
{
    router.add({"GET", QStringLiteral("/healthz"), Access::Public, {}, [this](RequestContext &) { return health(); }});
    router.add(
        {"GET", QStringLiteral("/metrics"), Access::Public, {}, [this](RequestContext &c) { return metrics(c); }});
    router.add({"GET", QStringLiteral("/.well-known/jwks.json"), Access::Public, {}, [this](RequestContext &) {
                    return jwks();
                }});
    for (const char *metadata : {"/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"}) {
        router.add({"GET", QString::fromLatin1(metadata), Access::Public, {}, [this](RequestContext &) {
                        return discovery(); // OpenID Connect Discovery 1.0 and RFC 8414: one document
                    }});
    }
    router.add({"GET", QStringLiteral("/openapi.json"), Access::Public, {}, [](RequestContext &) {
                    return openApiDocument();
                }});
    router.add({"GET", QStringLiteral("/api/protected"), Access::Bearer, {}, [](RequestContext &c) {
                    return resource(c, QStringLiteral("You hold a valid access token."));
                }});
    router.add({"GET", QStringLiteral("/api/manager"), Access::RoleAtLeast, QStringLiteral("manager"),
                [](RequestContext &c) { return resource(c, QStringLiteral("You are a manager or higher.")); }});
    router.add({"GET", QStringLiteral("/api/admin"), Access::RoleAtLeast, QStringLiteral("admin"),
                [](RequestContext &c) { return resource(c, QStringLiteral("You are an administrator.")); }});
}

HttpResponse PublicController::openApiDocument()
{
    // docs/openapi.json, embedded at build time: the document a checkout has is the one served.
    static const QByteArray document = [] {
        QFile file(QStringLiteral(":/openapi/openapi.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    if (document.isEmpty())
        throw ApiError::notFound();
    HttpResponse response;
    response.contentType = "application/json";
    response.body = document;
    return response.withHeader("Cache-Control", "public, max-age=3600");
}

QString PublicController::issuer() const
{
    return m_backend.tokens().issuer();
}

HttpResponse PublicController::health()
{
    if (m_health.databaseAnswers()) {
        static const HttpResponse ok = HttpResponse::json(
            {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("db"), QStringLiteral("ok")}});
        return ok;
    }
    HttpResponse response = HttpResponse::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("degraded")},
                                                           {QStringLiteral("db"), QStringLiteral("unavailable")}},
                                               503);
    return response.withHeader("Retry-After", "5");
}

HttpResponse PublicController::metrics(RequestContext &context)
{
    // Open on loopback; from anywhere else it needs a token with metrics.read.
    if (!QHostAddress(context.request.clientAddress).isLoopback()
        && !m_authenticator.hasPermission(m_authenticator.authenticate(context.request),
                                          QStringLiteral("metrics.read")))
        throw ApiError::insufficientRole(QStringLiteral("metrics need the permission metrics.read from off this host"));
    // Counters, not a count over the sessions table: a scrape costs the same at any size.
    ActivityFigures figures = m_backend.statistics().figures();
    const auto outbox = m_backend.mail().counts();
    figures.mailPending = outbox.at(OutboxRecord::State::Pending);
    figures.mailFailed = outbox.at(OutboxRecord::State::Failed);
    figures.mailSent = outbox.at(OutboxRecord::State::Sent);
    HttpResponse response{200, "text/plain; version=0.0.4; charset=utf-8", m_metrics.render(figures), {}};
    return response;
}

qint64 PublicController::metadataMaxAge() const
{
    // Verifiers may cache keys and metadata this long; key rotation publishes new keys at least this early.
    return m_backend.settings()->tokens.jwksMaxAge.count();
}

HttpResponse PublicController::jwks()
{
    HttpResponse response = HttpResponse::json(m_backend.keys().jwks());
    response.contentType = "application/jwk-set+json";
    return response.withHeader("Cache-Control", "public, max-age=" + QByteArray::number(metadataMaxAge()));
}

QJsonArray PublicController::publishedAlgorithms()
{
    // What ID tokens are signed with: the algorithms of the published keys (the active one and
    // the next), not every algorithm Keyward could use. A client that wants RS256 where the
    // keys are ES256 learns it here, before a sign-in fails.
    QJsonArray algorithms;
    for (const QJsonValue &key : m_backend.keys().jwks().value(QLatin1String("keys")).toArray()) {
        const QJsonValue algorithm = key.toObject().value(QLatin1String("alg"));
        if (!algorithms.contains(algorithm))
            algorithms.append(algorithm);
    }
    return algorithms;
}

HttpResponse PublicController::discovery()
{
    const QString base = issuer();
    const auto at = [&base](const char *path) { return QString(base + QLatin1String(path)); };
    // Only what this server does (contract: discovery lists nothing it does not support).
    HttpResponse response = HttpResponse::json({
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), at("/oauth/authorize")},
        {QStringLiteral("token_endpoint"), at("/oauth/token")},
        {QStringLiteral("userinfo_endpoint"), at("/oauth/userinfo")},
        {QStringLiteral("end_session_endpoint"), at("/oauth/logout")},
        {QStringLiteral("jwks_uri"), at("/.well-known/jwks.json")},
        {QStringLiteral("revocation_endpoint"), at("/oauth/revoke")},
        {QStringLiteral("introspection_endpoint"), at("/oauth/introspect")},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(ClientService::defaultScopes())},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                    QStringLiteral("client_credentials"), QStringLiteral("password")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("prompt_values_supported"),
         QJsonArray{QStringLiteral("none"), QStringLiteral("login"), QStringLiteral("consent")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                    QStringLiteral("none")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), publishedAlgorithms()},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("iss"),
                    QStringLiteral("sub"),
                    QStringLiteral("aud"),
                    QStringLiteral("exp"),
                    QStringLiteral("iat"),
                    QStringLiteral("auth_time"),
                    QStringLiteral("nonce"),
                    QStringLiteral("at_hash"),
                    QStringLiteral("sid"),
                    QStringLiteral("amr"),
                    QStringLiteral("acr"),
                    QStringLiteral("azp"),
                    QStringLiteral("email"),
                    QStringLiteral("email_verified"),
                    QStringLiteral("name"),
                    QStringLiteral("roles"),
                    QStringLiteral("workspace_id"),
                    QStringLiteral("workspace_slug"),
                    QStringLiteral("workspace_role"),
                    QStringLiteral("workspace_plan")}},
        // OpenID EAP ACR values: a passkey that verified its user, or any two factors.
        {QStringLiteral("acr_values_supported"), QJsonArray{QStringLiteral("phr"), QStringLiteral("mfa")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("request_parameter_supported"), false},
        {QStringLiteral("request_uri_parameter_supported"), false},
        // RFC 7009 §2.1: a public client revokes by possession of the token, a confidential one authenticates.
        {QStringLiteral("revocation_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                    QStringLiteral("none")}},
        {QStringLiteral("introspection_endpoint_auth_methods_supported"),
         // (and a bearer token with tokens.introspect, which has no registered name to list)
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post")}},
    });
    return response.withHeader("Cache-Control", "public, max-age=" + QByteArray::number(metadataMaxAge()));
}

HttpResponse PublicController::resource(RequestContext &context, const QString &message)
{
    return HttpResponse::json({{QStringLiteral("message"), message},
                               {QStringLiteral("sub"), context.user().claims.value(QLatin1String("sub"))},
                               {QStringLiteral("roles"), QJsonArray::fromStringList(context.user().roles)}});
}

} // namespace keyward
