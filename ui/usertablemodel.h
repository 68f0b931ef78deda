// SPDX-License-Identifier: GPL-3.0-or-later
// The user list as a table: one row per account, keyed by its id.
#pragma once

#include "auth/user.h"
#include "rowtablemodel.h"

namespace keyward {

// A user and how many refresh sessions they have open.
struct UserRow {
    User user;
    int activeSessions = 0;
    QStringList workspaces; // "slug (role)", as shown
};

class UserTableModel : public RowTableModel<UserRow> {
    Q_OBJECT
public:
    enum Column { Email, Name, Roles, Status, Created, LastLogin, Sessions, Workspaces, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);
    const User *userAt(int row) const;
};

} // namespace keyward
