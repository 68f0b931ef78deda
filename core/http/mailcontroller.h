// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox for administrators (settings.write): POST /admin/mail/test, GET
// /admin/mail/outbox?state=, POST /admin/mail/outbox/{id}/retry.
#pragma once

#include "router.h"

namespace keyward {

class Backend;

class MailController {
public:
    explicit MailController(Backend &backend) : m_backend(backend) { }
    void registerRoutes(Router &router);

private:
    HttpResponse sendTest(RequestContext &context);
    HttpResponse outbox(RequestContext &context);
    HttpResponse retry(RequestContext &context);

    Backend &m_backend;
};

} // namespace keyward
