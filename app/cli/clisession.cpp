// SPDX-License-Identifier: GPL-3.0-or-later
#include "clisession.h"

#include "auth/keychain.h"

#include <QIODevice>
#include <QProcessEnvironment>

namespace keyward {

CliSession::CliSession(const QCommandLineParser &parser, QTextStream &out, QTextStream &err, QIODevice &in)
    : m_parser(parser), m_out(out), m_err(err), m_in(in)
{ }

DataOptions CliSession::dataOptions() const
{
    return DataOptions::from(m_parser, QProcessEnvironment::systemEnvironment());
}

std::shared_ptr<Backend> CliSession::backend(const QMap<QString, QString> &commandLineSettings)
{
    if (m_backend)
        return m_backend;
    BackendOptions options;
    options.data = dataOptions();
    options.commandLineSettings = commandLineSettings;
    options.keychain = std::make_shared<OsKeychain>();
    Result<std::shared_ptr<Backend>> opened = Backend::open(options);
    if (!opened) {
        fail(opened.error().message);
        return nullptr;
    }
    m_backend = opened.value();
    return m_backend;
}

std::shared_ptr<Backend> CliSession::backendWithTokens(const QMap<QString, QString> &commandLineSettings)
{
    const auto opened = backend(commandLineSettings);
    if (!opened)
        return nullptr;
    if (const Status started = opened->startTokens(); !started) {
        fail(started.error().message);
        return nullptr;
    }
    return opened;
}

int CliSession::fail(const QString &message)
{
    // One line per problem, never a stack trace.
    for (const QString &line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_err << "keyward-server: " << line << Qt::endl;
    return ExitCode::Failure;
}

int CliSession::fail(const Error &error)
{
    return fail(error.message + QStringLiteral(" (") + error.codeName() + QLatin1Char(')'));
}

int CliSession::usageError(const QString &message)
{
    m_err << "keyward-server: " << message << Qt::endl << "Try 'keyward-server help'." << Qt::endl;
    return ExitCode::Usage;
}

QString CliSession::readStdin()
{
    QByteArray bytes = m_in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

Result<QString> CliSession::readPasswordFromStdin()
{
    const QString password = readStdin();
    if (password.isEmpty())
        return failure(ErrorCode::WeakPassword, QStringLiteral("no password on standard input"));
    return password;
}

Result<QString> CliSession::readLineFromStdin(const QString &what)
{
    const QString line = readStdin();
    if (line.isEmpty())
        return failure(ErrorCode::InvalidRequest, QStringLiteral("no %1 on standard input").arg(what));
    return line;
}

} // namespace keyward
