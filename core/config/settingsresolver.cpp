// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsresolver.h"

#include "settingdefinitions.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace keyward {

void SettingsResolver::addLayer(SettingSource source, const QMap<QString, QString> &values, const QString &origin)
{
    m_layers.push_back({source, values, origin.isEmpty() ? settingSourceName(source) : origin});
}

Result<QMap<QString, QString>> SettingsResolver::readIniFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return failure(ErrorCode::InvalidSetting, QStringLiteral("%1: cannot read the settings file").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return failure(ErrorCode::InvalidSetting, QStringLiteral("%1: the settings file is not valid INI").arg(path));
    QMap<QString, QString> values;
    for (const QString &iniKey : ini.allKeys()) {
        const QString key = QString(iniKey).replace(QLatin1Char('/'), QLatin1Char('.'));
        const QVariant value = ini.value(iniKey);
        // QSettings splits "a, b" into a list; settings want the text as written.
        values.insert(key,
                      value.userType() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(','))
                                                                 : value.toString());
    }
    return values;
}

void SettingsResolver::addIniFile(const QString &path)
{
    const Result<QMap<QString, QString>> values = readIniFile(path);
    if (!values) {
        m_problems << values.error().message;
        return;
    }
    addLayer(SettingSource::File, values.value(), path);
}

void SettingsResolver::addEnvironment(const QProcessEnvironment &environment)
{
    QMap<QString, QString> values;
    for (const SettingDefinition &definition : settingDefinitions()) {
        if (environment.contains(definition.environmentName()))
            values.insert(definition.key, environment.value(definition.environmentName()));
    }
    addLayer(SettingSource::Environment, values);
}

Result<Settings> SettingsResolver::resolve() const
{
    Settings settings;
    QStringList problems = m_problems;
    for (const Layer &layer : m_layers) {
        for (auto it = layer.values.cbegin(); it != layer.values.cend(); ++it) {
            const SettingDefinition *definition = findSetting(it.key());
            if (!definition) {
                problems << QStringLiteral("%1: unknown setting '%2'").arg(layer.origin, it.key());
                continue;
            }
            const Result<QVariant> parsed = definition->parse(it.value());
            if (!parsed) {
                const QString where
                    = layer.source == SettingSource::Environment ? definition->environmentName() : layer.origin;
                problems << QStringLiteral("%1: %2").arg(where, parsed.error().message);
                continue;
            }
            settings.set(definition->id, parsed.value(), layer.source);
        }
    }
    settings.updateGroups();
    problems << crossSettingProblems(settings);
    if (!problems.isEmpty())
        return failure(ErrorCode::InvalidSetting, problems.join(QLatin1Char('\n')));
    return settings;
}

QStringList SettingsResolver::crossSettingProblems(const Settings &settings)
{
    QStringList problems;
    if (settings.server.tlsCertificateFile.isEmpty() != settings.server.tlsKeyFile.isEmpty())
        problems << QStringLiteral("server.tls_cert and server.tls_key must be set together");
    if (settings.tokens.refreshAbsoluteTtl < settings.tokens.refreshIdleTtl)
        problems << QStringLiteral("tokens.refresh_absolute_ttl must not be shorter than tokens.refresh_idle_ttl");
    static const QRegularExpression planName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}\\z"));
    if (settings.workspaces.plans.isEmpty())
        problems << QStringLiteral("workspaces.plans must name at least one plan");
    // Verified addresses need the mail that verifies them: without it nobody could sign in.
    if (settings.registrationRequiresVerifiedEmail && !settings.mail.enabled())
        problems << QStringLiteral("registration.require_verified_email needs mail.smtp_url (the links go by mail)");
    for (const QString &plan : settings.workspaces.plans) {
        if (!planName.match(plan).hasMatch())
            problems
                << QStringLiteral("workspaces.plans: '%1' is not a plan name (a-z, 0-9, '-', '_')").arg(plan.left(40));
    }
    return problems;
}

SettingsInputs SettingsInputs::make(const QString &iniFile, QProcessEnvironment environment,
                                    QMap<QString, QString> commandLine)
{
    SettingsInputs inputs;
    inputs.iniFile = iniFile;
    if (!iniFile.isEmpty()) {
        const Result<QMap<QString, QString>> values = SettingsResolver::readIniFile(iniFile);
        if (values)
            inputs.iniValues = values.value();
        else
            inputs.iniProblem = values.error().message;
    }
    inputs.environment = std::move(environment);
    inputs.commandLine = std::move(commandLine);
    return inputs;
}

Result<Settings> SettingsInputs::resolve(const QMap<QString, QString> &database) const
{
    if (!iniProblem.isEmpty())
        return failure(ErrorCode::InvalidSetting, iniProblem);
    SettingsResolver resolver;
    resolver.addLayer(SettingSource::Database, database);
    if (!iniFile.isEmpty())
        resolver.addLayer(SettingSource::File, iniValues, iniFile);
    resolver.addEnvironment(environment);
    resolver.addLayer(SettingSource::CommandLine, commandLine);
    return resolver.resolve();
}

} // namespace keyward
