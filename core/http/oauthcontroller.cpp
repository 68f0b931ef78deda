// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthcontroller.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/currentaccess.h"
#include "auth/revocationservice.h"
#include "auth/rolegraph.h"
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

OAuthController::OAuthController(Backend &backend, AuthController &auth, Metrics &metrics)
    : m_backend(backend), m_auth(auth), m_metrics(metrics)
{ }

void OAuthController::registerRoutes(Router &router)
{
    router.add(
        {"POST", QStringLiteral("/oauth/token"), Access::Public, {}, [this](RequestContext &c) { return token(c); }});
    router.add(
        {"POST", QStringLiteral("/oauth/revoke"), Access::Public, {}, [this](RequestContext &c) { return revoke(c); }});
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
    // Open to anyone (below), so limited per address like refresh, which it resembles.
    m_auth.limitByAddress(context.request, "revoke:", context.request.settings->limits.refreshPerAddressPerMinute, 60);
    const QMap<QString, QString> fields = context.request.fields();
    const QString token = fields.value(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    // RFC 7009 §2.1: a public client proves nothing but possession of the token, so possession is
    // what authorises; the hint only says where to look first, and a miss looks at the other kind.
    // §2.2: unknown, invalid or already revoked tokens still get 200.
    if (!revokeAccessToken(token, context.request))
        revokeRefreshToken(token, context.request);
    return HttpResponse{200, {}, {}, {}};
}

bool OAuthController::revokeAccessToken(const QString &token, const HttpRequest &request)
{
    if (!looksLikeJwt(token))
        return false;
    const TokenVerdict verdict = m_backend.tokens().verify(token.toLatin1());
    if (!verdict.valid())
        return verdict.rejection == TokenRejection::Revoked; // already done
    const Actor holder
        = Actor::user(verdict.token.claims.value(QLatin1String("email")).toString(), {}, request.clientAddress);
    m_backend.revocations().revokeToken(holder, TokenIdentity::of(verdict.token.claims).jti,
                                        TokenLifetime::of(verdict.token.claims).expiresAt);
    m_metrics.count(Metrics::Event::Revocation);
    return true;
}

void OAuthController::revokeRefreshToken(const QString &token, const HttpRequest &request)
{
    const auto session = m_backend.sessions().findByRefreshToken(token);
    if (!session || session->revokedAt)
        return;
    const Result<User> owner = m_backend.accounts().findById(session->userId);
    const Actor holder
        = Actor::user(owner ? owner->record.email : QString::number(session->userId), {}, request.clientAddress);
    if (m_backend.sessions().revoke(holder, session->id, session->userId, QStringLiteral("oauth_revoke")))
        m_metrics.count(Metrics::Event::Revocation);
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
        // Resource servers ask here to learn what holds *now*: a disabled or deleted user, or one
        // whose roles no longer cover the token's, makes it inactive; the roles are the current ones.
        const std::optional<UserAccess> current
            = m_backend.currentAccess().of(claims.value(QLatin1String("sub")).toString().toLongLong());
        QStringList claimedRoles;
        for (const QJsonValue &role : claims.value(QLatin1String("roles")).toArray())
            claimedRoles << role.toString();
        if (!current || current->disabled
            || !m_backend.currentAccess().roleGraph()->canManage(current->roles, claimedRoles))
            return HttpResponse::json(inactive);
        QJsonObject answer{{QStringLiteral("active"), true},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")}, // RFC 7662 §2.2, RFC 6749 §7.1
                           {QStringLiteral("username"), current->email},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(current->roles)}};
        for (const char *claim : {"iss", "aud", "sub", "client_id", "exp", "iat", "nbf", "jti", "sid", "scope"}) {
            if (claims.contains(QLatin1String(claim)))
                answer.insert(QLatin1String(claim), claims.value(QLatin1String(claim)));
        }
        return HttpResponse::json(answer);
    }
    const auto session = m_backend.sessions().activeSessionOf(token);
    const qint64 idle = context.request.settings->tokens.refreshIdleTtl.count();
    if (!session)
        return HttpResponse::json(inactive);
    return HttpResponse::json({{QStringLiteral("active"), true},
                               {QStringLiteral("token_type"), QStringLiteral("refresh_token")},
                               {QStringLiteral("sub"), QString::number(session->userId)},
                               {QStringLiteral("sid"), session->id},
                               {QStringLiteral("exp"), session->expiresAt(idle).toSecsSinceEpoch()}});
}

} // namespace keyward
