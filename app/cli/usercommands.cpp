// SPDX-License-Identifier: GPL-3.0-or-later
// user add|list|show|disable|enable|delete|set-roles|reset-password|import|mfa|mfa-reset
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/accountservice.h"
#include "auth/mfaservice.h"
#include "auth/sessionservice.h"
#include "auth/userimporter.h"
#include "common/timeformat.h"
#include "crypto/securerandom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON.")};
}
QCommandLineOption passwordStdinOption()
{
    return {QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input.")};
}

QString status(const User &user)
{
    return user.record.disabled ? QStringLiteral("disabled") : QStringLiteral("active");
}

const char *yesNo(bool value)
{
    return value ? "yes" : "no";
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Indented);
}

struct PasswordChoice {
    QString password;
    bool generated = false; // then it is printed once
};

// The password for add/reset: from stdin when asked, otherwise generated.
Result<PasswordChoice> choosePassword(CliSession &session)
{
    if (!session.parser().isSet(QStringLiteral("password-stdin")))
        return PasswordChoice{generatePassword(), true};
    const Result<QString> typed = session.readPasswordFromStdin();
    if (!typed)
        return typed.error();
    return PasswordChoice{typed.value(), false};
}

// Opens the installation and picks the password for add/reset; null (error printed) on failure.
std::shared_ptr<Backend> backendWithPassword(CliSession &session, PasswordChoice *password)
{
    const auto backend = session.backend();
    if (!backend)
        return nullptr;
    const Result<PasswordChoice> chosen = choosePassword(session);
    if (!chosen) {
        session.fail(chosen.error());
        return nullptr;
    }
    *password = chosen.value();
    return backend;
}

void printGeneratedPassword(CliSession &session, const QString &email, const QString &password)
{
    session.out() << "Password for " << email << " (shown once, store it now): " << password << Qt::endl;
}

int add(CliSession &session)
{
    if (!session.parser().isSet(QStringLiteral("email")))
        return session.usageError(QStringLiteral("user add needs --email"));
    PasswordChoice password;
    const auto backend = backendWithPassword(session, &password);
    if (!backend)
        return ExitCode::Failure;
    NewUser newUser;
    newUser.email = session.parser().value(QStringLiteral("email"));
    newUser.name = session.parser().value(QStringLiteral("name"));
    newUser.roles = session.parser().values(QStringLiteral("role"));
    newUser.password = password.password;
    const Result<User> user = backend->accounts().create(session.actor(), newUser);
    if (!user)
        return session.fail(user.error());
    session.out() << "Created " << user->record.email << " (id " << user->record.publicId << ", roles "
                  << user->roles.join(QLatin1String(", ")) << ")" << Qt::endl;
    if (password.generated)
        printGeneratedPassword(session, user->record.email, password.password);
    return ExitCode::Success;
}

int list(CliSession &session)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const std::vector<User> users = backend->accounts().list();
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const User &user : users)
            array.append(user.toJson());
        printJson(session.out(), array);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("NAME"), QStringLiteral("ROLES"),
                     QStringLiteral("STATUS"), QStringLiteral("CREATED"), QStringLiteral("LAST LOGIN")});
    for (const User &user : users) {
        table.addRow({user.record.publicId, user.record.email, user.record.name, user.roles.join(QLatin1Char(',')),
                      status(user), toRfc3339(user.record.createdAt),
                      user.record.lastLoginAt ? toRfc3339(*user.record.lastLoginAt) : QStringLiteral("never")});
    }
    table.print(session.out());
    return ExitCode::Success;
}

int show(CliSession &session)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const Result<User> user = backend->accounts().find(session.positional().first());
    if (!user)
        return session.fail(user.error());
    if (session.parser().isSet(QStringLiteral("json"))) {
        printJson(session.out(), user->toJson());
        return ExitCode::Success;
    }
    const UserRecord &record = user->record;
    QTextStream &out = session.out();
    out << "id:                  " << record.publicId << Qt::endl
        << "email:               " << record.email << Qt::endl
        << "name:                " << record.name << Qt::endl
        << "roles:               " << user->roles.join(QLatin1String(", ")) << Qt::endl
        << "status:              " << status(user.value()) << Qt::endl
        << "created:             " << toRfc3339(record.createdAt) << Qt::endl
        << "updated:             " << toRfc3339(record.updatedAt) << Qt::endl
        << "last login:          " << (record.lastLoginAt ? toRfc3339(*record.lastLoginAt) : QStringLiteral("never"))
        << Qt::endl
        << "password changed:    " << toRfc3339(record.passwordChangedAt) << Qt::endl;
    return ExitCode::Success;
}

int setDisabled(CliSession &session, bool disabled)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const Result<User> user = backend->accounts().setDisabled(session.actor(), session.positional().first(), disabled);
    if (!user)
        return session.fail(user.error());
    session.out() << (disabled ? "Disabled " : "Enabled ") << user->record.email << Qt::endl;
    return ExitCode::Success;
}

int remove(CliSession &session)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const QString email = session.positional().first();
    if (const Status removed = backend->accounts().remove(session.actor(), email); !removed)
        return session.fail(removed.error());
    session.out() << "Deleted " << email.trimmed() << Qt::endl;
    return ExitCode::Success;
}

int setRoles(CliSession &session)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const QStringList args = session.positional();
    const Result<User> user = backend->accounts().setRoles(session.actor(), args.first(), args.mid(1));
    if (!user)
        return session.fail(user.error());
    session.out() << user->record.email << " now has roles " << user->roles.join(QLatin1String(", ")) << Qt::endl;
    return ExitCode::Success;
}

int resetPassword(CliSession &session)
{
    PasswordChoice password;
    const auto backend = backendWithPassword(session, &password);
    if (!backend)
        return ExitCode::Failure;
    const QString email = session.positional().first();
    if (const Status reset = backend->accounts().resetPassword(session.actor(), email, password.password); !reset)
        return session.fail(reset.error());
    session.out() << "Password of " << email.trimmed() << " changed" << Qt::endl;
    if (password.generated)
        printGeneratedPassword(session, email.trimmed(), password.password);
    return ExitCode::Success;
}

int import(CliSession &session)
{
    const QString path = session.positional().first();
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
        return session.fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    UserImporter importer(backend->database(), backend->accounts());
    const ImportReport report = importer.run(session.actor(), file);
    for (const ImportReport::Problem &problem : report.skipped)
        session.fail(
            QStringLiteral("%1:%2: skipped: %3 (%4)").arg(path).arg(problem.line).arg(problem.message, problem.code));
    session.out() << "Imported " << report.imported << " users, skipped " << report.skipped.size() << Qt::endl;
    // Partial success is still a failure for scripts: the skipped lines need attention.
    return report.skipped.empty() ? ExitCode::Success : ExitCode::Failure;
}

int mfa(CliSession &session)
{
    // An authenticator app's secret is sealed under the master key: the service needs the tokens started.
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<User> user = backend->accounts().find(session.positional().first());
    if (!user)
        return session.fail(user.error());
    const MfaStatus factors = backend->mfa().statusOf(user.value());
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonObject json = factors.toJson();
        json.insert(QStringLiteral("email"), user->record.email);
        printJson(session.out(), json);
        return ExitCode::Success;
    }
    QTextStream &out = session.out();
    out << "email:               " << user->record.email << Qt::endl
        << "authenticator app:   " << yesNo(factors.totp) << Qt::endl
        << "recovery codes left: " << factors.recoveryCodesLeft << Qt::endl
        << "mfa required:        " << yesNo(factors.required) << Qt::endl
        << "passkeys:            " << factors.passkeys.size() << Qt::endl;
    for (const PasskeyRecord &passkey : factors.passkeys) {
        out << "  " << passkey.name << ": created " << toRfc3339(passkey.createdAt) << ", last used "
            << (passkey.lastUsedAt ? toRfc3339(*passkey.lastUsedAt) : QStringLiteral("never")) << ", synced "
            << yesNo(passkey.backedUp) << Qt::endl;
    }
    return ExitCode::Success;
}

int mfaReset(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<User> user = backend->accounts().find(session.positional().first());
    if (!user)
        return session.fail(user.error());
    if (const Status reset = backend->mfa().reset(session.actor(), user->record.id, backend->sessions()); !reset)
        return session.fail(reset.error());
    session.out() << "Removed every second factor of " << user->record.email << " and ended their sessions" << Qt::endl;
    return ExitCode::Success;
}

Command command(QStringList words, QString positional, QString summary, int minArgs, int maxArgs,
                std::function<int(CliSession &)> run, std::function<void(QCommandLineParser &)> options = {})
{
    return Command{std::move(words), std::move(positional), std::move(summary), minArgs,
                   maxArgs,          std::move(options),    std::move(run)};
}

QStringList words(const char *second)
{
    return {QStringLiteral("user"), QString::fromLatin1(second)};
}

} // namespace

std::vector<Command> userCommands()
{
    const QString email = QStringLiteral("EMAIL");
    return {
        command(words("add"), {}, QStringLiteral("Create a user"), 0, 0, add,
                [](QCommandLineParser &parser) {
                    parser.addOption(
                        {QStringLiteral("email"), QStringLiteral("E-mail address (required)."), QStringLiteral("E")});
                    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("N")});
                    parser.addOption(
                        {QStringLiteral("role"), QStringLiteral("Role; repeat for several."), QStringLiteral("R")});
                    parser.addOption(passwordStdinOption());
                }),
        command(words("list"), {}, QStringLiteral("List users"), 0, 0, list,
                [](QCommandLineParser &parser) { parser.addOption(jsonOption()); }),
        command(words("show"), email, QStringLiteral("Show one user"), 1, 1, show,
                [](QCommandLineParser &parser) { parser.addOption(jsonOption()); }),
        command(words("disable"), email, QStringLiteral("Disable a user"), 1, 1,
                [](CliSession &session) { return setDisabled(session, true); }),
        command(words("enable"), email, QStringLiteral("Enable a user"), 1, 1,
                [](CliSession &session) { return setDisabled(session, false); }),
        command(words("delete"), email, QStringLiteral("Delete a user"), 1, 1, remove),
        command(words("set-roles"), QStringLiteral("EMAIL ROLE..."), QStringLiteral("Replace a user's roles"), 2, -1,
                setRoles),
        command(words("reset-password"), email, QStringLiteral("Set a new password"), 1, 1, resetPassword,
                [](QCommandLineParser &parser) { parser.addOption(passwordStdinOption()); }),
        command(words("import"), QStringLiteral("FILE"), QStringLiteral("Import users from JSON lines"), 1, 1, import),
        command(words("mfa"), email, QStringLiteral("Show a user's second factors"), 1, 1, mfa,
                [](QCommandLineParser &parser) { parser.addOption(jsonOption()); }),
        command(words("mfa-reset"), email, QStringLiteral("Remove a user's second factors and end their sessions"), 1,
                1, mfaReset),
    };
}

} // namespace keyward
