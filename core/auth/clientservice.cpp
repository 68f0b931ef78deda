// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientservice.h"

#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/constanttime.h"
#include "crypto/digest.h"
#include "crypto/securerandom.h"
#include "crypto/signingkey.h"
#include "redirecturi.h"
#include "revocationservice.h"
#include "sessionservice.h"
#include "settingsservice.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "storage/userpublicid.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace keyward {

namespace {

const QString kPublic = QStringLiteral("public");
const QString kConfidential = QStringLiteral("confidential");
constexpr qsizetype kMostUris = 20;
constexpr qsizetype kMostScopes = 50;

Error noSuchClient()
{
    return failure(ErrorCode::NotFound, QStringLiteral("no such client"));
}

Error invalid(const QString &why)
{
    return failure(ErrorCode::InvalidRequest, why);
}

QString secretHash(const QString &secret)
{
    return sha256Hex(secret.toUtf8());
}

QString newSecret()
{
    return QString::fromLatin1(Base64Url::encode(randomBytes(32)));
}

// Long enough that guessing it is out of reach (as the generated 256 bits, 43 characters, are
// not, 32 visible characters are still ~200 bits when random); visible ASCII, so it survives
// HTTP Basic, form encoding and .env files unchanged.
constexpr qsizetype kShortestChosenSecret = 32;
constexpr qsizetype kLongestChosenSecret = 512;

Status checkChosenSecret(const QString &type, const QString &secret)
{
    if (secret.isEmpty())
        return success();
    if (type != kConfidential)
        return invalid(QStringLiteral("only a confidential client has a secret"));
    if (secret.size() < kShortestChosenSecret || secret.size() > kLongestChosenSecret)
        return invalid(QStringLiteral("a client secret has %1 to %2 characters")
                           .arg(kShortestChosenSecret)
                           .arg(kLongestChosenSecret));
    const bool visible
        = std::all_of(secret.cbegin(), secret.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    if (!visible)
        return invalid(QStringLiteral("a client secret is visible ASCII characters only (no spaces)"));
    return success();
}

Status checkUris(const QStringList &uris, const QString &what)
{
    if (uris.size() > kMostUris)
        return invalid(QStringLiteral("at most %1 %2").arg(kMostUris).arg(what));
    for (const QString &uri : uris) {
        if (const QString problem = RedirectUri::problemWith(uri); !problem.isEmpty())
            return invalid(problem);
    }
    return success();
}

QStringList withoutDuplicates(QStringList list)
{
    list.removeDuplicates();
    return list;
}

} // namespace

QJsonObject Client::toJson() const
{
    return {{QStringLiteral("client_id"), record.clientId},
            {QStringLiteral("name"), record.name},
            {QStringLiteral("type"), record.type},
            {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(record.redirectUris)},
            {QStringLiteral("post_logout_redirect_uris"), QJsonArray::fromStringList(record.postLogoutRedirectUris)},
            {QStringLiteral("grant_types"), QJsonArray::fromStringList(record.grantTypes)},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(record.scopes)},
            {QStringLiteral("first_party"), record.firstParty},
            {QStringLiteral("id_token_signed_response_alg"), record.idTokenAlgorithm},
            {QStringLiteral("require_mfa"), record.requireMfa},
            {QStringLiteral("created_at"), toRfc3339(record.createdAt)}};
}

QJsonObject ClientWithSecret::toJson() const
{
    QJsonObject json = client.toJson();
    if (!secret.isEmpty())
        json.insert(QStringLiteral("client_secret"), secret);
    return json;
}

ClientService::ClientService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                             SettingsService &settings, RevocationService &revocations)
    : m_database(database), m_audit(audit), m_changes(changes), m_clock(clock), m_settings(settings),
      m_revocations(revocations)
{ }

const QStringList &ClientService::knownGrantTypes()
{
    static const QStringList grants{GrantType::kAuthorizationCode, GrantType::kRefreshToken,
                                    GrantType::kClientCredentials, GrantType::kPassword};
    return grants;
}

Client ClientService::accountClient(const QString &issuer)
{
    ClientRecord record;
    record.clientId = QLatin1String(kAccountClientId);
    record.name = QStringLiteral("Keyward");
    record.type = QStringLiteral("public");
    // The account page, and an invitation's page (its token travels as the state).
    record.redirectUris = {issuer + QStringLiteral("/account"), issuer + QStringLiteral("/account/invitation")};
    record.scopes = {QStringLiteral("openid")};
    // Checked like an application's request; the token endpoint never knows it (not stored).
    record.grantTypes = {GrantType::kAuthorizationCode};
    record.firstParty = true;
    return Client{record};
}

const QStringList &ClientService::defaultScopes()
{
    static const QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                                    QStringLiteral("roles"), QStringLiteral("offline_access")};
    return scopes;
}

Status ClientService::check(const ClientRecord &client) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._~-]{1,64}\\z"));
    if (!idPattern.match(client.clientId).hasMatch())
        return invalid(QStringLiteral("client_id must be 1 to 64 of A-Z, a-z, 0-9, '.', '_', '~' and '-'"));
    if (client.clientId == m_settings.current()->tokens.firstPartyClient)
        return invalid(
            QStringLiteral("%1 is Keyward's own client id (tokens.first_party_client)").arg(client.clientId));
    if (client.name.trimmed().isEmpty() || client.name.size() > 200)
        return invalid(QStringLiteral("name must be 1 to 200 characters"));
    if (client.type != kPublic && client.type != kConfidential)
        return invalid(QStringLiteral("type must be public or confidential"));
    if (const Status uris = checkUris(client.redirectUris, QStringLiteral("redirect URIs")); !uris)
        return uris;
    if (const Status uris = checkUris(client.postLogoutRedirectUris, QStringLiteral("post-logout redirect URIs"));
        !uris)
        return uris;
    if (client.grantTypes.isEmpty())
        return invalid(QStringLiteral("a client needs at least one grant type"));
    for (const QString &grant : client.grantTypes) {
        if (!knownGrantTypes().contains(grant))
            return invalid(
                QStringLiteral("unknown grant type %1 (known: %2)").arg(grant, knownGrantTypes().join(u", ")));
    }
    if (client.grantTypes.contains(GrantType::kAuthorizationCode) && client.redirectUris.isEmpty())
        return invalid(QStringLiteral("the authorization_code grant needs at least one redirect URI"));
    if (client.grantTypes.contains(GrantType::kClientCredentials) && client.type != kConfidential)
        return invalid(QStringLiteral("client_credentials is for confidential clients only"));
    if (client.grantTypes.contains(GrantType::kPassword) && !client.firstParty)
        return invalid(QStringLiteral("the password grant is for first-party clients only"));
    if (!algorithmFromName(client.idTokenAlgorithm)) // OIDC Registration §2
        return invalid(QStringLiteral("id_token_signed_response_alg must be ES256, RS256 or EdDSA"));
    if (client.scopes.size() > kMostScopes)
        return invalid(QStringLiteral("at most %1 scopes").arg(kMostScopes));
    // RFC 6749 §3.3 scope-token: printable ASCII but space, '"' and '\'.
    static const QRegularExpression scopePattern(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}\\z"));
    for (const QString &scope : client.scopes) {
        if (!scopePattern.match(scope).hasMatch())
            return invalid(QStringLiteral("%1 is not a scope name (RFC 6749 §3.3)").arg(scope));
    }
    return success();
}

Result<ClientWithSecret> ClientService::create(const Actor &actor, const NewClient &input)
{
    ClientRecord record;
    record.clientId
        = input.clientId.isEmpty() ? QString::fromLatin1(Base64Url::encode(randomBytes(16))) : input.clientId;
    record.name = input.name.trimmed();
    record.type = input.type;
    record.redirectUris = withoutDuplicates(input.redirectUris);
    record.postLogoutRedirectUris = withoutDuplicates(input.postLogoutRedirectUris);
    record.grantTypes = withoutDuplicates(input.grantTypes);
    if (record.grantTypes.isEmpty()) {
        if (!record.redirectUris.isEmpty())
            record.grantTypes = QStringList{GrantType::kAuthorizationCode, GrantType::kRefreshToken};
        if (record.type == kConfidential)
            record.grantTypes << GrantType::kClientCredentials;
    }
    record.scopes = input.scopes.isEmpty() ? defaultScopes() : withoutDuplicates(input.scopes);
    record.firstParty = input.firstParty;
    if (!input.idTokenAlgorithm.isEmpty())
        record.idTokenAlgorithm = input.idTokenAlgorithm;
    record.requireMfa = input.requireMfa;
    record.createdAt = record.updatedAt = m_clock.now();
    if (const Status valid = check(record); !valid)
        return valid.error();
    // A client's own tokens have sub = client_id; a UUID there would read as a user's id. At
    // registration only: a client registered with one before user ids were UUIDs stays editable.
    if (UserPublicId::isWellFormed(record.clientId.toLower()))
        return invalid(QStringLiteral("client_id must not be a UUID (users' ids are)"));
    if (record.clientId == QLatin1String(kAccountClientId))
        return failure(ErrorCode::ClientIdTaken, QStringLiteral("the client id %1 is reserved").arg(record.clientId));
    if (const Status chosen = checkChosenSecret(input.type, input.secret); !chosen)
        return chosen.error();
    QString secret;
    if (record.type == kConfidential) {
        secret = input.secret.isEmpty() ? newSecret() : input.secret;
        record.secretHash = secretHash(secret);
    }
    TransactionGuard transaction(m_database);
    try {
        ClientStore(transaction.connection()).insert(record);
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::UniqueViolation)
            throw;
        return failure(ErrorCode::ClientIdTaken, QStringLiteral("the client id %1 is taken").arg(record.clientId));
    }
    m_changes.publishAfterCommit(m_database.connection(), Change::Clients);
    m_audit.record(actor, QStringLiteral("client.create"), record.clientId, AuditOutcome::success(),
                   {{QStringLiteral("type"), record.type}, {QStringLiteral("first_party"), record.firstParty}});
    transaction.commit();
    return ClientWithSecret{{std::move(record)}, secret};
}

Result<Client> ClientService::find(const QString &clientId)
{
    std::optional<ClientRecord> record = ClientStore(m_database.connection()).find(clientId);
    if (!record)
        return noSuchClient();
    return Client{std::move(*record)};
}

Result<Client> ClientService::change(const Actor &actor, const QString &clientId, const ClientChange &change)
{
    TransactionGuard transaction(m_database);
    ClientStore store(transaction.connection());
    std::optional<ClientRecord> record = store.find(clientId);
    if (!record)
        return noSuchClient();
    QStringList changed;
    const auto apply = [&changed](auto &field, const auto &value, const char *name) {
        if (value && *value != field) {
            field = *value;
            changed << QString::fromLatin1(name);
        }
    };
    apply(record->name, change.name ? std::optional(change.name->trimmed()) : std::nullopt, "name");
    apply(record->redirectUris,
          change.redirectUris ? std::optional(withoutDuplicates(*change.redirectUris)) : std::nullopt, "redirect_uris");
    apply(record->postLogoutRedirectUris,
          change.postLogoutRedirectUris ? std::optional(withoutDuplicates(*change.postLogoutRedirectUris))
                                        : std::nullopt,
          "post_logout_redirect_uris");
    apply(record->grantTypes, change.grantTypes ? std::optional(withoutDuplicates(*change.grantTypes)) : std::nullopt,
          "grant_types");
    apply(record->scopes, change.scopes ? std::optional(withoutDuplicates(*change.scopes)) : std::nullopt, "scopes");
    apply(record->firstParty, change.firstParty, "first_party");
    apply(record->idTokenAlgorithm, change.idTokenAlgorithm, "id_token_signed_response_alg");
    apply(record->requireMfa, change.requireMfa, "require_mfa");
    if (const Status valid = check(*record); !valid)
        return valid.error();
    if (changed.isEmpty())
        return Client{std::move(*record)};
    record->updatedAt = m_clock.now();
    store.update(*record);
    m_changes.publishAfterCommit(m_database.connection(), Change::Clients);
    m_audit.record(actor, QStringLiteral("client.change"), clientId, AuditOutcome::success(),
                   {{QStringLiteral("changed"), QJsonArray::fromStringList(changed)}});
    transaction.commit();
    return Client{std::move(*record)};
}

Status ClientService::remove(const Actor &actor, const QString &clientId)
{
    TransactionGuard transaction(m_database);
    if (!ClientStore(transaction.connection()).remove(clientId))
        return noSuchClient();
    // Its users' consents go with it (ON DELETE CASCADE); its sessions and their tokens end.
    const int ended = SessionService::endSessionsOfClient(transaction.connection(), clientId, m_clock.now());
    m_changes.publishAfterCommit(m_database.connection(), Change::Clients | Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("client.delete"), clientId, AuditOutcome::success(),
                   {{QStringLiteral("sessions_ended"), ended}});
    transaction.commit();
    if (ended > 0)
        m_revocations.refreshNow(); // their access tokens are refused from the next request on
    return success();
}

Result<ClientWithSecret> ClientService::rotateSecret(const Actor &actor, const QString &clientId, const QString &chosen)
{
    if (const Status valid = checkChosenSecret(kConfidential, chosen); !valid)
        return valid.error();
    TransactionGuard transaction(m_database);
    ClientStore store(transaction.connection());
    std::optional<ClientRecord> record = store.find(clientId);
    if (!record)
        return noSuchClient();
    if (record->type != kConfidential)
        return invalid(QStringLiteral("a public client has no secret"));
    const QString secret = chosen.isEmpty() ? newSecret() : chosen;
    record->secretHash = secretHash(secret);
    record->updatedAt = m_clock.now();
    record->secretRotatedAt = record->updatedAt;
    store.update(*record);
    m_changes.publishAfterCommit(m_database.connection(), Change::Clients);
    m_audit.record(actor, QStringLiteral("client.secret_rotate"), clientId, AuditOutcome::success());
    transaction.commit();
    return ClientWithSecret{{std::move(*record)}, secret};
}

std::vector<Client> ClientService::list(const QString &after, int limit)
{
    std::vector<Client> clients;
    for (ClientRecord &record : ClientStore(m_database.connection()).list(after, limit))
        clients.push_back({std::move(record)});
    return clients;
}

Result<Client> ClientService::authenticate(const QString &clientId, const std::optional<QString> &secret)
{
    std::optional<ClientRecord> record
        = clientId.isEmpty() ? std::nullopt : ClientStore(m_database.connection()).find(clientId);
    // Hashed and compared whether or not the client exists: the answer's timing says nothing.
    const QString presented = secretHash(secret.value_or(QString()));
    const QString expected = record ? record->secretHash : secretHash(newSecret());
    const bool secretMatches = constantTimeEquals(presented.toLatin1(), expected.toLatin1());
    const Error refused = failure(ErrorCode::InvalidClient, QStringLiteral("client authentication failed"));
    if (!record)
        return refused;
    if (record->type == kConfidential ? !(secret && secretMatches) : secret.has_value())
        return refused;
    return Client{std::move(*record)};
}

} // namespace keyward
