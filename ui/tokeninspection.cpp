// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokeninspection.h"

#include "timetext.h"
#include "workspacetablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger(qint64(value.toDouble())));
    return QStringLiteral("null");
}

bool isTimeClaim(const QString &name)
{
    return name == QLatin1String("exp") || name == QLatin1String("nbf") || name == QLatin1String("iat")
        || name == QLatin1String("auth_time");
}

QString localTimeOf(qint64 secs)
{
    return localTime(QDateTime::fromSecsSinceEpoch(secs));
}

} // namespace

TokenInspection::TokenInspection(const TokenVerdict &verdict, qint64 now, qint64 leewaySeconds)
    : m_now(now), m_leeway(leewaySeconds), m_valid(verdict.valid()), m_claims(verdict.token.claims)
{
    const QJsonValue exp = m_claims.value(QLatin1String("exp"));
    if (m_valid)
        m_verdict = exp.isDouble() ? tr("Valid: %1").arg(expiryText(exp.toInteger())) : tr("Valid");
    else if (verdict.rejection == TokenRejection::Expired && exp.isDouble())
        m_verdict = tr("Not valid (%1): %2").arg(rejectionCode(verdict.rejection), expiryText(exp.toInteger()));
    else
        m_verdict = tr("Not valid (%1): %2").arg(rejectionCode(verdict.rejection), verdict.explanation);
    for (auto it = verdict.token.header.begin(); it != verdict.token.header.end(); ++it)
        m_rows.push_back({tr("Header"), it.key(), shown(it.value()), meaningOf(it.key(), it.value())});
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        QString value = shown(it.value());
        if (isTimeClaim(it.key()) && it.value().isDouble())
            value = tr("%1 (%2)").arg(localTimeOf(it.value().toInteger()), value);
        m_rows.push_back({tr("Claim"), it.key(), value, meaningOf(it.key(), it.value())});
    }
}

QString TokenInspection::expiryText(qint64 exp) const
{
    if (m_now < exp)
        return tr("expires %1 (%2)").arg(RelativeTime::between(exp, m_now), localTimeOf(exp));
    if (m_now < exp + m_leeway)
        return tr("expired %1, accepted for %n s more by the clock-skew leeway (tokens.leeway)", nullptr,
                  int(exp + m_leeway - m_now))
            .arg(RelativeTime::between(exp, m_now));
    return tr("expired %1 (%2)").arg(RelativeTime::between(exp, m_now), localTimeOf(exp));
}

QString TokenInspection::meaningOf(const QString &name, const QJsonValue &value) const
{
    if (isTimeClaim(name) && value.isDouble()) {
        const qint64 at = value.toInteger();
        if (name == QLatin1String("exp"))
            return tr("Expiry: %1").arg(expiryText(at));
        if (name == QLatin1String("nbf"))
            return at <= m_now ? tr("Not before: valid since %1").arg(RelativeTime::between(at, m_now))
                               : tr("Not before: valid %1 (the leeway is %n s)", nullptr, int(m_leeway))
                                     .arg(RelativeTime::between(at, m_now));
        if (name == QLatin1String("iat"))
            return tr("Issued %1").arg(RelativeTime::between(at, m_now));
        return tr("The user signed in %1").arg(RelativeTime::between(at, m_now));
    }
    if (name == QLatin1String("workspace_role"))
        return tr("Role in the workspace: %1").arg(MemberTableModel::roleText(value.toString()));
    static const struct {
        const char *name;
        const char *meaning;
    } known[] = {
        {"alg", QT_TR_NOOP("Signature algorithm")},
        {"kid", QT_TR_NOOP("Signing key (see Keys)")},
        {"typ", QT_TR_NOOP("Token type (at+jwt: an access token)")},
        {"iss", QT_TR_NOOP("Issuer: who made the token")},
        {"sub", QT_TR_NOOP("Subject: the user's id")},
        {"aud", QT_TR_NOOP("Audience: who the token is for")},
        {"jti", QT_TR_NOOP("Token id: what a revocation names")},
        {"sid", QT_TR_NOOP("Session id (see Sessions)")},
        {"client_id", QT_TR_NOOP("The application the token was issued to")},
        {"scope", QT_TR_NOOP("Scopes granted")},
        {"roles", QT_TR_NOOP("Roles")},
        {"email", QT_TR_NOOP("E-mail address")},
        {"workspace_slug", QT_TR_NOOP("Workspace")},
        {"workspace_role", QT_TR_NOOP("Role in the workspace")},
        {"workspace_plan", QT_TR_NOOP("The workspace's plan")},
        {"nonce", QT_TR_NOOP("Nonce: binds an ID token to its sign-in")},
        {"amr", QT_TR_NOOP("How the user signed in: pwd password, otp code, hwk/swk passkey, user verified")},
        {"acr", QT_TR_NOOP("Strength of the sign-in: phr phishing-resistant (a passkey), mfa two factors")},
        {"azp", QT_TR_NOOP("Authorized party: the application the ID token was issued to")},
        {"name", QT_TR_NOOP("Name")},
        {"email_verified", QT_TR_NOOP("Whether the e-mail address was verified")},
    };
    for (const auto &entry : known) {
        if (name == QLatin1String(entry.name))
            return tr(entry.meaning);
    }
    return {};
}

} // namespace keyward
