// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-server's command dispatcher: finds the command, parses its options, runs it, and
// turns the outcome into the CLI contract's exit codes (0 success, 1 failure, 2 usage).
#pragma once

#include "command.h"

#include <QTextStream>

class QIODevice;

namespace keyward {

class CommandLineTool {
public:
    CommandLineTool();
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice &in);

private:
    const Command *find(const QStringList &words, qsizetype *consumed) const;
    void printHelp(QTextStream &out) const;

    std::vector<Command> m_commands;
};

} // namespace keyward
