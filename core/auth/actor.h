// SPDX-License-Identifier: GPL-3.0-or-later
// Who is asking for a change: recorded in the audit log and checked against the role rules.
// Tagged by kind, so a client is never taken for a user, self-registration borrows nobody's
// authority, and only the local tools and Keyward's own tasks act with full power.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace keyward {

struct Actor {
    enum class Kind {
        User, // a signed-in user: their roles decide
        Client, // an application authenticated as itself: no user's powers
        Local, // the CLI or the console on the server's own files: full power
        System, // Keyward's own tasks (the scheduler, key creation, a replayed code's revocation)
        Anonymous, // nobody signed in (self-registration, a refused request): no power
    };

    Kind kind = Kind::Anonymous;
    QString name; // as the audit log shows it, e.g. "cli:root", "user:ada@example.org", "client:notes"
    QString clientAddress; // empty for local tools
    QStringList roles; // ignored for local administration
    qint64 userId = 0; // the signed-in user's id (0: none, e.g. local administration)

    // The local tools and Keyward itself: no role rule applies.
    bool hasLocalAuthority() const { return kind == Kind::Local || kind == Kind::System; }

    // tool: "cli", "console"; the name adds the OS account, read once per process.
    static Actor local(const QString &tool);
    static Actor system(const QString &task);
    static Actor user(const QString &email, const QStringList &roles, const QString &clientAddress);
    static Actor client(const QString &clientId, const QString &clientAddress);
    // who: how the audit log names the unauthenticated party, e.g. "self:ada@example.org".
    static Actor anonymous(const QString &who, const QString &clientAddress);
};

} // namespace keyward
