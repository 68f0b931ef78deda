// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesignals.h"

#include "storage/transaction.h"

#include <QPointer>

namespace keyward {

void ChangeSignals::publish(Changes changes)
{
    if (changes.testFlag(Change::Users))
        emit usersChanged();
    if (changes.testFlag(Change::Roles))
        emit rolesChanged();
    if (changes.testFlag(Change::Access))
        emit accessChanged();
    if (changes.testFlag(Change::Sessions))
        emit sessionsChanged();
    if (changes.testFlag(Change::Revocations))
        emit revocationsChanged();
    if (changes.testFlag(Change::Keys))
        emit keysChanged();
    if (changes.testFlag(Change::Settings))
        emit settingsChanged();
    if (changes.testFlag(Change::Workspaces))
        emit workspacesChanged();
    if (changes.testFlag(Change::Clients))
        emit clientsChanged();
    if (changes.testFlag(Change::Mail))
        emit mailChanged();
}

void ChangeSignals::publishAfterCommit(const QSqlDatabase &db, Changes changes)
{
    TransactionGuard::afterCommit(db, [this, changes] { publish(changes); });
}

} // namespace keyward
