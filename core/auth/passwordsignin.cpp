// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordsignin.h"

#include "accountservice.h"
#include "config/settings.h"
#include "emailaddress.h"
#include "loginthrottle.h"
#include "settingsservice.h"

namespace keyward {

PasswordSignIn::PasswordSignIn(AccountService &accounts, LoginThrottle &throttle, SettingsService &settings)
    : m_accounts(accounts), m_throttle(throttle), m_settings(settings)
{ }

Result<User> PasswordSignIn::signIn(const QString &email, const QString &password, const QString &clientAddress)
{
    const QString account = EmailAddress::key(email).left(320);
    const qint64 allowed = m_settings.current()->limits.loginFailuresPerAccount;
    // Counted as a failure before the check, taken back on success: concurrent guesses at one
    // account cannot all slip under the limit.
    if (const auto wait = m_throttle.beginAttempt(account, allowed)) {
        Error refused = failure(ErrorCode::RateLimited, QStringLiteral("too many requests; try again later"));
        refused.retryAfterSeconds = *wait;
        return refused;
    }
    Result<User> user = m_accounts.authenticate(email, password, clientAddress);
    if (user)
        m_throttle.recordSuccess(account);
    return user;
}

} // namespace keyward
