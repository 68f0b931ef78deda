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
    // Account and workspace changes end sessions and revoke tokens too (disable, delete, new
    // password; a member's role change or removal, a workspace deleted).
    const bool endsSessions = area == QLatin1String("user") || area == QLatin1String("workspace")
        || action == QLatin1String("client.delete");
    // A code exchanged starts a client's session; a consent given or revoked changes nothing listed.
    if (area == QLatin1String("session") || endsSessions || action == QLatin1String("login")
        || action == QLatin1String("oidc.code_exchange") || action == QLatin1String("refresh_reuse_detected"))
        emit sessionsChanged();
    if (area == QLatin1String("token") || area == QLatin1String("session") || endsSessions)
        emit revocationsChanged();
    if (area == QLatin1String("workspace") || action == QLatin1String("user.delete"))
        emit workspacesChanged(); // a deleted user leaves their workspaces
    if (area == QLatin1String("key"))
        emit keysChanged();
    if (area == QLatin1String("setting"))
        emit settingsChanged();
    if (area == QLatin1String("client"))
        emit clientsChanged();
}

} // namespace keyward
