// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandlinetool.h"

#include "clisession.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace keyward {

namespace {

// Key ids are base64url and one in 64 starts with '-': `keys retire -AbC…` must not read as an
// unknown option. Long unknown "options" are moved behind "--", where they count as positional.
QStringList withDashedValuesAsPositional(const QStringList &arguments, const QCommandLineParser &failed)
{
    constexpr qsizetype kShortestValue = 16; // option names are all shorter
    const QStringList unknown = failed.unknownOptionNames();
    QStringList options;
    QStringList values;
    for (const QString &argument : arguments) {
        QString name = argument;
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        const bool dashedValue = argument.startsWith(QLatin1Char('-')) && argument.size() >= kShortestValue
            && (unknown.contains(name) || unknown.contains(name.left(1)));
        (dashedValue ? values : options) << argument;
    }
    if (values.isEmpty())
        return arguments;
    return options + QStringList{QStringLiteral("--")} + values;
}

// A command's help: QCommandLineParser's, with the command named in the usage line (it would show
// the program's path alone) and without its "Arguments:" list (the usage line names them, and
// the commands describe them in their summary).
QString helpOf(const Command &command, const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype usageEnd = text.indexOf(QLatin1Char('\n'));
    const QString usage = QStringLiteral("Usage: keyward-server %1 [options] %2")
                              .arg(command.words.join(QLatin1Char(' ')), command.positionalHelp)
                              .trimmed();
    text.replace(0, usageEnd, usage);
    const qsizetype arguments = text.indexOf(QLatin1String("\nArguments:\n"));
    if (arguments >= 0)
        text.truncate(arguments + 1);
    return text;
}

} // namespace

CommandLineTool::CommandLineTool()
{
    for (auto group : {serveCommands(), devCommands(), userCommands(), sessionCommands(), workspaceCommands(),
                       clientCommands(), settingCommands(), configurationCommands(), auditCommands(), keyCommands(),
                       databaseCommands(), mailCommands()})
        m_commands.insert(m_commands.end(), group.begin(), group.end());
}

const Command *CommandLineTool::find(const QStringList &words, qsizetype *consumed) const
{
    const Command *best = nullptr;
    for (const Command &command : m_commands) {
        if (command.words.size() <= words.size() && words.mid(0, command.words.size()) == command.words
            && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    *consumed = best ? best->words.size() : 0;
    return best;
}

void CommandLineTool::printHelp(QTextStream &out) const
{
    out << "Usage: keyward-server COMMAND [OPTIONS]" << Qt::endl
        << "Keyward's headless server and administration commands." << Qt::endl
        << Qt::endl
        << "Commands:" << Qt::endl;
    for (const Command &command : m_commands) {
        const QString synopsis = command.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + command.positionalHelp;
        out << "  " << synopsis.trimmed().leftJustified(34) << ' ' << command.summary << Qt::endl;
    }
    out << Qt::endl
        << "Every command takes --data-dir DIR, --db URL and --config FILE; 'keyward-server COMMAND --help' "
           "lists a command's options."
        << Qt::endl;
}

int CommandLineTool::run(const QStringList &arguments, QTextStream &out, QTextStream &err, QIODevice &in)
{
    const QStringList words = arguments.mid(1);
    if (words.isEmpty() || words.first() == QLatin1String("help") || words.first() == QLatin1String("--help")
        || words.first() == QLatin1String("-h")) {
        printHelp(words.isEmpty() ? err : out);
        return words.isEmpty() ? ExitCode::Usage : ExitCode::Success;
    }
    if (words.first() == QLatin1String("--version")) {
        out << "keyward-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitCode::Success;
    }
    qsizetype consumed = 0;
    const Command *command = find(words, &consumed);
    QCommandLineParser parser;
    CliSession session(parser, out, err, in);
    if (!command)
        return session.usageError(QStringLiteral("unknown command '%1'").arg(words.mid(0, 2).join(QLatin1Char(' '))));

    const QString name = command->words.join(QLatin1Char(' '));
    parser.setApplicationDescription(command->summary);
    if (!command->positionalHelp.isEmpty())
        parser.addPositionalArgument(command->positionalHelp, {}, command->positionalHelp);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Also print informational lines (migrations, keychain)."));
    if (!command->logsInformation)
        parser.addOption(verbose);
    DataOptions::addTo(parser);
    if (command->addOptions)
        command->addOptions(parser);
    const QStringList programAndArguments = QStringList{QStringLiteral("keyward-server ") + name} + words.mid(consumed);
    if (!parser.parse(programAndArguments) && !parser.parse(withDashedValuesAsPositional(programAndArguments, parser)))
        return session.usageError(parser.errorText());
    if (parser.isSet(help)) {
        out << helpOf(*command, parser);
        return ExitCode::Success;
    }
    if (!command->logsInformation && !parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("keyward.*.debug=false\nkeyward.*.info=false"));
    const qsizetype count = parser.positionalArguments().size();
    if (count < command->minPositional || (command->maxPositional >= 0 && count > command->maxPositional))
        return session.usageError(
            QStringLiteral("usage: keyward-server %1 %2").arg(name, command->positionalHelp).trimmed());
    try {
        return command->run(session);
    } catch (const StorageError &error) {
        return session.fail(error.message());
    } catch (const std::bad_alloc &) {
        return session.fail(QStringLiteral("out of memory"));
    }
}

} // namespace keyward
