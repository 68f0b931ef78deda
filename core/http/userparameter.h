// SPDX-License-Identifier: GPL-3.0-or-later
// The user a route names by id ({id} in /admin/users/{id}, {user_id} of a member): the API's ids
// are users' public ids (storage/userpublicid.h), resolved here to the stored user.
#pragma once

#include "auth/user.h"

#include <QString>

namespace keyward {

class AccountService;
struct RequestContext;

// The user whose public id is the path parameter `name`; ApiError not_found (with
// notFoundMessage) when there is none.
User userOfPathParameter(AccountService &accounts, const RequestContext &context,
                         const QString &name = QStringLiteral("id"),
                         const QString &notFoundMessage = QStringLiteral("no such user"));

} // namespace keyward
