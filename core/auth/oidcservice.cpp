// SPDX-License-Identifier: GPL-3.0-or-later
#include "oidcservice.h"

#include "common/batchpurge.h"

#include "accountservice.h"
#include "actor.h"
#include "auditlog.h"
#include "browsersessions.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/constanttime.h"
#include "crypto/digest.h"
#include "crypto/securerandom.h"
#include "redirecturi.h"
#include "revocationservice.h"
#include "settingsservice.h"
#include "storage/authorizationcodestore.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/transaction.h"
#include "storage/userpublicid.h"
#include "tokenservice.h"
#include "workspaceservice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace keyward {

namespace {

const QString kOpenId = QStringLiteral("openid");
const QString kOfflineAccess = QStringLiteral("offline_access");
constexpr qsizetype kLongestParameter = 2000;

QString codeHash(const QString &code)
{
    return sha256Hex(code.toLatin1());
}

// RFC 7636 §4.1/4.2: 43 to 128 unreserved characters.
bool isPkceValue(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}\\z"));
    return pattern.match(value).hasMatch();
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

Error grantError(ErrorCode code, const QString &why)
{
    return failure(code, why);
}

QStringList scopeList(const QString &scope)
{
    QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    scopes.removeDuplicates();
    return scopes;
}

} // namespace

QJsonObject ClientTokens::toJson() const
{
    QJsonObject json{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), expiresIn}};
    if (!scope.isEmpty())
        json.insert(QStringLiteral("scope"), scope);
    if (!refreshToken.isEmpty())
        json.insert(QStringLiteral("refresh_token"), refreshToken);
    if (!idToken.isEmpty())
        json.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken));
    return json;
}

OidcService::OidcService(Database &database, ClientService &clients, AccountService &accounts, SessionService &sessions,
                         TokenService &tokens, WorkspaceService &workspaces, AuditLog &audit, ChangeSignals &changes,
                         const Clock &clock, SettingsService &settings, RevocationService &revocations)
    : m_database(database), m_clients(clients), m_accounts(accounts), m_sessions(sessions), m_tokens(tokens),
      m_workspaces(workspaces), m_audit(audit), m_changes(changes), m_clock(clock), m_settings(settings),
      m_revocations(revocations)
{ }

int OidcService::purgeExpiredCodes()
{
    // Kept a day past their end: a replay that late is still recognised as one (and revokes).
    const QDateTime before = m_clock.now().addDays(-1);
    return purgeInBatches(250, 20, [this, &before](int size) {
        return AuthorizationCodeStore(m_database.connection()).purgeExpired(before, size);
    });
}

SignOutStep OidcService::signOutStep(const std::optional<QJsonObject> &hint, const BrowserSignIn *signIn,
                                     bool confirmed, bool cookieWithheld)
{
    if (confirmed)
        return signIn ? SignOutStep::End : SignOutStep::Nothing;
    if (signIn) {
        const bool hintNamesIt = hint && hint->value(QLatin1String("sid")).toString() == signIn->session.id
            && hint->value(QLatin1String("sub")).toString() == signIn->user.record.publicId;
        return hintNamesIt ? SignOutStep::End : SignOutStep::Ask;
    }
    // No cookie: on a POST a sign-in may exist that the browser did not send (SameSite=Lax), and
    // so may one a verified hint names (a GET from a frame or a script). The question is posted
    // from Keyward's own page, which carries the cookie.
    return cookieWithheld || hint ? SignOutStep::Ask : SignOutStep::Nothing;
}

const QStringList &OidcService::supportedScopes()
{
    return ClientService::defaultScopes();
}

std::variant<AuthorizationRequest, AuthorizationError>
OidcService::checkAuthorization(const QMap<QString, QString> &parameters)
{
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (it.value().size() > kLongestParameter)
            return AuthorizationError{QStringLiteral("invalid_request"),
                                      QStringLiteral("the parameter %1 is too long").arg(it.key()),
                                      {},
                                      {}};
    }
    // Until the client and its redirect URI are known, nothing is sent anywhere (no open redirect).
    const QString clientId = parameters.value(QStringLiteral("client_id"));
    const Result<Client> client = clientId.isEmpty()                 ? Result<Client>(failure(ErrorCode::NotFound, {}))
        : clientId == QLatin1String(ClientService::kAccountClientId) ? ClientService::accountClient(m_tokens.issuer())
                                                                     : m_clients.find(clientId);
    if (!client)
        return AuthorizationError{QStringLiteral("invalid_client"),
                                  QStringLiteral("the application (client_id) is not registered here"),
                                  {},
                                  {}};
    const QString redirectUri = parameters.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty() || !RedirectUri::matchesAny(client->record.redirectUris, redirectUri))
        return AuthorizationError{QStringLiteral("invalid_request"),
                                  QStringLiteral("the redirect_uri is missing or not registered for this application"),
                                  {},
                                  {}};

    AuthorizationRequest request;
    request.client = client.value();
    request.redirectUri = redirectUri;
    request.state = parameters.value(QStringLiteral("state"));
    request.parameters = parameters;
    const auto refuse = [&request](const QString &error, const QString &description) {
        return AuthorizationError{error, description, request.redirectUri, request.state};
    };
    // OIDC Core §6.1, §6.2: the two ways of passing a request object, each with its own error.
    if (parameters.contains(QStringLiteral("request_uri")))
        return refuse(QStringLiteral("request_uri_not_supported"), QStringLiteral("request_uri is not supported"));
    if (parameters.contains(QStringLiteral("request")))
        return refuse(QStringLiteral("request_not_supported"), QStringLiteral("request objects are not supported"));
    if (!parameters.contains(QStringLiteral("response_type"))) // RFC 6749 §4.1.2.1: a missing parameter
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("response_type is required"));
    if (parameters.value(QStringLiteral("response_type")) != QLatin1String("code"))
        return refuse(QStringLiteral("unsupported_response_type"), QStringLiteral("response_type must be code"));
    if (const QString mode = parameters.value(QStringLiteral("response_mode"));
        !mode.isEmpty() && mode != QLatin1String("query"))
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("response_mode must be query"));
    if (!request.client.allowsGrant(GrantType::kAuthorizationCode))
        return refuse(QStringLiteral("unauthorized_client"),
                      QStringLiteral("this application may not use the authorization code flow"));

    request.scopes = scopeList(parameters.value(QStringLiteral("scope")));
    if (request.scopes.isEmpty())
        request.scopes = request.client.record.scopes;
    for (const QString &scope : std::as_const(request.scopes)) {
        if (!request.client.record.scopes.contains(scope))
            return refuse(QStringLiteral("invalid_scope"),
                          QStringLiteral("the application may not ask for the scope %1").arg(scope));
    }

    const QString challenge = parameters.value(QStringLiteral("code_challenge"));
    const QString method = parameters.value(QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty()) {
        if (method != QLatin1String("S256"))
            return refuse(QStringLiteral("invalid_request"), QStringLiteral("code_challenge_method must be S256"));
        if (!isPkceValue(challenge))
            return refuse(QStringLiteral("invalid_request"), QStringLiteral("code_challenge is not a S256 challenge"));
        request.codeChallenge = challenge;
    } else if (!request.client.isConfidential() || m_settings.current()->oidc.requirePkce) {
        return refuse(QStringLiteral("invalid_request"),
                      QStringLiteral("PKCE is required: send code_challenge (S256)"));
    } else if (!method.isEmpty()) {
        return refuse(QStringLiteral("invalid_request"),
                      QStringLiteral("code_challenge_method without code_challenge"));
    }

    request.prompts = parameters.value(QStringLiteral("prompt")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &prompt : std::as_const(request.prompts)) {
        if (prompt != QLatin1String("none") && prompt != QLatin1String("login") && prompt != QLatin1String("consent"))
            return refuse(QStringLiteral("invalid_request"), QStringLiteral("unsupported prompt %1").arg(prompt));
    }
    if (request.hasPrompt("none") && request.prompts.size() > 1)
        return refuse(QStringLiteral("invalid_request"), QStringLiteral("prompt=none goes alone"));
    if (parameters.contains(QStringLiteral("max_age"))) {
        bool ok = false;
        const qint64 maxAge = parameters.value(QStringLiteral("max_age")).toLongLong(&ok);
        if (!ok || maxAge < 0)
            return refuse(QStringLiteral("invalid_request"), QStringLiteral("max_age must be a number of seconds"));
        request.maxAge = qMin<qint64>(maxAge, qint64(100) * 365 * 86400); // longer than any sign-in lives
    }
    request.nonce = parameters.value(QStringLiteral("nonce"));
    request.loginHint = parameters.value(QStringLiteral("login_hint"));
    request.idTokenHint = parameters.value(QStringLiteral("id_token_hint"));
    request.workspace = parameters.value(QStringLiteral("workspace"));
    // OIDC Core §3.1.2.1: acr_values are in order of preference and voluntary; unknown ones are
    // passed over. Either of phr and mfa satisfies a request naming both; a client's require_mfa
    // is a floor (phr is above it).
    const QStringList acrValues
        = parameters.value(QStringLiteral("acr_values")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (acrValues.contains(QStringLiteral("mfa")))
        request.requiredAcr = QStringLiteral("mfa");
    else if (acrValues.contains(QStringLiteral("phr")))
        request.requiredAcr = QStringLiteral("phr");
    else if (request.client.record.requireMfa)
        request.requiredAcr = QStringLiteral("mfa");
    return request;
}

bool OidcService::needsSignIn(const AuthorizationRequest &request, const BrowserSignIn *signIn)
{
    // OIDC Core §3.1.2.1: max_age=0 is prompt=login; otherwise the sign-in must be younger.
    if (!signIn || request.hasPrompt("login") || (request.maxAge && *request.maxAge == 0))
        return true;
    if (request.maxAge && signIn->session.authenticatedAt().msecsTo(m_clock.now()) > *request.maxAge * 1000)
        return true;
    // Step-up: a sign-in weaker than the application asks for is made again.
    if (!request.requiredAcr.isEmpty()
        && !SignInMethods::fromStored(signIn->session.amr).satisfies(request.requiredAcr))
        return true;
    return !hintsName(request, signIn->user);
}

bool OidcService::signInStillSatisfies(const AuthorizationRequest &request, const BrowserSignIn &signIn)
{
    if (request.maxAge && *request.maxAge > 0
        && signIn.session.authenticatedAt().msecsTo(m_clock.now()) > *request.maxAge * 1000)
        return false;
    if (!request.requiredAcr.isEmpty() && !SignInMethods::fromStored(signIn.session.amr).satisfies(request.requiredAcr))
        return false;
    return hintsName(request, signIn.user);
}

bool OidcService::hintsName(const AuthorizationRequest &request, const User &user)
{
    if (!request.loginHint.isEmpty() && request.loginHint.compare(user.record.email, Qt::CaseInsensitive) != 0)
        return false;
    if (request.idTokenHint.isEmpty())
        return true;
    // A hint we cannot verify names nobody we know: the signed-in user is not shown to be it.
    const std::optional<QJsonObject> hinted = m_tokens.idTokenHintClaims(request.idTokenHint.toLatin1());
    return hinted && hinted->value(QLatin1String("sub")).toString() == user.record.publicId;
}

bool OidcService::needsConsent(const AuthorizationRequest &request, qint64 userId)
{
    if (request.client.record.firstParty)
        return false;
    if (request.hasPrompt("consent"))
        return true;
    const std::optional<ConsentRecord> consent
        = ConsentStore(m_database.connection()).find(userId, request.client.record.clientId);
    if (!consent)
        return true;
    for (const QString &scope : request.scopes) {
        if (!consent->scopes.contains(scope))
            return true;
    }
    return false;
}

void OidcService::giveConsent(const Actor &actor, qint64 userId, const AuthorizationRequest &request)
{
    TransactionGuard transaction(m_database);
    ConsentStore store(transaction.connection());
    QStringList scopes = request.scopes;
    if (const auto earlier = store.find(userId, request.client.record.clientId))
        scopes += earlier->scopes; // what was granted before stays granted
    scopes.removeDuplicates();
    store.save({userId, request.client.record.clientId, scopes, m_clock.now()});
    m_changes.publishAfterCommit(m_database.connection(), Change::Clients);
    m_audit.record(actor, QStringLiteral("oidc.consent"), request.client.record.clientId, AuditOutcome::success(),
                   {{QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                    {QStringLiteral("user_id"), QString::number(userId)}});
    transaction.commit();
}

Status OidcService::revokeConsent(const Actor &actor, qint64 userId, const QString &clientId)
{
    TransactionGuard transaction(m_database);
    if (!ConsentStore(transaction.connection()).remove(userId, clientId))
        return failure(ErrorCode::NotFound, QStringLiteral("no such consent"));
    // What the consent allowed ends with it: the application's sessions of this user.
    const int ended = SessionService::endSessionsOfClient(transaction.connection(), clientId, m_clock.now(), userId);
    m_changes.publishAfterCommit(m_database.connection(), Change::Clients | Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("oidc.consent_revoke"), clientId, AuditOutcome::success(),
                   {{QStringLiteral("user_id"), QString::number(userId)}, {QStringLiteral("sessions_ended"), ended}});
    transaction.commit();
    if (ended > 0)
        m_revocations.refreshNow();
    return success();
}

std::vector<ConsentRecord> OidcService::consentsOf(qint64 userId)
{
    return ConsentStore(m_database.connection()).ofUser(userId);
}

std::vector<ConsentRecord> OidcService::consentsTo(const QString &clientId, int limit)
{
    return ConsentStore(m_database.connection()).ofClient(clientId, limit);
}

std::variant<QString, AuthorizationError> OidcService::issueCode(const AuthorizationRequest &request,
                                                                 const BrowserSignIn &signIn)
{
    std::optional<qint64> workspaceId;
    if (!request.workspace.isEmpty()) {
        const Result<WorkspaceWithRole> membership
            = m_workspaces.membershipOf(signIn.user.record.id, request.workspace);
        if (!membership)
            return deny(request, QStringLiteral("invalid_request"), QStringLiteral("no such workspace"),
                        signIn.user.record.id);
        workspaceId = membership->workspace.record.id;
    }
    const QString code = QString::fromLatin1(Base64Url::encode(randomBytes(32)));
    const QDateTime now = m_clock.now();
    AuthorizationCodeRecord record;
    record.codeHash = codeHash(code);
    record.clientId = request.client.record.clientId;
    record.userId = signIn.user.record.id;
    record.ssoSessionId = signIn.session.id;
    record.redirectUri = request.redirectUri;
    record.codeChallenge = request.codeChallenge;
    record.nonce = request.nonce;
    record.scope = request.scopes.join(QLatin1Char(' '));
    record.workspaceId = workspaceId;
    record.authTime = signIn.session.authenticatedAt();
    record.createdAt = now;
    record.expiresAt = now.addSecs(m_settings.current()->oidc.codeTtl.count());
    TransactionGuard transaction(m_database);
    AuthorizationCodeStore(transaction.connection()).insert(record);
    Actor actor = Actor::user(signIn.user.record.email, signIn.user.roles, {});
    actor.userId = signIn.user.record.id;
    m_audit.record(actor, QStringLiteral("oidc.authorize"), record.clientId, AuditOutcome::success(),
                   {{QStringLiteral("scope"), record.scope}});
    transaction.commit();
    return code;
}

AuthorizationError OidcService::deny(const AuthorizationRequest &request, const QString &error,
                                     const QString &description, qint64 userId)
{
    Actor actor
        = userId > 0 ? Actor::user(QString::number(userId), {}, {}) : Actor::anonymous(QStringLiteral("anonymous"), {});
    actor.userId = userId;
    m_audit.record(actor, QStringLiteral("oidc.authorize"), request.client.record.clientId, AuditOutcome::denied(),
                   {{QStringLiteral("error"), error}});
    return {error, description, request.redirectUri, request.state};
}

Result<ClientTokens> OidcService::exchangeCode(const Client &client, const QString &code, const QString &redirectUri,
                                               const QString &codeVerifier, const ClientInfo &from)
{
    if (!client.allowsGrant(GrantType::kAuthorizationCode))
        return grantError(ErrorCode::UnauthorizedClient, QStringLiteral("this client may not use authorization_code"));
    if (code.isEmpty() || code.size() > 200)
        return grantError(ErrorCode::InvalidGrant, QStringLiteral("code is required"));
    const QString hash = codeHash(code);
    const QDateTime now = m_clock.now();
    std::optional<AuthorizationCodeRecord> record = AuthorizationCodeStore(m_database.connection()).find(hash);
    const Error invalid = grantError(ErrorCode::InvalidGrant, QStringLiteral("the code is unknown, used or expired"));
    if (!record || record->clientId != client.record.clientId)
        return invalid;
    const Actor actor = Actor::client(client.record.clientId, from.address);
    if (record->usedAt)
        return replayed(hash, actor);
    if (now >= record->expiresAt)
        return invalid;
    if (redirectUri != record->redirectUri)
        return grantError(ErrorCode::InvalidGrant,
                          QStringLiteral("redirect_uri differs from the authorization request"));
    if (record->codeChallenge.isEmpty() != codeVerifier.isEmpty())
        return grantError(ErrorCode::InvalidGrant,
                          record->codeChallenge.isEmpty() ? QStringLiteral("no code_challenge was sent for this code")
                                                          : QStringLiteral("code_verifier is required"));
    if (!record->codeChallenge.isEmpty()
        && (!isPkceValue(codeVerifier)
            || !constantTimeEquals(s256(codeVerifier).toLatin1(), record->codeChallenge.toLatin1())))
        return grantError(ErrorCode::InvalidGrant, QStringLiteral("code_verifier does not match the code_challenge"));
    const Result<User> user = m_accounts.findById(record->userId);
    if (!user || user->record.disabled)
        return invalid;

    SessionOrigin origin;
    origin.sessionId = SessionService::newSessionId();
    origin.clientId = client.record.clientId;
    origin.parentId = record->ssoSessionId;
    origin.scope = record->scope;
    origin.authTime = record->authTime;
    // The tokens say how the user signed in to the browser's sign-in that issued the code.
    if (const std::optional<SessionRecord> signIn = m_sessions.find(record->ssoSessionId);
        signIn && !signIn->amr.isEmpty())
        origin.methods = SignInMethods::fromStored(signIn->amr);
    const WorkspaceChoice workspace
        = record->workspaceId ? WorkspaceChoice::enter(QString::number(*record->workspaceId)) : WorkspaceChoice{};
    Result<TokenPair> pair = failure(ErrorCode::InvalidGrant, {});
    {
        // One write transaction: the code marked used by the session it starts, so a replay or a
        // concurrent exchange (which waits for it) finds the session to revoke; and the sign-in
        // checked live in it, so a logout either comes first or finds the new session to end.
        TransactionGuard transaction(m_database);
        if (!AuthorizationCodeStore(transaction.connection()).markUsed(hash, now, origin.sessionId)) {
            transaction.commit(); // nothing written
            return replayed(hash, actor); // a concurrent exchange won: this one is the replay
        }
        const std::optional<SessionRecord> signIn = SessionStore(transaction.connection()).find(record->ssoSessionId);
        if (!signIn || signIn->revokedAt)
            return invalid; // rolled back: the code stays unused, with nothing to give
        pair = m_sessions.start(user.value(), from, workspace, origin);
        if (!pair)
            return pair.error();
        m_changes.publishAfterCommit(m_database.connection(), Change::Sessions);
        m_audit.record(actor, QStringLiteral("oidc.code_exchange"), client.record.clientId, AuditOutcome::success(),
                       {{QStringLiteral("user_id"), QString::number(record->userId)},
                        {QStringLiteral("session"), origin.sessionId}});
        transaction.commit();
    }
    // Contract v3: a refresh token only with offline_access and for a client that may use it.
    const bool withRefreshToken
        = scopeList(record->scope).contains(kOfflineAccess) && client.allowsGrant(GrantType::kRefreshToken);
    return tokensFor(user.value(), pair.value(), client, record->nonce, record->ssoSessionId, withRefreshToken);
}

Error OidcService::replayed(const QString &codeHash, const Actor &actor)
{
    // RFC 6749 §4.1.2: a code used twice was stolen, or the first answer was lost; whatever the
    // first use issued is revoked (read again now: the first use has committed).
    const std::optional<AuthorizationCodeRecord> record
        = AuthorizationCodeStore(m_database.connection()).find(codeHash);
    if (record && !record->sessionId.isEmpty())
        // Ended already (by its user, or an earlier replay) is as good: nothing to report.
        (void)m_sessions.revoke(Actor::system(QStringLiteral("oidc")), record->sessionId, 0,
                                QStringLiteral("authorization_code_replay"));
    m_changes.publishAfterCommit(m_database.connection(), Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("oidc.code_replay"), record ? record->clientId : QString(),
                   AuditOutcome::denied(),
                   {{QStringLiteral("user_id"), record ? QString::number(record->userId) : QString()},
                    {QStringLiteral("session"), record ? record->sessionId : QString()}});
    return failure(ErrorCode::InvalidGrant, QStringLiteral("the code is unknown, used or expired"));
}

Result<ClientTokens> OidcService::refresh(const Client &client, const QString &refreshToken, const ClientInfo &from,
                                          const QString &scope)
{
    if (!client.allowsGrant(GrantType::kRefreshToken))
        return grantError(ErrorCode::UnauthorizedClient, QStringLiteral("this client may not use refresh_token"));
    const Result<TokenPair> pair = m_sessions.refresh(refreshToken, from, {}, client.record.clientId, scopeList(scope));
    if (!pair)
        return pair.error();
    const std::optional<SessionRecord> session = m_sessions.find(pair->sessionId);
    const Result<User> user
        = session ? m_accounts.findById(session->userId) : Result<User>(failure(ErrorCode::InvalidGrant, {}));
    if (!user)
        return grantError(ErrorCode::InvalidGrant, QStringLiteral("the account is not active"));
    // The session goes on: its successor is handed on, whatever this answer's scope.
    return tokensFor(user.value(), pair.value(), client, {}, session->parentId, true);
}

Result<ClientTokens> OidcService::tokensFor(const User &user, const TokenPair &pair, const Client &client,
                                            const QString &nonce, const QString &signInId, bool withRefreshToken)
{
    const QString &clientId = client.record.clientId;
    const QStringList scopes = scopeList(pair.scope);
    ClientTokens tokens;
    tokens.accessToken = pair.accessToken;
    tokens.expiresIn = pair.expiresIn;
    tokens.scope = pair.scope;
    if (withRefreshToken)
        tokens.refreshToken = pair.refreshToken;
    if (!scopes.contains(kOpenId))
        return tokens;
    QJsonObject claims = claimsFor(user, scopes, pair.workspaceClaims);
    claims.insert(QStringLiteral("aud"), clientId);
    claims.insert(QStringLiteral("azp"), clientId);
    claims.insert(QStringLiteral("auth_time"), pair.authTime.toSecsSinceEpoch());
    const SignInMethods methods = pair.methods.isEmpty() ? SignInMethods::password() : pair.methods;
    claims.insert(QStringLiteral("amr"), QJsonArray::fromStringList(methods.amr()));
    if (!methods.acr().isEmpty())
        claims.insert(QStringLiteral("acr"), methods.acr());
    if (!signInId.isEmpty())
        claims.insert(QStringLiteral("sid"), signInId);
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    const Result<IssuedToken> id = m_tokens.issueIdToken(
        claims, m_settings.current()->tokens.accessTtl.count(),
        algorithmFromName(client.record.idTokenAlgorithm).value_or(JwsAlgorithm::ES256), pair.accessToken);
    if (!id)
        return id.error();
    tokens.idToken = id->token;
    return tokens;
}

Result<ClientTokens> OidcService::clientCredentials(const Client &client, const QString &scope)
{
    if (!client.allowsGrant(GrantType::kClientCredentials))
        return grantError(ErrorCode::UnauthorizedClient, QStringLiteral("this client may not use client_credentials"));
    const QStringList scopes = scopeList(scope);
    for (const QString &asked : scopes) {
        // No user signs in here: nothing that releases a user's claims or a refresh token.
        if (!client.record.scopes.contains(asked) || asked == kOpenId || asked == kOfflineAccess)
            return grantError(ErrorCode::InvalidScope,
                              QStringLiteral("the client may not ask for the scope %1").arg(asked));
    }
    const qint64 ttl = m_settings.current()->tokens.accessTtl.count();
    const Result<IssuedToken> access
        = m_tokens.issueForClient(client.record.clientId, ttl, scopes.join(QLatin1Char(' ')));
    if (!access)
        return access.error();
    ClientTokens tokens;
    tokens.accessToken = access->token;
    tokens.expiresIn = ttl;
    tokens.scope = scopes.join(QLatin1Char(' '));
    return tokens;
}

QJsonObject OidcService::claimsFor(const User &user, const QStringList &scopes,
                                   const QJsonObject &workspaceClaims) const
{
    QJsonObject claims{{QStringLiteral("sub"), user.record.publicId}};
    if (scopes.contains(QStringLiteral("email"))) {
        claims.insert(QStringLiteral("email"), user.record.email);
        claims.insert(QStringLiteral("email_verified"), user.record.emailVerified);
    }
    if (scopes.contains(QStringLiteral("profile")))
        claims.insert(QStringLiteral("name"), user.record.name); // the address only with scope email
    if (scopes.contains(QStringLiteral("roles")))
        claims.insert(QStringLiteral("roles"), QJsonArray::fromStringList(user.roles));
    for (auto it = workspaceClaims.begin(); it != workspaceClaims.end(); ++it)
        claims.insert(it.key(), it.value());
    return claims;
}

Result<QJsonObject> OidcService::userInfo(const QJsonObject &accessClaims)
{
    const QStringList scopes = scopeList(accessClaims.value(QLatin1String("scope")).toString());
    const QString subject = accessClaims.value(QLatin1String("sub")).toString();
    if (!UserPublicId::isWellFormed(subject)) // a client's own token: its sub is its client id
        return failure(ErrorCode::InvalidToken, QStringLiteral("userinfo needs a user's access token"));
    if (!scopes.contains(kOpenId)) // RFC 6750 §3.1
        return failure(ErrorCode::InsufficientScope, QStringLiteral("userinfo needs the openid scope"));
    const Result<User> user = m_accounts.findByPublicId(subject);
    if (!user || user->record.disabled)
        return failure(ErrorCode::InvalidToken, QStringLiteral("the account is not active"));
    return claimsFor(user.value(), scopes, WorkspaceWithRole::claimsIn(accessClaims));
}

} // namespace keyward
