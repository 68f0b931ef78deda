// SPDX-License-Identifier: GPL-3.0-or-later
// Tells whoever listens in this process (the console) that data changed, after the change
// committed. Emitted on the committing thread: receivers on other threads get queued calls.
#pragma once

#include <QObject>

namespace keyward {

class ChangeSignals : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Emits the signals an audit action means (every change is audited).
    void emitForAction(const QString &action);

signals:
    void usersChanged();
    void rolesChanged();
    // Who may do what changed: a user's roles or state, or the role hierarchy (not a login).
    void accessChanged();
    void sessionsChanged();
    void revocationsChanged();
    void keysChanged();
    void settingsChanged();
    void workspacesChanged();
    void clientsChanged();
};

} // namespace keyward
