// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include "auth/accountmail.h"
#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/authenticatorapps.h"
#include "auth/browsersessions.h"
#include "auth/clientservice.h"
#include "auth/currentaccess.h"
#include "auth/emailverification.h"
#include "auth/formtokens.h"
#include "auth/introspection.h"
#include "auth/invitationservice.h"
#include "auth/keychain.h"
#include "auth/keyservice.h"
#include "auth/loginthrottle.h"
#include "auth/masterkey.h"
#include "auth/mfaservice.h"
#include "auth/oidcservice.h"
#include "auth/passkeyservice.h"
#include "auth/passwordrecovery.h"
#include "auth/passwordsignin.h"
#include "auth/recoverycodes.h"
#include "auth/revocationservice.h"
#include "auth/roleservice.h"
#include "auth/sessionservice.h"
#include "auth/settingsecrets.h"
#include "auth/settingsservice.h"
#include "auth/statistics.h"
#include "auth/tokenservice.h"
#include "auth/workspaceservice.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/logging.h"
#include "crypto/passwordhasher.h"
#include "mail/mailoutbox.h"
#include "storage/changelistener.h"
#include "storage/database.h"
#include "storage/runtimestatestore.h"
#include "storage/schema.h"
#include "storage/signingkeystore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

namespace keyward {

Backend::~Backend()
{
    if (m_passwordRecovery)
        m_passwordRecovery->waitForRequests();
    if (m_audit)
        m_audit->setObserver({}); // it calls into m_accountMail, which goes first
}

std::shared_ptr<const Settings> Backend::settings() const
{
    return m_settings->current();
}

Result<std::shared_ptr<Backend>> Backend::open(const BackendOptions &options)
{
    std::shared_ptr<Backend> backend(new Backend);
    backend->m_data = options.data;
    backend->m_clock = options.clock ? options.clock : std::make_shared<SystemClock>();
    backend->m_keychain = options.keychain;
    backend->m_environment = options.environment;

    const Result<DatabaseConfig> databaseConfig = options.data.databaseConfig();
    if (!databaseConfig)
        return databaseConfig.error();
    if (databaseConfig->kind == SqlDialect::Kind::Sqlite) {
        if (const Status dir = options.data.ensureDataDir(); !dir)
            return dir.error();
    }
    backend->m_database = std::make_unique<Database>(databaseConfig.value());

    try {
        MigrationRunner(*backend->m_database, schemaMigrations()).migrate();
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message());
    }
    backend->m_changeSignals = std::make_unique<ChangeSignals>();
    backend->m_audit = std::make_unique<AuditLog>(*backend->m_database, *backend->m_clock);
    backend->m_access = std::make_unique<CurrentAccess>(*backend->m_database, *backend->m_clock);
    SettingsInputs inputs
        = SettingsInputs::make(options.data.effectiveConfigFile(), options.environment, options.commandLineSettings);
    auto settings = SettingsService::open(*backend->m_database, *backend->m_clock, *backend->m_audit,
                                          *backend->m_changeSignals, *backend->m_access, std::move(inputs));
    if (!settings)
        return settings.error();
    backend->m_settings = std::move(settings.value());

    const PasswordSettings passwords = backend->m_settings->atStart().passwords;
    Argon2Params params;
    params.opsLimit = quint64(passwords.argon2Ops);
    params.memoryKiB = quint64(passwords.argon2MemoryKiB);
    backend->m_hasher = std::make_unique<PasswordHasher>(params);
    backend->m_accounts = std::make_unique<AccountService>(
        *backend->m_database, *backend->m_audit, *backend->m_changeSignals, *backend->m_clock, *backend->m_hasher);
    backend->m_roles
        = std::make_unique<RoleService>(*backend->m_database, *backend->m_audit, *backend->m_changeSignals);
    backend->m_loginThrottle = std::make_unique<LoginThrottle>(*backend->m_database, *backend->m_clock);
    backend->m_statistics = std::make_unique<Statistics>(*backend->m_database, *backend->m_clock);
    // A change committed here is seen by the very next request (other servers: ChangeListener).
    QObject::connect(
        backend->m_changeSignals.get(), &ChangeSignals::accessChanged, backend->m_changeSignals.get(),
        [access = backend->m_access.get()] { access->invalidate(); }, Qt::DirectConnection);
    return backend;
}

void Backend::announceServing(const QString &baseUrl)
{
    try {
        m_settings->recordServing(*m_settings->current());
    } catch (const StorageError &error) { // the tools compare with their own start instead
        qCWarning(lcStorage) << "cannot record the settings served under:" << error.what();
    }
    if (!m_tokens)
        return;
    // The tools (token mint, the links of mail queued by the CLI) speak as this server does: its
    // issuer, configured or the address it serves at. Only an issuer nobody configured joins the
    // siblings whose tokens every such server accepts.
    const bool configured = m_tokens->issuerIsConfigured();
    m_tokens->useServedIssuer(baseUrl);
    try {
        TransactionGuard transaction(*m_database);
        RuntimeStateStore state(transaction.connection());
        if (configured)
            state.set(RuntimeStateStore::servedIssuer(), m_tokens->issuer(), m_clock->nowSecs());
        else
            state.addServedIssuer(baseUrl, m_clock->nowSecs());
        transaction.commit();
    } catch (const StorageError &error) { // the tools keep the issuer they had; serving goes on
        qCWarning(lcStorage) << "cannot record the served issuer:" << error.what();
    }
}

Status Backend::startTokens()
{
    if (m_tokens)
        return success();
    // One keychain entry per database, so two installations never share a master key.
    MasterKeyProvider provider(m_data.dataDir, m_environment, m_keychain.get(),
                               QStringLiteral("master-key:") + m_database->config().displayName());
    bool sealedKeysExist = false;
    try {
        sealedKeysExist = !SigningKeyStore(m_database->connection()).all().empty();
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message());
    }
    Result<MasterKey> masterKey = provider.obtain(!sealedKeysExist);
    if (!masterKey)
        return masterKey.error();
    RefreshTokenCodec refreshChain(RefreshTokenCodec::chainKeyFrom(masterKey->bytes));
    auto formTokens = std::make_unique<const FormTokens>(FormTokens::keyFrom(masterKey->bytes));
    RecoveryCodes recoveryCodes(RecoveryCodes::keyFrom(masterKey->bytes));
    auto authenticatorApps = std::make_unique<AuthenticatorApps>(*m_database, *m_audit, *m_changeSignals, *m_clock,
                                                                 AuthenticatorApps::sealKeyFrom(masterKey->bytes));
    auto keys = std::make_unique<KeyService>(*m_database, *m_audit, *m_changeSignals, *m_clock, *m_settings,
                                             masterKey.value());
    try {
        if (const Status started = keys->start(); !started)
            return started;
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message());
    }
    m_keys = std::move(keys);
    m_settings->useSecrets(std::make_shared<const SettingSecrets>(SettingSecrets::keyFrom(masterKey->bytes)));
    m_revocations = std::make_unique<RevocationService>(*m_database, *m_clock, *m_audit, *m_changeSignals);
    // A change committed here that revokes (a user disabled or deleted, a workspace change) is
    // known to this process's verifiers before its answer leaves: on the committing thread.
    QObject::connect(
        m_changeSignals.get(), &ChangeSignals::revocationsChanged, m_changeSignals.get(),
        [revocations = m_revocations.get()] {
            try {
                revocations->refreshNow();
            } catch (const StorageError &error) { // committed already; the feed's poll catches up
                qCWarning(lcStorage) << "cannot re-read the revocations:" << error.what();
            }
        },
        Qt::DirectConnection);
    try {
        // Read whole before anything is served: the first request must not wait for it.
        m_revocations->refreshNow();
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message());
    }
    m_tokens = std::make_unique<TokenService>(*m_database, *m_keys, *m_revocations, *m_audit, *m_clock, *m_settings);
    try {
        // The tools speak as the server that last served this database does.
        if (const auto served = RuntimeStateStore(m_database->connection()).value(RuntimeStateStore::servedIssuer()))
            m_tokens->useServedIssuer(*served);
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message());
    }
    m_workspaces = std::make_unique<WorkspaceService>(*m_database, *m_audit, *m_changeSignals, *m_clock, *m_settings,
                                                      *m_revocations);
    m_sessions = std::make_unique<SessionService>(*m_database, *m_accounts, *m_tokens, *m_revocations, *m_audit,
                                                  *m_changeSignals, *m_clock, *m_settings, std::move(refreshChain),
                                                  *m_workspaces);
    m_clients = std::make_unique<ClientService>(*m_database, *m_audit, *m_changeSignals, *m_clock, *m_settings,
                                                *m_revocations);
    m_formTokens = std::move(formTokens);
    m_passwordSignIn = std::make_unique<PasswordSignIn>(*m_accounts, *m_sessions, *m_loginThrottle, *m_settings);
    m_introspection
        = std::make_unique<Introspection>(*m_tokens, *m_clients, *m_access, *m_sessions, *m_accounts, *m_settings);
    m_browserSessions = std::make_unique<BrowserSessions>(*m_database, *m_accounts, *m_sessions, *m_clock, *m_settings);
    m_oidc = std::make_unique<OidcService>(*m_database, *m_clients, *m_accounts, *m_sessions, *m_tokens, *m_workspaces,
                                           *m_audit, *m_changeSignals, *m_clock, *m_settings, *m_revocations);
    m_passkeys
        = std::make_unique<PasskeyService>(*m_database, *m_accounts, *m_tokens, *m_audit, *m_changeSignals, *m_clock,
                                           *m_settings, SignInChallenges(SignInChallenges::keyFrom(masterKey->bytes)));
    m_authenticatorApps = std::move(authenticatorApps);
    m_mfa = std::make_unique<MfaService>(*m_database, *m_accounts, *m_access, *m_passkeys, *m_authenticatorApps,
                                         std::move(recoveryCodes), *m_loginThrottle, *m_audit, *m_changeSignals,
                                         *m_clock, *m_settings);
    m_mail = std::make_unique<MailOutbox>(*m_database, *m_clock, *m_settings, *m_tokens, *m_audit, *m_changeSignals,
                                          MailOutbox::sealKeyFrom(masterKey->bytes));
    m_accountMail = std::make_unique<AccountMail>(*m_mail, *m_tokens, *m_clock);
    // Every audited change a user should hear of mails them, in the change's own transaction.
    m_audit->setObserver(
        [mail = m_accountMail.get()](const QSqlDatabase &db, const AuditRecord &event) { mail->onAudited(db, event); });
    m_emailVerification
        = std::make_unique<EmailVerification>(*m_database, *m_accountMail, *m_audit, *m_changeSignals, *m_clock);
    m_passwordRecovery = std::make_unique<PasswordRecovery>(*m_database, *m_accountMail, *m_sessions, *m_audit,
                                                            *m_changeSignals, *m_clock, *m_hasher);
    m_invitations = std::make_unique<InvitationService>(*m_database, *m_workspaces, *m_accounts, *m_accountMail,
                                                        *m_audit, *m_changeSignals, *m_clock);
    if (m_database->dialect().hasNotifications()) {
        // Other servers on this database revoke and rotate too: hear it at once.
        m_changes = std::make_unique<ChangeListener>(*m_database, [this](ChangeFeed::Topic topic) {
            if (topic == ChangeFeed::Topic::Revocations) {
                m_revocations->refreshNow();
                emit m_changeSignals->revocationsChanged();
                emit m_changeSignals->sessionsChanged();
            } else if (topic == ChangeFeed::Topic::Settings) {
                m_settings->reload();
                emit m_changeSignals->settingsChanged();
            } else if (topic == ChangeFeed::Topic::Access) {
                m_access->invalidate();
                emit m_changeSignals->usersChanged();
                emit m_changeSignals->rolesChanged();
            } else {
                m_keys->invalidate();
                emit m_changeSignals->keysChanged();
            }
        });
    }
    return success();
}

} // namespace keyward
