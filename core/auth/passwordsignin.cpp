// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordsignin.h"

#include "accountservice.h"
#include "config/settings.h"
#include "emailaddress.h"
#include "loginthrottle.h"
#include "sessionservice.h"
#include "settingsservice.h"

namespace keyward {

namespace {

// How many wrong current passwords a password change allows before its delays begin.
constexpr qint64 kPasswordChangeFailures = 5;

Error rateLimited(qint64 waitSeconds)
{
    Error refused = failure(ErrorCode::RateLimited, QStringLiteral("too many requests; try again later"));
    refused.retryAfterSeconds = waitSeconds;
    return refused;
}

} // namespace

PasswordSignIn::PasswordSignIn(AccountService &accounts, SessionService &sessions, LoginThrottle &throttle,
                               SettingsService &settings)
    : m_accounts(accounts), m_sessions(sessions), m_throttle(throttle), m_settings(settings)
{ }

Result<User> PasswordSignIn::signIn(const QString &email, const QString &password, const QString &clientAddress)
{
    const QString account = EmailAddress::key(email).left(320);
    const qint64 allowed = m_settings.current()->limits.loginFailuresPerAccount;
    // Counted as a failure before the check, taken back on success: concurrent guesses at one
    // account cannot all slip under the limit.
    if (const auto wait = m_throttle.beginAttempt(account, allowed))
        return rateLimited(*wait);
    Result<User> user = m_accounts.authenticate(email, password, clientAddress);
    // Only this attempt is taken back: the count is cleared when the whole sign-in succeeds
    // (MfaService::afterPassword, or its second factor), so a known password buys no more
    // guesses at a code.
    if (user)
        m_throttle.cancelAttempt(account);
    return user;
}

Status PasswordSignIn::changeOwnPassword(const Actor &actor, qint64 userId, const QString &keepSessionId,
                                         const QString &currentPassword, const QString &newPassword)
{
    const QString account = QStringLiteral("user:") + QString::number(userId);
    if (const auto wait = m_throttle.beginAttempt(account, kPasswordChangeFailures))
        return rateLimited(*wait);
    const Status changed = m_sessions.changeOwnPassword(actor, userId, keepSessionId, currentPassword, newPassword);
    if (changed)
        m_throttle.recordSuccess(account);
    else if (changed.error().code != ErrorCode::InvalidCredentials)
        m_throttle.cancelAttempt(account); // a weak new password is no guess at the current one
    return changed;
}

} // namespace keyward
