// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QHash>

namespace keyward {

ApiError::ApiError(int status_, QString code_, QString message_)
    : status(status_), code(std::move(code_)), message(std::move(message_))
{ }

ApiError ApiError::invalidRequest(const QString &message)
{
    return {400, QStringLiteral("invalid_request"), message};
}

ApiError ApiError::invalidToken(const QString &message)
{
    ApiError error(401, QStringLiteral("invalid_token"), message);
    error.headers.push_back({"WWW-Authenticate", "Bearer realm=\"keyward\", error=\"invalid_token\""});
    return error;
}

ApiError ApiError::missingToken()
{
    // RFC 6750 §3.1: a request without credentials gets no error code in the challenge.
    ApiError error(401, QStringLiteral("invalid_token"), QStringLiteral("a bearer token is required"));
    error.headers.push_back({"WWW-Authenticate", "Bearer realm=\"keyward\""});
    return error;
}

ApiError ApiError::insufficientRole(const QString &message)
{
    return {403, QStringLiteral("insufficient_role"), message};
}

ApiError ApiError::notFound()
{
    return {404, QStringLiteral("not_found"), QStringLiteral("no such route or object")};
}

ApiError ApiError::methodNotAllowed(const QByteArray &allow)
{
    ApiError error(405, QStringLiteral("method_not_allowed"), QStringLiteral("this path does not accept that method"));
    error.headers.push_back({"Allow", allow});
    return error;
}

ApiError ApiError::rateLimited(qint64 retryAfterSeconds)
{
    ApiError error(429, QStringLiteral("rate_limited"), QStringLiteral("too many requests; try again later"));
    error.headers.push_back({"Retry-After", QByteArray::number(qMax<qint64>(1, retryAfterSeconds))});
    return error;
}

ApiError ApiError::unavailable(qint64 retryAfterSeconds, const QString &message)
{
    ApiError error(503, QStringLiteral("unavailable"), message);
    error.headers.push_back({"Retry-After", QByteArray::number(qMax<qint64>(1, retryAfterSeconds))});
    return error;
}

ApiError ApiError::from(const Error &error)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("invalid_request"), 400},   {QStringLiteral("invalid_email"), 400},
        {QStringLiteral("weak_password"), 400},     {QStringLiteral("invalid_hash"), 400},
        {QStringLiteral("unknown_role"), 400},      {QStringLiteral("invalid_credentials"), 401},
        {QStringLiteral("invalid_token"), 401},     {QStringLiteral("invalid_grant"), 401},
        {QStringLiteral("insufficient_role"), 403}, {QStringLiteral("not_found"), 404},
        {QStringLiteral("email_taken"), 409},       {QStringLiteral("last_admin"), 409},
        {QStringLiteral("key_active"), 409},        {QStringLiteral("key_retired"), 409},
        {QStringLiteral("key_pending"), 409},       {QStringLiteral("key_busy"), 409},
        {QStringLiteral("account_disabled"), 409},  {QStringLiteral("setting_overridden"), 409},
    };
    if (error.code == QLatin1String("invalid_token"))
        return invalidToken(error.message);
    return {statuses.value(error.code, 500), statuses.contains(error.code) ? error.code : QStringLiteral("internal"),
            statuses.contains(error.code) ? error.message : QStringLiteral("internal error")};
}

} // namespace keyward
