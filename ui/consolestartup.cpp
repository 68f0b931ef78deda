// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolestartup.h"

#include "backend/backend.h"
#include "consoledialogs.h"
#include "mainwindow.h"

namespace keyward {

ConsoleStartup openConsole(const std::shared_ptr<Backend> &backend, std::unique_ptr<ConsoleDialogs> dialogs)
{
    Status tokens = backend->startTokens(); // before the window: see the header
    return {std::move(tokens), std::make_unique<MainWindow>(backend, std::move(dialogs))};
}

} // namespace keyward
