// SPDX-License-Identifier: GPL-3.0-or-later
// dev: a development server in one command — a throwaway database (or --data-dir), a known
// administrator and user, a public and a confidential client with known secrets, a workspace —
// and what an application needs to use it, printed.
//
// Decisions:
//   - its passwords and secret are public (printed, documented), so it listens on a loopback
//     address only and refuses any other;
//   - it seeds only a database it made: a database with users and without its mark is refused,
//     so pointing it at a real installation cannot add an administrator with a known password;
//   - never the OS keychain (a prompt or a hang is the last thing a quick start needs): the master
//     key is a file in the data directory, thrown away with it;
//   - Argon2id at its lowest allowed cost: the passwords are known anyway, and sign-ins are quick.
#include "clisession.h"
#include "command.h"

#include "auth/accountservice.h"
#include "auth/clientservice.h"
#include "auth/workspaceservice.h"
#include "crypto/sealer.h"
#include "crypto/securerandom.h"
#include "http/apiserver.h"
#include "storage/database.h"
#include "storage/runtimestatestore.h"
#include "storage/userstore.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace keyward {

namespace {

struct DevAccount {
    QString email;
    QString password;
    QStringList roles;
};

const DevAccount kAdmin{
    QStringLiteral("admin@keyward.test"), QStringLiteral("admin-password-dev"), {QStringLiteral("admin")}};
const DevAccount kUser{QStringLiteral("user@keyward.test"), QStringLiteral("user-password-dev"), {}};
const QString kWebClient = QStringLiteral("dev-web");
const QString kWebSecret = QStringLiteral("dev-web-secret-for-local-development-only");
const QString kSpaClient = QStringLiteral("dev-spa");
const QString kWorkspace = QStringLiteral("dev");
const QString kMark = QStringLiteral("development_seed");

// Where applications under development usually run: Flask, Django, Express and Vite dev servers;
// http://127.0.0.1/callback matches any port (RFC 8252 §7.3).
const QStringList kWebRedirects{
    QStringLiteral("http://localhost:5000/callback"), QStringLiteral("http://localhost:8000/callback"),
    QStringLiteral("http://localhost:3000/callback"), QStringLiteral("http://127.0.0.1/callback")};
const QStringList kSpaRedirects{QStringLiteral("http://localhost:5173/callback"),
                                QStringLiteral("http://localhost:3000/callback"),
                                QStringLiteral("http://127.0.0.1/callback")};

Status seedAccount(Backend &backend, const Actor &actor, const DevAccount &account)
{
    if (backend.accounts().find(account.email))
        return success();
    const Result<User> created = backend.accounts().create(
        actor, {account.email, account.email.section(QLatin1Char('@'), 0, 0), account.roles, account.password, {}});
    return created ? success() : Status(created.error());
}

Status seedClient(Backend &backend, const Actor &actor, const QString &clientId, bool confidential)
{
    if (backend.clients().find(clientId))
        return success();
    NewClient client;
    client.clientId = clientId;
    client.name = confidential ? QStringLiteral("Development web app") : QStringLiteral("Development single-page app");
    client.type = confidential ? QStringLiteral("confidential") : QStringLiteral("public");
    client.redirectUris = confidential ? kWebRedirects : kSpaRedirects;
    client.postLogoutRedirectUris = client.redirectUris;
    client.secret = confidential ? kWebSecret : QString();
    const Result<ClientWithSecret> created = backend.clients().create(actor, client);
    return created ? success() : Status(created.error());
}

Status seedWorkspace(Backend &backend, const Actor &actor)
{
    if (backend.workspaces().find(actor, kWorkspace))
        return success();
    const Result<User> owner = backend.accounts().find(kAdmin.email);
    if (!owner)
        return owner.error();
    const Result<Workspace> created
        = backend.workspaces().create(actor, {kWorkspace, QStringLiteral("Development"), {}, owner->record.id});
    if (!created)
        return created.error();
    const Result<Membership> member
        = backend.workspaces().addMember(actor, kWorkspace, kUser.email, QStringLiteral("member"));
    return member ? success() : Status(member.error());
}

// The seed, on a database dev made (marked) or an empty one (then marked); refused otherwise.
Status seed(Backend &backend, const Actor &actor)
{
    RuntimeStateStore state(backend.database().connection());
    if (!state.value(kMark)) {
        if (UserStore(backend.database().connection()).count() > 0)
            return failure(ErrorCode::InvalidRequest,
                           QStringLiteral("this database has users and was not made by 'keyward-server dev': dev "
                                          "would add an administrator whose password is public. Use 'serve', or a "
                                          "new --data-dir"));
        state.set(kMark, QStringLiteral("1"), QDateTime::currentSecsSinceEpoch());
    }
    for (const Status &step : {seedAccount(backend, actor, kAdmin), seedAccount(backend, actor, kUser),
                               seedClient(backend, actor, kWebClient, true),
                               seedClient(backend, actor, kSpaClient, false), seedWorkspace(backend, actor)}) {
        if (!step)
            return step;
    }
    return success();
}

void printGuide(QTextStream &out, const QString &issuer, const QString &dataDir)
{
    const QString discovery = issuer + QStringLiteral("/.well-known/openid-configuration");
    out << "Keyward development server: its passwords and secret are public, for this machine only." << Qt::endl
        << Qt::endl
        << "  issuer       " << issuer << Qt::endl
        << "  discovery    " << discovery << Qt::endl
        << "  admin        " << kAdmin.email << "  " << kAdmin.password << Qt::endl
        << "  user         " << kUser.email << "  " << kUser.password << Qt::endl
        << "  web app      client " << kWebClient << ", secret " << kWebSecret << Qt::endl
        << "  browser app  client " << kSpaClient << " (public: PKCE, CORS from its redirect URIs' origins)" << Qt::endl
        << "  redirects    " << kWebRedirects.join(QStringLiteral(" ")) << Qt::endl
        << "  workspace    " << kWorkspace << " (admin: owner, user: member)" << Qt::endl
        << "  data         " << (dataDir.isEmpty() ? QStringLiteral("thrown away when this stops") : dataDir)
        << Qt::endl
        << Qt::endl
        << "# .env" << Qt::endl
        << "OIDC_ISSUER=" << issuer << Qt::endl
        << "OIDC_DISCOVERY_URL=" << discovery << Qt::endl
        << "OIDC_CLIENT_ID=" << kWebClient << Qt::endl
        << "OIDC_CLIENT_SECRET=" << kWebSecret << Qt::endl
        << "OIDC_PUBLIC_CLIENT_ID=" << kSpaClient << Qt::endl
        << "OIDC_JWKS_URL=" << issuer << "/.well-known/jwks.json" << Qt::endl
        << Qt::endl
        << "# a token pair for the user, then who it is" << Qt::endl
        << "curl -s " << issuer << "/auth/login -H 'Content-Type: application/json' -d '{\"email\":\"" << kUser.email
        << "\",\"password\":\"" << kUser.password << "\"}'" << Qt::endl
        << "curl -s " << issuer << "/auth/me -H \"Authorization: Bearer $ACCESS_TOKEN\"" << Qt::endl
        << Qt::endl;
}

int dev(CliSession &session)
{
    const QString listen = session.parser().isSet(QStringLiteral("listen"))
        ? session.parser().value(QStringLiteral("listen"))
        : QStringLiteral("127.0.0.1:8080");
    DataOptions data = session.dataOptions();
    const bool throwaway = !session.parser().isSet(QStringLiteral("data-dir"));
    QTemporaryDir scratch;
    if (throwaway) {
        if (!scratch.isValid())
            return session.fail(QStringLiteral("cannot create a temporary directory: %1").arg(scratch.errorString()));
        data.dataDir = scratch.path();
        data.databaseUrl.clear();
    }
    BackendOptions options;
    options.data = data;
    options.keychain = nullptr; // a key file in the data directory: see the decisions above
    if (throwaway) // nothing to keep: the master key lives as long as the process
        options.environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"),
                                   QString::fromLatin1(randomBytes(Sealer::kKeyBytes).toBase64()));
    options.commandLineSettings = {{QStringLiteral("server.listen"), listen},
                                   {QStringLiteral("passwords.argon2_ops"), QStringLiteral("1")},
                                   {QStringLiteral("passwords.argon2_memory_kib"), QStringLiteral("7168")}};
    Result<std::shared_ptr<Backend>> opened = Backend::open(options);
    if (!opened)
        return session.fail(opened.error());
    const std::shared_ptr<Backend> backend = opened.value();
    const ApiServerOptions serverOptions = ApiServerOptions::fromSettings(*backend);
    if (!serverOptions.address.isLoopback())
        return session.usageError(
            QStringLiteral("the development server's passwords are public: it listens on a loopback address only"));
    if (const Status started = backend->startTokens(); !started)
        return session.fail(started.error());
    if (const Status seeded = seed(*backend, session.actor()); !seeded)
        return session.fail(seeded.error());

    ApiServer server(backend);
    const Result<quint16> port = server.start(serverOptions);
    if (!port)
        return session.fail(port.error().message);
    session.out() << "listening on " << server.baseUrl() << Qt::endl;
    // The issuer tokens carry: a configured one (behind a proxy) or the address served.
    const QString issuer = backend->settings()->tokens.issuer;
    printGuide(session.out(), issuer.isEmpty() ? server.baseUrl() : issuer, throwaway ? QString() : data.dataDir);

    return serveUntilTerminated(session, backend, server);
}

} // namespace

std::vector<Command> devCommands()
{
    Command command;
    command.words = QStringList{QStringLiteral("dev")};
    command.logsInformation = true;
    command.summary = QStringLiteral("A development server with known users, clients and a workspace (loopback only)");
    command.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("listen"),
                          QStringLiteral("Loopback address and port (default 127.0.0.1:8080)."),
                          QStringLiteral("ADDR:PORT")});
    };
    command.run = dev;
    return {command};
}

} // namespace keyward
