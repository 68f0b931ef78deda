// SPDX-License-Identifier: GPL-3.0-or-later
// The user list as a table: one row per account, keyed by its id.
#pragma once

#include "auth/user.h"
#include "rowtablemodel.h"

#include <QHash>

#include <optional>

namespace keyward {

// What the list says of a user's sign-in factors at a glance (the user's view lists them whole).
struct FactorSummary {
    bool app = false; // an authenticator app
    int passkeys = 0;
    bool required = false; // mfa.required asks this user for a second factor

    bool any() const { return app || passkeys > 0; }
    // The policy asks for a factor they do not have: they enrol one at their next sign-in.
    bool mustEnrol() const { return required && !any(); }
};

// A user and how many refresh sessions they have open.
struct UserRow {
    User user;
    int activeSessions = 0;
    QStringList workspaces; // "slug (role)", as shown
    std::optional<FactorSummary> factors; // nothing: not read (read only while in sight: FactorsInSight)
};

class UserTableModel : public RowTableModel<UserRow> {
    Q_OBJECT
public:
    enum Column { Email, Name, Roles, Status, Factors, Created, LastLogin, Sessions, Workspaces, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);
    const User *userAt(int row) const;
    // Factors read after the rows, for the users they name (the others keep theirs).
    void setFactors(const QHash<qint64, FactorSummary> &factors);
    // "App, Passkeys: 2", "⚠ Must enrol" or "—"; empty while not read.
    static QString factorsText(const std::optional<FactorSummary> &factors);
};

} // namespace keyward
