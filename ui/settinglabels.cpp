// SPDX-License-Identifier: GPL-3.0-or-later
#include "settinglabels.h"

#include "config/settingdefinitions.h"

#include <QCoreApplication>
#include <QHash>

namespace keyward {

namespace {

const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> byKey{
        {QStringLiteral("server.listen"), QT_TRANSLATE_NOOP("SettingLabel", "Listen address")},
        {QStringLiteral("server.threads"), QT_TRANSLATE_NOOP("SettingLabel", "Worker threads")},
        {QStringLiteral("server.tls_cert"), QT_TRANSLATE_NOOP("SettingLabel", "TLS certificate")},
        {QStringLiteral("server.tls_key"), QT_TRANSLATE_NOOP("SettingLabel", "TLS private key")},
        {QStringLiteral("server.access_log"), QT_TRANSLATE_NOOP("SettingLabel", "Access log")},
        {QStringLiteral("server.max_body_bytes"), QT_TRANSLATE_NOOP("SettingLabel", "Largest request body")},
        {QStringLiteral("server.max_connections_per_ip"), QT_TRANSLATE_NOOP("SettingLabel", "Connections per address")},
        {QStringLiteral("server.cors_origins"), QT_TRANSLATE_NOOP("SettingLabel", "CORS origins")},
        {QStringLiteral("server.trusted_proxies"), QT_TRANSLATE_NOOP("SettingLabel", "Trusted proxies")},
        {QStringLiteral("tokens.issuer"), QT_TRANSLATE_NOOP("SettingLabel", "Issuer")},
        {QStringLiteral("tokens.audience"), QT_TRANSLATE_NOOP("SettingLabel", "Audience")},
        {QStringLiteral("tokens.first_party_client"), QT_TRANSLATE_NOOP("SettingLabel", "Keyward's own client ID")},
        {QStringLiteral("tokens.access_ttl"), QT_TRANSLATE_NOOP("SettingLabel", "Access token lifetime")},
        {QStringLiteral("tokens.refresh_idle_ttl"), QT_TRANSLATE_NOOP("SettingLabel", "Session idle limit")},
        {QStringLiteral("tokens.refresh_absolute_ttl"), QT_TRANSLATE_NOOP("SettingLabel", "Session lifetime")},
        {QStringLiteral("tokens.reuse_grace"), QT_TRANSLATE_NOOP("SettingLabel", "Refresh retry window")},
        {QStringLiteral("tokens.leeway"), QT_TRANSLATE_NOOP("SettingLabel", "Clock skew leeway")},
        {QStringLiteral("tokens.algorithm"), QT_TRANSLATE_NOOP("SettingLabel", "Signing algorithm")},
        {QStringLiteral("tokens.jwks_max_age"), QT_TRANSLATE_NOOP("SettingLabel", "JWK Set cache lifetime")},
        {QStringLiteral("tokens.rotation_days"), QT_TRANSLATE_NOOP("SettingLabel", "Key rotation period")},
        {QStringLiteral("limits.login_failures_per_account"),
         QT_TRANSLATE_NOOP("SettingLabel", "Failed sign-ins per account")},
        {QStringLiteral("limits.login_per_ip_per_minute"),
         QT_TRANSLATE_NOOP("SettingLabel", "Sign-ins per address and minute")},
        {QStringLiteral("limits.refresh_per_ip_per_minute"),
         QT_TRANSLATE_NOOP("SettingLabel", "Refreshes per address and minute")},
        {QStringLiteral("limits.register_per_ip_per_hour"),
         QT_TRANSLATE_NOOP("SettingLabel", "Registrations per address and hour")},
        {QStringLiteral("registration.enabled"), QT_TRANSLATE_NOOP("SettingLabel", "Self-registration")},
        {QStringLiteral("registration.require_verified_email"),
         QT_TRANSLATE_NOOP("SettingLabel", "Verified address before sign-in")},
        {QStringLiteral("workspaces.self_service"), QT_TRANSLATE_NOOP("SettingLabel", "Users create workspaces")},
        {QStringLiteral("workspaces.plans"), QT_TRANSLATE_NOOP("SettingLabel", "Workspace plans")},
        {QStringLiteral("oidc.require_pkce"), QT_TRANSLATE_NOOP("SettingLabel", "PKCE for every client")},
        {QStringLiteral("oidc.code_ttl"), QT_TRANSLATE_NOOP("SettingLabel", "Authorization code lifetime")},
        {QStringLiteral("oidc.sso_ttl"), QT_TRANSLATE_NOOP("SettingLabel", "Browser sign-in lifetime")},
        {QStringLiteral("mfa.required"), QT_TRANSLATE_NOOP("SettingLabel", "Second factor required")},
        {QStringLiteral("webauthn.rp_id"), QT_TRANSLATE_NOOP("SettingLabel", "Passkey relying party ID")},
        {QStringLiteral("webauthn.origins"), QT_TRANSLATE_NOOP("SettingLabel", "Passkey origins")},
        {QStringLiteral("mail.smtp_url"), QT_TRANSLATE_NOOP("SettingLabel", "SMTP server")},
        {QStringLiteral("mail.require_tls"), QT_TRANSLATE_NOOP("SettingLabel", "TLS for mail required")},
        {QStringLiteral("mail.from"), QT_TRANSLATE_NOOP("SettingLabel", "Sender")},
        {QStringLiteral("mail.username"), QT_TRANSLATE_NOOP("SettingLabel", "SMTP user name")},
        {QStringLiteral("mail.password"), QT_TRANSLATE_NOOP("SettingLabel", "SMTP password")},
        {QStringLiteral("mail.ca_file"), QT_TRANSLATE_NOOP("SettingLabel", "SMTP CA certificates")},
        {QStringLiteral("passwords.argon2_ops"), QT_TRANSLATE_NOOP("SettingLabel", "Argon2id passes")},
        {QStringLiteral("passwords.argon2_memory_kib"), QT_TRANSLATE_NOOP("SettingLabel", "Argon2id memory")},
    };
    return byKey;
}

} // namespace

QString settingLabel(const SettingDefinition &definition)
{
    const char *label = labels().value(definition.key);
    return label ? QCoreApplication::translate("SettingLabel", label) : definition.key;
}

} // namespace keyward
