// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun.h"

#include "auth/accountservice.h"
#include "backend/backend.h"
#include "consoledialogs.h"
#include "errortext.h"

#include <QCoreApplication>

namespace keyward {

bool ensureAdministrator(Backend &backend, ConsoleDialogs &dialogs)
{
    // On the GUI thread on purpose: nothing else is on screen yet, and one Argon2id hash is
    // a few tens of milliseconds.
    // A refusal asks again with what was typed and why it was refused.
    FirstAdminInput previous;
    QString problem;
    while (!backend.accounts().hasAdministrator()) {
        const auto input = dialogs.askFirstAdmin(nullptr, previous, problem);
        if (!input)
            return false;
        const auto created
            = backend.accounts().create(Actor::local(QStringLiteral("console")),
                                        {input->email, {}, {QStringLiteral("admin")}, input->password, {}});
        if (!created) {
            previous = *input;
            problem = ErrorText::of(created.error());
        }
    }
    return true;
}

} // namespace keyward
