// SPDX-License-Identifier: GPL-3.0-or-later
// apply FILE [--dry-run], export: configuration as code (core/backend/configurationascode.h).
#include "clisession.h"
#include "command.h"

#include "backend/configurationascode.h"

#include <QFile>
#include <QJsonDocument>

namespace keyward {

namespace {

int apply(CliSession &session)
{
    const QString path = session.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return session.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return session.fail(
            QStringLiteral("%1 is not a JSON object%2")
                .arg(path,
                     parseError.error == QJsonParseError::NoError
                         ? QString()
                         : QStringLiteral(" (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)));
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    ConfigurationAsCode configuration(*backend, session.actor(), QProcessEnvironment::systemEnvironment());
    const Result<std::vector<PlannedChange>> planned = configuration.plan(document.object());
    if (!planned)
        return session.fail(planned.error());
    if (planned->empty()) {
        session.out() << "no change" << Qt::endl;
        return ExitCode::Success;
    }
    const bool dryRun = session.parser().isSet(QStringLiteral("dry-run"));
    for (const PlannedChange &change : planned.value()) {
        if (dryRun) {
            session.out() << "would " << change.description << Qt::endl;
            continue;
        }
        const Result<QString> applied = change.apply();
        if (!applied)
            return session.fail(QStringLiteral("%1: %2").arg(change.description, applied.error().message));
        session.out() << change.description << Qt::endl;
        if (!applied->isEmpty())
            session.out() << "  " << applied.value() << Qt::endl;
    }
    return ExitCode::Success;
}

int exportConfiguration(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    session.out() << QJsonDocument(ConfigurationAsCode(*backend, session.actor(), {}).exportDocument())
                         .toJson(QJsonDocument::Indented);
    return ExitCode::Success;
}

} // namespace

std::vector<Command> configurationCommands()
{
    Command applyCommand;
    applyCommand.words = QStringList{QStringLiteral("apply")};
    applyCommand.positionalHelp = QStringLiteral("FILE");
    applyCommand.summary = QStringLiteral("Create or change users, clients, workspaces and settings to match a JSON "
                                          "file (never deletes); prints each change, or \"no change\"");
    applyCommand.minPositional = 1;
    applyCommand.maxPositional = 1;
    applyCommand.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Print what would change, change nothing.")});
    };
    applyCommand.run = apply;

    Command exportCommand;
    exportCommand.words = QStringList{QStringLiteral("export")};
    exportCommand.summary = QStringLiteral("Print users, clients, workspaces and stored settings in apply's format, "
                                           "without secrets");
    exportCommand.run = exportConfiguration;
    return {applyCommand, exportCommand};
}

} // namespace keyward
