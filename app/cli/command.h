// SPDX-License-Identifier: GPL-3.0-or-later
// A CLI command: its words, what it takes, and what it does.
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace keyward {

class CliSession;

struct Command {
    QStringList words; // e.g. {"user", "add"}
    QString positionalHelp; // e.g. "EMAIL ROLE..."
    QString summary;
    int minPositional = 0;
    int maxPositional = 0; // -1 = any number
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(CliSession &)> run;
    // A server's informational lines (migrations, the keychain's absence) are its log; any other
    // command shows them only with --verbose.
    bool logsInformation = false;
};

class ApiServer;
class Backend;

// Runs a started server, with its housekeeping, until SIGINT or SIGTERM, then stops it (serve, dev).
int serveUntilTerminated(CliSession &session, const std::shared_ptr<Backend> &backend, ApiServer &server);

std::vector<Command> userCommands();
std::vector<Command> auditCommands();
std::vector<Command> serveCommands();
std::vector<Command> devCommands();
std::vector<Command> configurationCommands();
std::vector<Command> keyCommands();
std::vector<Command> databaseCommands();
std::vector<Command> sessionCommands();
std::vector<Command> settingCommands();
std::vector<Command> workspaceCommands();
std::vector<Command> clientCommands();
std::vector<Command> mailCommands();

} // namespace keyward
