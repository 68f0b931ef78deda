// SPDX-License-Identifier: GPL-3.0-or-later
// audit list
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/auditlog.h"
#include "common/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward {

namespace {

int list(CliSession &session)
{
    AuditQuery query;
    const QCommandLineParser &parser = session.parser();
    if (parser.isSet(QStringLiteral("since"))) {
        query.since = parseRfc3339(parser.value(QStringLiteral("since")));
        if (!query.since)
            return session.usageError(QStringLiteral("--since takes an RFC 3339 time, e.g. 2026-01-31T12:00:00Z"));
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 100000)
            return session.usageError(QStringLiteral("--limit takes a number from 1 to 100000"));
    }
    const auto backend = session.backend();
    if (!backend)
        return ExitCode::Failure;
    const std::vector<AuditRecord> events = backend->audit().list(query);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditRecord &event : events)
            array.append(AuditLog::toJson(event));
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("TIME"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"),
                     QStringLiteral("TARGET"), QStringLiteral("OUTCOME"), QStringLiteral("CLIENT"),
                     QStringLiteral("DETAILS")});
    for (const AuditRecord &event : events) {
        table.addRow({toRfc3339(event.at), event.actor, event.action, event.target, event.outcome, event.clientAddress,
                      event.details});
    }
    table.print(session.out());
    return ExitCode::Success;
}

} // namespace

std::vector<Command> auditCommands()
{
    Command command;
    command.words = QStringList{QStringLiteral("audit"), QStringLiteral("list")};
    command.summary = QStringLiteral("Show audit events, newest first");
    command.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("since"), QStringLiteral("Only events at or after this RFC 3339 time."),
                          QStringLiteral("T")});
        parser.addOption(
            {QStringLiteral("limit"), QStringLiteral("At most N events (default 100)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    };
    command.run = list;
    return {command};
}

} // namespace keyward
