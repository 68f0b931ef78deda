// SPDX-License-Identifier: GPL-3.0-or-later
// The first run of a database without an administrator: ask for the first one until it is
// made (or the person gives up).
#pragma once

namespace keyward {

class Backend;
class ConsoleDialogs;

// True when an administrator exists afterwards.
bool ensureAdministrator(Backend &backend, ConsoleDialogs &dialogs);

} // namespace keyward
