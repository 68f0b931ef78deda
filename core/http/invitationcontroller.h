// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace invitations: the API (POST/GET /workspaces/{id}/invitations, DELETE
// /workspaces/{id}/invitations/{iid}) and the page the link opens, /account/invitation:
//   - signed in as the invited address: "Join" (a form with a CSRF token);
//   - the address has an account but this browser is not signed in as it: sign in first (the
//     account page's built-in sign-in, coming back here with the token as its state);
//   - no account yet: name and password make one, and it joins.
#pragma once

#include "browsercookies.h"
#include "pagerenderer.h"
#include "router.h"

namespace keyward {

class Backend;
struct InvitationView;

class InvitationController {
public:
    explicit InvitationController(Backend &backend);
    void registerRoutes(Router &router);

private:
    HttpResponse invite(RequestContext &context);
    HttpResponse list(RequestContext &context);
    HttpResponse revoke(RequestContext &context);
    HttpResponse page(RequestContext &context);
    HttpResponse accept(RequestContext &context);
    HttpResponse createAccount(RequestContext &context);

    HttpResponse invitationPage(const HttpRequest &request, const QString &token, const InvitationView &invitation,
                                const QString &problem, int status) const;
    HttpResponse message(const HttpRequest &request, const char *title, const QString &lead, int status,
                         const QString &details = {}) const;
    HttpResponse unusable(const HttpRequest &request) const;
    // "Welcome": the person is a member now; lead says of what.
    HttpResponse welcome(const HttpRequest &request, const QString &lead, int status) const;

    Backend &m_backend;
    BrowserCookies m_cookies;
    PageRenderer m_renderer;
};

} // namespace keyward
