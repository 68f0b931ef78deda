// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacetablemodel.h"

#include "timetext.h"

namespace keyward {

WorkspaceTableModel::WorkspaceTableModel(QObject *parent)
    : RowTableModel<WorkspaceRow>(
        {
            {tr("Slug"), [](const WorkspaceRow &row) { return QVariant(row.workspace.record.slug); }},
            {tr("Name"), [](const WorkspaceRow &row) { return QVariant(row.workspace.record.name); }},
            {tr("Plan"), [](const WorkspaceRow &row) { return QVariant(row.workspace.record.plan); }},
            {tr("Members"), [](const WorkspaceRow &row) { return QVariant(row.members); }},
            momentColumn(tr("Created"), [](const WorkspaceRow &row) { return row.workspace.record.createdAt; }),
        },
        [](const WorkspaceRow &row) { return QString::number(row.workspace.record.id); }, parent)
{ }

MemberTableModel::MemberTableModel(QObject *parent)
    : RowTableModel<Membership>(
        {
            {tr("E-mail"), [](const Membership &member) { return QVariant(member.record.email); }},
            {tr("Role"), [](const Membership &member) { return QVariant(roleText(member.record.role)); }},
            momentColumn(tr("Member since"), [](const Membership &member) { return member.record.createdAt; }),
        },
        [](const Membership &member) { return QString::number(member.record.userId); }, parent)
{ }

InvitationTableModel::InvitationTableModel(QObject *parent)
    : RowTableModel<Invitation>(
        {
            {tr("E-mail"), [](const Invitation &invitation) { return QVariant(invitation.record.email); }},
            {tr("Role"),
             [](const Invitation &invitation) { return QVariant(MemberTableModel::roleText(invitation.record.role)); }},
            {tr("Invited by"), [](const Invitation &invitation) { return QVariant(invitation.record.invitedBy); }},
            momentColumn(tr("Expires"), [](const Invitation &invitation) { return invitation.record.expiresAt; }),
        },
        [](const Invitation &invitation) { return QString::number(invitation.record.id); }, parent)
{ }

QString MemberTableModel::roleText(const QString &role)
{
    if (role == QLatin1String("owner"))
        return tr("Owner");
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("member"))
        return tr("Member");
    return tr("Guest");
}

} // namespace keyward
