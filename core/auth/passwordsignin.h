// SPDX-License-Identifier: GPL-3.0-or-later
// A sign-in with a password, one rule for /auth/login, the sign-in page and the password grant:
// the per-account delay after failed attempts (LoginThrottle, shared by every server of a fleet)
// around the password check. The per-address limits are the HTTP layer's (they know the client).
//
// Threads: any thread.
#pragma once

#include "common/result.h"
#include "user.h"

namespace keyward {

class AccountService;
class LoginThrottle;
class SettingsService;

class PasswordSignIn {
public:
    PasswordSignIn(AccountService &accounts, LoginThrottle &throttle, SettingsService &settings);

    // The user, or invalid_credentials (unknown, disabled and wrong alike), or rate_limited with
    // Error::retryAfterSeconds while the account must wait.
    Result<User> signIn(const QString &email, const QString &password, const QString &clientAddress);

private:
    AccountService &m_accounts;
    LoginThrottle &m_throttle;
    SettingsService &m_settings;
};

} // namespace keyward
