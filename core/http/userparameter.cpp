// SPDX-License-Identifier: GPL-3.0-or-later
#include "userparameter.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "router.h"

namespace keyward {

User userOfPathParameter(AccountService &accounts, const RequestContext &context, const QString &name,
                         const QString &notFoundMessage)
{
    Result<User> user = accounts.findByPublicId(context.request.pathParameters.value(name));
    if (!user)
        throw ApiError(ErrorCode::NotFound, notFoundMessage);
    return std::move(user.value());
}

} // namespace keyward
