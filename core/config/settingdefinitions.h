// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of settings: name, type, default, valid range and whether a change applies at
// once or at the next start. Code names a setting by its enum value, never by a string.
#pragma once

#include "common/result.h"

#include <QStringList>
#include <QVariant>

#include <array>
#include <optional>

namespace keyward {

// In catalogue order; Count is the number of settings (a test checks the catalogue covers each).
enum class Setting {
    ServerListen,
    ServerThreads,
    ServerTlsCert,
    ServerTlsKey,
    ServerAccessLog,
    ServerMaxBodyBytes,
    ServerMaxConnectionsPerIp,
    ServerCorsOrigins,
    ServerTrustedProxies,
    TokensIssuer,
    TokensAudience,
    TokensFirstPartyClient,
    TokensAccessTtl,
    TokensRefreshIdleTtl,
    TokensRefreshAbsoluteTtl,
    TokensReuseGrace,
    TokensLeeway,
    TokensAlgorithm,
    TokensJwksMaxAge,
    TokensRotationDays,
    LimitsLoginFailuresPerAccount,
    LimitsLoginPerIpPerMinute,
    LimitsRefreshPerIpPerMinute,
    LimitsRegisterPerIpPerHour,
    RegistrationEnabled,
    RegistrationRequireVerifiedEmail,
    WorkspacesSelfService,
    WorkspacesPlans,
    OidcRequirePkce,
    OidcCodeTtl,
    OidcSsoTtl,
    MfaRequired,
    WebauthnRpId,
    WebauthnOrigins,
    MailSmtpUrl,
    MailRequireTls,
    MailFrom,
    MailUsername,
    MailPassword,
    MailCaFile,
    PasswordsArgon2Ops,
    PasswordsArgon2MemoryKib,
    Count
};
constexpr std::size_t kSettingCount = std::size_t(Setting::Count);

// Live: every server applies a change within a second. Restart: read when a server starts
// (what it binds and how many threads it runs cannot change under it).
enum class SettingApply { Live, Restart };

struct SettingDefinition {
    enum class Type {
        Integer, // within [minimum, maximum]
        Duration, // whole seconds within [minimum, maximum]
        Boolean, // true/false, yes/no, on/off, 1/0
        Text, // any text; empty allowed
        FilePath, // empty, or a file name
        NonEmptyText,
        Choice, // one of `choices`
        ListenAddress, // host:port, port 0–65535
        Url, // empty, or an absolute http(s) URL
        List, // comma-separated values
        HostName, // empty, or a DNS name (not an IP address)
        OriginList, // comma-separated origins, each scheme://host[:port]
        SmtpUrl, // empty, or smtp://host[:port] / smtps://host[:port]
        MailAddress, // empty, or an address, optionally with a name: "Name <a@b.example>"
        // Kept as typed (spaces too); stored sealed under the master key, never shown or audited.
        Secret,
    };

    Setting id = Setting::Count;
    QString key; // "section.name"
    Type type = Type::Text;
    SettingApply apply = SettingApply::Live;
    QString defaultValue;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList choices;
    QString description;

    // The environment variable that sets it: KEYWARD_<SECTION>_<NAME>.
    QString environmentName() const;
    bool isSecret() const { return type == Type::Secret; }
    // Parses and checks a value; the error message names the key and what is allowed.
    Result<QVariant> parse(const QString &text) const;
    // A parsed value written back as one would type it ("a, b" for a list).
    QString format(const QVariant &value) const;
};

const std::array<SettingDefinition, kSettingCount> &settingDefinitions();
const SettingDefinition &definitionOf(Setting setting);
// Null for a name that is not a setting.
const SettingDefinition *findSetting(const QString &key);

} // namespace keyward
