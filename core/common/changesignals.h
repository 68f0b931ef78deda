// SPDX-License-Identifier: GPL-3.0-or-later
// Tells whoever listens in this process (the console, the caches of this server) that data
// changed, after the change committed. The services say what they changed, as typed changes
// (never inferred from audit action names). Emitted on the committing thread: receivers on
// other threads get queued calls.
#pragma once

#include <QFlags>
#include <QObject>

class QSqlDatabase;

namespace keyward {

enum class Change : unsigned {
    Users = 0x1, // a user's row: created, renamed, disabled, deleted, signed in (last login)
    Roles = 0x2, // the role hierarchy or a role's permissions
    Access = 0x4, // who may do what: a user's roles or state, or the roles
    Sessions = 0x8, // a session started, moved or ended
    Revocations = 0x10, // a token, session or user cut-off was revoked
    Keys = 0x20,
    Settings = 0x40,
    Workspaces = 0x80,
    Clients = 0x100,
    Mail = 0x200, // a message entered the outbox, or its state moved
};
Q_DECLARE_FLAGS(Changes, Change)
Q_DECLARE_OPERATORS_FOR_FLAGS(Changes)

class ChangeSignals : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Emits the signal of each change now.
    void publish(Changes changes);
    // Once the caller's transaction on db commits (never, if it rolls back); now outside one.
    void publishAfterCommit(const QSqlDatabase &db, Changes changes);

signals:
    void usersChanged();
    void rolesChanged();
    void accessChanged();
    void sessionsChanged();
    void revocationsChanged();
    void keysChanged();
    void settingsChanged();
    void workspacesChanged();
    void clientsChanged();
    void mailChanged();
};

} // namespace keyward
