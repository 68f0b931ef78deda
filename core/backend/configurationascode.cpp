// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurationascode.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/clientservice.h"
#include "auth/settingsservice.h"
#include "auth/workspaceservice.h"
#include "backend.h"
#include "config/settingdefinitions.h"
#include "crypto/securerandom.h"
#include "storage/userpublicid.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace keyward {

namespace {

Error malformed(const QString &where, const QString &why)
{
    return failure(ErrorCode::InvalidRequest, QStringLiteral("%1: %2").arg(where, why));
}

// The keys an object may have; anything else is a typo the file's author wants to hear about.
Status onlyKnownKeys(const QJsonObject &object, const QString &where, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return malformed(where, QStringLiteral("unknown field \"%1\"").arg(it.key()));
    }
    return success();
}

Result<QStringList> stringList(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return malformed(where, QStringLiteral("\"%1\" must be a list of strings").arg(key));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return malformed(where, QStringLiteral("\"%1\" must be a list of strings").arg(key));
        list << item.toString();
    }
    return list;
}

Result<QJsonArray> arrayOfObjects(const QJsonValue &value, const QString &what)
{
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray())
        return malformed(what, QStringLiteral("must be a list"));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return malformed(what, QStringLiteral("every entry must be an object"));
    }
    return value.toArray();
}

bool sameSet(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

// What a service answered, as a change's outcome with nothing to show.
template <typename T> Result<QString> done(const Result<T> &result)
{
    if (!result)
        return result.error();
    return QString();
}

} // namespace

ConfigurationAsCode::ConfigurationAsCode(Backend &backend, const Actor &actor, QProcessEnvironment environment)
    : m_backend(backend), m_actor(actor), m_environment(std::move(environment))
{ }

Result<std::vector<PlannedChange>> ConfigurationAsCode::plan(const QJsonObject &document)
{
    if (const Status known = onlyKnownKeys(document, QStringLiteral("the file"),
                                           {QStringLiteral("users"), QStringLiteral("clients"),
                                            QStringLiteral("workspaces"), QStringLiteral("settings")});
        !known)
        return known.error();
    std::vector<PlannedChange> changes;
    // Settings first (a rule of a later part may depend on them), then who, then what.
    for (const Status &part : {planSettings(document.value(QStringLiteral("settings")), changes),
                               planUsers(document.value(QStringLiteral("users")), changes),
                               planClients(document.value(QStringLiteral("clients")), changes),
                               planWorkspaces(document.value(QStringLiteral("workspaces")), changes)}) {
        if (!part)
            return part.error();
    }
    return changes;
}

Status ConfigurationAsCode::planSettings(const QJsonValue &settings, std::vector<PlannedChange> &changes)
{
    if (settings.isUndefined())
        return success();
    if (!settings.isObject())
        return malformed(QStringLiteral("settings"), QStringLiteral("must be an object of \"key\": \"value\""));
    QHash<QString, QString> current;
    for (const SettingState &state : m_backend.settingsService().list())
        current.insert(state.definition->key, state.value);
    SettingChanges wanted;
    const QJsonObject object = settings.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!current.contains(it.key()))
            return malformed(QStringLiteral("settings"), QStringLiteral("unknown setting \"%1\"").arg(it.key()));
        if (!it.value().isString())
            return malformed(
                QStringLiteral("settings"),
                QStringLiteral("the value of \"%1\" must be a string, as one would type it").arg(it.key()));
        if (current.value(it.key()) != it.value().toString())
            wanted.insert(it.key(), it.value().toString());
    }
    if (wanted.isEmpty())
        return success();
    // One change, all or nothing, checked together as `settings set` does.
    changes.push_back({QStringLiteral("set %1").arg(wanted.keys().join(QStringLiteral(", "))),
                       [this, wanted] { return done(m_backend.settingsService().change(m_actor, wanted)); }});
    return success();
}

Status ConfigurationAsCode::planUsers(const QJsonValue &users, std::vector<PlannedChange> &changes)
{
    const Result<QJsonArray> entries = arrayOfObjects(users, QStringLiteral("users"));
    if (!entries)
        return entries.error();
    QSet<QString> idsInFile; // one id for one user: refused before anything is applied
    for (const QJsonValue &entry : entries.value()) {
        const QJsonObject user = entry.toObject();
        const QString email = user.value(QStringLiteral("email")).toString();
        const QString where = QStringLiteral("user %1").arg(email.isEmpty() ? QStringLiteral("(no email)") : email);
        if (const Status known = onlyKnownKeys(user, where,
                                               {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"),
                                                QStringLiteral("roles"), QStringLiteral("password")});
            !known)
            return known;
        if (email.isEmpty())
            return malformed(where, QStringLiteral("\"email\" is required"));
        std::optional<QStringList> roles;
        if (user.contains(QStringLiteral("roles"))) {
            const Result<QStringList> listed = stringList(user, QStringLiteral("roles"), where);
            if (!listed)
                return listed.error();
            roles = listed.value();
        }
        const std::optional<QString> name = user.contains(QStringLiteral("name"))
            ? std::optional(user.value(QStringLiteral("name")).toString())
            : std::nullopt;
        // A user's id is given once, at creation (from an export: the same subs in a new database).
        if (user.contains(QStringLiteral("id")) && !user.value(QStringLiteral("id")).isString())
            return malformed(where, QStringLiteral("\"id\" must be a string"));
        const QString id = user.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !UserPublicId::isWellFormed(id))
            return malformed(where, QStringLiteral("\"id\" must be a UUID in lower case, as export writes it"));
        if (!id.isEmpty() && idsInFile.contains(id))
            return malformed(where, QStringLiteral("the id %1 is given to another user of this file").arg(id));
        idsInFile.insert(id);
        const Result<User> existing = m_backend.accounts().find(email);
        if (existing && !id.isEmpty() && id != existing->record.publicId)
            return malformed(
                where,
                QStringLiteral("this user's id is %1: a user's id never changes").arg(existing->record.publicId));
        if (!existing && !id.isEmpty()) {
            if (const Result<User> holder = m_backend.accounts().findByPublicId(id))
                return malformed(where, QStringLiteral("the id %1 is %2's").arg(id, holder->record.email));
        }
        if (!existing) {
            const QString password = user.value(QStringLiteral("password")).toString(QStringLiteral("generate"));
            changes.push_back(
                {QStringLiteral("create user %1").arg(email), [this, email, name, roles, password, id] {
                     NewUser created{email, name.value_or(QString()), roles.value_or(QStringList()), {}, {}};
                     created.publicId = id;
                     const bool generate = password == QLatin1String("generate");
                     if (generate)
                         created.password = generatePassword();
                     else
                         created.passwordHash = password;
                     const Result<User> made = m_backend.accounts().create(m_actor, created);
                     if (!made)
                         return Result<QString>(made.error());
                     return Result<QString>(
                         generate ? QStringLiteral("password of %1 (shown once): %2").arg(email, created.password)
                                  : QString());
                 }});
            continue;
        }
        if (name && *name != existing->record.name)
            changes.push_back({QStringLiteral("rename user %1").arg(email), [this, email, name] {
                                   return done(m_backend.accounts().rename(m_actor, email, *name));
                               }});
        if (roles && !sameSet(*roles, existing->roles))
            changes.push_back(
                {QStringLiteral("set the roles of user %1: %2").arg(email, roles->join(u' ')),
                 [this, email, roles] { return done(m_backend.accounts().setRoles(m_actor, email, *roles)); }});
    }
    return success();
}

Status ConfigurationAsCode::planClients(const QJsonValue &clients, std::vector<PlannedChange> &changes)
{
    const Result<QJsonArray> entries = arrayOfObjects(clients, QStringLiteral("clients"));
    if (!entries)
        return entries.error();
    for (const QJsonValue &entry : entries.value()) {
        const QJsonObject client = entry.toObject();
        const QString id = client.value(QStringLiteral("client_id")).toString();
        const QString where = QStringLiteral("client %1").arg(id.isEmpty() ? QStringLiteral("(no client_id)") : id);
        static const QStringList listFields{QStringLiteral("redirect_uris"),
                                            QStringLiteral("post_logout_redirect_uris"), QStringLiteral("grant_types"),
                                            QStringLiteral("scopes")};
        if (const Status known = onlyKnownKeys(
                client, where,
                listFields
                    + QStringList{QStringLiteral("client_id"), QStringLiteral("name"), QStringLiteral("type"),
                                  QStringLiteral("first_party"), QStringLiteral("id_token_signed_response_alg"),
                                  QStringLiteral("require_mfa"), QStringLiteral("secret_env"),
                                  QStringLiteral("created_at")});
            !known)
            return known;
        if (id.isEmpty())
            return malformed(where, QStringLiteral("\"client_id\" is required"));
        QHash<QString, QStringList> lists;
        for (const QString &field : listFields) {
            if (!client.contains(field))
                continue;
            const Result<QStringList> listed = stringList(client, field, where);
            if (!listed)
                return listed.error();
            lists.insert(field, listed.value());
        }
        QString secret;
        if (client.contains(QStringLiteral("secret_env"))) {
            const QString variable = client.value(QStringLiteral("secret_env")).toString();
            if (!m_environment.contains(variable) || m_environment.value(variable).isEmpty())
                return malformed(where,
                                 QStringLiteral("the environment variable %1 (secret_env) is not set")
                                     .arg(variable.isEmpty() ? QStringLiteral("\"\"") : variable));
            secret = m_environment.value(variable);
        }
        const Result<Client> existing = m_backend.clients().find(id);
        if (!existing) {
            NewClient created;
            created.clientId = id;
            created.name = client.value(QStringLiteral("name")).toString();
            created.type = client.value(QStringLiteral("type")).toString();
            created.redirectUris = lists.value(QStringLiteral("redirect_uris"));
            created.postLogoutRedirectUris = lists.value(QStringLiteral("post_logout_redirect_uris"));
            created.grantTypes = lists.value(QStringLiteral("grant_types"));
            created.scopes = lists.value(QStringLiteral("scopes"));
            created.firstParty = client.value(QStringLiteral("first_party")).toBool();
            created.idTokenAlgorithm = client.value(QStringLiteral("id_token_signed_response_alg")).toString();
            created.requireMfa = client.value(QStringLiteral("require_mfa")).toBool();
            created.secret = secret;
            changes.push_back({QStringLiteral("create client %1").arg(id), [this, created] {
                                   const Result<ClientWithSecret> made = m_backend.clients().create(m_actor, created);
                                   if (!made)
                                       return Result<QString>(made.error());
                                   return Result<QString>(created.secret.isEmpty() && !made->secret.isEmpty()
                                                              ? QStringLiteral("secret of client %1 (shown once): %2")
                                                                    .arg(created.clientId, made->secret)
                                                              : QString());
                               }});
            continue;
        }
        const ClientRecord &record = existing->record;
        if (client.contains(QStringLiteral("type")) && client.value(QStringLiteral("type")).toString() != record.type)
            return malformed(where, QStringLiteral("is %1; a client's type is fixed at registration").arg(record.type));
        ClientChange change;
        QStringList changed;
        const auto differs = [&](const QString &field, const QStringList &now, std::optional<QStringList> &target) {
            if (lists.contains(field) && lists.value(field) != now) {
                target = lists.value(field);
                changed << field;
            }
        };
        if (client.contains(QStringLiteral("name")) && client.value(QStringLiteral("name")).toString() != record.name) {
            change.name = client.value(QStringLiteral("name")).toString();
            changed << QStringLiteral("name");
        }
        differs(QStringLiteral("redirect_uris"), record.redirectUris, change.redirectUris);
        differs(QStringLiteral("post_logout_redirect_uris"), record.postLogoutRedirectUris,
                change.postLogoutRedirectUris);
        differs(QStringLiteral("grant_types"), record.grantTypes, change.grantTypes);
        differs(QStringLiteral("scopes"), record.scopes, change.scopes);
        if (client.contains(QStringLiteral("first_party"))
            && client.value(QStringLiteral("first_party")).toBool() != record.firstParty) {
            change.firstParty = client.value(QStringLiteral("first_party")).toBool();
            changed << QStringLiteral("first_party");
        }
        if (client.contains(QStringLiteral("id_token_signed_response_alg"))
            && client.value(QStringLiteral("id_token_signed_response_alg")).toString() != record.idTokenAlgorithm) {
            change.idTokenAlgorithm = client.value(QStringLiteral("id_token_signed_response_alg")).toString();
            changed << QStringLiteral("id_token_signed_response_alg");
        }
        if (client.contains(QStringLiteral("require_mfa"))
            && client.value(QStringLiteral("require_mfa")).toBool() != record.requireMfa) {
            change.requireMfa = client.value(QStringLiteral("require_mfa")).toBool();
            changed << QStringLiteral("require_mfa");
        }
        if (!changed.isEmpty())
            changes.push_back({QStringLiteral("change client %1: %2").arg(id, changed.join(QStringLiteral(", "))),
                               [this, id, change] { return done(m_backend.clients().change(m_actor, id, change)); }});
        // Compared as a sign-in compares it (constant time, against the stored hash).
        if (!secret.isEmpty() && !m_backend.clients().authenticate(id, secret))
            changes.push_back(
                {QStringLiteral("give client %1 the secret in its secret_env").arg(id),
                 [this, id, secret] { return done(m_backend.clients().rotateSecret(m_actor, id, secret)); }});
    }
    return success();
}

Status ConfigurationAsCode::planWorkspaces(const QJsonValue &workspaces, std::vector<PlannedChange> &changes)
{
    const Result<QJsonArray> entries = arrayOfObjects(workspaces, QStringLiteral("workspaces"));
    if (!entries)
        return entries.error();
    for (const QJsonValue &entry : entries.value()) {
        const QJsonObject workspace = entry.toObject();
        const QString slug = workspace.value(QStringLiteral("slug")).toString();
        const QString where = QStringLiteral("workspace %1").arg(slug.isEmpty() ? QStringLiteral("(no slug)") : slug);
        if (const Status known = onlyKnownKeys(
                workspace, where,
                {QStringLiteral("slug"), QStringLiteral("name"), QStringLiteral("plan"), QStringLiteral("members")});
            !known)
            return known;
        if (slug.isEmpty())
            return malformed(where, QStringLiteral("\"slug\" is required"));
        const Result<QJsonArray> members = arrayOfObjects(workspace.value(QStringLiteral("members")), where);
        if (!members)
            return members.error();
        const QString name = workspace.value(QStringLiteral("name")).toString();
        const QString plan = workspace.value(QStringLiteral("plan")).toString();
        QHash<QString, QString> roles; // member e-mail → role now
        const Result<Workspace> existing = m_backend.workspaces().find(m_actor, slug);
        if (!existing) {
            changes.push_back({QStringLiteral("create workspace %1").arg(slug), [this, slug, name, plan] {
                                   return done(m_backend.workspaces().create(m_actor, {slug, name, plan, 0}));
                               }});
        } else {
            WorkspaceChange change;
            if (workspace.contains(QStringLiteral("name")) && name != existing->record.name)
                change.name = name;
            if (workspace.contains(QStringLiteral("plan")) && plan != existing->record.plan)
                change.plan = plan;
            if (change.name || change.plan)
                changes.push_back({QStringLiteral("change workspace %1").arg(slug), [this, slug, change] {
                                       return done(m_backend.workspaces().change(m_actor, slug, change));
                                   }});
            const auto page = m_backend.workspaces().members(m_actor, slug, 0, -1);
            if (page) {
                for (const Membership &membership : page->items)
                    roles.insert(membership.record.email.toLower(), membership.record.role);
            }
        }
        for (const QJsonValue &value : members.value()) {
            const QJsonObject member = value.toObject();
            const QString email = member.value(QStringLiteral("email")).toString();
            const QString role = member.value(QStringLiteral("role")).toString();
            if (const Status known = onlyKnownKeys(member, where, {QStringLiteral("email"), QStringLiteral("role")});
                !known)
                return known;
            if (email.isEmpty() || role.isEmpty())
                return malformed(where, QStringLiteral("a member needs \"email\" and \"role\""));
            const auto now = roles.constFind(email.toLower());
            if (now == roles.cend()) {
                changes.push_back(
                    {QStringLiteral("add %1 to workspace %2 as %3").arg(email, slug, role), [this, slug, email, role] {
                         return done(m_backend.workspaces().addMember(m_actor, slug, email, role));
                     }});
            } else if (*now != role) {
                changes.push_back({QStringLiteral("make %1 %2 of workspace %3").arg(email, role, slug),
                                   [this, slug, email, role]() -> Result<QString> {
                                       const Result<User> user = m_backend.accounts().find(email);
                                       if (!user)
                                           return user.error();
                                       return done(
                                           m_backend.workspaces().setRole(m_actor, slug, user->record.id, role));
                                   }});
            }
        }
    }
    return success();
}

QJsonObject ConfigurationAsCode::exportDocument()
{
    QJsonObject settings;
    for (const SettingState &state : m_backend.settingsService().list()) {
        if (state.stored && state.definition->type != SettingDefinition::Type::Secret)
            settings.insert(state.definition->key, *state.stored);
    }
    QJsonArray users;
    for (const User &user : m_backend.accounts().list()) {
        users.append(QJsonObject{{QStringLiteral("id"), user.record.publicId},
                                 {QStringLiteral("email"), user.record.email},
                                 {QStringLiteral("name"), user.record.name},
                                 {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)}});
    }
    QJsonArray clients;
    for (const Client &client : m_backend.clients().list(QString(), -1)) {
        QJsonObject json = client.toJson();
        json.remove(QStringLiteral("created_at"));
        clients.append(json);
    }
    QJsonArray workspaces;
    const auto all = m_backend.workspaces().all(m_actor, 0, -1);
    for (const Workspace &workspace : all ? all->items : std::vector<Workspace>()) {
        QJsonArray members;
        const auto page = m_backend.workspaces().members(m_actor, workspace.record.slug, 0, -1);
        for (const Membership &membership : page ? page->items : std::vector<Membership>())
            members.append(QJsonObject{{QStringLiteral("email"), membership.record.email},
                                       {QStringLiteral("role"), membership.record.role}});
        workspaces.append(QJsonObject{{QStringLiteral("slug"), workspace.record.slug},
                                      {QStringLiteral("name"), workspace.record.name},
                                      {QStringLiteral("plan"), workspace.record.plan},
                                      {QStringLiteral("members"), members}});
    }
    return {{QStringLiteral("settings"), settings},
            {QStringLiteral("users"), users},
            {QStringLiteral("clients"), clients},
            {QStringLiteral("workspaces"), workspaces}};
}

} // namespace keyward
