// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of settings: name, type, default and valid range of each.
#pragma once

#include "common/result.h"

#include <QStringList>
#include <QVariant>

#include <vector>

namespace keyward {

struct SettingDefinition {
    enum class Type {
        Integer, // within [minimum, maximum]
        Boolean, // true/false, yes/no, on/off, 1/0
        Text, // any text; empty allowed
        NonEmptyText,
        Choice, // one of `choices`
        ListenAddress, // host:port, port 0–65535
        Url, // empty, or an absolute http(s) URL
        List, // comma-separated values
    };

    QString key; // "section.name"
    Type type = Type::Text;
    QString defaultValue;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList choices;
    QString description;

    // The environment variable that sets it: KEYWARD_<SECTION>_<NAME>.
    QString environmentName() const;
    // Parses and checks a value; the error message names the key and what is allowed.
    Result<QVariant> parse(const QString &text) const;
};

const std::vector<SettingDefinition> &settingDefinitions();
const SettingDefinition *findSetting(const QString &key);

} // namespace keyward
