// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenID Connect provider's decisions, apart from HTTP: checking an authorization request
// (OAuth 2.1, RFC 9700, PKCE, OIDC Core §3.1.2), whether a sign-in or consent is needed,
// authorization codes (single use, bound, short-lived; a replay revokes what the first use
// issued), the token endpoint's grants for clients, ID tokens and the claims each scope
// releases.
//
// Decisions where the contract is silent:
//   - redirect_uri is required (OIDC Core), and must match a registered one (RedirectUri);
//   - openid is not required: without it the flow is plain OAuth (no ID token, no userinfo);
//   - a requested scope the client is not registered for is invalid_scope; none asked for:
//     the client's registered scopes;
//   - PKCE S256 only ("plain" is refused); a code_verifier for a code issued without a
//     challenge is refused (RFC 9700 §2.1.1, no downgrade);
//   - `workspace` names a workspace the user must be a member of (else invalid_request, the
//     same for an unknown one); its claims go into the tokens as for /auth/login;
//   - email_verified is whether the user followed a verification link to the address (it goes
//     back to false when the address changes);
//   - the ID token's sid is the browser's sign-in (what RP-initiated logout ends), the access
//     token's the client's session (what revocation and introspection name).
//
// Threads: any thread.
#pragma once

#include "auth/clientservice.h"
#include "auth/sessionservice.h"
#include "common/result.h"
#include "storage/consentstore.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <variant>

namespace keyward {

class AccountService;
class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class RevocationService;
class SettingsService;
class TokenService;
class WorkspaceService;
struct Actor;
struct BrowserSignIn;
struct User;

// A checked authorization request.
struct AuthorizationRequest {
    Client client;
    QString redirectUri;
    QString state;
    QString nonce;
    QStringList scopes;
    QString codeChallenge; // S256; empty when none was sent (allowed only when PKCE is not required)
    QStringList prompts; // of none, login, consent
    std::optional<qint64> maxAge;
    QString loginHint;
    QString idTokenHint; // as received; verified when it is used
    QString workspace; // an id or slug; empty: none
    // What the sign-in must amount to (SignInMethods::satisfies): "phr", "mfa" or empty — the
    // weakest of the acr_values Keyward knows, at least "mfa" for a client that requires it.
    QMap<QString, QString> parameters; // as received, carried through the login and consent pages
    QString requiredAcr;

    bool hasPrompt(const char *value) const { return prompts.contains(QLatin1String(value)); }
};

// Why an authorization cannot go on (RFC 6749 §4.1.2.1, OIDC Core §3.1.2.6). Before the client
// and its redirect URI are known it is shown as a page (redirectUri empty), never redirected.
struct AuthorizationError {
    QString error;
    QString description;
    QString redirectUri;
    QString state;
};

// What the token endpoint answers a client.
struct ClientTokens {
    QByteArray accessToken;
    qint64 expiresIn = 0;
    QString refreshToken; // only with offline_access (and the refresh_token grant allowed)
    QByteArray idToken; // only with openid
    QString scope;
    QJsonObject toJson() const; // RFC 6749 §5.1 (+ id_token)
};

// What RP-initiated logout does with the browser's sign-in (RP-Initiated Logout 1.0 §2, §3).
enum class SignOutStep {
    End, // end it, without a question
    Ask, // the confirmation page
    Nothing, // no sign-in to end: say so, or go back to the application
};

class OidcService {
public:
    OidcService(Database &database, ClientService &clients, AccountService &accounts, SessionService &sessions,
                TokenService &tokens, WorkspaceService &workspaces, AuditLog &audit, ChangeSignals &changes,
                const Clock &clock, SettingsService &settings, RevocationService &revocations);

    static const QStringList &supportedScopes(); // those that release claims, and offline_access

    // The one rule of /oauth/logout. hint: the verified claims of the id_token_hint (none: absent
    // or not an ID token of ours, expired or not); signIn: the sign-in the browser's cookie
    // names; confirmed: the user said yes on Keyward's own page (CSRF checked); cookieWithheld:
    // a POST, which a cross-site form sends without the SameSite=Lax cookie. A sign-in ends
    // unasked only when the hint names it (sid) and its user (sub): an application's ID token
    // of another user, or of another sign-in of the same user, gets the question.
    static SignOutStep signOutStep(const std::optional<QJsonObject> &hint, const BrowserSignIn *signIn, bool confirmed,
                                   bool cookieWithheld);

    std::variant<AuthorizationRequest, AuthorizationError> checkAuthorization(const QMap<QString, QString> &parameters);
    // A sign-in is needed: none, or prompt=login, or older than max_age (max_age=0 always), or
    // login_hint / id_token_hint name another user than the signed-in one (so prompt=none gets
    // login_required, OIDC Core §3.1.2.1).
    bool needsSignIn(const AuthorizationRequest &request, const BrowserSignIn *signIn);
    // What a posted consent re-checks of the sign-in it was shown in (the form carries the
    // request again, so it could name an application asking for more): strong enough
    // (acr_values, require_mfa), young enough (max_age > 0), of the hinted user. Not prompt=login
    // or max_age=0, which the sign-in just before the consent page has honoured.
    bool signInStillSatisfies(const AuthorizationRequest &request, const BrowserSignIn &signIn);
    // Consent is needed: not first-party, and no remembered consent covering the scopes (or
    // prompt=consent).
    bool needsConsent(const AuthorizationRequest &request, qint64 userId);
    void giveConsent(const Actor &actor, qint64 userId, const AuthorizationRequest &request);
    Status revokeConsent(const Actor &actor, qint64 userId, const QString &clientId);
    std::vector<ConsentRecord> consentsOf(qint64 userId);
    // Who allowed the client: its newest `limit` consents.
    std::vector<ConsentRecord> consentsTo(const QString &clientId, int limit);
    // A code for the signed-in user (audited as granted), or the error to redirect with.
    std::variant<QString, AuthorizationError> issueCode(const AuthorizationRequest &request,
                                                        const BrowserSignIn &signIn);
    // The user said no, or prompt=none could not be honoured: audited, and the error to send.
    AuthorizationError deny(const AuthorizationRequest &request, const QString &error, const QString &description,
                            qint64 userId = 0);

    Result<ClientTokens> exchangeCode(const Client &client, const QString &code, const QString &redirectUri,
                                      const QString &codeVerifier, const ClientInfo &from);
    // scope: narrower than the session's, for this answer (RFC 6749 §6); empty: the session's.
    Result<ClientTokens> refresh(const Client &client, const QString &refreshToken, const ClientInfo &from,
                                 const QString &scope = {});
    Result<ClientTokens> clientCredentials(const Client &client, const QString &scope);
    // The claims of a user that these scopes release (ID token, userinfo).
    QJsonObject claimsFor(const User &user, const QStringList &scopes, const QJsonObject &workspaceClaims) const;
    // Deletes codes that ended over a day ago, in batches (housekeeping); gives how many.
    int purgeExpiredCodes();
    // /oauth/userinfo for a verified access token's claims; invalid_token when it is not a user's
    // token with the openid scope.
    Result<QJsonObject> userInfo(const QJsonObject &accessClaims);

private:
    // The request's hints (when sent) name this user.
    bool hintsName(const AuthorizationRequest &request, const User &user);
    // A code presented again: what its first use issued is revoked; audited.
    Error replayed(const QString &codeHash, const Actor &actor);
    // withRefreshToken: the answer carries the pair's refresh token.
    Result<ClientTokens> tokensFor(const User &user, const TokenPair &pair, const Client &client, const QString &nonce,
                                   const QString &signInId, bool withRefreshToken);

    Database &m_database;
    ClientService &m_clients;
    AccountService &m_accounts;
    SessionService &m_sessions;
    TokenService &m_tokens;
    WorkspaceService &m_workspaces;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    SettingsService &m_settings;
    RevocationService &m_revocations;
};

} // namespace keyward
