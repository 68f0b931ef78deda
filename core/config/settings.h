// SPDX-License-Identifier: GPL-3.0-or-later
// One resolved set of settings: each value with the layer it came from, and the same values
// typed in groups for the code that uses them. Immutable once resolved: a request or operation
// takes one (SettingsService::current()) and reads it throughout, whatever changes meanwhile.
#pragma once

#include "crypto/signingkey.h"
#include "settingdefinitions.h"

#include <QStringList>
#include <QVariant>

#include <array>
#include <chrono>

namespace keyward {

enum class SettingSource { Default, Database, File, Environment, CommandLine };
QString settingSourceName(SettingSource source);

struct ServerSettings {
    QString listen;
    int threads = 1;
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QString accessLog; // "off", "stderr" or a file path
    qint64 maxBodyBytes = 0;
    int maxConnectionsPerAddress = 0;
    QStringList corsOrigins;
    QStringList trustedProxies;
};

// The longest any access token can be accepted after it was issued, whatever the settings were
// when it was issued or are now: the highest tokens.access_ttl (and `token mint` lifetime) plus
// the highest tokens.leeway. A revocation that must cover every token of a session or a user
// lives this long, so lowering the lifetime later cannot bring a revoked token back.
inline constexpr std::chrono::seconds kLongestLeeway{300}; // tokens.leeway's maximum
inline constexpr std::chrono::seconds kLongestPossibleAccessLifetime = std::chrono::seconds(86400) + kLongestLeeway;
// tokens.reuse_grace's maximum: a rotated refresh token's row is kept at least this long (a retry
// within the grace needs the successor sealed in it), whatever the grace is now or becomes.
inline constexpr std::chrono::seconds kLongestReuseGrace{300};

struct TokenSettings {
    QString issuer; // empty: the server's own base URL
    QString audience;
    QString firstPartyClient;
    std::chrono::seconds accessTtl{0};
    std::chrono::seconds refreshIdleTtl{0};
    std::chrono::seconds refreshAbsoluteTtl{0};
    std::chrono::seconds reuseGrace{0};
    std::chrono::seconds leeway{0};
    std::chrono::seconds jwksMaxAge{0};
    JwsAlgorithm algorithm = JwsAlgorithm::ES256;
    int rotationDays = 0;

    // The longest an access token issued now is accepted after it was issued: its lifetime and
    // the clock-skew leeway. What a revocation must outlive, and a retired key's verifiers too.
    std::chrono::seconds longestAccessLifetime() const { return accessTtl + leeway; }
};

struct LimitSettings {
    int loginFailuresPerAccount = 0;
    int loginPerAddressPerMinute = 0;
    int refreshPerAddressPerMinute = 0;
    int registerPerAddressPerHour = 0;
};

struct PasswordSettings {
    int argon2Ops = 0;
    int argon2MemoryKiB = 0;
};

class Settings {
public:
    // The defaults; SettingsResolver makes the others.
    Settings();

    ServerSettings server;
    TokenSettings tokens;
    LimitSettings limits;
    PasswordSettings passwords;
    bool registrationEnabled = true;
    struct WorkspaceSettings {
        bool selfService = true;
        QStringList plans; // never empty; the first is a new workspace's
    } workspaces;
    struct OidcSettings {
        bool requirePkce = true;
        std::chrono::seconds codeTtl{60};
        std::chrono::seconds ssoTtl{86400};
    } oidc;
    // Who must use a second factor (contract: Multi-factor sign-in).
    enum class MfaRequirement { Off, Admins, All };
    MfaRequirement mfaRequired = MfaRequirement::Off;
    struct WebAuthnSettings {
        QString rpId; // empty: the issuer's host
        QStringList origins; // besides the issuer's
    } webauthn;
    struct MailSettings {
        QString smtpUrl; // empty: no mail is sent
        bool requireTls = true; // by default false for a loopback server
        QString from; // empty: Keyward <keyward@the issuer's host>
        QString username;
        QString password; // sealed when it comes from the database (SettingSecrets)
        QString caFile;
        bool enabled() const { return !smtpUrl.isEmpty(); }
    } mail;
    bool registrationRequiresVerifiedEmail = false;

    const QVariant &value(Setting setting) const { return m_values[std::size_t(setting)]; }
    SettingSource source(Setting setting) const { return m_sources[std::size_t(setting)]; }
    // The value as one would type it, e.g. "https://a.example, https://b.example".
    QString text(Setting setting) const;
    bool sameAs(const Settings &other) const { return m_values == other.m_values && m_sources == other.m_sources; }

    // Which publication this is; a cache built from one can tell when it is out of date.
    quint64 generation() const { return m_generation; }
    void setGeneration(quint64 generation) { m_generation = generation; }

    // For the resolver: one value, then the typed groups from all of them.
    void set(Setting setting, const QVariant &value, SettingSource source);
    void updateGroups();

private:
    std::array<QVariant, kSettingCount> m_values;
    std::array<SettingSource, kSettingCount> m_sources{};
    quint64 m_generation = 0;
};

} // namespace keyward
