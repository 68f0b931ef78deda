// SPDX-License-Identifier: GPL-3.0-or-later
// workspace create|list|show|delete, workspace add-member|set-role|remove-member|members,
// workspace invite|invitations|uninvite
// (local administration: the rules of WorkspaceService with full power, the last owner kept).
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/accountservice.h"
#include "auth/invitationservice.h"
#include "auth/workspaceservice.h"
#include "backend/backend.h"
#include "common/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

QString slugArgument(CliSession &session)
{
    return session.positional().value(0);
}

// The user named by an e-mail address, or the failure already reported.
std::optional<qint64> userIdOf(CliSession &session, Backend &backend, const QString &email)
{
    const Result<User> user = backend.accounts().find(email);
    if (!user) {
        session.fail(user.error());
        return std::nullopt;
    }
    return user->record.id;
}

int create(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const QCommandLineParser &parser = session.parser();
    NewWorkspace input{slugArgument(session), parser.value(QStringLiteral("name")),
                       parser.value(QStringLiteral("plan")), 0};
    if (input.name.isEmpty())
        input.name = input.slug;
    if (parser.isSet(QStringLiteral("owner"))) {
        const auto owner = userIdOf(session, *backend, parser.value(QStringLiteral("owner")));
        if (!owner)
            return ExitCode::Failure;
        input.ownerId = *owner;
    }
    const Result<Workspace> created = backend->workspaces().create(session.actor(), input);
    if (!created)
        return session.fail(created.error());
    session.out() << "Created workspace " << created->record.slug << " (id " << created->record.id << ", plan "
                  << created->record.plan << ")" << Qt::endl;
    return ExitCode::Success;
}

int list(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<IdPage<Workspace>> all = backend->workspaces().all(session.actor(), 0, -1);
    if (!all)
        return session.fail(all.error());
    std::vector<qint64> ids;
    for (const Workspace &workspace : all->items)
        ids.push_back(workspace.record.id);
    const QHash<qint64, qint64> members = backend->workspaces().memberCounts(ids);
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Workspace &workspace : all->items) {
            QJsonObject json = workspace.toJson();
            json.insert(QStringLiteral("members"), members.value(workspace.record.id));
            array.append(json);
        }
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("SLUG"), QStringLiteral("NAME"), QStringLiteral("PLAN"),
                     QStringLiteral("MEMBERS"), QStringLiteral("CREATED")});
    for (const Workspace &workspace : all->items) {
        const WorkspaceRecord &record = workspace.record;
        table.addRow({QString::number(record.id), record.slug, record.name, record.plan,
                      QString::number(members.value(record.id)), toRfc3339(record.createdAt)});
    }
    table.print(session.out());
    return ExitCode::Success;
}

int show(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<Workspace> workspace = backend->workspaces().find(session.actor(), slugArgument(session));
    if (!workspace)
        return session.fail(workspace.error());
    QJsonObject json = workspace->toJson();
    json.insert(QStringLiteral("members"),
                backend->workspaces().memberCounts({workspace->record.id}).value(workspace->record.id));
    session.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitCode::Success;
}

int remove(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    if (const Status removed = backend->workspaces().remove(session.actor(), slugArgument(session)); !removed)
        return session.fail(removed.error());
    session.out() << "Deleted workspace " << slugArgument(session) << "; its sessions have ended" << Qt::endl;
    return ExitCode::Success;
}

int addMember(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    if (!session.parser().isSet(QStringLiteral("role")))
        return session.usageError(QStringLiteral("workspace add-member needs --role owner|admin|member|guest"));
    const Result<Membership> added
        = backend->workspaces().addMember(session.actor(), slugArgument(session), session.positional().value(1),
                                          session.parser().value(QStringLiteral("role")));
    if (!added)
        return session.fail(added.error());
    session.out() << "Added " << added->record.email << " to " << slugArgument(session) << " as " << added->record.role
                  << Qt::endl;
    return ExitCode::Success;
}

// The installation and the member named by the second argument, or the failure reported.
std::optional<std::pair<std::shared_ptr<Backend>, qint64>> backendAndMember(CliSession &session)
{
    auto backend = session.backendWithTokens();
    const auto userId = backend ? userIdOf(session, *backend, session.positional().value(1)) : std::nullopt;
    if (!userId)
        return std::nullopt;
    return std::pair(std::move(backend), *userId);
}

int setRole(CliSession &session)
{
    const auto found = backendAndMember(session);
    if (!found)
        return ExitCode::Failure;
    const auto &[backend, userId] = *found;
    const Result<Membership> changed
        = backend->workspaces().setRole(session.actor(), slugArgument(session), userId, session.positional().value(2));
    if (!changed)
        return session.fail(changed.error());
    session.out() << changed->record.email << " is now " << changed->record.role << " in " << slugArgument(session)
                  << Qt::endl;
    return ExitCode::Success;
}

int removeMember(CliSession &session)
{
    const auto found = backendAndMember(session);
    if (!found)
        return ExitCode::Failure;
    const auto &[backend, userId] = *found;
    if (const Status removed = backend->workspaces().removeMember(session.actor(), slugArgument(session), userId);
        !removed)
        return session.fail(removed.error());
    session.out() << "Removed " << session.positional().value(1) << " from " << slugArgument(session) << Qt::endl;
    return ExitCode::Success;
}

int members(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<IdPage<Membership>> page
        = backend->workspaces().members(session.actor(), slugArgument(session), 0, -1);
    if (!page)
        return session.fail(page.error());
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Membership &membership : page->items)
            array.append(membership.toJson());
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("USER"), QStringLiteral("EMAIL"), QStringLiteral("ROLE"), QStringLiteral("SINCE")});
    for (const Membership &membership : page->items) {
        const MembershipRecord &record = membership.record;
        table.addRow({record.userPublicId, record.email, record.role, toRfc3339(record.createdAt)});
    }
    table.print(session.out());
    return ExitCode::Success;
}

int invite(CliSession &session)
{
    if (!session.parser().isSet(QStringLiteral("role")))
        return session.usageError(QStringLiteral("workspace invite needs --role owner|admin|member|guest"));
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<Invitation> invited
        = backend->invitations().invite(session.actor(), slugArgument(session), session.positional().value(1),
                                        session.parser().value(QStringLiteral("role")), QStringLiteral("en"));
    if (!invited)
        return session.fail(invited.error());
    if (invited->link.isEmpty())
        session.out() << "Invited " << invited->record.email << " (mail sent; the link works for 7 days)" << Qt::endl;
    else // no mail configured: the inviter passes the link on
        session.out() << "Invited " << invited->record.email << "; send them this link (7 days, once):" << Qt::endl
                      << invited->link << Qt::endl;
    return ExitCode::Success;
}

int invitations(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const Result<IdPage<Invitation>> page = backend->invitations().list(session.actor(), slugArgument(session), 0, -1);
    if (!page)
        return session.fail(page.error());
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Invitation &invitation : page->items)
            array.append(invitation.toJson());
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("ROLE"), QStringLiteral("BY"),
                     QStringLiteral("EXPIRES")});
    for (const Invitation &invitation : page->items) {
        const InvitationRecord &record = invitation.record;
        table.addRow(
            {QString::number(record.id), record.email, record.role, record.invitedBy, toRfc3339(record.expiresAt)});
    }
    table.print(session.out());
    return ExitCode::Success;
}

int uninvite(CliSession &session)
{
    bool ok = false;
    const qint64 id = session.positional().value(1).toLongLong(&ok);
    if (!ok)
        return session.usageError(
            QStringLiteral("workspace uninvite takes SLUG ID (workspace invitations lists them)"));
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    if (const Status revoked = backend->invitations().revoke(session.actor(), slugArgument(session), id); !revoked)
        return session.fail(revoked.error());
    session.out() << "Withdrew invitation " << id << Qt::endl;
    return ExitCode::Success;
}

Command make(const QString &word, const QString &positional, const QString &summary, int minimum, int maximum,
             std::function<void(QCommandLineParser &)> options, std::function<int(CliSession &)> run)
{
    return {
        {QStringLiteral("workspace"), word}, positional, summary, minimum, maximum, std::move(options), std::move(run)};
}

void jsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
}

} // namespace

std::vector<Command> workspaceCommands()
{
    return {
        make(
            QStringLiteral("create"), QStringLiteral("SLUG"), QStringLiteral("Create a workspace"), 1, 1,
            [](QCommandLineParser &parser) {
                parser.addOption(
                    {QStringLiteral("name"), QStringLiteral("Its name (default: the slug)."), QStringLiteral("N")});
                parser.addOption({QStringLiteral("plan"),
                                  QStringLiteral("One of workspaces.plans (default: the first)."),
                                  QStringLiteral("P")});
                parser.addOption(
                    {QStringLiteral("owner"), QStringLiteral("The user who owns it."), QStringLiteral("E")});
            },
            create),
        make(QStringLiteral("list"), {}, QStringLiteral("List every workspace"), 0, 0, jsonOption, list),
        make(QStringLiteral("show"), QStringLiteral("SLUG"), QStringLiteral("Show a workspace"), 1, 1, {}, show),
        make(QStringLiteral("delete"), QStringLiteral("SLUG"),
             QStringLiteral("Delete a workspace and end its sessions"), 1, 1, {}, remove),
        make(
            QStringLiteral("add-member"), QStringLiteral("SLUG EMAIL"), QStringLiteral("Add a user to a workspace"), 2,
            2,
            [](QCommandLineParser &parser) {
                parser.addOption(
                    {QStringLiteral("role"), QStringLiteral("owner, admin, member or guest."), QStringLiteral("R")});
            },
            addMember),
        make(QStringLiteral("set-role"), QStringLiteral("SLUG EMAIL ROLE"),
             QStringLiteral("Change a member's role (their sessions in it end)"), 3, 3, {}, setRole),
        make(QStringLiteral("remove-member"), QStringLiteral("SLUG EMAIL"),
             QStringLiteral("Remove a member (their sessions in it end)"), 2, 2, {}, removeMember),
        make(QStringLiteral("members"), QStringLiteral("SLUG"), QStringLiteral("List a workspace's members"), 1, 1,
             jsonOption, members),
        make(
            QStringLiteral("invite"), QStringLiteral("SLUG EMAIL"),
            QStringLiteral("Invite an address to a workspace (by mail, or prints the link when no mail is set up)"), 2,
            2,
            [](QCommandLineParser &parser) {
                parser.addOption(
                    {QStringLiteral("role"), QStringLiteral("owner, admin, member or guest."), QStringLiteral("R")});
            },
            invite),
        make(QStringLiteral("invitations"), QStringLiteral("SLUG"), QStringLiteral("List a workspace's invitations"), 1,
             1, jsonOption, invitations),
        make(QStringLiteral("uninvite"), QStringLiteral("SLUG ID"), QStringLiteral("Withdraw an invitation"), 2, 2, {},
             uninvite),
    };
}

} // namespace keyward
