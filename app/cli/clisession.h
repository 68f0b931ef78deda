// SPDX-License-Identifier: GPL-3.0-or-later
// One run of a command: its parsed options, its output streams, and the installation it acts on.
#pragma once

#include "auth/actor.h"
#include "backend/backend.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

class QIODevice;

namespace keyward {

namespace ExitCode {
inline constexpr int Success = 0;
inline constexpr int Failure = 1;
inline constexpr int Usage = 2;
} // namespace ExitCode

class CliSession {
public:
    CliSession(const QCommandLineParser &parser, QTextStream &out, QTextStream &err, QIODevice &in);

    const QCommandLineParser &parser() const { return m_parser; }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QTextStream &out() { return m_out; }
    QIODevice &in() { return m_in; }
    // Who the audit log names for changes made from the command line.
    const Actor &actor() const { return m_actor; }

    // Opens the installation named by the data options (once); prints the error and returns
    // null on failure.
    std::shared_ptr<Backend> backend(const QMap<QString, QString> &commandLineSettings = {});
    // The same, with the signing keys opened (master key obtained).
    std::shared_ptr<Backend> backendWithTokens(const QMap<QString, QString> &commandLineSettings = {});
    DataOptions dataOptions() const;

    // Print one line on stderr and give the exit code to return.
    int fail(const QString &message);
    int fail(const Error &error);
    int usageError(const QString &message);

    // Reads a password from standard input: everything up to the end, minus one line ending.
    Result<QString> readPasswordFromStdin();
    // Standard input without its final line break; `what` names it when it is empty.
    Result<QString> readLineFromStdin(const QString &what);

private:
    QString readStdin();

    const QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    QIODevice &m_in;
    std::shared_ptr<Backend> m_backend;
    Actor m_actor = Actor::local(QStringLiteral("cli"));
};

} // namespace keyward
