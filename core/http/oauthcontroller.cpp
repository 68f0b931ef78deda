// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthcontroller.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/clientservice.h"
#include "auth/currentaccess.h"
#include "auth/introspection.h"
#include "auth/mfaservice.h"
#include "auth/oidcservice.h"
#include "auth/revocationservice.h"
#include "auth/rolegraph.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "config/settings.h"
#include "metrics.h"
#include "requestauth.h"

#include <QJsonArray>
#include <QUrl>

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

} // namespace

OAuthController::OAuthController(Backend &backend, AuthController &auth, Metrics &metrics, Authenticator &authenticator)
    : m_backend(backend), m_auth(auth), m_metrics(metrics), m_authenticator(authenticator)
{ }

void OAuthController::registerRoutes(Router &router)
{
    Route tokenRoute{"POST", QStringLiteral("/oauth/token"), Access::Public, {}, [this](RequestContext &c) {
                         return this->token(c);
                     }};
    // Contract v3: the password grant hashes (an unknown user costs a whole Argon2id too), so it
    // runs on the password pool like /auth/login; the other grants stay on the request threads.
    tokenRoute.hashesPasswordsFor = [](const HttpRequest &request) {
        try {
            return request.formFields().value(QStringLiteral("grant_type")) == GrantType::kPassword;
        } catch (const ApiError &) { // not a form: the handler answers that, at no cost
            return false;
        }
    };
    router.add(std::move(tokenRoute));
    router.add(
        {"POST", QStringLiteral("/oauth/revoke"), Access::Public, {}, [this](RequestContext &c) { return revoke(c); }});
    // Open to the router: the handler accepts a confidential client or a bearer with the permission.
    router.add({"POST", QStringLiteral("/oauth/introspect"), Access::Public, {}, [this](RequestContext &c) {
                    return introspect(c);
                }});
}

std::optional<Client> OAuthController::authenticateClient(const HttpRequest &request,
                                                          const QMap<QString, QString> &form)
{
    // RFC 6749 §2.3: client_secret_basic, client_secret_post, or a public client's client_id.
    QString clientId = form.value(QStringLiteral("client_id"));
    std::optional<QString> secret;
    const QByteArray authorization = request.header("authorization");
    const bool basic = authorization.startsWith("Basic ");
    if (basic) {
        const QByteArray credentials = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = credentials.indexOf(':');
        if (colon < 0)
            throw ClientRefusal{401, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"),
                                true};
        // §2.3.1: both parts are form-urlencoded before they are joined.
        const auto decoded = [](QByteArray part) { return QUrl::fromPercentEncoding(part.replace('+', ' ')); };
        const QString basicId = decoded(credentials.left(colon));
        // One method only: no secret in the body, and a client_id there (some send it) the same.
        if (form.contains(QStringLiteral("client_secret")) || (!clientId.isEmpty() && clientId != basicId))
            throw ClientRefusal{400, QStringLiteral("invalid_request"),
                                QStringLiteral("use one way of client authentication")};
        clientId = basicId;
        secret = decoded(credentials.mid(colon + 1));
    } else if (form.contains(QStringLiteral("client_secret"))) {
        secret = form.value(QStringLiteral("client_secret"));
    }
    if (clientId.isEmpty())
        return std::nullopt; // Keyward's own (first-party) use: password and refresh_token only
    Result<Client> client = m_backend.clients().authenticate(clientId, secret);
    if (!client)
        throw ClientRefusal{401, QStringLiteral("invalid_client"), client.error().message, basic};
    return std::move(client.value());
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
    if (grant.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    std::optional<Client> client;
    try {
        client = authenticateClient(context.request, form);
    } catch (const ClientRefusal &refusal) {
        return refusalResponse(refusal);
    }
    try {
        if (grant == GrantType::kAuthorizationCode || grant == GrantType::kClientCredentials) {
            if (!client)
                return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client_id is required"));
            const Result<ClientTokens> tokens = grant == GrantType::kAuthorizationCode
                ? m_backend.oidc().exchangeCode(
                    *client, form.value(QStringLiteral("code")), form.value(QStringLiteral("redirect_uri")),
                    form.value(QStringLiteral("code_verifier")), AuthController::clientOf(context.request))
                : m_backend.oidc().clientCredentials(*client, form.value(QStringLiteral("scope")));
            if (tokens) // issued, not merely asked for
                m_metrics.count(grant == GrantType::kAuthorizationCode ? Metrics::Event::GrantAuthorizationCode
                                                                       : Metrics::Event::GrantClientCredentials);
            return clientTokensResponse(tokens);
        }
        if (grant == GrantType::kRefreshToken && client) {
            m_auth.limitByAddress(context.request,
                                  "refresh:", context.request.settings->limits.refreshPerAddressPerMinute, 60);
            const Result<ClientTokens> tokens = m_backend.oidc().refresh(
                *client, form.value(QStringLiteral("refresh_token")), AuthController::clientOf(context.request),
                form.value(QStringLiteral("scope")));
            if (tokens)
                m_metrics.count(Metrics::Event::GrantRefreshToken);
            return clientTokensResponse(tokens);
        }
        TokenPair pair;
        if (grant == GrantType::kPassword) {
            // RFC 9700 §2.4: not for applications — only Keyward's own (first-party) clients.
            if (client && !(client->record.firstParty && client->allowsGrant(GrantType::kPassword)))
                return oauthError(400, QStringLiteral("unauthorized_client"),
                                  QStringLiteral("the password grant is for first-party clients only"));
            if (form.value(QStringLiteral("username")).isEmpty() || !form.contains(QStringLiteral("password")))
                return oauthError(400, QStringLiteral("invalid_request"),
                                  QStringLiteral("username and password are required"));
            const User user = m_auth.authenticate(form.value(QStringLiteral("username")),
                                                  form.value(QStringLiteral("password")), context.request);
            // A grant of one request has no second step: an account with a second factor (or
            // one it must enrol) signs in through the sign-in page instead.
            if (m_backend.mfa().needsSecondStep(user, client && client->record.requireMfa))
                return oauthError(400, QStringLiteral("invalid_grant"),
                                  QStringLiteral("this account signs in with a second factor: use the authorization "
                                                 "code flow"));
            (void)m_backend.mfa().afterPassword(user, false, {}); // signed in: the account's count clears
            SessionOrigin origin;
            if (client)
                origin.clientId = client->record.clientId;
            Result<TokenPair> started
                = m_backend.sessions().start(user, AuthController::clientOf(context.request), {}, origin);
            if (!started)
                throw ApiError::from(started.error());
            pair = started.value();
            m_metrics.count(Metrics::Event::GrantPassword);
        } else if (grant == GrantType::kRefreshToken) {
            pair = m_auth.refresh(form.value(QStringLiteral("refresh_token")), context.request);
            m_metrics.count(Metrics::Event::GrantRefreshToken);
        } else {
            return oauthError(400, QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("use authorization_code, refresh_token, client_credentials or password"));
        }
        QJsonObject body = pair.toJson(true);
        // Contract v3: a registered client gets a refresh token only with offline_access and its
        // refresh_token grant (Keyward's own first-party client, unregistered, always has).
        const bool offline = form.value(QStringLiteral("scope"))
                                 .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                                 .contains(QStringLiteral("offline_access"));
        if (client && !(offline && client->allowsGrant(GrantType::kRefreshToken)))
            body.remove(QStringLiteral("refresh_token"));
        body.remove(QStringLiteral("refresh_expires_in"));
        body.remove(QStringLiteral("session_id"));
        return HttpResponse::json(body).withHeader("Pragma", "no-cache").withHeader("Cache-Control", "no-store");
    } catch (const ApiError &error) {
        if (error.status == 429)
            throw;
        // RFC 6749 §5.2: bad resource-owner credentials and bad refresh tokens are both invalid_grant.
        return oauthError(400, QStringLiteral("invalid_grant"), error.message);
    }
}

HttpResponse OAuthController::clientTokensResponse(const Result<ClientTokens> &tokens)
{
    if (!tokens) {
        const ErrorCode code
            = tokens.error().code == ErrorCode::RefreshReused ? ErrorCode::InvalidGrant : tokens.error().code;
        if (code == ErrorCode::RateLimited)
            throw ApiError::from(tokens.error());
        const bool known = code == ErrorCode::InvalidGrant || code == ErrorCode::UnauthorizedClient
            || code == ErrorCode::InvalidScope || code == ErrorCode::InvalidRequest;
        // Anything else (a workspace gone, a key that cannot sign) is no grant either, as §5.2 has it.
        return oauthError(400, errorCodeName(known ? code : ErrorCode::InvalidGrant), tokens.error().message);
    }
    return HttpResponse::json(tokens->toJson())
        .withHeader("Pragma", "no-cache")
        .withHeader("Cache-Control", "no-store");
}

HttpResponse OAuthController::revoke(RequestContext &context)
{
    // Open to anyone (below), so limited per address like refresh, which it resembles.
    m_auth.limitByAddress(context.request, "revoke:", context.request.settings->limits.refreshPerAddressPerMinute, 60);
    const QMap<QString, QString> fields = context.request.fields();
    const QString token = fields.value(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    // RFC 7009 §2.1: a confidential client authenticates, and revokes only its own tokens; a
    // public client proves nothing but possession of the token, so possession is what
    // authorises. The hint only says where to look first, and a miss looks at the other kind.
    // §2.2: unknown, invalid or already revoked tokens still get 200.
    std::optional<Client> client;
    try {
        client = authenticateClient(context.request, fields);
    } catch (const ClientRefusal &refusal) {
        return refusalResponse(refusal);
    }
    const Result<Client> owner = m_backend.clients().find(clientOfToken(token));
    if (owner && owner->isConfidential() && (!client || client->record.clientId != owner->record.clientId))
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("the client the token was issued to must authenticate to revoke it"));
    if (!revokeAccessToken(token, context.request))
        revokeRefreshToken(token, context.request);
    return HttpResponse{200, {}, {}, {}};
}

QString OAuthController::clientOfToken(const QString &token)
{
    if (Introspection::looksLikeJwt(token)) {
        const TokenVerdict verdict = m_backend.tokens().verify(token.toLatin1());
        return verdict.valid() ? verdict.token.claims.value(QLatin1String("client_id")).toString() : QString();
    }
    const auto session = m_backend.sessions().findByRefreshToken(token);
    return session ? session->clientId : QString();
}

HttpResponse OAuthController::refusalResponse(const ClientRefusal &refusal)
{
    HttpResponse response = oauthError(refusal.status, refusal.error, refusal.description);
    if (refusal.basic) // RFC 6749 §5.2: answer the scheme the client used
        response.withHeader("WWW-Authenticate", "Basic realm=\"keyward\"");
    return response;
}

bool OAuthController::revokeAccessToken(const QString &token, const HttpRequest &request)
{
    if (!Introspection::looksLikeJwt(token))
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
    const QMap<QString, QString> fields = context.request.fields();
    // Who may ask: a confidential client by its credentials, or a bearer with tokens.introspect.
    std::optional<Client> client;
    try {
        client = authenticateClient(context.request, fields);
    } catch (const ClientRefusal &refusal) {
        return refusalResponse(refusal);
    }
    if (client && !client->isConfidential())
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("introspection is for confidential clients"));
    if (!client
        && !m_authenticator.hasPermission(m_authenticator.authenticate(context.request),
                                          QStringLiteral("tokens.introspect")))
        throw ApiError::insufficientRole(QStringLiteral("introspection needs the permission tokens.introspect"));
    const QString token = fields.value(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    return HttpResponse::json(m_backend.introspection().of(token));
}

} // namespace keyward
