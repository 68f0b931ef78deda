// SPDX-License-Identifier: GPL-3.0-or-later
// Configuration as code (`keyward-server apply FILE`, `export`): users, clients, workspaces and
// settings described in one JSON document,
//   {"users": [{"email", "name"?, "roles"?, "password"?}],
//    "clients": [{the API's client fields, "secret_env"?}],
//    "workspaces": [{"slug", "name", "plan"?, "members": [{"email", "role"}]}],
//    "settings": {"key": "value"}}
// brought about by the same services the API and the CLI use (their rules, their audit events).
//
// Decisions:
//   - apply creates what is missing and changes what differs; it never deletes, disables or
//     removes a member the file does not name;
//   - a user's "password" ("generate", or a bcrypt/Argon2id hash) is used when the user is
//     created (no password: generated); an existing user's password is the user's and is left alone;
//   - a confidential client's secret comes from the environment variable "secret_env" names (new
//     client: generated and printed once when there is none); when the variable's secret is not
//     the client's, the client gets it;
//   - a client's type and a workspace's slug are its identity: a different type is an error;
//   - changes are applied in the file's order (settings, users, clients, workspaces) and stop at
//     the first refusal, after what came before it; applying again after a fix finishes the job;
//   - export writes the same format without any secret (no password hashes, no client secrets, no
//     secret settings) and only settings stored in the database.
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QProcessEnvironment>

#include <functional>
#include <vector>

namespace keyward {

class Backend;
struct Actor;

struct PlannedChange {
    QString description; // "create user ada@example.org", "change client web: redirect_uris"
    // Applies it; gives a line to show once (a generated password or secret), or nothing.
    std::function<Result<QString>()> apply;
};

class ConfigurationAsCode {
public:
    ConfigurationAsCode(Backend &backend, const Actor &actor, QProcessEnvironment environment);

    // What applying `document` would change, read from the database now; invalid_request naming
    // the first malformed part.
    Result<std::vector<PlannedChange>> plan(const QJsonObject &document);
    // The installation in the same format, without secrets.
    QJsonObject exportDocument();

private:
    Status planSettings(const QJsonValue &settings, std::vector<PlannedChange> &changes);
    Status planUsers(const QJsonValue &users, std::vector<PlannedChange> &changes);
    Status planClients(const QJsonValue &clients, std::vector<PlannedChange> &changes);
    Status planWorkspaces(const QJsonValue &workspaces, std::vector<PlannedChange> &changes);

    Backend &m_backend;
    const Actor &m_actor;
    QProcessEnvironment m_environment;
};

} // namespace keyward
