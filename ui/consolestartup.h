// SPDX-License-Identifier: GPL-3.0-or-later
// The console's start-up in the one safe order: the token services (keys, tokens, sessions,
// workspaces, clients) first, then the window. The window's constructor queues reads on its
// worker thread that use those services; started afterwards on the GUI thread, a read could find
// them half-made (a data race, and a null service).
#pragma once

#include "common/result.h"

#include <memory>

namespace keyward {

class Backend;
class ConsoleDialogs;
class MainWindow;

struct ConsoleStartup {
    Status tokens; // failed: the console still administers users, roles and settings, serving nothing
    std::unique_ptr<MainWindow> window;
};

ConsoleStartup openConsole(const std::shared_ptr<Backend> &backend, std::unique_ptr<ConsoleDialogs> dialogs = nullptr);

} // namespace keyward
