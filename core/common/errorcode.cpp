// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcode.h"

namespace keyward {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidRequest:
        return QStringLiteral("invalid_request");
    case ErrorCode::InvalidEmail:
        return QStringLiteral("invalid_email");
    case ErrorCode::WeakPassword:
        return QStringLiteral("weak_password");
    case ErrorCode::InvalidCredentials:
        return QStringLiteral("invalid_credentials");
    case ErrorCode::InvalidToken:
        return QStringLiteral("invalid_token");
    case ErrorCode::InvalidGrant:
        return QStringLiteral("invalid_grant");
    case ErrorCode::InsufficientRole:
        return QStringLiteral("insufficient_role");
    case ErrorCode::RegistrationDisabled:
        return QStringLiteral("registration_disabled");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::MethodNotAllowed:
        return QStringLiteral("method_not_allowed");
    case ErrorCode::EmailTaken:
        return QStringLiteral("email_taken");
    case ErrorCode::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case ErrorCode::UnsupportedMediaType:
        return QStringLiteral("unsupported_media_type");
    case ErrorCode::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::InvalidHash:
        return QStringLiteral("invalid_hash");
    case ErrorCode::UnknownRole:
        return QStringLiteral("unknown_role");
    case ErrorCode::InvalidRole:
        return QStringLiteral("invalid_role");
    case ErrorCode::UnknownPermission:
        return QStringLiteral("unknown_permission");
    case ErrorCode::RoleExists:
        return QStringLiteral("role_exists");
    case ErrorCode::RoleInUse:
        return QStringLiteral("role_in_use");
    case ErrorCode::RoleHasChildren:
        return QStringLiteral("role_has_children");
    case ErrorCode::BuiltinRole:
        return QStringLiteral("builtin_role");
    case ErrorCode::LastAdmin:
        return QStringLiteral("last_admin");
    case ErrorCode::AccountDisabled:
        return QStringLiteral("account_disabled");
    case ErrorCode::KeyActive:
        return QStringLiteral("key_active");
    case ErrorCode::KeyRetired:
        return QStringLiteral("key_retired");
    case ErrorCode::KeyPending:
        return QStringLiteral("key_pending");
    case ErrorCode::KeyBusy:
        return QStringLiteral("key_busy");
    case ErrorCode::InvalidSetting:
        return QStringLiteral("invalid_setting");
    case ErrorCode::SettingOverridden:
        return QStringLiteral("setting_overridden");
    case ErrorCode::RefreshReused:
        return QStringLiteral("refresh_reused");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::InvalidDbUrl:
        return QStringLiteral("invalid_db_url");
    case ErrorCode::DataDir:
        return QStringLiteral("data_dir");
    case ErrorCode::MasterKey:
        return QStringLiteral("master_key");
    case ErrorCode::NoActiveKey:
        return QStringLiteral("no_active_key");
    case ErrorCode::InvalidKey:
        return QStringLiteral("invalid_key");
    case ErrorCode::Malformed:
        return QStringLiteral("malformed");
    case ErrorCode::TooLarge:
        return QStringLiteral("too_large");
    case ErrorCode::Tls:
        return QStringLiteral("tls");
    case ErrorCode::Listen:
        return QStringLiteral("listen");
    case ErrorCode::AccessLog:
        return QStringLiteral("access_log");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::FileExists:
        return QStringLiteral("file_exists");
    case ErrorCode::WrongBackup:
        return QStringLiteral("wrong_backup");
    case ErrorCode::BackupTool:
        return QStringLiteral("backup_tool");
    case ErrorCode::TargetNotEmpty:
        return QStringLiteral("target_not_empty");
    case ErrorCode::CopyMismatch:
        return QStringLiteral("copy_mismatch");
    }
    return QStringLiteral("internal");
}

} // namespace keyward
