// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include "settingdefinitions.h"

namespace keyward {

QString settingSourceName(SettingSource source)
{
    switch (source) {
    case SettingSource::Default:
        return QStringLiteral("default");
    case SettingSource::Database:
        return QStringLiteral("database");
    case SettingSource::File:
        return QStringLiteral("file");
    case SettingSource::Environment:
        return QStringLiteral("environment");
    case SettingSource::CommandLine:
        return QStringLiteral("command line");
    }
    return {};
}

Settings::Settings()
{
    for (const SettingDefinition &definition : settingDefinitions())
        set(definition.key, definition.parse(definition.defaultValue).value(), SettingSource::Default);
}

const QVariant &Settings::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    Q_ASSERT_X(it != m_values.cend(), "Settings", "unknown setting key");
    static const QVariant none;
    return it == m_values.cend() ? none : *it;
}

qint64 Settings::integer(const QString &key) const
{
    return value(key).toLongLong();
}
bool Settings::boolean(const QString &key) const
{
    return value(key).toBool();
}
QString Settings::text(const QString &key) const
{
    return value(key).toString();
}
QStringList Settings::list(const QString &key) const
{
    return value(key).toStringList();
}
SettingSource Settings::source(const QString &key) const
{
    return m_sources.value(key, SettingSource::Default);
}

void Settings::set(const QString &key, const QVariant &value, SettingSource source)
{
    m_values.insert(key, value);
    m_sources.insert(key, source);
}

} // namespace keyward
