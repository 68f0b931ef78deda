// SPDX-License-Identifier: GPL-3.0-or-later
// Names of the built-in roles the schema creates (see storage/schema.cpp).
#pragma once

#include <QString>

namespace keyward::BuiltinRoles {

inline QString admin()
{
    return QStringLiteral("admin");
}
inline QString manager()
{
    return QStringLiteral("manager");
}
inline QString user()
{
    return QStringLiteral("user");
}

} // namespace keyward::BuiltinRoles
