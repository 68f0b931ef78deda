// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

namespace keyward {

HttpErrorMapping httpMappingOf(ErrorCode code)
{
    using C = ErrorCode;
    // No default: a new code does not compile (-Wswitch under -Werror) until it is given here.
    switch (code) {
    case C::InvalidRequest:
    case C::InvalidEmail:
    case C::WeakPassword:
    case C::InvalidHash:
    case C::UnknownRole:
    case C::InvalidRole:
    case C::UnknownPermission:
    case C::UnauthorizedClient:
    case C::InvalidScope:
        return {400, code, true};
    case C::InvalidSetting: // the contract's name for input it refuses
        return {400, C::InvalidRequest, true};
    case C::InvalidCredentials:
    case C::InvalidToken:
    case C::InvalidGrant:
    case C::InvalidClient:
        return {401, code, true};
    case C::RefreshReused: // to the client, one of the ways a refresh token is no good
        return {401, C::InvalidGrant, true};
    case C::InsufficientRole:
    case C::InsufficientScope:
    case C::RegistrationDisabled:
    case C::NoWorkspace:
    case C::MfaEnrolmentRequired:
    case C::ReauthenticationRequired:
    case C::EmailNotVerified:
        return {403, code, true};
    case C::NotFound:
        return {404, code, true};
    case C::MethodNotAllowed:
        return {405, code, true};
    case C::EmailTaken:
    case C::LastAdmin:
    case C::AccountDisabled:
    case C::KeyActive:
    case C::KeyRetired:
    case C::KeyPending:
    case C::KeyBusy:
    case C::RoleExists:
    case C::RoleInUse:
    case C::RoleHasChildren:
    case C::BuiltinRole:
    case C::SettingOverridden:
    case C::SlugTaken:
    case C::AlreadyMember:
    case C::LastOwner:
    case C::ClientIdTaken:
        return {409, code, true};
    case C::PayloadTooLarge:
        return {413, code, true};
    case C::UnsupportedMediaType:
        return {415, code, true};
    case C::RateLimited:
        return {429, code, true};
    case C::Unavailable:
        return {503, code, true};
    case C::Internal:
    case C::Database:
    case C::InvalidDbUrl:
    case C::DataDir:
    case C::MasterKey:
    case C::NoActiveKey:
    case C::InvalidKey:
    case C::Malformed:
    case C::TooLarge:
    case C::Tls:
    case C::Listen:
    case C::AccessLog:
    case C::Io:
    case C::FileExists:
    case C::WrongBackup:
    case C::BackupTool:
    case C::TargetNotEmpty:
    case C::CopyMismatch:
        return {500, C::Internal, false}; // details only in the server log
    }
    return {500, C::Internal, false};
}

ApiError::ApiError(ErrorCode code_, QString message_)
    : status(httpMappingOf(code_).status), code(code_), message(std::move(message_))
{ }

ApiError ApiError::invalidRequest(const QString &message)
{
    return {ErrorCode::InvalidRequest, message};
}

ApiError ApiError::invalidToken(const QString &message)
{
    ApiError error(ErrorCode::InvalidToken, message);
    error.headers.push_back({"WWW-Authenticate", "Bearer realm=\"keyward\", error=\"invalid_token\""});
    return error;
}

ApiError ApiError::missingToken()
{
    // RFC 6750 §3.1: a request without credentials gets no error code in the challenge.
    ApiError error(ErrorCode::InvalidToken, QStringLiteral("a bearer token is required"));
    error.headers.push_back({"WWW-Authenticate", "Bearer realm=\"keyward\""});
    return error;
}

ApiError ApiError::insufficientRole(const QString &message)
{
    return {ErrorCode::InsufficientRole, message};
}

ApiError ApiError::notFound()
{
    return {ErrorCode::NotFound, QStringLiteral("no such route or object")};
}

ApiError ApiError::methodNotAllowed(const QByteArray &allow)
{
    ApiError error(ErrorCode::MethodNotAllowed, QStringLiteral("this path does not accept that method"));
    error.headers.push_back({"Allow", allow});
    return error;
}

ApiError ApiError::rateLimited(qint64 retryAfterSeconds)
{
    ApiError error(ErrorCode::RateLimited, QStringLiteral("too many requests; try again later"));
    error.headers.push_back({"Retry-After", QByteArray::number(qMax<qint64>(1, retryAfterSeconds))});
    return error;
}

ApiError ApiError::unavailable(qint64 retryAfterSeconds, const QString &message)
{
    ApiError error(ErrorCode::Unavailable, message);
    error.headers.push_back({"Retry-After", QByteArray::number(qMax<qint64>(1, retryAfterSeconds))});
    return error;
}

ApiError ApiError::from(const Error &error)
{
    const HttpErrorMapping mapping = httpMappingOf(error.code);
    if (mapping.code == ErrorCode::InvalidToken)
        return invalidToken(error.message);
    if (mapping.code == ErrorCode::RateLimited)
        return rateLimited(error.retryAfterSeconds);
    if (mapping.code == ErrorCode::InsufficientScope) { // RFC 6750 §3.1: the challenge names it
        ApiError refused(ErrorCode::InsufficientScope, error.message);
        refused.headers.push_back({"WWW-Authenticate", "Bearer realm=\"keyward\", error=\"insufficient_scope\""});
        return refused;
    }
    return {mapping.code, mapping.showMessage ? error.message : QStringLiteral("internal error")};
}

} // namespace keyward
