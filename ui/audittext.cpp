// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittext.h"

#include "timetext.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace keyward {

namespace {

struct Words {
    const char *id;
    const char *text;
};

constexpr Words kActions[] = {
    {"login", QT_TRANSLATE_NOOP("AuditText", "Signed in")},
    {"logout", QT_TRANSLATE_NOOP("AuditText", "Signed out")},
    {"refresh", QT_TRANSLATE_NOOP("AuditText", "Refreshed a session")},
    {"refresh_reuse_detected", QT_TRANSLATE_NOOP("AuditText", "Refresh token reused: session ended")},
    {"user.create", QT_TRANSLATE_NOOP("AuditText", "User created")},
    {"user.delete", QT_TRANSLATE_NOOP("AuditText", "User deleted")},
    {"user.rename", QT_TRANSLATE_NOOP("AuditText", "User renamed")},
    {"user.disable", QT_TRANSLATE_NOOP("AuditText", "User disabled")},
    {"user.enable", QT_TRANSLATE_NOOP("AuditText", "User enabled")},
    {"user.set_roles", QT_TRANSLATE_NOOP("AuditText", "Roles changed")},
    {"user.reset_password", QT_TRANSLATE_NOOP("AuditText", "Password reset")},
    {"user.change_password", QT_TRANSLATE_NOOP("AuditText", "Password changed")},
    {"session.revoke", QT_TRANSLATE_NOOP("AuditText", "Session revoked")},
    {"session.revoke_all", QT_TRANSLATE_NOOP("AuditText", "All sessions of a user revoked")},
    {"token.mint", QT_TRANSLATE_NOOP("AuditText", "Token minted")},
    {"token.revoke", QT_TRANSLATE_NOOP("AuditText", "Token revoked")},
    {"role.create", QT_TRANSLATE_NOOP("AuditText", "Role created")},
    {"role.delete", QT_TRANSLATE_NOOP("AuditText", "Role deleted")},
    {"role.permissions", QT_TRANSLATE_NOOP("AuditText", "Role permissions changed")},
    {"key.create", QT_TRANSLATE_NOOP("AuditText", "Signing key created")},
    {"key.rotate", QT_TRANSLATE_NOOP("AuditText", "Signing key rotated")},
    {"key.publish_next", QT_TRANSLATE_NOOP("AuditText", "Next signing key published")},
    {"key.activate", QT_TRANSLATE_NOOP("AuditText", "Signing key activated")},
    {"key.retire", QT_TRANSLATE_NOOP("AuditText", "Signing key retired")},
    {"setting.change", QT_TRANSLATE_NOOP("AuditText", "Setting changed")},
    {"workspace.create", QT_TRANSLATE_NOOP("AuditText", "Workspace created")},
    {"workspace.update", QT_TRANSLATE_NOOP("AuditText", "Workspace changed")},
    {"workspace.delete", QT_TRANSLATE_NOOP("AuditText", "Workspace deleted")},
    {"workspace.member_add", QT_TRANSLATE_NOOP("AuditText", "Member added")},
    {"workspace.member_remove", QT_TRANSLATE_NOOP("AuditText", "Member removed")},
    {"workspace.member_role", QT_TRANSLATE_NOOP("AuditText", "Member's role changed")},
    {"client.create", QT_TRANSLATE_NOOP("AuditText", "Application registered")},
    {"client.change", QT_TRANSLATE_NOOP("AuditText", "Application changed")},
    {"client.delete", QT_TRANSLATE_NOOP("AuditText", "Application deleted")},
    {"client.secret_rotate", QT_TRANSLATE_NOOP("AuditText", "Application secret rotated")},
    {"oidc.authorize", QT_TRANSLATE_NOOP("AuditText", "Signed in to an application")},
    {"oidc.consent", QT_TRANSLATE_NOOP("AuditText", "Allowed an application")},
    {"oidc.consent_revoke", QT_TRANSLATE_NOOP("AuditText", "Consent withdrawn")},
    {"oidc.code_exchange", QT_TRANSLATE_NOOP("AuditText", "Authorization code exchanged")},
    {"oidc.code_replay", QT_TRANSLATE_NOOP("AuditText", "Authorization code replayed")},
    {"mfa.verify", QT_TRANSLATE_NOOP("AuditText", "Second factor checked")},
    {"mfa.reset", QT_TRANSLATE_NOOP("AuditText", "Sign-in factors reset")},
    {"totp.enrol", QT_TRANSLATE_NOOP("AuditText", "Authenticator app enrolled")},
    {"totp.remove", QT_TRANSLATE_NOOP("AuditText", "Authenticator app removed")},
    {"passkey.add", QT_TRANSLATE_NOOP("AuditText", "Passkey added")},
    {"passkey.rename", QT_TRANSLATE_NOOP("AuditText", "Passkey renamed")},
    {"passkey.remove", QT_TRANSLATE_NOOP("AuditText", "Passkey removed")},
    {"passkey.sign_in", QT_TRANSLATE_NOOP("AuditText", "Passkey sign-in")},
    {"passkey.counter_regressed", QT_TRANSLATE_NOOP("AuditText", "Passkey counter went backwards: possibly cloned")},
    {"recovery_codes.generate", QT_TRANSLATE_NOOP("AuditText", "Recovery codes generated")},
    {"scheduler", QT_TRANSLATE_NOOP("AuditText", "Scheduled task")},
};

constexpr Words kOutcomes[] = {
    {"success", QT_TRANSLATE_NOOP("AuditText", "success")},
    {"failure", QT_TRANSLATE_NOOP("AuditText", "failure")},
    {"denied", QT_TRANSLATE_NOOP("AuditText", "denied")},
};

template <size_t N> QString wordsFor(const Words (&table)[N], const QString &id)
{
    for (const Words &words : table) {
        if (id == QLatin1String(words.id))
            return AuditText::tr(words.text);
    }
    return id;
}

const QString kUserPrefix = QStringLiteral("user:");

// The user a "user:<id>" actor names by number (reuse detections name users so).
std::optional<qint64> numberedUser(const QString &actor)
{
    bool numbered = false;
    const qint64 id = actor.startsWith(kUserPrefix) ? actor.mid(kUserPrefix.size()).toLongLong(&numbered) : 0;
    return numbered ? std::optional(id) : std::nullopt;
}

} // namespace

QString AuditText::action(const QString &id)
{
    return wordsFor(kActions, id);
}

QString AuditText::outcome(const QString &id)
{
    return wordsFor(kOutcomes, id);
}

QString AuditText::actor(const QString &actor, const QHash<qint64, QString> &emails)
{
    if (const std::optional<qint64> id = numberedUser(actor))
        return emails.value(*id, actor);
    return actor.startsWith(kUserPrefix) ? actor.mid(kUserPrefix.size()) : actor;
}

std::vector<qint64> AuditText::numberedUsers(const std::vector<AuditRecord> &events)
{
    std::vector<qint64> ids;
    for (const AuditRecord &event : events) {
        if (const std::optional<qint64> id = numberedUser(event.actor))
            ids.push_back(*id);
    }
    return ids;
}

QString AuditText::describe(const AuditRecord &event, const QHash<qint64, QString> &emails)
{
    QString text = tr("%1 — %2 (%3)").arg(localTime(event.at), action(event.action), outcome(event.outcome));
    text += QLatin1Char('\n') + tr("By: %1").arg(actor(event.actor, emails));
    if (!event.clientAddress.isEmpty())
        text += QLatin1Char('\n') + tr("From: %1").arg(event.clientAddress);
    if (!event.target.isEmpty())
        text += QLatin1Char('\n') + tr("Target: %1").arg(event.target);
    text += QLatin1Char('\n') + tr("Event %1, action id %2").arg(event.id).arg(event.action);
    const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
    if (!details.isEmpty())
        text += QLatin1String("\n\n") + QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented));
    return text;
}

} // namespace keyward
