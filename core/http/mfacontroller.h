// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON API of second factors and passkeys (contract: Multi-factor sign-in and passkeys):
// finishing a sign-in (/auth/login/mfa, /auth/login/passkey, /auth/passkeys/options), the
// signed-in user's own factors (/auth/mfa, /auth/passkeys*, /auth/totp*, /auth/recovery-codes)
// and an administrator's view and reset of a user's (/admin/users/{id}/mfa, …/passkeys/{pid}).
//
// The enrolment routes take either an access token — then the session's last sign-in must be
// recent — or the mfa_token of a sign-in that must enrol a factor first.
#pragma once

#include "auth/actor.h"
#include "auth/user.h"
#include "router.h"

namespace keyward {

class AuthController;
class Authenticator;
class Backend;
class Metrics;

class MfaController {
public:
    MfaController(Backend &backend, AuthController &auth, Authenticator &authenticator, Metrics &metrics);
    void registerRoutes(Router &router);

private:
    // Whose factors a request changes, and whether that may be done now.
    struct FactorOwner {
        User user;
        Actor actor;
        bool recent = false; // signed in with a password or passkey in the last 5 minutes
    };
    // allowEnrolmentToken: an mfa_token of a sign-in that must enrol first opens this route too.
    FactorOwner ownerOf(const RequestContext &context, bool allowEnrolmentToken);
    FactorOwner recentOwnerOf(const RequestContext &context, bool allowEnrolmentToken);

    HttpResponse completeSignIn(RequestContext &context);
    HttpResponse signInOptions(RequestContext &context);
    HttpResponse passkeySignIn(RequestContext &context);
    HttpResponse status(RequestContext &context);
    HttpResponse registrationOptions(RequestContext &context);
    HttpResponse addPasskey(RequestContext &context);
    HttpResponse renamePasskey(RequestContext &context);
    HttpResponse removePasskey(RequestContext &context);
    HttpResponse beginTotp(RequestContext &context);
    HttpResponse confirmTotp(RequestContext &context);
    HttpResponse removeTotp(RequestContext &context);
    HttpResponse newRecoveryCodes(RequestContext &context);
    HttpResponse adminStatus(RequestContext &context);
    HttpResponse adminReset(RequestContext &context);
    HttpResponse adminRemovePasskey(RequestContext &context);

    User adminTarget(const RequestContext &context);

    Backend &m_backend;
    AuthController &m_auth;
    Authenticator &m_authenticator;
    Metrics &m_metrics;
};

} // namespace keyward
