// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocationtablemodel.h"

#include "timetext.h"

namespace keyward {

RevocationTableModel::RevocationTableModel(QObject *parent)
    : RowTableModel<RevokedTokenRow>(
        {
            {tr("Token id (jti)"), [](const RevokedTokenRow &row) { return QVariant(row.jti); }},
            {tr("User"), [](const RevokedTokenRow &row) { return QVariant(row.email); }},
            {tr("Revoked"), [](const RevokedTokenRow &row) { return QVariant(localTime(row.revokedAt)); }},
            {tr("Expires"), [](const RevokedTokenRow &row) { return QVariant(localTime(row.expiresAt)); }},
        },
        [](const RevokedTokenRow &row) { return row.jti; }, parent)
{ }

} // namespace keyward
