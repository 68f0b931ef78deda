// SPDX-License-Identifier: GPL-3.0-or-later
// Every error code Keyward gives, as one enum: the HTTP contract's codes and the ones only the
// tools show (a database that cannot be opened, a backup file of the wrong kind). Code keys on
// these, never on message text; the HTTP status of each is one exhaustive switch (apierror.cpp).
#pragma once

#include <QString>

namespace keyward {

enum class ErrorCode {
    // The HTTP contract's codes.
    InvalidRequest,
    InvalidEmail,
    WeakPassword,
    InvalidCredentials,
    InvalidToken,
    InvalidGrant,
    InsufficientRole,
    RegistrationDisabled,
    NotFound,
    MethodNotAllowed,
    EmailTaken,
    PayloadTooLarge,
    UnsupportedMediaType,
    RateLimited,
    Unavailable,
    Internal,
    // Refusals of admin operations (409 or 400 over HTTP).
    InvalidHash,
    UnknownRole,
    InvalidRole,
    UnknownPermission,
    RoleExists,
    RoleInUse,
    RoleHasChildren,
    BuiltinRole,
    LastAdmin,
    AccountDisabled,
    KeyActive,
    KeyRetired,
    KeyPending,
    KeyBusy,
    InvalidSetting,
    SettingOverridden,
    // A refresh token used again after the grace (over HTTP: invalid_grant); counted apart.
    RefreshReused,
    NoWorkspace, // a workspace route with a token of no workspace
    SlugTaken,
    AlreadyMember,
    LastOwner,
    InvalidClient, // client authentication failed (RFC 6749 §5.2: 401)
    UnauthorizedClient, // a client asking for a grant it is not registered for (RFC 6749 §5.2)
    InvalidScope,
    InsufficientScope, // a bearer token without the scope a route needs (RFC 6750 §3.1: 403)
    ClientIdTaken,
    MfaEnrolmentRequired, // signed in with a password; a second factor must be enrolled first (403)
    ReauthenticationRequired, // a factor change needs a sign-in of the last 5 minutes (403)
    EmailNotVerified, // registration.require_verified_email and the address is not verified yet (403)
    // Local conditions the tools report (over HTTP: internal, details only in the log).
    Database,
    InvalidDbUrl,
    DataDir,
    MasterKey,
    NoActiveKey,
    InvalidKey,
    Malformed,
    TooLarge,
    Tls,
    Listen,
    AccessLog,
    Io,
    FileExists,
    WrongBackup,
    BackupTool,
    TargetNotEmpty,
    CopyMismatch,
};

// As the contract and the CLI spell it: "email_taken".
QString errorCodeName(ErrorCode code);

} // namespace keyward
