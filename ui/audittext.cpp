// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittext.h"

#include "config/settingdefinitions.h"
#include "settingeditor.h"
#include "timetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace keyward {

namespace {

struct Words {
    const char *id;
    const char *text;
    // What happened as a sentence: %1 who acted, %2 the target, %3 the detail named below.
    const char *sentence = nullptr;
    // The event's detail that says where it happened (a member event's target is the member,
    // its workspace is in the details).
    const char *where = nullptr;
};

constexpr Words kActions[] = {
    {"login", QT_TRANSLATE_NOOP("AuditText", "Signed in"), QT_TRANSLATE_NOOP("AuditText", "%1 signed in")},
    {"logout", QT_TRANSLATE_NOOP("AuditText", "Signed out"), QT_TRANSLATE_NOOP("AuditText", "%1 signed out")},
    {"refresh", QT_TRANSLATE_NOOP("AuditText", "Refreshed a session"),
     QT_TRANSLATE_NOOP("AuditText", "%1 refreshed a session")},
    {"refresh_reuse_detected", QT_TRANSLATE_NOOP("AuditText", "Refresh token reused: session ended"),
     QT_TRANSLATE_NOOP("AuditText", "A refresh token of %1 was used twice: session %2 ended")},
    {"user.create", QT_TRANSLATE_NOOP("AuditText", "User created"),
     QT_TRANSLATE_NOOP("AuditText", "%1 created the user %2")},
    {"user.delete", QT_TRANSLATE_NOOP("AuditText", "User deleted"),
     QT_TRANSLATE_NOOP("AuditText", "%1 deleted the user %2")},
    {"user.rename", QT_TRANSLATE_NOOP("AuditText", "User renamed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 renamed the user %2")},
    {"user.disable", QT_TRANSLATE_NOOP("AuditText", "User disabled"),
     QT_TRANSLATE_NOOP("AuditText", "%1 disabled the user %2")},
    {"user.enable", QT_TRANSLATE_NOOP("AuditText", "User enabled"),
     QT_TRANSLATE_NOOP("AuditText", "%1 enabled the user %2")},
    {"user.set_roles", QT_TRANSLATE_NOOP("AuditText", "Roles changed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 changed the roles of %2")},
    {"user.reset_password", QT_TRANSLATE_NOOP("AuditText", "Password reset"),
     QT_TRANSLATE_NOOP("AuditText", "%1 reset the password of %2")},
    {"user.change_password", QT_TRANSLATE_NOOP("AuditText", "Password changed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 changed the password of %2")},
    {"session.revoke", QT_TRANSLATE_NOOP("AuditText", "Session revoked"),
     QT_TRANSLATE_NOOP("AuditText", "%1 revoked the session %2")},
    {"session.revoke_all", QT_TRANSLATE_NOOP("AuditText", "All sessions of a user revoked"),
     QT_TRANSLATE_NOOP("AuditText", "%1 revoked every session of %2")},
    {"token.mint", QT_TRANSLATE_NOOP("AuditText", "Token minted"),
     QT_TRANSLATE_NOOP("AuditText", "%1 minted a token for %2")},
    {"token.revoke", QT_TRANSLATE_NOOP("AuditText", "Token revoked"),
     QT_TRANSLATE_NOOP("AuditText", "%1 revoked the token %2")},
    {"role.create", QT_TRANSLATE_NOOP("AuditText", "Role created"),
     QT_TRANSLATE_NOOP("AuditText", "%1 created the role %2")},
    {"role.delete", QT_TRANSLATE_NOOP("AuditText", "Role deleted"),
     QT_TRANSLATE_NOOP("AuditText", "%1 deleted the role %2")},
    {"role.permissions", QT_TRANSLATE_NOOP("AuditText", "Role permissions changed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 changed the permissions of the role %2")},
    {"key.create", QT_TRANSLATE_NOOP("AuditText", "Signing key created"),
     QT_TRANSLATE_NOOP("AuditText", "%1 created the signing key %2")},
    {"key.rotate", QT_TRANSLATE_NOOP("AuditText", "Signing key rotated"),
     QT_TRANSLATE_NOOP("AuditText", "%1 rotated the signing keys: %2")},
    {"key.publish_next", QT_TRANSLATE_NOOP("AuditText", "Next signing key published"),
     QT_TRANSLATE_NOOP("AuditText", "%1 published the next signing key %2")},
    {"key.activate", QT_TRANSLATE_NOOP("AuditText", "Signing key activated"),
     QT_TRANSLATE_NOOP("AuditText", "%1 activated the signing key %2")},
    {"key.retire", QT_TRANSLATE_NOOP("AuditText", "Signing key retired"),
     QT_TRANSLATE_NOOP("AuditText", "%1 retired the signing key %2")},
    {"setting.change", QT_TRANSLATE_NOOP("AuditText", "Setting changed")},
    {"workspace.create", QT_TRANSLATE_NOOP("AuditText", "Workspace created"),
     QT_TRANSLATE_NOOP("AuditText", "%1 created the workspace %2")},
    {"workspace.update", QT_TRANSLATE_NOOP("AuditText", "Workspace changed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 changed the workspace %2")},
    {"workspace.delete", QT_TRANSLATE_NOOP("AuditText", "Workspace deleted"),
     QT_TRANSLATE_NOOP("AuditText", "%1 deleted the workspace %2")},
    {"workspace.member_add", QT_TRANSLATE_NOOP("AuditText", "Member added"),
     QT_TRANSLATE_NOOP("AuditText", "%1 added %2 to the workspace %3"), "workspace"},
    {"workspace.member_remove", QT_TRANSLATE_NOOP("AuditText", "Member removed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 removed %2 from the workspace %3"), "workspace"},
    {"workspace.member_role", QT_TRANSLATE_NOOP("AuditText", "Member's role changed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 changed the role of %2 in the workspace %3"), "workspace"},
    {"workspace.invite", QT_TRANSLATE_NOOP("AuditText", "Invitation sent"),
     QT_TRANSLATE_NOOP("AuditText", "%1 invited %2 to the workspace %3"), "workspace"},
    {"workspace.uninvite", QT_TRANSLATE_NOOP("AuditText", "Invitation withdrawn"),
     QT_TRANSLATE_NOOP("AuditText", "%1 withdrew the invitation %2 to the workspace %3"), "workspace"},
    {"client.create", QT_TRANSLATE_NOOP("AuditText", "Application registered"),
     QT_TRANSLATE_NOOP("AuditText", "%1 registered the application %2")},
    {"client.change", QT_TRANSLATE_NOOP("AuditText", "Application changed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 changed the application %2")},
    {"client.delete", QT_TRANSLATE_NOOP("AuditText", "Application deleted"),
     QT_TRANSLATE_NOOP("AuditText", "%1 deleted the application %2")},
    {"client.secret_rotate", QT_TRANSLATE_NOOP("AuditText", "Application secret rotated"),
     QT_TRANSLATE_NOOP("AuditText", "%1 rotated the secret of the application %2")},
    {"oidc.authorize", QT_TRANSLATE_NOOP("AuditText", "Signed in to an application"),
     QT_TRANSLATE_NOOP("AuditText", "%1 signed in to the application %2")},
    {"oidc.consent", QT_TRANSLATE_NOOP("AuditText", "Allowed an application"),
     QT_TRANSLATE_NOOP("AuditText", "%1 allowed the application %2")},
    {"oidc.consent_revoke", QT_TRANSLATE_NOOP("AuditText", "Consent withdrawn"),
     QT_TRANSLATE_NOOP("AuditText", "%1 withdrew the consent to %2")},
    {"oidc.code_exchange", QT_TRANSLATE_NOOP("AuditText", "Authorization code exchanged"),
     QT_TRANSLATE_NOOP("AuditText", "%1 exchanged an authorization code (%2)")},
    {"oidc.code_replay", QT_TRANSLATE_NOOP("AuditText", "Authorization code replayed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 replayed an authorization code (%2)")},
    {"mfa.verify", QT_TRANSLATE_NOOP("AuditText", "Second factor checked"),
     QT_TRANSLATE_NOOP("AuditText", "%1 answered a second-factor check (%2)")},
    {"mfa.reset", QT_TRANSLATE_NOOP("AuditText", "Sign-in factors reset"),
     QT_TRANSLATE_NOOP("AuditText", "%1 reset the sign-in factors of %2")},
    {"totp.enrol", QT_TRANSLATE_NOOP("AuditText", "Authenticator app enrolled"),
     QT_TRANSLATE_NOOP("AuditText", "%1 enrolled an authenticator app (%2)")},
    {"totp.remove", QT_TRANSLATE_NOOP("AuditText", "Authenticator app removed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 removed an authenticator app (%2)")},
    {"passkey.add", QT_TRANSLATE_NOOP("AuditText", "Passkey added"),
     QT_TRANSLATE_NOOP("AuditText", "%1 added a passkey (%2)")},
    {"passkey.rename", QT_TRANSLATE_NOOP("AuditText", "Passkey renamed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 renamed a passkey (%2)")},
    {"passkey.remove", QT_TRANSLATE_NOOP("AuditText", "Passkey removed"),
     QT_TRANSLATE_NOOP("AuditText", "%1 removed a passkey (%2)")},
    {"passkey.sign_in", QT_TRANSLATE_NOOP("AuditText", "Passkey sign-in"),
     QT_TRANSLATE_NOOP("AuditText", "%1 signed in with a passkey (%2)")},
    {"passkey.counter_regressed", QT_TRANSLATE_NOOP("AuditText", "Passkey counter went backwards: possibly cloned"),
     QT_TRANSLATE_NOOP("AuditText", "A passkey of %1 counted backwards: it may be cloned (%2)")},
    {"recovery_codes.generate", QT_TRANSLATE_NOOP("AuditText", "Recovery codes generated"),
     QT_TRANSLATE_NOOP("AuditText", "%1 generated recovery codes (%2)")},
    {"scheduler", QT_TRANSLATE_NOOP("AuditText", "Scheduled task"),
     QT_TRANSLATE_NOOP("AuditText", "%1 ran a scheduled task (%2)")},
};

constexpr Words kOutcomes[] = {
    {"success", QT_TRANSLATE_NOOP("AuditText", "success")},
    {"failure", QT_TRANSLATE_NOOP("AuditText", "failure")},
    {"denied", QT_TRANSLATE_NOOP("AuditText", "denied")},
};

template <size_t N> const Words *wordsOf(const Words (&table)[N], const QString &id)
{
    for (const Words &words : table) {
        if (id == QLatin1String(words.id))
            return &words;
    }
    return nullptr;
}

template <size_t N> QString wordsFor(const Words (&table)[N], const QString &id)
{
    const Words *words = wordsOf(table, id);
    return words ? AuditText::tr(words->text) : id;
}

constexpr const char *kSecurityActions[] = {
    "refresh_reuse_detected",
    "passkey.counter_regressed",
    "oidc.code_replay",
    "mfa.reset",
    "user.reset_password",
    "user.disable",
    "user.set_roles",
    "session.revoke_all",
    "key.retire",
    "token.revoke",
    "totp.remove",
    "passkey.remove",
    "setting.change",
};

// A setting's value as its editor shows it ("15 min"); none: the default.
QString detailOf(const AuditRecord &event, const char *name)
{
    return QJsonDocument::fromJson(event.details.toUtf8()).object().value(QLatin1String(name)).toString();
}

QString settingValueText(const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return AuditText::tr("its default");
    const QString text = value.isString() ? value.toString() : QString::number(value.toDouble());
    const SettingDefinition *definition = findSetting(key);
    if (definition && definition->type == SettingDefinition::Type::Duration)
        return SettingEditor::durationText(text.toLongLong());
    return text.isEmpty() ? AuditText::tr("nothing") : text;
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
        if (event.action == QLatin1String("session.revoke_all")) // its target is the user's number
            ids.push_back(event.target.toLongLong());
    }
    return ids;
}

QString AuditText::sentence(const AuditRecord &event, const QHash<qint64, QString> &emails)
{
    const QString who = actor(event.actor, emails);
    QString what;
    if (event.action == QLatin1String("setting.change")) {
        const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
        what = tr("%1 changed %2 from %3 to %4")
                   .arg(who, event.target, settingValueText(event.target, details.value(QLatin1String("previous"))),
                        settingValueText(event.target, details.value(QLatin1String("value"))));
    } else if (const Words *words = wordsOf(kActions, event.action); words && words->sentence) {
        const QString target = event.action == QLatin1String("session.revoke_all")
            ? emails.value(event.target.toLongLong(), event.target)
            : event.target;
        what = words->where ? tr(words->sentence).arg(who, target, detailOf(event, words->where))
                            : tr(words->sentence).arg(who, target);
        what.remove(QStringLiteral(" ()")); // an event without a target
    } else {
        what = tr("%1: %2 %3").arg(who, action(event.action), event.target).trimmed();
    }
    if (event.outcome == QLatin1String("failure"))
        return tr("Failed: %1").arg(what);
    if (event.outcome == QLatin1String("denied"))
        return tr("Denied: %1").arg(what);
    return what;
}

AuditText::Subjects AuditText::subjects(const AuditRecord &event, const QHash<qint64, QString> &emails)
{
    Subjects subjects;
    const QString &action = event.action;
    if (action.startsWith(QLatin1String("user.")) || action == QLatin1String("mfa.reset"))
        subjects.userEmail = event.target; // these name their user by address
    else if (action == QLatin1String("session.revoke_all")) // by number
        subjects.userEmail = emails.value(event.target.toLongLong());
    else if (event.actor.startsWith(kUserPrefix))
        subjects.userEmail = actor(event.actor, emails);
    if (subjects.userEmail.startsWith(kUserPrefix) || !subjects.userEmail.contains(QLatin1Char('@')))
        subjects.userEmail.clear(); // a number the console could not turn into an address
    if (action == QLatin1String("session.revoke") || action == QLatin1String("refresh_reuse_detected"))
        subjects.sessionId = event.target;
    if (action.startsWith(QLatin1String("client.")) || action.startsWith(QLatin1String("oidc.")))
        subjects.clientId = event.target;
    return subjects;
}

bool AuditText::isSecurityEvent(const AuditRecord &event)
{
    if (event.outcome != QLatin1String("success"))
        return true;
    for (const char *action : kSecurityActions) {
        if (event.action == QLatin1String(action))
            return true;
    }
    return false;
}

QString AuditText::describe(const AuditRecord &event, const QHash<qint64, QString> &emails)
{
    QString text = sentence(event, emails) + QLatin1Char('\n')
        + tr("%1 — %2 (%3)").arg(localTime(event.at), action(event.action), outcome(event.outcome));
    text += QLatin1Char('\n') + tr("By: %1").arg(actor(event.actor, emails));
    if (!event.clientAddress.isEmpty())
        text += QLatin1Char('\n') + tr("From: %1").arg(event.clientAddress);
    if (!event.target.isEmpty())
        text += QLatin1Char('\n') + tr("Target: %1").arg(event.target);
    text += QLatin1Char('\n') + tr("Event %1, action id %2").arg(event.id).arg(event.action);
    const QJsonObject details = QJsonDocument::fromJson(event.details.toUtf8()).object();
    if (!details.isEmpty())
        text += QLatin1Char('\n');
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString value = it->isString() ? it->toString()
            : it->isNull()
            ? tr("none")
            : QString::fromUtf8(QJsonDocument(QJsonArray{*it}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        text += QLatin1Char('\n') + tr("%1: %2").arg(it.key(), value);
    }
    return text;
}

} // namespace keyward
