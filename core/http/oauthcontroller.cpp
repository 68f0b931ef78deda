#include "oauthcontroller.h"

#include "apierror.h"
#include "auth/actor.h"
#include "auth/revocationservice.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "config/settings.h"
#include "metrics.h"

#include <QJsonArray>

namespace keyward {

namespace {

// RFC 6749 §5.2 error response, with the contract's "message" beside error_description.
HttpResponse oauthError(int status, const QString &code, const QString &description)
{
    HttpResponse response = HttpResponse::json({{QStringLiteral("error"), code},
                                                {QStringLiteral("error_description"), description},
                                                {QStringLiteral("message"), description}},
                                               status);
    response.withHeader("Pragma", "no-cache");
    return response;
}

bool looksLikeJwt(const QString &token)
{
    return token.count(QLatin1Char('.')) == 2;
}

} // namespace

OAuthController::OAuthController(Backend &backend, AuthController &auth, Authenticator &authenticator, Metrics &metrics)
    : m_backend(backend), m_auth(auth), m_authenticator(authenticator), m_metrics(metrics)
{ }

void OAuthController::registerRoutes(Router &router)
{
    router.add(
        {"POST", QStringLiteral("/oauth/token"), Access::Public, {}, [this](RequestContext &c) { return token(c); }});
    router.add(
        {"POST", QStringLiteral("/oauth/revoke"), Access::Bearer, {}, [this](RequestContext &c) { return revoke(c); }});
    router.add({"POST", QStringLiteral("/oauth/introspect"), Access::Permission, QStringLiteral("tokens.introspect"),
                [this](RequestContext &c) { return introspect(c); }});
}

HttpResponse OAuthController::token(RequestContext &context)
{
    QMap<QString, QString> form;
    try {
        form = context.request.formFields();
    } catch (const ApiError &error) {
        return oauthError(error.status == 415 ? 400 : error.status, QStringLiteral("invalid_request"), error.message);
    }
    const QString grant = form.value(QStringLiteral("grant_type"));
    try {
        TokenPair pair;
        if (grant == QLatin1String("password")) {
            if (form.value(QStringLiteral("username")).isEmpty() || !form.contains(QStringLiteral("password")))
                return oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("username and password are required"));
            pair = m_auth.login(form.value(QStringLiteral("username")), form.value(QStringLiteral("password")),
                                context.request);
        } else if (grant == QLatin1String("refresh_token")) {
            pair = m_auth.refresh(form.value(QStringLiteral("refresh_token")), context.request);
        } else if (grant.isEmpty()) {
            return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
        } else {
            return oauthError(400, QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("use password or refresh_token"));
        }
        QJsonObject body = pair.toJson(true);
        body.remove(QStringLiteral("refresh_expires_in"));
        body.remove(QStringLiteral("session_id"));
        return HttpResponse::json(body).withHeader("Pragma", "no-cache");
    } catch (const ApiError &error) {
        if (error.status == 429)
            throw;
        // RFC 6749 §5.2: bad resource-owner credentials and bad refresh tokens are both invalid_grant.
        return oauthError(400, QStringLiteral("invalid_grant"), error.message);
    }
}

HttpResponse OAuthController::revoke(RequestContext &context)
{
    const QMap<QString, QString> fields = context.request.fields();
    const QString token = fields.value(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    const AuthContext &caller = context.user();
    const bool mayRevokeAny = m_authenticator.hasPermission(caller, QStringLiteral("tokens.revoke"));
    const Actor actor = Actor::user(caller.email, caller.roles, context.request.clientAddress);
    // RFC 7009 §2.2: unknown, invalid or foreign tokens still get 200, and nothing happens.
    const QString hint = fields.value(QStringLiteral("token_type_hint"));
    if (looksLikeJwt(token) && hint != QLatin1String("refresh_token")) {
        const TokenVerdict verdict = m_backend.tokens().verify(token.toLatin1());
        const qint64 owner = verdict.token.claims.value(QLatin1String("sub")).toString().toLongLong();
        if (verdict.valid() && (mayRevokeAny || owner == caller.userId)) {
            const TokenIdentity identity = TokenIdentity::of(verdict.token.claims);
            m_backend.revocations().revokeToken(actor, identity.jti, TokenLifetime::of(verdict.token.claims).expiresAt);
            m_metrics.count(Metrics::Event::Revocation);
        }
    } else if (const auto session = m_backend.sessions().findByRefreshToken(token);
               session && (mayRevokeAny || session->userId == caller.userId)) {
        (void)m_backend.sessions().revoke(actor, session->id, 0,
                                          QStringLiteral("oauth_revoke")); // RFC 7009: 200 regardless
        m_metrics.count(Metrics::Event::Revocation);
    }
    return HttpResponse{200, {}, {}, {}};
}

HttpResponse OAuthController::introspect(RequestContext &context)
{
    const QString token = context.request.fields().value(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    const QJsonObject inactive{{QStringLiteral("active"), false}};
    if (looksLikeJwt(token)) {
        const TokenVerdict verdict = m_backend.tokens().verify(token.toLatin1());
        if (!verdict.valid())
            return HttpResponse::json(inactive);
        const QJsonObject &claims = verdict.token.claims;
        QJsonObject answer{{QStringLiteral("active"), true},
                           {QStringLiteral("token_type"), QStringLiteral("access_token")},
                           {QStringLiteral("username"), claims.value(QLatin1String("email"))}};
        for (const char *claim : {"iss", "aud", "sub", "exp", "iat", "nbf", "jti", "sid", "roles", "scope"}) {
            if (claims.contains(QLatin1String(claim)))
                answer.insert(QLatin1String(claim), claims.value(QLatin1String(claim)));
        }
        return HttpResponse::json(answer);
    }
    const auto session = m_backend.sessions().activeSessionOf(token);
    const qint64 idle = m_backend.settings().integer(QStringLiteral("tokens.refresh_idle_ttl"));
    if (!session)
        return HttpResponse::json(inactive);
    return HttpResponse::json({{QStringLiteral("active"), true},
                               {QStringLiteral("token_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("sub"), QString::number(session->userId)},
                               {QStringLiteral("sid"), session->id},
                               {QStringLiteral("exp"), session->expiresAt(idle).toSecsSinceEpoch()}});
}

} // namespace keyward
