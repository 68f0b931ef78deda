// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include <QByteArray>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace keyward {

namespace {

// The OS account this process runs as. Read once (the first local actor, before any request
// thread needs one), with the re-entrant getpwuid_r: getpwuid's static buffer is not thread-safe.
QString osAccount()
{
    static const QString account = [] {
        QString name;
#ifdef Q_OS_UNIX
        passwd entry{};
        passwd *found = nullptr;
        QByteArray buffer(16384, Qt::Uninitialized);
        if (getpwuid_r(geteuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found)
            name = QString::fromLocal8Bit(found->pw_name);
#endif
        return name.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("unknown")) : name;
    }();
    return account;
}

} // namespace

Actor Actor::local(const QString &tool)
{
    Actor actor;
    actor.kind = Kind::Local;
    actor.name = tool + QLatin1Char(':') + osAccount();
    return actor;
}

Actor Actor::system(const QString &task)
{
    Actor actor;
    actor.kind = Kind::System;
    actor.name = QStringLiteral("keyward:") + task;
    return actor;
}

Actor Actor::user(const QString &email, const QStringList &roles, const QString &clientAddress)
{
    Actor actor;
    actor.kind = Kind::User;
    actor.name = QStringLiteral("user:") + email;
    actor.roles = roles;
    actor.clientAddress = clientAddress;
    return actor;
}

Actor Actor::client(const QString &clientId, const QString &clientAddress)
{
    Actor actor;
    actor.kind = Kind::Client;
    actor.name = QStringLiteral("client:") + clientId;
    actor.clientAddress = clientAddress;
    return actor;
}

Actor Actor::anonymous(const QString &who, const QString &clientAddress)
{
    Actor actor;
    actor.kind = Kind::Anonymous;
    actor.name = who;
    actor.clientAddress = clientAddress;
    return actor;
}

} // namespace keyward
