// SPDX-License-Identifier: GPL-3.0-or-later
// The admin API of OpenID Connect clients: /admin/clients[/{id}[/secret]], by the permissions
// clients.read and clients.write. Every rule is ClientService's; this maps JSON to it and back.
#pragma once

#include "router.h"

namespace keyward {

class Backend;

class ClientController {
public:
    explicit ClientController(Backend &backend);
    void registerRoutes(Router &router);

private:
    HttpResponse list(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse show(RequestContext &context);
    HttpResponse change(RequestContext &context);
    HttpResponse remove(RequestContext &context);
    HttpResponse rotateSecret(RequestContext &context);

    Backend &m_backend;
};

} // namespace keyward
