// SPDX-License-Identifier: GPL-3.0-or-later
// What RFC 7662 introspection says of a token, as it stands now: an access token is active
// while it verifies and its user is enabled with roles that still cover the token's (the roles
// given are the current ones); a client's own token while the client is registered; a refresh
// token while it is its session's live one. Who may ask is the HTTP layer's to check.
//
// Threads: any thread.
#pragma once

#include <QJsonObject>
#include <QString>

namespace keyward {

class AccountService;
class ClientService;
class CurrentAccess;
class SessionService;
class SettingsService;
class TokenService;

class Introspection {
public:
    Introspection(TokenService &tokens, ClientService &clients, CurrentAccess &access, SessionService &sessions,
                  AccountService &accounts, SettingsService &settings);

    // The RFC 7662 §2.2 answer; {"active": false} for anything not active.
    QJsonObject of(const QString &token);

    // A JWS compact serialization (an access token) rather than an opaque refresh token.
    static bool looksLikeJwt(const QString &token);

private:
    QJsonObject ofAccessToken(const QString &token);
    QJsonObject ofRefreshToken(const QString &token);

    TokenService &m_tokens;
    ClientService &m_clients;
    CurrentAccess &m_access;
    SessionService &m_sessions;
    AccountService &m_accounts;
    SettingsService &m_settings;
};

} // namespace keyward
