// SPDX-License-Identifier: GPL-3.0-or-later
// A password checked for a person, one rule for /auth/login, the sign-in page, the password
// grant and a password change: the per-account delay after failed attempts (LoginThrottle, shared
// by every server of a fleet) around the check. The per-address limits are the HTTP layer's
// (they know the client).
//
// Threads: any thread.
#pragma once

#include "common/result.h"
#include "user.h"

namespace keyward {

class AccountService;
class LoginThrottle;
class SessionService;
class SettingsService;
struct Actor;

class PasswordSignIn {
public:
    PasswordSignIn(AccountService &accounts, SessionService &sessions, LoginThrottle &throttle,
                   SettingsService &settings);

    // The user, or invalid_credentials (unknown, disabled and wrong alike), or rate_limited with
    // Error::retryAfterSeconds while the account must wait. A right password is only the first
    // factor: MfaService::afterPassword decides what follows and clears the account's count.
    Result<User> signIn(const QString &email, const QString &password, const QString &clientAddress);
    // A signed-in user's own new password (their other sessions end): guessing the current one
    // through a stolen session is delayed like a sign-in; only a wrong current password counts.
    Status changeOwnPassword(const Actor &actor, qint64 userId, const QString &keepSessionId,
                             const QString &currentPassword, const QString &newPassword);

private:
    AccountService &m_accounts;
    SessionService &m_sessions;
    LoginThrottle &m_throttle;
    SettingsService &m_settings;
};

} // namespace keyward
