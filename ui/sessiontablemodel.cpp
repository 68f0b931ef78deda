// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontablemodel.h"

#include "timetext.h"

namespace keyward {

SessionTableModel::SessionTableModel(QObject *parent)
    : RowTableModel<SessionRow>(
        {
            {tr("User"), [](const SessionRow &row) { return QVariant(row.email); }},
            momentColumn(tr("Created"), [](const SessionRow &row) { return row.session.createdAt; }),
            momentColumn(tr("Last used"), [](const SessionRow &row) { return row.session.lastUsedAt; }),
            momentColumn(tr("Expires"), [](const SessionRow &row) { return row.expiresAt; }),
            {tr("Client address"), [](const SessionRow &row) { return QVariant(row.session.clientAddress); }},
            {tr("User agent"), [](const SessionRow &row) { return QVariant(row.session.userAgent); }},
            {tr("Rotations"), [](const SessionRow &row) { return QVariant(row.session.rotationCount); }},
            {tr("Workspace"), [](const SessionRow &row) { return QVariant(row.workspaceSlug); }},
            // Keyward's own (/auth/*), an application's (OpenID Connect), or a browser's sign-in.
            {tr("Application"),
             [](const SessionRow &row) {
                 if (row.session.kind == SessionRecord::Kind::Sso)
                     return QVariant(tr("Browser sign-in"));
                 return QVariant(row.session.clientId.isEmpty() ? tr("Keyward") : row.session.clientId);
             }},
            // The id alerts, the audit log and the API name a session by.
            {tr("Session"), [](const SessionRow &row) { return QVariant(row.session.id); }, true},
        },
        [](const SessionRow &row) { return row.session.id; }, parent)
{ }

} // namespace keyward
