// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QHostAddress>
#include <QUrl>

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
        set(definition.id, definition.parse(definition.defaultValue).value(), SettingSource::Default);
    updateGroups();
}

QString Settings::text(Setting setting) const
{
    return definitionOf(setting).format(value(setting));
}

void Settings::set(Setting setting, const QVariant &value, SettingSource source)
{
    m_values[std::size_t(setting)] = value;
    m_sources[std::size_t(setting)] = source;
}

void Settings::updateGroups()
{
    const auto integer = [this](Setting setting) { return value(setting).toLongLong(); };
    const auto seconds = [&integer](Setting setting) { return std::chrono::seconds(integer(setting)); };
    const auto string = [this](Setting setting) { return value(setting).toString(); };
    const auto list = [this](Setting setting) { return value(setting).toStringList(); };
    using S = Setting;

    server.listen = string(S::ServerListen);
    server.threads = int(integer(S::ServerThreads));
    server.tlsCertificateFile = string(S::ServerTlsCert);
    server.tlsKeyFile = string(S::ServerTlsKey);
    server.accessLog = string(S::ServerAccessLog);
    server.maxBodyBytes = integer(S::ServerMaxBodyBytes);
    server.maxConnectionsPerAddress = int(integer(S::ServerMaxConnectionsPerIp));
    server.corsOrigins = list(S::ServerCorsOrigins);
    server.trustedProxies = list(S::ServerTrustedProxies);

    tokens.issuer = string(S::TokensIssuer);
    tokens.audience = string(S::TokensAudience);
    tokens.firstPartyClient = string(S::TokensFirstPartyClient);
    tokens.accessTtl = seconds(S::TokensAccessTtl);
    tokens.refreshIdleTtl = seconds(S::TokensRefreshIdleTtl);
    tokens.refreshAbsoluteTtl = seconds(S::TokensRefreshAbsoluteTtl);
    tokens.reuseGrace = seconds(S::TokensReuseGrace);
    tokens.leeway = seconds(S::TokensLeeway);
    tokens.algorithm = algorithmFromName(string(S::TokensAlgorithm)).value_or(JwsAlgorithm::ES256);
    tokens.jwksMaxAge = seconds(S::TokensJwksMaxAge);
    tokens.rotationDays = int(integer(S::TokensRotationDays));

    limits.loginFailuresPerAccount = int(integer(S::LimitsLoginFailuresPerAccount));
    limits.loginPerAddressPerMinute = int(integer(S::LimitsLoginPerIpPerMinute));
    limits.refreshPerAddressPerMinute = int(integer(S::LimitsRefreshPerIpPerMinute));
    limits.registerPerAddressPerHour = int(integer(S::LimitsRegisterPerIpPerHour));

    registrationEnabled = value(S::RegistrationEnabled).toBool();
    workspaces.selfService = value(S::WorkspacesSelfService).toBool();
    workspaces.plans = list(S::WorkspacesPlans);
    oidc.requirePkce = value(S::OidcRequirePkce).toBool();
    oidc.codeTtl = seconds(S::OidcCodeTtl);
    oidc.ssoTtl = seconds(S::OidcSsoTtl);
    const QString mfa = string(S::MfaRequired);
    mfaRequired = mfa == QLatin1String("all") ? MfaRequirement::All
        : mfa == QLatin1String("admins")      ? MfaRequirement::Admins
                                              : MfaRequirement::Off;
    webauthn.rpId = string(S::WebauthnRpId);
    webauthn.origins = list(S::WebauthnOrigins);
    mail.smtpUrl = string(S::MailSmtpUrl);
    // Unless said otherwise, TLS is required for every server but this host's own (a local relay
    // or a development catcher).
    mail.requireTls = source(S::MailRequireTls) == SettingSource::Default
        ? !QHostAddress(QUrl(mail.smtpUrl).host()).isLoopback()
            && QUrl(mail.smtpUrl).host().toLower() != QLatin1String("localhost")
        : value(S::MailRequireTls).toBool();
    mail.from = string(S::MailFrom);
    mail.username = string(S::MailUsername);
    mail.password = string(S::MailPassword);
    mail.caFile = string(S::MailCaFile);
    registrationRequiresVerifiedEmail = value(S::RegistrationRequireVerifiedEmail).toBool();
    passwords.argon2Ops = int(integer(S::PasswordsArgon2Ops));
    passwords.argon2MemoryKiB = int(integer(S::PasswordsArgon2MemoryKib));
}

} // namespace keyward
