// SPDX-License-Identifier: GPL-3.0-or-later
// Active refresh sessions, keyed by session id; a session whose refresh token was reused is
// shown highlighted until it leaves the list.
#pragma once

#include "auth/sessionservice.h"
#include "rowtablemodel.h"
#include "storage/sessionstore.h"

namespace keyward {

using SessionRow = ActiveSession; // as the service lists it: with e-mail and expiry

class SessionTableModel : public RowTableModel<SessionRow> {
    Q_OBJECT
public:
    enum Column {
        User,
        Created,
        LastUsed,
        Expires,
        Address,
        UserAgent,
        Rotations,
        Workspace,
        Application,
        Session,
        ColumnCount
    };
    explicit SessionTableModel(QObject *parent = nullptr);
};

} // namespace keyward
