// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces over HTTP: /workspaces/{id}[/members[/{user_id}]], /auth/workspaces,
// /admin/workspaces, and the demo routes /api/workspace and /api/workspace/admin — the pattern an
// application copies: the scope and the role come from the verified token, nothing is asked of
// the database. Every rule is WorkspaceService's; this maps JSON to it and back.
#pragma once

#include "router.h"

namespace keyward {

class Backend;

class WorkspaceController {
public:
    explicit WorkspaceController(Backend &backend);
    void registerRoutes(Router &router);

private:
    HttpResponse create(RequestContext &context);
    HttpResponse show(RequestContext &context);
    HttpResponse change(RequestContext &context);
    HttpResponse remove(RequestContext &context);
    HttpResponse listMembers(RequestContext &context);
    HttpResponse addMember(RequestContext &context);
    HttpResponse setRole(RequestContext &context);
    HttpResponse removeMember(RequestContext &context);
    HttpResponse mine(RequestContext &context);
    HttpResponse listAll(RequestContext &context);
    static HttpResponse demo(RequestContext &context);
    static HttpResponse demoAdmin(RequestContext &context);

    Backend &m_backend;
};

} // namespace keyward
