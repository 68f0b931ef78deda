// SPDX-License-Identifier: GPL-3.0-or-later
// A setting's name as the console shows it first ("Access token lifetime"), its key
// ("tokens.access_ttl") beside it: the key is what the INI file, the environment and the CLI use.
#pragma once

#include <QString>

namespace keyward {

struct SettingDefinition;

// In the console's language; the key itself for a setting without a label.
QString settingLabel(const SettingDefinition &definition);

} // namespace keyward
