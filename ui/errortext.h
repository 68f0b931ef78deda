// SPDX-License-Identifier: GPL-3.0-or-later
// A refusal of the core as the console says it, in its language: a sentence for each code a
// person meets at the console, with the core's own detail kept where it carries the specifics
// (which setting, which limit). The core's messages stay English for logs, the CLI and the API.
#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace keyward {

class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString of(const Error &error);
};

} // namespace keyward
