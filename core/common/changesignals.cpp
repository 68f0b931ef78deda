// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesignals.h"

namespace keyward {

void ChangeSignals::emitForAction(const QString &action)
{
    const QString area = action.section(QLatin1Char('.'), 0, 0);
    if (area == QLatin1String("user") || action == QLatin1String("login"))
        emit usersChanged(); // a login changes the last-login column
    if (area == QLatin1String("role"))
        emit rolesChanged();
    if (area == QLatin1String("role") || area == QLatin1String("user"))
        emit accessChanged();
    // Account changes end sessions and revoke tokens too (disable, delete, new password).
    if (area == QLatin1String("session") || area == QLatin1String("user") || action == QLatin1String("login")
        || action == QLatin1String("refresh_reuse_detected"))
        emit sessionsChanged();
    if (area == QLatin1String("token") || area == QLatin1String("session") || area == QLatin1String("user"))
        emit revocationsChanged();
    if (area == QLatin1String("key"))
        emit keysChanged();
    if (area == QLatin1String("setting"))
        emit settingsChanged();
}

} // namespace keyward
