// SPDX-License-Identifier: GPL-3.0-or-later
// A user account as services hand it out: the stored row plus role names.
#pragma once

#include "storage/userstore.h"

#include <QJsonObject>
#include <QStringList>

namespace keyward {

struct User {
    UserRecord record;
    QStringList roles;

    // The contract's user object: {id, email, name, roles, disabled, created_at, last_login_at}.
    QJsonObject toJson() const;
};

} // namespace keyward
