// SPDX-License-Identifier: GPL-3.0-or-later
// /admin/*: users, roles, sessions, token revocation, keys and the audit log, by permission.
#pragma once

#include "router.h"

namespace keyward {

class Backend;
class Metrics;

class AdminController {
public:
    AdminController(Backend &backend, Metrics &metrics);
    void registerRoutes(Router &router);

private:
    HttpResponse listUsers(RequestContext &context);
    HttpResponse createUser(RequestContext &context);
    HttpResponse getUser(RequestContext &context);
    HttpResponse updateUser(RequestContext &context);
    HttpResponse deleteUser(RequestContext &context);
    HttpResponse setRoles(RequestContext &context);
    HttpResponse listRoles(RequestContext &context);
    HttpResponse listSessions(RequestContext &context);
    HttpResponse deleteSession(RequestContext &context);
    HttpResponse revokeUserSessions(RequestContext &context);
    HttpResponse revokeToken(RequestContext &context);
    HttpResponse listKeys(RequestContext &context);
    HttpResponse rotateKey(RequestContext &context);
    HttpResponse listSettings(RequestContext &context);
    HttpResponse changeSettings(RequestContext &context);
    HttpResponse listAudit(RequestContext &context);

    QString emailOfUserParameter(const RequestContext &context);

    Backend &m_backend;
    Metrics &m_metrics;
};

} // namespace keyward
