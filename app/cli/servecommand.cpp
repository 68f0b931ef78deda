// SPDX-License-Identifier: GPL-3.0-or-later
// serve: runs the API until SIGINT/SIGTERM.
#include "clisession.h"
#include "command.h"
#include "signalwatcher.h"

#include "auth/accountservice.h"
#include "backend/housekeeping.h"
#include "common/logging.h"
#include "http/apiserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>

namespace keyward {

namespace {

// Options of `serve` that override a setting, as in the CLI contract.
const QList<QPair<QString, QString>> &settingOptions()
{
    static const QList<QPair<QString, QString>> options{
        {QStringLiteral("listen"), QStringLiteral("server.listen")},
        {QStringLiteral("tls-cert"), QStringLiteral("server.tls_cert")},
        {QStringLiteral("tls-key"), QStringLiteral("server.tls_key")},
        {QStringLiteral("issuer"), QStringLiteral("tokens.issuer")},
        {QStringLiteral("audience"), QStringLiteral("tokens.audience")},
        {QStringLiteral("threads"), QStringLiteral("server.threads")},
    };
    return options;
}

QString shellQuote(const QString &text)
{
    if (!text.isEmpty() && !text.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_@%+=:,./-]"))))
        return text;
    return QLatin1Char('\'') + QString(text).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
}

// The exact command that creates the first administrator of this installation.
QString firstAdminCommand(const DataOptions &data)
{
    // The program as it can be run from here: its name when PATH finds this very binary.
    const QString self = QCoreApplication::applicationFilePath();
    const QString program = QStandardPaths::findExecutable(QStringLiteral("keyward-server")) == self
        ? QStringLiteral("keyward-server")
        : shellQuote(self);
    QString command = program + QStringLiteral(" user add --email admin@example.org --role admin");
    if (!data.databaseUrl.isEmpty())
        command += QStringLiteral(" --db \"$KEYWARD_DB\""); // never echo a URL that may hold a password
    else
        command += QStringLiteral(" --data-dir ") + shellQuote(data.dataDir);
    return command;
}

int serve(CliSession &session)
{
    QMap<QString, QString> overrides;
    for (const auto &[option, key] : settingOptions()) {
        if (session.parser().isSet(option))
            overrides.insert(key, session.parser().value(option));
    }
    const auto backend = session.backendWithTokens(overrides);
    if (!backend)
        return ExitCode::Failure;
    ApiServer server(backend);
    const Result<quint16> port = server.start(ApiServerOptions::fromSettings(*backend));
    if (!port)
        return session.fail(port.error().message);
    session.out() << "listening on " << server.baseUrl() << Qt::endl;
    if (!backend->accounts().hasAdministrator()) {
        session.out() << "No administrator exists yet. Create one with:" << Qt::endl
                      << "  " << firstAdminCommand(backend->dataOptions()) << Qt::endl;
    }

    return serveUntilTerminated(session, backend, server);
}

} // namespace

int serveUntilTerminated(CliSession &session, const std::shared_ptr<Backend> &backend, ApiServer &server)
{
    Housekeeping housekeeping(backend);
    housekeeping.start();

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [](int) { QCoreApplication::quit(); });
    QCoreApplication::exec();
    server.stop(); // stop accepting, finish what is in flight
    session.out() << "stopped" << Qt::endl;
    return ExitCode::Success;
}

std::vector<Command> serveCommands()
{
    Command command;
    command.words = QStringList{QStringLiteral("serve")};
    command.logsInformation = true;
    command.summary = QStringLiteral("Run the API until SIGINT or SIGTERM");
    command.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("listen"), QStringLiteral("Address and port (server.listen)."),
                          QStringLiteral("ADDR:PORT")});
        parser.addOption(
            {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (server.tls_cert)."), QStringLiteral("F")});
        parser.addOption(
            {QStringLiteral("tls-key"), QStringLiteral("PEM private key (server.tls_key)."), QStringLiteral("F")});
        parser.addOption(
            {QStringLiteral("issuer"), QStringLiteral("Token issuer (tokens.issuer)."), QStringLiteral("URL")});
        parser.addOption(
            {QStringLiteral("audience"), QStringLiteral("Token audience (tokens.audience)."), QStringLiteral("A")});
        parser.addOption(
            {QStringLiteral("threads"), QStringLiteral("Request threads (server.threads)."), QStringLiteral("N")});
    };
    command.run = serve;
    return {command};
}

} // namespace keyward
