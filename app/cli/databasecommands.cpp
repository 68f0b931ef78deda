// SPDX-License-Identifier: GPL-3.0-or-later
// backup FILE, restore FILE, db copy --from SQLITE_FILE --to URL
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/auditlog.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/databasecopy.h"

#include <QFileInfo>

namespace keyward {

namespace {

void printReport(CliSession &session, const DatabaseCopy::Report &report)
{
    TextTable table({QStringLiteral("TABLE"), QStringLiteral("ROWS")});
    for (const auto &[name, rows] : report)
        table.addRow({name, QString::number(rows)});
    table.print(session.out());
}

// Both directions are audited under the file's name (never its directory: it may say more
// about the host than the log should).
void recordFileAction(CliSession &session, Backend &backend, const QString &action, const QString &file)
{
    backend.audit().record(session.actor(), action, QFileInfo(file).fileName(), AuditOutcome::success());
}

int backup(CliSession &session)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const QString file = session.positional().first();
    const auto made = DatabaseBackup(backend->database()).backup(file);
    if (!made)
        return session.fail(made.error());
    recordFileAction(session, *backend, QStringLiteral("db.backup"), file);
    session.out() << "Wrote " << file
                  << (made.value() == DatabaseBackup::Format::PgDump ? " (pg_dump custom format)"
                                                                     : " (SQLite snapshot)")
                  << "; signing keys are in it sealed: keep the master key as well, apart from it" << Qt::endl;
    return ExitCode::Success;
}

int restore(CliSession &session)
{
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const QString file = session.positional().first();
    const auto restored = DatabaseBackup(backend->database()).restore(file);
    if (!restored)
        return session.fail(restored.error());
    recordFileAction(session, *backend, QStringLiteral("db.restore"), file);
    printReport(session, restored.value());
    session.out() << "Restored " << file << "; restart running servers so they forget what they cached" << Qt::endl;
    return ExitCode::Success;
}

int copy(CliSession &session)
{
    const QString from = session.parser().value(QStringLiteral("from"));
    const QString to = session.parser().value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return session.usageError(QStringLiteral("db copy needs --from SQLITE_FILE and --to URL"));
    if (!QFileInfo(from).isFile())
        return session.fail(QStringLiteral("%1 is not a file").arg(from));
    const Result<DatabaseConfig> target = DatabaseConfig::fromUrl(to);
    if (!target)
        return session.fail(target.error());
    Database source(DatabaseConfig::sqlite(from));
    Database destination(target.value());
    const auto copied = DatabaseCopy(source, destination).run(DatabaseCopy::Target::MustBeEmpty);
    if (!copied)
        return session.fail(copied.error());
    printReport(session, copied.value());
    session.out() << "Copied " << from << " to " << target->displayName()
                  << "; row counts match. Start the servers with the same master key "
                     "(KEYWARD_MASTER_KEY or KEYWARD_MASTER_KEY_FILE): the signing keys were copied sealed"
                  << Qt::endl;
    return ExitCode::Success;
}

} // namespace

std::vector<Command> databaseCommands()
{
    Command backupCommand{{QStringLiteral("backup")},
                          QStringLiteral("FILE"),
                          QStringLiteral("Write a consistent copy of the database"),
                          1,
                          1,
                          {},
                          backup};
    Command restoreCommand{{QStringLiteral("restore")},
                           QStringLiteral("FILE"),
                           QStringLiteral("Replace the database with a backup"),
                           1,
                           1,
                           {},
                           restore};
    Command copyCommand{
        {QStringLiteral("db"), QStringLiteral("copy")},
        {},
        QStringLiteral("Copy a SQLite installation into PostgreSQL"),
        0,
        0,
        [](QCommandLineParser &parser) {
            parser.addOption(
                {QStringLiteral("from"), QStringLiteral("The SQLite file."), QStringLiteral("SQLITE_FILE")});
            parser.addOption({QStringLiteral("to"), QStringLiteral("postgresql://… (empty)."), QStringLiteral("URL")});
        },
        copy};
    return {backupCommand, restoreCommand, copyCommand};
}

} // namespace keyward
