// SPDX-License-Identifier: GPL-3.0-or-later
// Who is asking for a change: recorded in the audit log and checked against the role rules.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace keyward {

struct Actor {
    QString name; // as the audit log shows it, e.g. "cli:root" or "user:ada@example.org"
    QString clientAddress; // empty for local tools
    QStringList roles; // ignored for local administration
    qint64 userId = 0; // the signed-in user's id (0: none, e.g. local administration)
    bool localAdministration = false; // the CLI or console on the server's own files: full power

    static Actor local(const QString &tool);
    static Actor user(const QString &email, const QStringList &roles, const QString &clientAddress);
};

} // namespace keyward
