// SPDX-License-Identifier: GPL-3.0-or-later
// mail test --to E, mail outbox [--state S] [--json], mail retry ID
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "common/timeformat.h"
#include "mail/mailoutbox.h"
#include "mail/mailsender.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

int sendTest(CliSession &session)
{
    if (!session.parser().isSet(QStringLiteral("to")))
        return session.usageError(QStringLiteral("mail test needs --to ADDRESS"));
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<OutboxRecord> queued
        = backend->mail().sendTest(session.actor(), session.parser().value(QStringLiteral("to")));
    if (!queued)
        return session.fail(queued.error());
    // Sent from here, now, so the answer says whether the SMTP settings work.
    MailSender sender(backend);
    const std::optional<OutboxRecord> after = sender.deliverNow(queued->id);
    if (!after) // a server took it first
        session.out() << "queued as message " << queued->id << "; a serving Keyward is sending it" << Qt::endl;
    else if (after->state == OutboxRecord::State::Sent)
        session.out() << "sent to " << after->recipient << Qt::endl;
    else
        return session.fail(QStringLiteral("not sent (message %1 stays in the outbox and is retried): %2")
                                .arg(after->id)
                                .arg(after->lastError));
    return ExitCode::Success;
}

int outbox(CliSession &session)
{
    std::optional<OutboxRecord::State> state;
    if (session.parser().isSet(QStringLiteral("state"))) {
        state = outboxStateNamed(session.parser().value(QStringLiteral("state")));
        if (!state)
            return session.usageError(QStringLiteral("--state takes pending, failed or sent"));
    }
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const std::vector<OutboxRecord> messages = backend->mail().list(state, 0, -1);
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OutboxRecord &message : messages)
            array.append(MailOutbox::toJson(message));
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("TO"), QStringLiteral("KIND"),
                     QStringLiteral("ATTEMPTS"), QStringLiteral("QUEUED"), QStringLiteral("LAST ERROR")});
    for (const OutboxRecord &message : messages)
        table.addRow({QString::number(message.id), outboxStateName(message.state), message.recipient, message.kind,
                      QString::number(message.attempts), toRfc3339(message.createdAt), message.lastError});
    table.print(session.out());
    return ExitCode::Success;
}

int retry(CliSession &session)
{
    bool ok = false;
    const qint64 id = session.positional().value(0).toLongLong(&ok);
    if (!ok)
        return session.usageError(QStringLiteral("mail retry takes a message id (mail outbox lists them)"));
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<OutboxRecord> retried = backend->mail().retry(session.actor(), id);
    if (!retried)
        return session.fail(retried.error());
    session.out() << "message " << id << " is due again" << Qt::endl;
    return ExitCode::Success;
}

} // namespace

std::vector<Command> mailCommands()
{
    Command test;
    test.words = QStringList{QStringLiteral("mail"), QStringLiteral("test")};
    test.summary = QStringLiteral("Send a test message now with the mail settings in effect");
    test.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("to"), QStringLiteral("The recipient."), QStringLiteral("E")});
    };
    test.run = sendTest;

    Command list;
    list.words = QStringList{QStringLiteral("mail"), QStringLiteral("outbox")};
    list.summary = QStringLiteral("List outgoing mail: waiting (pending), failed and sent");
    list.addOptions = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("state"), QStringLiteral("pending, failed or sent."), QStringLiteral("S")});
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    };
    list.run = outbox;

    Command again;
    again.words = QStringList{QStringLiteral("mail"), QStringLiteral("retry")};
    again.positionalHelp = QStringLiteral("ID");
    again.summary = QStringLiteral("Send a failed or waiting message again now");
    again.minPositional = 1;
    again.maxPositional = 1;
    again.run = retry;
    return {test, list, again};
}

} // namespace keyward
