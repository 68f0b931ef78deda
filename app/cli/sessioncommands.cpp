// SPDX-License-Identifier: GPL-3.0-or-later
// sessions list [--user E] [--json], sessions revoke ID, sessions revoke-user E
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/accountservice.h"
#include "auth/sessionservice.h"
#include "common/timeformat.h"
#include "config/settings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

int list(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    qint64 userId = 0;
    if (session.parser().isSet(QStringLiteral("user"))) {
        const auto user = backend->accounts().find(session.parser().value(QStringLiteral("user")));
        if (!user)
            return session.fail(user.error());
        userId = user->record.id;
    }
    const std::vector<ActiveSession> sessions = backend->sessions().active(userId);
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ActiveSession &active : sessions)
            array.append(active.toJson());
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("KIND"), QStringLiteral("CLIENT"),
                     QStringLiteral("WORKSPACE"), QStringLiteral("CREATED"), QStringLiteral("LAST USED"),
                     QStringLiteral("EXPIRES"), QStringLiteral("IP"), QStringLiteral("ROTATIONS")});
    const QString ownClient = backend->settings()->tokens.firstPartyClient;
    for (const ActiveSession &active : sessions) {
        const SessionRecord &record = active.session;
        // A browser's sign-in to the provider, or tokens of a client (Keyward's own API: the
        // first-party client's id).
        const QString kind
            = record.kind == SessionRecord::Kind::Sso ? QStringLiteral("browser") : QStringLiteral("tokens");
        const QString client = record.kind == SessionRecord::Kind::Sso ? QStringLiteral("-")
            : record.clientId.isEmpty()                                ? ownClient
                                                                       : record.clientId;
        table.addRow({record.id, active.email, kind, client,
                      active.workspaceSlug.isEmpty() ? QStringLiteral("-") : active.workspaceSlug,
                      toRfc3339(record.createdAt), toRfc3339(record.lastUsedAt), toRfc3339(active.expiresAt),
                      record.clientAddress, QString::number(record.rotationCount)});
    }
    table.print(session.out());
    return ExitCode::Success;
}

int revoke(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const QString id = session.positional().first();
    if (const Status revoked = backend->sessions().revoke(session.actor(), id, 0, QStringLiteral("cli")); !revoked)
        return session.fail(revoked.error());
    session.out() << "Revoked session " << id << Qt::endl;
    return ExitCode::Success;
}

int revokeUser(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const auto user = backend->accounts().find(session.positional().first());
    if (!user)
        return session.fail(user.error());
    const Result<int> ended
        = backend->sessions().revokeAllOfUser(session.actor(), user->record.id, QStringLiteral("cli"));
    if (!ended)
        return session.fail(ended.error());
    session.out() << "Revoked " << ended.value() << " sessions of " << user->record.email << Qt::endl;
    return ExitCode::Success;
}

} // namespace

std::vector<Command> sessionCommands()
{
    Command listCommand{
        {QStringLiteral("sessions"), QStringLiteral("list")},
        {},
        QStringLiteral("List active refresh sessions"),
        0,
        0,
        [](QCommandLineParser &parser) {
            parser.addOption({QStringLiteral("user"), QStringLiteral("Only this user's."), QStringLiteral("E")});
            parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
        },
        list};
    Command revokeCommand{{QStringLiteral("sessions"), QStringLiteral("revoke")},
                          QStringLiteral("ID"),
                          QStringLiteral("End one session"),
                          1,
                          1,
                          {},
                          revoke};
    Command revokeUserCommand{{QStringLiteral("sessions"), QStringLiteral("revoke-user")},
                              QStringLiteral("EMAIL"),
                              QStringLiteral("End every session of a user"),
                              1,
                              1,
                              {},
                              revokeUser};
    return {listCommand, revokeCommand, revokeUserCommand};
}

} // namespace keyward
