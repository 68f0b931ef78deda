// SPDX-License-Identifier: GPL-3.0-or-later
// Opens one Keyward installation: its data directory, the migrated database, the resolved
// settings, and the services built on them. Both executables start here.
//
// Threads: opened on one thread; afterwards its services are used from every thread (each says
// how it is safe). The Backend itself is not changed after startTokens().
#pragma once

#include "common/result.h"
#include "config/dataoptions.h"
#include "config/settings.h"

#include <QMap>
#include <QProcessEnvironment>

#include <memory>

namespace keyward {

class AccountService;
class RoleService;
class AuditLog;
class ChangeListener;
class ChangeSignals;
class CurrentAccess;
class Clock;
class Database;
class Keychain;
class KeyService;
class LoginThrottle;
class PasswordSignIn;
class Statistics;
class BrowserSessions;
class FormTokens;
class Introspection;
class ClientService;
class OidcService;
class PasskeyService;
class AuthenticatorApps;
class MfaService;
class MailOutbox;
class AccountMail;
class EmailVerification;
class PasswordRecovery;
class InvitationService;
class WorkspaceService;
class PasswordHasher;
class RevocationService;
class SessionService;
class SettingsService;
class TokenService;

struct BackendOptions {
    DataOptions data;
    QMap<QString, QString> commandLineSettings; // "section.key" → value
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    std::shared_ptr<Clock> clock; // null = the system clock
    std::shared_ptr<Keychain> keychain; // null = no OS keychain (headless hosts, tests)
};

class Backend {
public:
    // Fails with a one-sentence error (bad settings, unreachable or too-new database, …).
    static Result<std::shared_ptr<Backend>> open(const BackendOptions &options);
    ~Backend();

    const DataOptions &dataOptions() const { return m_data; }
    // The settings in effect now: take one and use it for the whole operation.
    std::shared_ptr<const Settings> settings() const;
    SettingsService &settingsService() { return *m_settings; }
    Database &database() { return *m_database; }
    const Clock &clock() const { return *m_clock; }
    const PasswordHasher &hasher() const { return *m_hasher; }
    AuditLog &audit() { return *m_audit; }
    AccountService &accounts() { return *m_accounts; }
    RoleService &roles() { return *m_roles; }
    // Emitted after changes commit (in this process, and on PostgreSQL also in others).
    ChangeSignals &changeSignals() { return *m_changeSignals; }
    // Users' current roles and state, for authorising requests (kept current across servers).
    CurrentAccess &currentAccess() { return *m_access; }
    // Failed logins per account, shared by every server on the database.
    LoginThrottle &loginThrottle() { return *m_loginThrottle; }
    PasswordSignIn &passwordSignIn() { return *m_passwordSignIn; }
    Statistics &statistics() { return *m_statistics; }
    // After startTokens(), like sessions().
    WorkspaceService &workspaces() { return *m_workspaces; }

    // Obtains the master key and opens (or, on a fresh database, creates) the signing keys.
    // Separate from open(): commands that never sign need no keychain round trip. Fails with
    // one sentence naming the master key's source.
    Status startTokens();
    bool hasTokens() const { return m_tokens != nullptr; }
    // A server now serves this installation at baseUrl: without a configured tokens.issuer, that
    // is the issuer, here and (recorded in the database) for the tools, e.g. `token mint`.
    void announceServing(const QString &baseUrl);
    // Valid after startTokens() succeeded.
    KeyService &keys() { return *m_keys; }
    TokenService &tokens() { return *m_tokens; }
    RevocationService &revocations() { return *m_revocations; }
    SessionService &sessions() { return *m_sessions; }
    // OpenID Connect: the applications registered to sign users in, browsers' sign-ins and the
    // provider's decisions.
    ClientService &clients() { return *m_clients; }
    BrowserSessions &browserSessions() { return *m_browserSessions; }
    const FormTokens &formTokens() const { return *m_formTokens; }
    Introspection &introspection() { return *m_introspection; }
    OidcService &oidc() { return *m_oidc; }
    PasskeyService &passkeys() { return *m_passkeys; }
    AuthenticatorApps &authenticatorApps() { return *m_authenticatorApps; }
    MfaService &mfa() { return *m_mfa; }
    // Outgoing mail (core/mail): what is queued, and the sender's settings.
    MailOutbox &mail() { return *m_mail; }
    // The mail about a user's own account, verifying addresses, "forgot password".
    AccountMail &accountMail() { return *m_accountMail; }
    EmailVerification &emailVerification() { return *m_emailVerification; }
    PasswordRecovery &passwordRecovery() { return *m_passwordRecovery; }
    InvitationService &invitations() { return *m_invitations; }
    // On PostgreSQL, after startTokens(): what follows the other servers' changes. Null otherwise.
    const ChangeListener *changeListener() const { return m_changes.get(); }

private:
    Backend() = default;

    DataOptions m_data;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeSignals> m_changeSignals; // before the services that emit through it
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CurrentAccess> m_access;
    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<LoginThrottle> m_loginThrottle;
    std::unique_ptr<PasswordSignIn> m_passwordSignIn;
    std::unique_ptr<Statistics> m_statistics;
    std::shared_ptr<Keychain> m_keychain;
    QProcessEnvironment m_environment;
    std::unique_ptr<KeyService> m_keys;
    std::unique_ptr<RevocationService> m_revocations;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<WorkspaceService> m_workspaces; // before m_sessions, which uses it
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<ClientService> m_clients;
    std::unique_ptr<BrowserSessions> m_browserSessions;
    std::unique_ptr<const FormTokens> m_formTokens;
    std::unique_ptr<Introspection> m_introspection;
    std::unique_ptr<OidcService> m_oidc;
    std::unique_ptr<PasskeyService> m_passkeys;
    std::unique_ptr<AuthenticatorApps> m_authenticatorApps;
    std::unique_ptr<MfaService> m_mfa;
    std::unique_ptr<MailOutbox> m_mail;
    std::unique_ptr<AccountMail> m_accountMail;
    std::unique_ptr<EmailVerification> m_emailVerification;
    std::unique_ptr<PasswordRecovery> m_passwordRecovery; // its requests' thread uses the services above
    std::unique_ptr<InvitationService> m_invitations;
    std::unique_ptr<ChangeListener> m_changes; // last: it calls into the services above
};

} // namespace keyward
