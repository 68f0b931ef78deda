// SPDX-License-Identifier: GPL-3.0-or-later
// The applications that sign users in through Keyward (OpenID Connect clients): registration,
// changes, secrets, and client authentication at the token endpoint. The admin API (by the
// permissions clients.read / clients.write, checked by the router), the CLI and the console
// all call it.
//
// Decisions where the contract is silent:
//   - client_id: chosen by the administrator (1 to 64 of A-Z a-z 0-9 . _ ~ -, so it is safe in
//     HTTP Basic and in URLs) or generated; never the first-party client's id
//     (tokens.first_party_client), which names Keyward's own /auth/* tokens;
//   - the type is fixed at registration: a public client has no secret to hold;
//   - a secret is 256 random bits (base64url), shown once, kept as its SHA-256 and compared in
//     constant time; a rotation replaces it at once (the old one stops working);
//   - grant types by default: authorization_code and refresh_token when there are redirect URIs,
//     and client_credentials for a confidential client; password only for a first-party client,
//     client_credentials only for a confidential one;
//   - scopes by default: openid profile email roles offline_access; a client asks for no other.
//
// Threads: any thread.
#pragma once

#include "common/result.h"
#include "storage/clientstore.h"

#include <QJsonObject>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class RevocationService;
class SettingsService;
struct Actor;

namespace GrantType {
inline const QString kAuthorizationCode = QStringLiteral("authorization_code");
inline const QString kRefreshToken = QStringLiteral("refresh_token");
inline const QString kClientCredentials = QStringLiteral("client_credentials");
inline const QString kPassword = QStringLiteral("password");
} // namespace GrantType

struct Client {
    ClientRecord record;

    bool isConfidential() const { return record.type == QLatin1String("confidential"); }
    bool allowsGrant(const QString &grantType) const { return record.grantTypes.contains(grantType); }
    // The contract's client: {client_id, name, type, redirect_uris, post_logout_redirect_uris,
    // grant_types, scopes, first_party, created_at} (never the secret or its hash).
    QJsonObject toJson() const;
};

// A client as registered or after a rotation: the secret in clear, this once (empty for a
// public client).
struct ClientWithSecret {
    Client client;
    QString secret;
    QJsonObject toJson() const; // the client plus client_secret when there is one
};

struct NewClient {
    QString clientId; // empty: generated
    QString name;
    QString type; // "public" or "confidential"
    QStringList redirectUris;
    QStringList postLogoutRedirectUris;
    QStringList grantTypes; // empty: the defaults above
    QStringList scopes; // empty: the defaults above
    bool firstParty = false;
    QString idTokenAlgorithm; // empty: ES256
    bool requireMfa = false;
    // A confidential client's secret chosen by the administrator (a development set-up whose
    // .env must match, configuration as code); empty: 256 random bits. At least 32 visible
    // ASCII characters.
    QString secret;
};

struct ClientChange {
    std::optional<QString> name;
    std::optional<QStringList> redirectUris;
    std::optional<QStringList> postLogoutRedirectUris;
    std::optional<QStringList> grantTypes;
    std::optional<QStringList> scopes;
    std::optional<bool> firstParty;
    std::optional<QString> idTokenAlgorithm;
    std::optional<bool> requireMfa;
};

class ClientService {
public:
    ClientService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                  SettingsService &settings, RevocationService &revocations);

    Result<ClientWithSecret> create(const Actor &actor, const NewClient &input);
    Result<Client> find(const QString &clientId);
    Result<Client> change(const Actor &actor, const QString &clientId, const ClientChange &change);
    Status remove(const Actor &actor, const QString &clientId);
    // A new secret for a confidential client; the old one stops working now.
    // chosen: the new secret (the rules of NewClient::secret); empty: 256 random bits.
    Result<ClientWithSecret> rotateSecret(const Actor &actor, const QString &clientId, const QString &chosen = {});
    // By client_id after `after` (empty: from the first); limit < 0: all.
    std::vector<Client> list(const QString &after, int limit);

    // Client authentication (RFC 6749 §2.3): a confidential client by its secret, a public one
    // by its id alone (secret absent). invalid_client for an unknown client, a wrong or missing
    // secret, or a secret presented by a public client; the same work either way.
    Result<Client> authenticate(const QString &clientId, const std::optional<QString> &secret);

    static const QStringList &knownGrantTypes();
    static const QStringList &defaultScopes();
    // The account page (/account) signs users in through the same pages as an application, as
    // this built-in first-party client that is never stored and never gets a code: its id is
    // reserved, and after the sign-in the browser goes back to /account.
    static constexpr const char *kAccountClientId = "keyward-account";
    static Client accountClient(const QString &issuer);

private:
    // Every rule a registered client keeps, checked at creation and after every change.
    Status check(const ClientRecord &client) const;

    Database &m_database;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    SettingsService &m_settings;
    RevocationService &m_revocations;
};

} // namespace keyward
