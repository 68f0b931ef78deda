// SPDX-License-Identifier: GPL-3.0-or-later
// Who a request comes from: the bearer token (Authorization: Bearer or x-auth-token),
// verified, and what the user's *current* roles allow (not the token's roles claim, which may be
// a token lifetime old). Runs before handlers, never inside them.
//
// Threads: authenticate() from every request thread; it keeps nothing of its own (the token
// service and CurrentAccess it asks are thread-safe).
#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QStringList>

namespace keyward {

class Backend;

struct AuthContext {
    qint64 userId = 0;
    QString email;
    QStringList roles; // the user's roles now
    QString sessionId;
    QString jti;
    qint64 expiresAt = 0;
    QJsonObject claims;
};

class Authenticator {
public:
    explicit Authenticator(Backend &backend);

    // The verified token's identity; ApiError 401 invalid_token otherwise. keywardOnly: Keyward's
    // own API, which takes tokens issued to Keyward (tokens.first_party_client, or a client
    // registered as first-party) and not those of other applications (OpenID Connect clients
    // get tokens for their own resource servers, /api/* and /oauth/userinfo).
    AuthContext authenticate(const HttpRequest &request, bool keywardOnly = true);
    bool hasPermission(const AuthContext &auth, const QString &permission);
    // Holds `role` or a role above it.
    bool hasRoleAtLeast(const AuthContext &auth, const QString &role);

    static QByteArray bearerToken(const HttpRequest &request);

private:
    Backend &m_backend;
};

} // namespace keyward
