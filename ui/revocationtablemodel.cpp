// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocationtablemodel.h"

#include "timetext.h"

namespace keyward {

RevocationTableModel::RevocationTableModel(QObject *parent)
    : RowTableModel<RevokedTokenRow>(
        {
            {tr("Token id (jti)"), [](const RevokedTokenRow &row) { return QVariant(row.jti); }, true},
            {tr("User"), [](const RevokedTokenRow &row) { return QVariant(row.email); }},
            momentColumn(tr("Revoked"), [](const RevokedTokenRow &row) { return row.revokedAt; }),
            momentColumn(tr("Expires"), [](const RevokedTokenRow &row) { return row.expiresAt; }),
        },
        [](const RevokedTokenRow &row) { return row.jti; }, parent)
{ }

} // namespace keyward
