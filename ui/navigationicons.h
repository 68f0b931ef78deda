// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation's icons, drawn in the palette's text colour (they read on light and dark
// themes, and need no icon theme, which a server's desktop often lacks).
#pragma once

#include <QIcon>

class QPalette;

namespace keyward {

class NavigationIcons {
public:
    enum class Icon {
        Dashboard,
        Users,
        Roles,
        Sessions,
        Tokens,
        Keys,
        Audit,
        Settings,
        Workspaces,
        Applications,
        Mail
    };
    static QIcon make(Icon icon, const QPalette &palette);
};

} // namespace keyward
