// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

namespace keyward {

QString ErrorText::of(const Error &error)
{
    using C = ErrorCode;
    switch (error.code) {
    case C::InvalidEmail:
        return tr("That is not a valid e-mail address.");
    case C::WeakPassword:
        return tr("The password is too weak (%1).").arg(error.message);
    case C::EmailTaken:
        return tr("A user with this address exists already.");
    case C::NotFound:
        return tr("It does not exist (any more): someone may have deleted it meanwhile.");
    case C::InsufficientRole:
        return tr("Not allowed for this account.");
    case C::UnknownRole:
    case C::InvalidRole:
        return tr("There is no such role (%1).").arg(error.message);
    case C::UnknownPermission:
        return tr("There is no such permission (%1).").arg(error.message);
    case C::RoleExists:
        return tr("A role of this name exists already.");
    case C::RoleInUse:
        return tr("Users still have this role: take it from them first.");
    case C::RoleHasChildren:
        return tr("Other roles build on this one: delete or move them first.");
    case C::BuiltinRole:
        return tr("Built-in roles are fixed.");
    case C::LastAdmin:
        return tr("The last enabled administrator must stay one: give another user the admin role first.");
    case C::AccountDisabled:
        return tr("The account is disabled.");
    case C::KeyActive:
        return tr("The signing key in use cannot be retired: rotate first, then retire the old key.");
    case C::KeyRetired:
        return tr("The key is retired already.");
    case C::KeyPending:
    case C::KeyBusy:
        return tr("A key change is under way: try again in a moment.");
    case C::InvalidSetting:
        return tr("The value is not allowed: %1.").arg(error.message);
    case C::SettingOverridden:
        return tr("The INI file, the environment or the command line sets this, and outranks what the console "
                  "stores: change it there.");
    case C::SlugTaken:
        return tr("A workspace with this short name exists already.");
    case C::AlreadyMember:
        return tr("The user is a member already.");
    case C::LastOwner:
        return tr("A workspace keeps at least one owner: make another member owner first.");
    case C::ClientIdTaken:
        return tr("An application with this client id exists already.");
    case C::InvalidScope:
        return tr("A scope is not allowed: %1.").arg(error.message);
    case C::Database:
        return tr("The database failed: %1").arg(error.message);
    default:
        return error.message;
    }
}

} // namespace keyward
