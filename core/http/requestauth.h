// Who a request comes from: the bearer token (Authorization: Bearer or x-auth-token),
// verified, and what its roles allow. Runs before handlers, never inside them.
#pragma once

#include "httpmessage.h"

#include <QJsonObject>
#include <QMutex>
#include <QStringList>

#include <memory>

namespace keyward {

class Backend;
class RoleGraph;

struct AuthContext {
    qint64 userId = 0;
    QString email;
    QStringList roles;
    QString sessionId;
    QString jti;
    qint64 expiresAt = 0;
    QJsonObject claims;
};

class Authenticator {
public:
    explicit Authenticator(Backend &backend);

    // The verified token's identity; ApiError 401 invalid_token otherwise.
    AuthContext authenticate(const HttpRequest &request);
    bool hasPermission(const AuthContext &auth, const QString &permission);
    // Holds `role` or a role above it.
    bool hasRoleAtLeast(const AuthContext &auth, const QString &role);

    static QByteArray bearerToken(const HttpRequest &request);

private:
    std::shared_ptr<const RoleGraph> roleGraph();

    Backend &m_backend;
    QMutex m_mutex;
    std::shared_ptr<const RoleGraph> m_graph;
    qint64 m_graphLoadedMs = 0;
};

} // namespace keyward
