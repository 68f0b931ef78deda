// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace keyward {

Actor Actor::local(const QString &tool)
{
    QString account;
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()))
        account = QString::fromLocal8Bit(entry->pw_name);
#endif
    if (account.isEmpty())
        account = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    Actor actor;
    actor.name = tool + QLatin1Char(':') + account;
    actor.localAdministration = true;
    return actor;
}

Actor Actor::user(const QString &email, const QStringList &roles, const QString &clientAddress)
{
    Actor actor;
    actor.name = QStringLiteral("user:") + email;
    actor.roles = roles;
    actor.clientAddress = clientAddress;
    return actor;
}

} // namespace keyward
