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
            {tr("Sign-in factors"), [](const UserRow &row) { return QVariant(factorsText(row.factors)); }},
            momentColumn(tr("Created"), [](const UserRow &row) { return row.user.record.createdAt; }),
            momentColumn(
                tr("Last login"), [](const UserRow &row) { return row.user.record.lastLoginAt; }, tr("Never")),
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

void UserTableModel::setFactors(const QHash<qint64, FactorSummary> &factors)
{
    updateRows([&factors](UserRow &row) {
        const auto found = factors.constFind(row.user.record.id);
        if (found == factors.cend())
            return false;
        row.factors = *found;
        return true;
    });
}

QString UserTableModel::factorsText(const std::optional<FactorSummary> &factors)
{
    if (!factors)
        return {};
    // The one an administrator looks for: the policy will stop this user at their next sign-in.
    if (factors->mustEnrol())
        return tr("⚠ Must enrol");
    QStringList kinds;
    if (factors->app)
        kinds << tr("App");
    // "Passkeys: 2", not "2 passkeys": no plural form to get wrong in any language.
    if (factors->passkeys > 0)
        kinds << tr("Passkeys: %1").arg(factors->passkeys);
    return kinds.isEmpty() ? QStringLiteral("—") : kinds.join(QLatin1String(", "));
}

} // namespace keyward
