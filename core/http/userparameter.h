// SPDX-License-Identifier: GPL-3.0-or-later
// The user a route names by id ({id} in /admin/users/{id}, {user_id} of a member, ?user_id=): the
// API's ids are users' public ids (storage/userpublicid.h), resolved here to the stored user.
#pragma once

#include "auth/user.h"

#include <QString>

namespace keyward {

class AccountService;
struct RequestContext;

// The user with that public id; ApiError not_found (with notFoundMessage) when there is none.
User userNamed(AccountService &accounts, const QString &publicId,
               const QString &notFoundMessage = QStringLiteral("no such user"));
// The same for the path parameter `name`.
User userOfPathParameter(AccountService &accounts, const RequestContext &context,
                         const QString &name = QStringLiteral("id"),
                         const QString &notFoundMessage = QStringLiteral("no such user"));

} // namespace keyward
