// SPDX-License-Identifier: GPL-3.0-or-later
#include "factortablemodel.h"

#include "auth/mfaservice.h"
#include "timetext.h"

namespace keyward {

FactorTableModel::FactorTableModel(QObject *parent)
    : RowTableModel<FactorRow>(
        {
            {tr("Factor"),
             [](const FactorRow &row) { return QVariant(row.passkey ? tr("Passkey") : tr("Authenticator app")); }},
            {tr("Name"), [](const FactorRow &row) { return QVariant(row.passkey ? row.passkey->name : QString()); }},
            // The app's enrolment date is not part of the status the service gives.
            momentColumn(tr("Created"),
                         [](const FactorRow &row) {
                             return row.passkey ? std::optional(row.passkey->createdAt) : std::nullopt;
                         }),
            // Never for a passkey not used yet; nothing for the app (its use is not recorded).
            {tr("Last used"), [](const FactorRow &row) { return row.passkey ? QVariant() : QVariant(QString()); },
             false, [](const FactorRow &row) { return row.passkey ? row.passkey->lastUsedAt : std::nullopt; },
             tr("Never")},
            // A synced passkey lives on in the person's other devices (a lost phone does not take
            // it along); a device-bound one goes with its device.
            {tr("Storage"),
             [](const FactorRow &row) {
                 if (!row.passkey)
                     return QVariant(QString());
                 return QVariant(row.passkey->backedUp ? tr("Synced") : tr("Device-bound"));
             }},
        },
        [](const FactorRow &row) {
            return row.passkey ? QStringLiteral("passkey:%1").arg(row.passkey->id) : QStringLiteral("app");
        },
        parent)
{ }

std::vector<FactorRow> FactorTableModel::rowsOf(const MfaStatus &status)
{
    std::vector<FactorRow> rows;
    if (status.totp)
        rows.push_back(FactorRow{std::nullopt});
    for (const PasskeyRecord &passkey : status.passkeys)
        rows.push_back(FactorRow{passkey});
    return rows;
}

} // namespace keyward
