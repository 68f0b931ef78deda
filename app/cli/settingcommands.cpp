// SPDX-License-Identifier: GPL-3.0-or-later
// settings list, settings set KEY VALUE [KEY VALUE]..., settings reset KEY...
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/settingsecrets.h"
#include "auth/settingsservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward {

namespace {

QString appliesText(const SettingState &state)
{
    if (state.restartPending)
        return QStringLiteral("restart pending");
    return state.definition->apply == SettingApply::Live ? QStringLiteral("live") : QStringLiteral("restart");
}

int list(CliSession &session)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const std::vector<SettingState> states = backend->settingsService().list();
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SettingState &state : states)
            array.append(SettingsService::toJson(state));
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table(
        {QStringLiteral("SETTING"), QStringLiteral("VALUE"), QStringLiteral("FROM"), QStringLiteral("APPLIES")});
    for (const SettingState &state : states)
        table.addRow({state.definition->key, state.value, settingSourceName(state.source), appliesText(state)});
    table.print(session.out());
    return ExitCode::Success;
}

int change(CliSession &session, const SettingChanges &changes)
{
    // A secret (mail.password) is sealed under the master key before it is stored.
    bool namesSecret = false;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SettingDefinition *definition = findSetting(it.key());
        namesSecret = namesSecret || (definition && definition->isSecret());
    }
    const auto backend = namesSecret ? session.backendWithTokens() : session.backend();
    if (!backend)
        return ExitCode::Failure;
    const Result<std::shared_ptr<const Settings>> changed = backend->settingsService().change(session.actor(), changes);
    if (!changed)
        return session.fail(changed.error());
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SettingDefinition *definition = findSetting(it.key());
        const QString value = definition->isSecret() ? SettingSecrets::masked(changed.value()->text(definition->id))
                                                     : changed.value()->text(definition->id);
        session.out() << definition->key << " = " << value
                      << (definition->apply == SettingApply::Restart ? " (applies at the next start)\n"
                                                                     : " (applied by every server within a second)\n");
    }
    return ExitCode::Success;
}

int set(CliSession &session)
{
    const QStringList args = session.positional();
    if (args.size() % 2 != 0)
        return session.usageError(QStringLiteral("settings set takes KEY VALUE pairs"));
    SettingChanges changes;
    for (qsizetype i = 0; i < args.size(); i += 2)
        changes.insert(args.at(i), args.at(i + 1));
    return change(session, changes);
}

int reset(CliSession &session)
{
    SettingChanges changes;
    for (const QString &key : session.positional())
        changes.insert(key, std::nullopt);
    return change(session, changes);
}

} // namespace

std::vector<Command> settingCommands()
{
    Command listCommand;
    listCommand.words = QStringList{QStringLiteral("settings"), QStringLiteral("list")};
    listCommand.summary = QStringLiteral("Show every setting, its value, where it comes from and when it applies");
    listCommand.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    };
    listCommand.run = list;

    Command setCommand;
    setCommand.words = QStringList{QStringLiteral("settings"), QStringLiteral("set")};
    setCommand.positionalHelp = QStringLiteral("KEY VALUE [KEY VALUE]...");
    setCommand.summary = QStringLiteral("Store settings in the database, checked together as at start-up");
    setCommand.minPositional = 2;
    setCommand.maxPositional = -1;
    setCommand.run = set;

    Command resetCommand;
    resetCommand.words = QStringList{QStringLiteral("settings"), QStringLiteral("reset")};
    resetCommand.positionalHelp = QStringLiteral("KEY...");
    resetCommand.summary = QStringLiteral("Remove stored settings: the other layers or the defaults apply again");
    resetCommand.minPositional = 1;
    resetCommand.maxPositional = -1;
    resetCommand.run = reset;
    return {listCommand, setCommand, resetCommand};
}

} // namespace keyward
