// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertablemodel.h"

#include "timetext.h"

namespace keyward {

UserTableModel::UserTableModel(QObject *parent)
    : RowTableModel<UserRow>(
        {
            {tr("E-mail"), [](const UserRow &row) { return QVariant(row.user.record.email); }},
            {tr("Name"), [](const UserRow &row) { return QVariant(row.user.record.name); }},
            {tr("Roles"), [](const UserRow &row) { return QVariant(row.user.roles.join(QLatin1String(", "))); }},
            {tr("Status"),
             [](const UserRow &row) { return QVariant(row.user.record.disabled ? tr("Disabled") : tr("Active")); }},
            {tr("Created"), [](const UserRow &row) { return QVariant(localTime(row.user.record.createdAt)); }},
            {tr("Last login"),
             [](const UserRow &row) {
                 return QVariant(row.user.record.lastLoginAt ? localTime(*row.user.record.lastLoginAt) : tr("Never"));
             }},
            {tr("Sessions"), [](const UserRow &row) { return QVariant(row.activeSessions); }},
            {tr("Workspaces"), [](const UserRow &row) { return QVariant(row.workspaces.join(QLatin1String(", "))); }},
        },
        [](const UserRow &row) { return QString::number(row.user.record.id); }, parent)
{ }

const User *UserTableModel::userAt(int row) const
{
    const UserRow *found = rowAt(row);
    return found ? &found->user : nullptr;
}

} // namespace keyward
