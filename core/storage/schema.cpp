// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace keyward {

namespace {

QString s(const char *sql)
{
    return QString::fromUtf8(sql);
}

Migration accountsAndSettings()
{
    return {1,
            s("users and settings"),
            {
                s("CREATE TABLE users ("
                  " id ${ID},"
                  " email TEXT NOT NULL,"
                  " email_key TEXT NOT NULL UNIQUE," // trimmed, lower-cased: what uniqueness is judged on
                  " name TEXT NOT NULL DEFAULT '',"
                  " password_hash TEXT NOT NULL,"
                  " disabled INTEGER NOT NULL DEFAULT 0,"
                  " created_at BIGINT NOT NULL,"
                  " updated_at BIGINT NOT NULL,"
                  " last_login_at BIGINT,"
                  " password_changed_at BIGINT NOT NULL)"),
                s("CREATE TABLE settings ("
                  " key TEXT PRIMARY KEY,"
                  " value TEXT NOT NULL,"
                  " updated_at BIGINT NOT NULL)"),
            }};
}

Migration rolesAndPermissions()
{
    return {2,
            s("roles, permissions and their built-in grants"),
            {
                s("CREATE TABLE roles ("
                  " id ${ID},"
                  " name TEXT NOT NULL UNIQUE,"
                  " parent_id BIGINT REFERENCES roles(id) ON DELETE RESTRICT,"
                  " builtin INTEGER NOT NULL DEFAULT 0,"
                  " description TEXT NOT NULL DEFAULT '')"),
                s("CREATE TABLE permissions ("
                  " id ${ID},"
                  " name TEXT NOT NULL UNIQUE,"
                  " description TEXT NOT NULL DEFAULT '')"),
                s("CREATE TABLE role_permissions ("
                  " role_id BIGINT NOT NULL REFERENCES roles(id) ON DELETE CASCADE,"
                  " permission_id BIGINT NOT NULL REFERENCES permissions(id) ON DELETE CASCADE,"
                  " PRIMARY KEY (role_id, permission_id))"),
                s("CREATE TABLE user_roles ("
                  " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                  " role_id BIGINT NOT NULL REFERENCES roles(id) ON DELETE RESTRICT,"
                  " PRIMARY KEY (user_id, role_id))"),
                s("CREATE INDEX user_roles_role ON user_roles (role_id)"),
                // The built-in hierarchy: admin ⊃ manager ⊃ user (a parent inherits its children).
                s("INSERT INTO roles (name, parent_id, builtin, description) VALUES"
                  " ('admin', NULL, 1, 'Full control of Keyward')"),
                s("INSERT INTO roles (name, parent_id, builtin, description) SELECT"
                  " 'manager', id, 1, 'Manages users, role assignments and sessions' FROM roles WHERE name = 'admin'"),
                s("INSERT INTO roles (name, parent_id, builtin, description) SELECT"
                  " 'user', id, 1, 'A signed-in person' FROM roles WHERE name = 'manager'"),
                s("INSERT INTO permissions (name, description) VALUES"
                  " ('users.read', 'See users'),"
                  " ('users.write', 'Create, change and delete users'),"
                  " ('roles.assign', 'Give and take roles'),"
                  " ('roles.write', 'Create and change roles'),"
                  " ('sessions.read', 'See refresh sessions'),"
                  " ('sessions.revoke', 'End refresh sessions'),"
                  " ('tokens.revoke', 'Revoke any token'),"
                  " ('tokens.introspect', 'Introspect tokens'),"
                  " ('keys.read', 'See signing keys'),"
                  " ('keys.rotate', 'Rotate and retire signing keys'),"
                  " ('audit.read', 'Read the audit log'),"
                  " ('metrics.read', 'Read metrics'),"
                  " ('settings.write', 'Change settings')"),
                s("INSERT INTO role_permissions (role_id, permission_id)"
                  " SELECT r.id, p.id FROM roles r, permissions p WHERE r.name = 'manager'"
                  " AND p.name IN ('users.read', 'roles.assign', 'sessions.read', 'sessions.revoke')"),
                s("INSERT INTO role_permissions (role_id, permission_id)"
                  " SELECT r.id, p.id FROM roles r, permissions p WHERE r.name = 'admin'"),
                // Accounts that existed before roles become plain users.
                s("INSERT INTO user_roles (user_id, role_id)"
                  " SELECT u.id, r.id FROM users u, roles r WHERE r.name = 'user'"),
            }};
}

Migration auditLog()
{
    return {3,
            s("audit log"),
            {
                s("CREATE TABLE audit_events ("
                  " id ${ID},"
                  " at BIGINT NOT NULL,"
                  " actor TEXT NOT NULL,"
                  " action TEXT NOT NULL,"
                  " target TEXT NOT NULL DEFAULT '',"
                  " client_address TEXT NOT NULL DEFAULT '',"
                  " outcome TEXT NOT NULL,"
                  " details TEXT NOT NULL DEFAULT '')"),
                s("CREATE INDEX audit_events_at ON audit_events (at)"),
            }};
}

Migration signingKeysAndRevocations()
{
    return {4,
            s("signing keys and revocations"),
            {
                // state: next (published, not yet signing), active (the one signing key), retiring
                // (published, verifies only), retired (private key erased, not published).
                s("CREATE TABLE signing_keys ("
                  " kid TEXT PRIMARY KEY,"
                  " algorithm TEXT NOT NULL,"
                  " state TEXT NOT NULL,"
                  " public_jwk TEXT NOT NULL,"
                  " sealed_private ${BLOB},"
                  " created_at BIGINT NOT NULL,"
                  " activates_at BIGINT,"
                  " activated_at BIGINT,"
                  " retire_at BIGINT,"
                  " retired_at BIGINT)"),
                s("CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (state) WHERE state = 'active'"),
                // An append-only feed: each server follows it by id to keep its in-memory view current.
                // kind: 'jti' (subject = token id), 'session' (subject = sid), 'user' (subject = user id,
                // at = the user's new not-before time).
                s("CREATE TABLE revocations ("
                  " id ${ID},"
                  " kind TEXT NOT NULL,"
                  " subject TEXT NOT NULL,"
                  " at BIGINT NOT NULL,"
                  " expires_at BIGINT NOT NULL)"),
                s("CREATE INDEX revocations_expiry ON revocations (expires_at)"),
                s("ALTER TABLE users ADD COLUMN not_before BIGINT"),
            }};
}

Migration sessionsAndRefreshTokens()
{
    return {5,
            s("refresh sessions and refresh tokens"),
            {
                s("CREATE TABLE sessions ("
                  " id TEXT PRIMARY KEY,"
                  " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                  " created_at BIGINT NOT NULL,"
                  " last_used_at BIGINT NOT NULL,"
                  " absolute_expires_at BIGINT NOT NULL,"
                  " revoked_at BIGINT,"
                  " revoke_reason TEXT NOT NULL DEFAULT '',"
                  " client_address TEXT NOT NULL DEFAULT '',"
                  " user_agent TEXT NOT NULL DEFAULT '',"
                  " rotation_count INTEGER NOT NULL DEFAULT 0)"),
                s("CREATE INDEX sessions_user ON sessions (user_id)"),
                // Only the SHA-256 of a refresh token is ever stored. used_at is set, once and
                // conditionally, when the token is rotated: the single-use guarantee lives in that update.
                s("CREATE TABLE refresh_tokens ("
                  " token_hash TEXT PRIMARY KEY,"
                  " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                  " created_at BIGINT NOT NULL,"
                  " used_at BIGINT)"),
                s("CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)"),
            }};
}

Migration singleRefreshChainAndAccessVersion()
{
    return {6,
            s("one live refresh token per session; a version for every change to who may do what; shared "
              "failed-login counts; runtime state"),
            {
                // The successor of a rotated refresh token, sealed under a key only the holder of the
                // rotated token can derive: a retry within the grace gets the same successor back
                // (the session keeps one live token) while the database alone cannot reveal it.
                s("ALTER TABLE refresh_tokens ADD COLUMN successor_sealed ${BLOB}"),
                // Bumped in every transaction that changes a user's roles, state or the role
                // hierarchy; servers poll it (and hear NOTIFY on PostgreSQL) to drop cached roles.
                s("CREATE TABLE change_versions ("
                  " topic TEXT PRIMARY KEY,"
                  " version BIGINT NOT NULL)"),
                s("INSERT INTO change_versions (topic, version) VALUES ('access', 0)"),
                // Failed logins per account, shared by every server of a fleet (the delay they
                // earn must not be per server). account is the e-mail key tried, known or not.
                s("CREATE TABLE login_failures ("
                  " account TEXT PRIMARY KEY,"
                  " window_start BIGINT NOT NULL,"
                  " failures INTEGER NOT NULL,"
                  " last_failure_ms BIGINT NOT NULL)"),
                s("CREATE INDEX login_failures_last ON login_failures (last_failure_ms)"),
                // What a running server tells the tools on the same database, e.g. the issuer it
                // serves under when tokens.issuer is not set (so `token mint` matches it).
                // At most one published key waits to sign, also when two servers rotate at once.
                s("CREATE UNIQUE INDEX signing_keys_one_next ON signing_keys (state) WHERE state = 'next'"),
                s("CREATE TABLE runtime_state ("
                  " key TEXT PRIMARY KEY,"
                  " value TEXT NOT NULL,"
                  " updated_at BIGINT NOT NULL)"),
            }};
}

Migration settingsVersion()
{
    return {7,
            s("a version for the stored settings, so every server applies a change"),
            {
                s("INSERT INTO change_versions (topic, version) VALUES ('settings', 0)"),
            }};
}

Migration indexesForLargeInstallations()
{
    return {8,
            s("indexes that keep session lists, session purges and refresh-token clean-up flat in the "
              "number of rows"),
            {
                // Lists newest first, per user and for everyone (keyset paging on created_at, id).
                s("CREATE INDEX sessions_user_created ON sessions (user_id, created_at, id)"),
                s("CREATE INDEX sessions_created ON sessions (created_at, id)"),
                // (user_id, created_at, id) serves what (user_id) did.
                s("DROP INDEX sessions_user"),
                // The purge finds ended sessions by each way a session ends: revoked, past its
                // absolute expiry, idle (through created_at: nothing indexes last_used_at, which
                // every refresh rewrites).
                s("CREATE INDEX sessions_revoked ON sessions (revoked_at)"),
                s("CREATE INDEX sessions_absolute_expiry ON sessions (absolute_expires_at)"),
            }};
}

Migration refreshChainGenerations()
{
    return {9,
            s("rotated refresh tokens are deleted once past the reuse grace; the token itself names its "
              "session and place in the chain, so reuse is still detected"),
            {
                // NULL for tokens issued before: their rows stay until their session is purged
                // (a session has at most one such rotated token, so they are bounded).
                s("ALTER TABLE refresh_tokens ADD COLUMN generation BIGINT"),
                s("CREATE INDEX refresh_tokens_used ON refresh_tokens (used_at) "
                  "WHERE used_at IS NOT NULL AND generation IS NOT NULL"),
            }};
}

Migration counters()
{
    return {10,
            s("counters the dashboard and /metrics read instead of counting tables"),
            {
                // bucket 0: a total; otherwise the first second of the minute counted.
                s("CREATE TABLE counters ("
                  " name TEXT NOT NULL,"
                  " bucket BIGINT NOT NULL,"
                  " value BIGINT NOT NULL,"
                  " PRIMARY KEY (name, bucket))"),
                s("INSERT INTO counters (name, bucket, value) SELECT 'users', 0, COUNT(*) FROM users"),
                // Whether a session is in the live count: set off, once, by the change that ends
                // it (a revocation) or by housekeeping (one that ended by time), each taking one
                // off the count in the same transaction.
                s("ALTER TABLE sessions ADD COLUMN counted INTEGER NOT NULL DEFAULT 1"),
                s("UPDATE sessions SET counted = 0 WHERE revoked_at IS NOT NULL"),
                s("INSERT INTO counters (name, bucket, value) "
                  "SELECT 'sessions.active', 0, COUNT(*) FROM sessions WHERE counted = 1"),
            }};
}

Migration workspaces()
{
    return {11,
            s("workspaces, their members with a role in each, and the workspace a session is in"),
            {
                s("CREATE TABLE workspaces ("
                  " id ${ID},"
                  " slug TEXT NOT NULL UNIQUE,"
                  " name TEXT NOT NULL,"
                  " plan TEXT NOT NULL,"
                  " created_at BIGINT NOT NULL)"),
                s("CREATE TABLE workspace_members ("
                  " workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                  " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                  " role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'guest')),"
                  " created_at BIGINT NOT NULL,"
                  " PRIMARY KEY (workspace_id, user_id))"),
                // A user's workspaces (the primary key serves a workspace's members).
                s("CREATE INDEX workspace_members_user ON workspace_members (user_id)"),
                // No foreign key: a deleted workspace's sessions are revoked first and stay
                // ended; ids are never reused.
                s("ALTER TABLE sessions ADD COLUMN workspace_id BIGINT"),
                s("CREATE INDEX sessions_workspace ON sessions (workspace_id, user_id) WHERE workspace_id IS NOT NULL"),
                s("INSERT INTO permissions (name, description) VALUES"
                  " ('workspaces.read', 'See every workspace'),"
                  " ('workspaces.write', 'Manage every workspace and set plans')"),
                s("INSERT INTO role_permissions (role_id, permission_id)"
                  " SELECT r.id, p.id FROM roles r, permissions p WHERE r.name = 'admin'"
                  " AND p.name IN ('workspaces.read', 'workspaces.write')"),
                s("INSERT INTO counters (name, bucket, value) VALUES ('workspaces', 0, 0), ('memberships', 0, 0)"),
            }};
}

Migration openIdClients()
{
    return {12,
            s("the applications (OpenID Connect clients) that sign users in through Keyward"),
            {
                // The lists are JSON arrays of strings: a client has a handful of each, always
                // read and written whole. Only the SHA-256 of a confidential client's secret is
                // kept (the secret is 256 random bits: no slow hash is needed against guessing).
                s("CREATE TABLE clients ("
                  " client_id TEXT PRIMARY KEY,"
                  " name TEXT NOT NULL,"
                  " type TEXT NOT NULL CHECK (type IN ('public', 'confidential')),"
                  " secret_hash TEXT,"
                  " redirect_uris TEXT NOT NULL,"
                  " post_logout_redirect_uris TEXT NOT NULL,"
                  " grant_types TEXT NOT NULL,"
                  " scopes TEXT NOT NULL,"
                  " first_party INTEGER NOT NULL DEFAULT 0,"
                  " created_at BIGINT NOT NULL,"
                  " updated_at BIGINT NOT NULL,"
                  " secret_rotated_at BIGINT)"),
                s("INSERT INTO permissions (name, description) VALUES"
                  " ('clients.read', 'See the registered applications'),"
                  " ('clients.write', 'Register, change and remove applications, rotate their secrets')"),
                s("INSERT INTO role_permissions (role_id, permission_id)"
                  " SELECT r.id, p.id FROM roles r, permissions p WHERE r.name = 'admin'"
                  " AND p.name IN ('clients.read', 'clients.write')"),
            }};
}

Migration openIdSignIn()
{
    return {13,
            s("browser sign-in sessions, authorization codes and remembered consent for OpenID Connect"),
            {
                // A browser's SSO session (kind 'sso', its cookie's secret kept as a SHA-256) is a
                // session like a refresh session: listed, counted, revocable, ended by logout-all.
                // A client's session (client_id set) came from one (parent_id): ending the SSO
                // session at logout ends them too. scope and auth_time go into the tokens it issues.
                s("ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'refresh'"),
                s("ALTER TABLE sessions ADD COLUMN client_id TEXT"),
                s("ALTER TABLE sessions ADD COLUMN parent_id TEXT"),
                s("ALTER TABLE sessions ADD COLUMN scope TEXT NOT NULL DEFAULT ''"),
                s("ALTER TABLE sessions ADD COLUMN auth_time BIGINT"),
                s("ALTER TABLE sessions ADD COLUMN secret_hash TEXT"),
                s("CREATE INDEX sessions_parent ON sessions (parent_id) WHERE parent_id IS NOT NULL"),
                s("CREATE INDEX sessions_client ON sessions (client_id) WHERE client_id IS NOT NULL"),
                // Only the SHA-256 of a code is kept. used_at is set once, conditionally (single
                // use); session_id is what the exchange issued, revoked if the code comes again.
                s("CREATE TABLE authorization_codes ("
                  " code_hash TEXT PRIMARY KEY,"
                  " client_id TEXT NOT NULL,"
                  " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                  " sso_session_id TEXT NOT NULL,"
                  " redirect_uri TEXT NOT NULL,"
                  " code_challenge TEXT NOT NULL,"
                  " nonce TEXT NOT NULL,"
                  " scope TEXT NOT NULL,"
                  " workspace_id BIGINT,"
                  " auth_time BIGINT NOT NULL,"
                  " created_at BIGINT NOT NULL,"
                  " expires_at BIGINT NOT NULL,"
                  " used_at BIGINT,"
                  " session_id TEXT)"),
                s("CREATE INDEX authorization_codes_expiry ON authorization_codes (expires_at)"),
                s("CREATE TABLE consents ("
                  " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                  " client_id TEXT NOT NULL REFERENCES clients(client_id) ON DELETE CASCADE,"
                  " scope TEXT NOT NULL,"
                  " granted_at BIGINT NOT NULL,"
                  " PRIMARY KEY (user_id, client_id))"),
                s("CREATE INDEX consents_client ON consents (client_id)"),
            }};
}

Migration idTokenAlgorithmsAndKeyVersion()
{
    return {14,
            s("an ID token algorithm per application, a signing key per algorithm, and a version for the signing "
              "keys, so every server signs with a rotated key at once"),
            {
                // OIDC Registration's id_token_signed_response_alg: ES256 unless the client asks for
                // RS256 or EdDSA, which the companion keys sign (one per algorithm besides the
                // active key's, published and rotated with it).
                s("ALTER TABLE clients ADD COLUMN id_token_alg TEXT NOT NULL DEFAULT 'ES256'"),
                s("CREATE UNIQUE INDEX signing_keys_one_companion_per_algorithm ON signing_keys (algorithm)"
                  " WHERE state = 'companion'"),
                s("INSERT INTO change_versions (topic, version) VALUES ('keys', 0)"),
            }};
}

Migration secondFactorsAndPasskeys()
{
    return {15,
            s("passkeys, authenticator apps and recovery codes; single-use challenges; the factors a session was "
              "signed in with"),
            {
                // A WebAuthn credential: its id and COSE public key as base64url, the signature
                // counter it last showed, and its backup flags (BE fixed at registration).
                s("CREATE TABLE passkeys ("
                  " id TEXT PRIMARY KEY,"
                  " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                  " credential_id TEXT NOT NULL UNIQUE,"
                  " public_key TEXT NOT NULL,"
                  " algorithm BIGINT NOT NULL,"
                  " sign_count BIGINT NOT NULL,"
                  " aaguid TEXT NOT NULL,"
                  " transports TEXT NOT NULL,"
                  " backup_eligible INTEGER NOT NULL,"
                  " backed_up INTEGER NOT NULL,"
                  " name TEXT NOT NULL,"
                  " created_at BIGINT NOT NULL,"
                  " last_used_at BIGINT)"),
                s("CREATE INDEX passkeys_user ON passkeys (user_id)"),
                // The TOTP secret sealed under a key from the master key; last_step: the newest
                // step a code was accepted for (a code works once, an older one never).
                s("CREATE TABLE totp_factors ("
                  " user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                  " sealed_secret TEXT NOT NULL,"
                  " last_step BIGINT NOT NULL,"
                  " created_at BIGINT NOT NULL)"),
                // Keyed hashes only (HMAC under a key from the master key); used_at set once.
                s("CREATE TABLE recovery_codes ("
                  " user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                  " code_hash TEXT NOT NULL,"
                  " created_at BIGINT NOT NULL,"
                  " used_at BIGINT,"
                  " PRIMARY KEY (user_id, code_hash))"),
                // Everything single use and short-lived of a ceremony: WebAuthn challenges, a TOTP
                // enrolment awaiting its first code, a sign-in awaiting its second factor (id: the
                // SHA-256 of the mfa_token). Taken by DELETE … RETURNING, so exactly one request
                // on any server of a fleet gets it.
                s("CREATE TABLE mfa_challenges ("
                  " id TEXT PRIMARY KEY,"
                  " purpose TEXT NOT NULL,"
                  " user_id BIGINT REFERENCES users(id) ON DELETE CASCADE,"
                  " payload TEXT NOT NULL,"
                  " failures INTEGER NOT NULL DEFAULT 0,"
                  " created_at BIGINT NOT NULL,"
                  " expires_at BIGINT NOT NULL)"),
                s("CREATE INDEX mfa_challenges_expiry ON mfa_challenges (expires_at)"),
                // The WebAuthn user handle: random, so a passkey names no e-mail address.
                s("ALTER TABLE users ADD COLUMN webauthn_handle TEXT"),
                s("CREATE UNIQUE INDEX users_webauthn_handle ON users (webauthn_handle)"
                  " WHERE webauthn_handle IS NOT NULL"),
                // RFC 8176 methods the session's sign-in used, space-separated ("pwd otp mfa").
                s("ALTER TABLE sessions ADD COLUMN amr TEXT NOT NULL DEFAULT ''"),
                // A user's own security events (the account page) without walking the whole log.
                s("CREATE INDEX audit_events_target ON audit_events (target, id)"),
                s("CREATE INDEX audit_events_actor ON audit_events (actor, id)"),
                // An application that wants every sign-in with two factors (its require_mfa).
                s("ALTER TABLE clients ADD COLUMN require_mfa INTEGER NOT NULL DEFAULT 0"),
            }};
}

Migration mailAndVerifiedAddresses()
{
    return {16,
            s("the mail outbox; verified addresses and each user's language; workspace invitations"),
            {
                // Every message Keyward sends, from the transaction that caused it until a sender
                // delivers it (outboxstore.h). body: the sealed message, emptied once sent;
                // claimed_by/claimed_until: the sender delivering it now ("host/pid/nonce"), and
                // until when.
                s("CREATE TABLE mail_outbox ("
                  " id ${ID},"
                  " message_id TEXT NOT NULL UNIQUE,"
                  " recipient TEXT NOT NULL,"
                  " kind TEXT NOT NULL,"
                  " subject TEXT NOT NULL,"
                  " body ${BLOB} NOT NULL,"
                  " state TEXT NOT NULL,"
                  " attempts INTEGER NOT NULL,"
                  " next_attempt_at BIGINT NOT NULL,"
                  " claimed_until BIGINT,"
                  " claimed_by TEXT,"
                  " last_error TEXT NOT NULL,"
                  " created_at BIGINT NOT NULL,"
                  " sent_at BIGINT)"),
                s("CREATE INDEX mail_outbox_due ON mail_outbox (state, next_attempt_at)"),
                s("ALTER TABLE users ADD COLUMN email_verified INTEGER NOT NULL DEFAULT 0"),
                // The language of the user's mail (en, de, fr): the browser's at registration.
                s("ALTER TABLE users ADD COLUMN locale TEXT NOT NULL DEFAULT 'en'"),
                // An invitation to join a workspace with a role: the link's token as a SHA-256
                // only; taken (deleted) when accepted. inviter_id: the inviting user (null: local
                // administration), whose right to give the role is checked again at acceptance;
                // mailed: the link went only to the address (so following it proves the mailbox).
                s("CREATE TABLE invitations ("
                  " id ${ID},"
                  " workspace_id BIGINT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,"
                  " email TEXT NOT NULL,"
                  " email_key TEXT NOT NULL,"
                  " role TEXT NOT NULL,"
                  " token_hash TEXT NOT NULL UNIQUE,"
                  " invited_by TEXT NOT NULL,"
                  " inviter_id BIGINT REFERENCES users(id) ON DELETE CASCADE,"
                  " mailed INTEGER NOT NULL,"
                  " created_at BIGINT NOT NULL,"
                  " expires_at BIGINT NOT NULL)"),
                s("CREATE INDEX invitations_workspace ON invitations (workspace_id, id)"),
            }};
}

Migration opaqueUserIds()
{
    return {17,
            s("opaque user ids: each user's public id (the API's id, tokens' sub)"),
            {
                // Given by UserStore::insert from now on; every existing user gets one here.
                // Applications that stored the old numeric sub map it with id → public_id.
                s("ALTER TABLE users ADD COLUMN public_id TEXT"),
                s("UPDATE users SET public_id = ${RANDOM_UUID} WHERE public_id IS NULL"),
                s("CREATE UNIQUE INDEX users_public_id ON users (public_id)"),
            }};
}

} // namespace

std::vector<Migration> schemaMigrations()
{
    return {accountsAndSettings(),
            rolesAndPermissions(),
            auditLog(),
            signingKeysAndRevocations(),
            sessionsAndRefreshTokens(),
            singleRefreshChainAndAccessVersion(),
            settingsVersion(),
            indexesForLargeInstallations(),
            refreshChainGenerations(),
            counters(),
            workspaces(),
            openIdClients(),
            openIdSignIn(),
            idTokenAlgorithmsAndKeyVersion(),
            secondFactorsAndPasskeys(),
            mailAndVerifiedAddresses(),
            opaqueUserIds()};
}

const std::vector<SchemaTable> &schemaTables()
{
    static const std::vector<SchemaTable> tables{
        {QStringLiteral("schema_migrations"), false},
        {QStringLiteral("settings"), false},
        {QStringLiteral("users"), true},
        {QStringLiteral("roles"), true, QStringLiteral("parent_id")},
        {QStringLiteral("permissions"), true},
        {QStringLiteral("role_permissions"), false},
        {QStringLiteral("user_roles"), false},
        {QStringLiteral("audit_events"), true},
        {QStringLiteral("signing_keys"), false},
        {QStringLiteral("revocations"), true},
        {QStringLiteral("sessions"), false},
        {QStringLiteral("refresh_tokens"), false},
        {QStringLiteral("change_versions"), false},
        {QStringLiteral("login_failures"), false},
        {QStringLiteral("runtime_state"), false},
        {QStringLiteral("counters"), false},
        {QStringLiteral("workspaces"), true},
        {QStringLiteral("workspace_members"), false},
        {QStringLiteral("clients"), false},
        {QStringLiteral("authorization_codes"), false},
        {QStringLiteral("consents"), false},
        {QStringLiteral("passkeys"), false},
        {QStringLiteral("totp_factors"), false},
        {QStringLiteral("recovery_codes"), false},
        {QStringLiteral("mfa_challenges"), false},
        {QStringLiteral("mail_outbox"), true},
        {QStringLiteral("invitations"), true},
    };
    return tables;
}

} // namespace keyward
