// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingdefinitions.h"

#include "settings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

namespace keyward {

// Descriptions are marked for translation (the console shows them in its language; the CLI and
// the API speak English).
namespace {

using Type = SettingDefinition::Type;

SettingDefinition integer(Setting id, const char *key, qint64 defaultValue, qint64 minimum, qint64 maximum,
                          const char *description, SettingApply apply = SettingApply::Live)
{
    return {id, QString::fromLatin1(key),      Type::Integer, apply, QString::number(defaultValue), minimum, maximum,
            {}, QString::fromUtf8(description)};
}

SettingDefinition duration(Setting id, const char *key, qint64 defaultValue, qint64 minimum, qint64 maximum,
                           const char *description)
{
    SettingDefinition definition = integer(id, key, defaultValue, minimum, maximum, description);
    definition.type = Type::Duration;
    return definition;
}

SettingDefinition typed(Setting id, const char *key, Type type, const QString &defaultValue, const char *description,
                        SettingApply apply = SettingApply::Live, QStringList choices = {})
{
    return {id,
            QString::fromLatin1(key),
            type,
            apply,
            defaultValue,
            0,
            0,
            std::move(choices),
            QString::fromUtf8(description)};
}

std::array<SettingDefinition, kSettingCount> makeDefinitions()
{
    constexpr qint64 day = 86400;
    constexpr auto restart = SettingApply::Restart;
    constexpr auto live = SettingApply::Live;
    const qint64 cores = qMax(1, QThread::idealThreadCount());
    using S = Setting;
    const SettingDefinition listed[] = {
        typed(S::ServerListen, "server.listen", Type::ListenAddress, QStringLiteral("127.0.0.1:8080"),
              QT_TRANSLATE_NOOP("SettingDescription", "address and port to listen on"), restart),
        integer(S::ServerThreads, "server.threads", cores, 1, 64,
                QT_TRANSLATE_NOOP("SettingDescription", "request worker threads"), restart),
        typed(S::ServerTlsCert, "server.tls_cert", Type::FilePath, {},
              QT_TRANSLATE_NOOP("SettingDescription", "PEM certificate file; set with server.tls_key to serve HTTPS"),
              restart),
        typed(S::ServerTlsKey, "server.tls_key", Type::FilePath, {},
              QT_TRANSLATE_NOOP("SettingDescription", "PEM private key file; set with server.tls_cert to serve HTTPS"),
              restart),
        typed(S::ServerAccessLog, "server.access_log", Type::NonEmptyText, QStringLiteral("stderr"),
              QT_TRANSLATE_NOOP("SettingDescription",
                                "off, stderr, or a file path: one line per request, written off the request threads")),
        integer(S::ServerMaxBodyBytes, "server.max_body_bytes", 65536, 1024, 16 * 1024 * 1024,
                QT_TRANSLATE_NOOP("SettingDescription", "larger request bodies get 413")),
        integer(
            S::ServerMaxConnectionsPerIp, "server.max_connections_per_ip", 64, 1, 100000,
            QT_TRANSLATE_NOOP("SettingDescription", "open connections per client address; more are refused at once")),
        typed(S::ServerCorsOrigins, "server.cors_origins", Type::List, {},
              QT_TRANSLATE_NOOP("SettingDescription", "comma-separated origins allowed by CORS; empty = none")),
        typed(S::ServerTrustedProxies, "server.trusted_proxies", Type::List, {},
              QT_TRANSLATE_NOOP("SettingDescription", "addresses whose X-Forwarded-For is believed")),
        typed(S::TokensIssuer, "tokens.issuer", Type::Url, {},
              QT_TRANSLATE_NOOP("SettingDescription", "the iss claim; empty = the server's own base URL")),
        typed(S::TokensAudience, "tokens.audience", Type::NonEmptyText, QStringLiteral("keyward"),
              QT_TRANSLATE_NOOP("SettingDescription", "the aud claim")),
        typed(S::TokensFirstPartyClient, "tokens.first_party_client", Type::NonEmptyText, QStringLiteral("keyward"),
              QT_TRANSLATE_NOOP("SettingDescription",
                                "client_id of tokens from /auth/* and the password grant (RFC 9068 §2.2)")),
        duration(S::TokensAccessTtl, "tokens.access_ttl", 900, 1, day,
                 QT_TRANSLATE_NOOP("SettingDescription", "access token lifetime")),
        duration(S::TokensRefreshIdleTtl, "tokens.refresh_idle_ttl", 7 * day, 60, 365 * day,
                 QT_TRANSLATE_NOOP("SettingDescription", "how long a session may sit unused")),
        duration(S::TokensRefreshAbsoluteTtl, "tokens.refresh_absolute_ttl", 30 * day, 60, 3650 * day,
                 QT_TRANSLATE_NOOP("SettingDescription", "how long a session may live at most")),
        duration(S::TokensReuseGrace, "tokens.reuse_grace", 10, 0, kLongestReuseGrace.count(),
                 QT_TRANSLATE_NOOP("SettingDescription", "how long a rotated refresh token may be retried")),
        duration(S::TokensLeeway, "tokens.leeway", 30, 0, kLongestLeeway.count(),
                 QT_TRANSLATE_NOOP("SettingDescription", "clock skew accepted on exp/nbf")),
        typed(S::TokensAlgorithm, "tokens.algorithm", Type::Choice, QStringLiteral("ES256"),
              QT_TRANSLATE_NOOP("SettingDescription", "algorithm of newly created keys"), live,
              {QStringLiteral("ES256"), QStringLiteral("EdDSA"), QStringLiteral("RS256")}),
        duration(S::TokensJwksMaxAge, "tokens.jwks_max_age", 300, 0, day,
                 QT_TRANSLATE_NOOP("SettingDescription", "how long verifiers may cache the JWK Set")),
        integer(S::TokensRotationDays, "tokens.rotation_days", 0, 0, 3650,
                QT_TRANSLATE_NOOP("SettingDescription", "automatic key rotation period in days; 0 = by hand")),
        integer(S::LimitsLoginFailuresPerAccount, "limits.login_failures_per_account", 10, 1, 1000000,
                QT_TRANSLATE_NOOP("SettingDescription", "failed logins per account per 15 minutes")),
        integer(S::LimitsLoginPerIpPerMinute, "limits.login_per_ip_per_minute", 60, 1, 1000000,
                QT_TRANSLATE_NOOP("SettingDescription", "login attempts per client address per minute")),
        integer(S::LimitsRefreshPerIpPerMinute, "limits.refresh_per_ip_per_minute", 600, 1, 1000000,
                QT_TRANSLATE_NOOP("SettingDescription", "refreshes per client address per minute")),
        integer(S::LimitsRegisterPerIpPerHour, "limits.register_per_ip_per_hour", 30, 1, 1000000,
                QT_TRANSLATE_NOOP("SettingDescription", "registrations per client address per hour")),
        typed(S::RegistrationEnabled, "registration.enabled", Type::Boolean, QStringLiteral("true"),
              QT_TRANSLATE_NOOP("SettingDescription", "self-registration on /auth/register")),
        typed(S::RegistrationRequireVerifiedEmail, "registration.require_verified_email", Type::Boolean,
              QStringLiteral("false"),
              QT_TRANSLATE_NOOP("SettingDescription", "sign-in waits until the user's address is verified")),
        typed(S::WorkspacesSelfService, "workspaces.self_service", Type::Boolean, QStringLiteral("true"),
              QT_TRANSLATE_NOOP("SettingDescription", "any user may create a workspace (and owns it)")),
        typed(S::WorkspacesPlans, "workspaces.plans", Type::List, QStringLiteral("free,pro,enterprise"),
              QT_TRANSLATE_NOOP("SettingDescription", "allowed plan names; a new workspace gets the first")),
        typed(S::OidcRequirePkce, "oidc.require_pkce", Type::Boolean, QStringLiteral("true"),
              QT_TRANSLATE_NOOP("SettingDescription", "PKCE (S256) for every client, not only public ones")),
        duration(S::OidcCodeTtl, "oidc.code_ttl", 60, 1, 600,
                 QT_TRANSLATE_NOOP("SettingDescription", "how long an authorization code lives")),
        duration(
            S::OidcSsoTtl, "oidc.sso_ttl", day, 60, 365 * day,
            QT_TRANSLATE_NOOP("SettingDescription", "how long a browser's sign-in (SSO) session lives without use")),
        typed(S::MfaRequired, "mfa.required", Type::Choice, QStringLiteral("off"),
              QT_TRANSLATE_NOOP("SettingDescription",
                                "who must use a second factor: off, admins (any permission beyond user's) or all"),
              live, {QStringLiteral("off"), QStringLiteral("admins"), QStringLiteral("all")}),
        typed(S::WebauthnRpId, "webauthn.rp_id", Type::HostName, {},
              QT_TRANSLATE_NOOP("SettingDescription",
                                "the passkeys' relying party id (a host name); empty = the issuer's host")),
        typed(S::WebauthnOrigins, "webauthn.origins", Type::OriginList, {},
              QT_TRANSLATE_NOOP("SettingDescription", "origins passkeys are accepted from besides the issuer's")),
        typed(S::MailSmtpUrl, "mail.smtp_url", Type::SmtpUrl, {},
              QT_TRANSLATE_NOOP("SettingDescription",
                                "the SMTP server: smtp://host:port or smtps://host:port; "
                                "empty = no mail")),
        typed(S::MailRequireTls, "mail.require_tls", Type::Boolean, QStringLiteral("true"),
              QT_TRANSLATE_NOOP("SettingDescription",
                                "refuse to send without TLS (by default not required for a loopback server)")),
        typed(S::MailFrom, "mail.from", Type::MailAddress, {},
              QT_TRANSLATE_NOOP("SettingDescription", "the sender; empty = Keyward <keyward@the issuer's host>")),
        typed(S::MailUsername, "mail.username", Type::Text, {},
              QT_TRANSLATE_NOOP("SettingDescription", "SMTP user name; empty = no authentication")),
        typed(S::MailPassword, "mail.password", Type::Secret, {},
              QT_TRANSLATE_NOOP("SettingDescription", "SMTP password (stored sealed, never shown)")),
        typed(S::MailCaFile, "mail.ca_file", Type::FilePath, {},
              QT_TRANSLATE_NOOP("SettingDescription",
                                "PEM certificates to trust for the SMTP server; empty = the system's")),
        // Argon2id cost. OWASP's floor is m=19 MiB with t=2, or m=7 MiB with t=5; values below
        // 7 MiB are refused. Hashes made at other parameters are upgraded at the next login.
        // Read at start: the hasher is shared by every thread and hashing in flight.
        integer(S::PasswordsArgon2Ops, "passwords.argon2_ops", 2, 1, 10,
                QT_TRANSLATE_NOOP("SettingDescription", "Argon2id passes (t)"), restart),
        integer(S::PasswordsArgon2MemoryKib, "passwords.argon2_memory_kib", 19 * 1024, 7 * 1024, 1024 * 1024,
                QT_TRANSLATE_NOOP("SettingDescription", "Argon2id memory in KiB (m)"), restart),
    };
    std::array<SettingDefinition, kSettingCount> definitions;
    for (const SettingDefinition &definition : listed)
        definitions[std::size_t(definition.id)] = definition;
    return definitions;
}

Result<bool> parseBoolean(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("on")
        || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("off")
        || value == QLatin1String("0"))
        return false;
    return failure(ErrorCode::InvalidSetting, {});
}

} // namespace

QString SettingDefinition::environmentName() const
{
    QString name = key.toUpper();
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    return QStringLiteral("KEYWARD_") + name;
}

Result<QVariant> SettingDefinition::parse(const QString &rawText) const
{
    if (type == Type::Secret) {
        for (const QChar c : rawText) {
            if (c.unicode() < 0x20)
                return failure(ErrorCode::InvalidSetting, QStringLiteral("%1 must be one line").arg(key));
        }
        return QVariant(rawText);
    }
    const QString text = rawText.trimmed();
    const auto invalid = [this](const QString &what) {
        return failure(ErrorCode::InvalidSetting, QStringLiteral("%1 %2").arg(key, what));
    };
    switch (type) {
    case Type::Integer:
    case Type::Duration: {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok)
            return invalid(QStringLiteral("must be a whole number (got '%1')").arg(text.left(40)));
        if (value < minimum || value > maximum)
            return invalid(QStringLiteral("must be between %1 and %2 (got %3)").arg(minimum).arg(maximum).arg(value));
        return QVariant(value);
    }
    case Type::Boolean: {
        const Result<bool> value = parseBoolean(text);
        if (!value)
            return invalid(QStringLiteral("must be true or false (got '%1')").arg(text.left(40)));
        return QVariant(value.value());
    }
    case Type::Text:
    case Type::FilePath:
        return QVariant(text);
    case Type::NonEmptyText:
        if (text.isEmpty())
            return invalid(QStringLiteral("must not be empty"));
        return QVariant(text);
    case Type::Choice:
        if (!choices.contains(text))
            return invalid(
                QStringLiteral("must be one of %1 (got '%2')").arg(choices.join(QLatin1String(", ")), text.left(40)));
        return QVariant(text);
    case Type::ListenAddress: {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : -1;
        if (colon <= 0 || !ok || port < 0 || port > 65535)
            return invalid(
                QStringLiteral("must be HOST:PORT with a port from 0 to 65535 (got '%1')").arg(text.left(80)));
        return QVariant(text);
    }
    case Type::Url: {
        if (text.isEmpty())
            return QVariant(text);
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return invalid(QStringLiteral("must be an absolute http(s) URL (got '%1')").arg(text.left(80)));
        return QVariant(text);
    }
    case Type::SmtpUrl: {
        if (text.isEmpty())
            return QVariant(text);
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))
            || url.host().isEmpty() || !url.userInfo().isEmpty()
            || !(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery() || url.hasFragment())
            return invalid(QStringLiteral("must be smtp://host:port or smtps://host:port, without a user name "
                                          "(mail.username) (got '%1')")
                               .arg(text.left(80)));
        return QVariant(text);
    }
    case Type::MailAddress: {
        // The same rule as core/mail's MailAddress::parse, which the sender applies again.
        static const QRegularExpression address(
            QStringLiteral("^([^\\x00-\\x1f\"\\\\<>]*<)?[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}"
                           "[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*>?$"));
        if (!text.isEmpty()
            && (!address.match(text).hasMatch() || text.contains(QLatin1Char('<')) != text.endsWith(QLatin1Char('>'))))
            return invalid(QStringLiteral("must be an address such as Keyward <keyward@example.com> (got '%1')")
                               .arg(text.left(80)));
        return QVariant(text);
    }
    case Type::Secret:
        return QVariant(text);
    case Type::HostName: {
        const QString host = text.toLower();
        static const QRegularExpression dnsName(QStringLiteral(
            "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
        if (!host.isEmpty() && (!dnsName.match(host).hasMatch() || !QHostAddress(host).isNull()))
            return invalid(QStringLiteral("must be a host name such as example.com or localhost, not an IP address "
                                          "(got '%1')")
                               .arg(text.left(80)));
        return QVariant(host);
    }
    case Type::OriginList: {
        QStringList origins;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString origin = item.trimmed();
            if (origin.isEmpty())
                continue;
            const QUrl url(origin, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
                || url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery() || url.hasFragment()
                || !url.userInfo().isEmpty())
                return invalid(
                    QStringLiteral("must be origins such as https://app.example.com (got '%1')").arg(origin.left(80)));
            origins << origin;
        }
        return QVariant(origins);
    }
    case Type::List: {
        QStringList items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items << item.trimmed();
        }
        return QVariant(items);
    }
    }
    return invalid(QStringLiteral("has an unknown type"));
}

QString SettingDefinition::format(const QVariant &value) const
{
    switch (type) {
    case Type::Integer:
    case Type::Duration:
        return QString::number(value.toLongLong());
    case Type::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::List:
    case Type::OriginList:
        return value.toStringList().join(QLatin1String(", "));
    default:
        return value.toString();
    }
}

const std::array<SettingDefinition, kSettingCount> &settingDefinitions()
{
    static const std::array<SettingDefinition, kSettingCount> definitions = makeDefinitions();
    return definitions;
}

const SettingDefinition &definitionOf(Setting setting)
{
    return settingDefinitions()[std::size_t(setting)];
}

const SettingDefinition *findSetting(const QString &key)
{
    for (const SettingDefinition &definition : settingDefinitions()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

} // namespace keyward
