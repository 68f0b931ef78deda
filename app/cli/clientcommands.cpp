// SPDX-License-Identifier: GPL-3.0-or-later
// client add|list|show|remove|rotate-secret: the applications that sign users in through
// Keyward (OpenID Connect clients). A confidential client's secret is printed once, at `add`
// and at `rotate-secret`; only its hash is kept.
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/clientservice.h"
#include "backend/backend.h"
#include "common/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

QString clientArgument(CliSession &session)
{
    return session.positional().value(0);
}

void printSecret(CliSession &session, const ClientWithSecret &client)
{
    if (client.secret.isEmpty())
        return;
    session.out() << "Client secret (shown once, store it now): " << client.secret << Qt::endl;
}

int add(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const QCommandLineParser &parser = session.parser();
    const bool isPublic = parser.isSet(QStringLiteral("public"));
    if (isPublic == parser.isSet(QStringLiteral("confidential")))
        return session.usageError(QStringLiteral("say --public or --confidential"));
    if (!parser.isSet(QStringLiteral("name")))
        return session.usageError(QStringLiteral("--name is required"));
    NewClient input;
    input.clientId = clientArgument(session);
    input.name = parser.value(QStringLiteral("name"));
    input.type = isPublic ? QStringLiteral("public") : QStringLiteral("confidential");
    input.redirectUris = parser.values(QStringLiteral("redirect-uri"));
    input.postLogoutRedirectUris = parser.values(QStringLiteral("post-logout-uri"));
    input.grantTypes = parser.values(QStringLiteral("grant-type"));
    input.scopes = parser.values(QStringLiteral("scope"));
    input.firstParty = parser.isSet(QStringLiteral("first-party"));
    if (parser.isSet(QStringLiteral("secret-stdin"))) {
        const Result<QString> secret = session.readLineFromStdin(QStringLiteral("client secret"));
        if (!secret)
            return session.fail(secret.error());
        input.secret = secret.value();
    }
    const Result<ClientWithSecret> created = backend->clients().create(session.actor(), input);
    if (!created)
        return session.fail(created.error());
    const ClientRecord &record = created->client.record;
    session.out() << "Registered " << record.type << " client " << record.clientId << " ("
                  << record.grantTypes.join(u", ") << ")" << Qt::endl;
    if (input.secret.isEmpty()) // a chosen one is the caller's already: never echoed
        printSecret(session, created.value());
    return ExitCode::Success;
}

int list(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const std::vector<Client> clients = backend->clients().list({}, -1);
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Client &client : clients)
            array.append(client.toJson());
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("CLIENT_ID"), QStringLiteral("NAME"), QStringLiteral("TYPE"),
                     QStringLiteral("GRANTS"), QStringLiteral("REDIRECT_URIS"), QStringLiteral("CREATED")});
    for (const Client &client : clients) {
        const ClientRecord &record = client.record;
        table.addRow({record.clientId, record.name,
                      record.type + (record.firstParty ? QStringLiteral(", first-party") : QString()),
                      record.grantTypes.join(u','), record.redirectUris.join(u' '), toRfc3339(record.createdAt)});
    }
    table.print(session.out());
    return ExitCode::Success;
}

int show(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<Client> client = backend->clients().find(clientArgument(session));
    if (!client)
        return session.fail(client.error());
    session.out() << QJsonDocument(client->toJson()).toJson(QJsonDocument::Indented);
    return ExitCode::Success;
}

int remove(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    if (const Status removed = backend->clients().remove(session.actor(), clientArgument(session)); !removed)
        return session.fail(removed.error());
    session.out() << "Removed client " << clientArgument(session) << Qt::endl;
    return ExitCode::Success;
}

int rotateSecret(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<ClientWithSecret> rotated = backend->clients().rotateSecret(session.actor(), clientArgument(session));
    if (!rotated)
        return session.fail(rotated.error());
    session.out() << "The old secret of " << clientArgument(session) << " no longer works." << Qt::endl;
    printSecret(session, rotated.value());
    return ExitCode::Success;
}

Command make(const QString &word, const QString &positional, const QString &summary, int count,
             std::function<void(QCommandLineParser &)> options, std::function<int(CliSession &)> run)
{
    return {{QStringLiteral("client"), word}, positional, summary, count, count, std::move(options), std::move(run)};
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("name"), QStringLiteral("Its name, as users see it."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("public"), QStringLiteral("A client that keeps no secret (a browser or native app).")});
    parser.addOption({QStringLiteral("confidential"), QStringLiteral("A client with a secret (a web backend).")});
    parser.addOption({QStringLiteral("secret-stdin"),
                      QStringLiteral("Read the confidential client's secret from standard input (32 to 512 visible "
                                     "ASCII characters) instead of generating one.")});
    parser.addOption(
        {QStringLiteral("redirect-uri"), QStringLiteral("A redirect URI (repeat for more)."), QStringLiteral("U")});
    parser.addOption({QStringLiteral("post-logout-uri"),
                      QStringLiteral("A URI to return to after logout (repeat for more)."), QStringLiteral("U")});
    parser.addOption(
        {QStringLiteral("scope"),
         QStringLiteral("A scope it may ask for (repeat; default: openid profile email roles offline_access)."),
         QStringLiteral("S")});
    parser.addOption({QStringLiteral("grant-type"),
                      QStringLiteral("A grant it may use (repeat; default: by its type and redirect URIs)."),
                      QStringLiteral("G")});
    parser.addOption({QStringLiteral("first-party"), QStringLiteral("Keyward's own application: no consent page.")});
}

} // namespace

std::vector<Command> clientCommands()
{
    return {
        make(QStringLiteral("add"), QStringLiteral("ID"), QStringLiteral("Register an OpenID Connect client"), 1,
             addOptions, add),
        make(
            QStringLiteral("list"), {}, QStringLiteral("List the registered clients"), 0,
            [](QCommandLineParser &parser) {
                parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
            },
            list),
        make(QStringLiteral("show"), QStringLiteral("ID"), QStringLiteral("Show a client"), 1, {}, show),
        make(QStringLiteral("remove"), QStringLiteral("ID"), QStringLiteral("Remove a client"), 1, {}, remove),
        make(QStringLiteral("rotate-secret"), QStringLiteral("ID"),
             QStringLiteral("Give a confidential client a new secret (the old one stops working)"), 1, {},
             rotateSecret),
    };
}

} // namespace keyward
