// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces (keyed by id, with their member counts) and the members of one (keyed by user id).
#pragma once

#include "auth/invitationservice.h"
#include "auth/workspaceservice.h"
#include "rowtablemodel.h"

namespace keyward {

struct WorkspaceRow {
    Workspace workspace;
    qint64 members = 0;
};

class WorkspaceTableModel : public RowTableModel<WorkspaceRow> {
    Q_OBJECT
public:
    enum Column { Slug, Name, Plan, Members, Created, ColumnCount };
    explicit WorkspaceTableModel(QObject *parent = nullptr);
};

class MemberTableModel : public RowTableModel<Membership> {
    Q_OBJECT
public:
    enum Column { Email, Role, Since, ColumnCount };
    explicit MemberTableModel(QObject *parent = nullptr);
    // The role as the console shows it, in the console's language.
    static QString roleText(const QString &role);
};

// A workspace's pending invitations, oldest first.
class InvitationTableModel : public RowTableModel<Invitation> {
    Q_OBJECT
public:
    enum Column { Email, Role, InvitedBy, Expires, ColumnCount };
    explicit InvitationTableModel(QObject *parent = nullptr);
};

} // namespace keyward
