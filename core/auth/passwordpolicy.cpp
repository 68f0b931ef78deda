// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordpolicy.h"

#include "emailaddress.h"

#include <QList>

namespace keyward::PasswordPolicy {

Status check(const QString &password, const QString &email)
{
    const auto weak = [](const QString &message) { return failure(ErrorCode::WeakPassword, message); };
    // Count characters as people see them (code points), not UTF-16 units.
    if (password.toUcs4().size() < kMinCharacters)
        return weak(QStringLiteral("the password must have at least %1 characters").arg(kMinCharacters));
    if (password.toUtf8().size() > kMaxBytes)
        return weak(QStringLiteral("the password must not be longer than %1 bytes").arg(kMaxBytes));
    if (!email.isEmpty() && EmailAddress::key(password) == EmailAddress::key(email))
        return weak(QStringLiteral("the password must not be the e-mail address"));
    return success();
}

} // namespace keyward::PasswordPolicy
