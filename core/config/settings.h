// SPDX-License-Identifier: GPL-3.0-or-later
// Resolved settings: every setting with its value and the layer it came from.
#pragma once

#include <QHash>
#include <QStringList>
#include <QVariant>

namespace keyward {

enum class SettingSource { Default, Database, File, Environment, CommandLine };
QString settingSourceName(SettingSource source);

class Settings {
public:
    // Only SettingsResolver makes complete ones; a default-constructed one holds the defaults.
    Settings();

    qint64 integer(const QString &key) const;
    bool boolean(const QString &key) const;
    QString text(const QString &key) const;
    QStringList list(const QString &key) const;
    SettingSource source(const QString &key) const;

    void set(const QString &key, const QVariant &value, SettingSource source);

private:
    const QVariant &value(const QString &key) const;

    QHash<QString, QVariant> m_values;
    QHash<QString, SettingSource> m_sources;
};

} // namespace keyward
