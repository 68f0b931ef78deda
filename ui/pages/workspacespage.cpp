// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacespage.h"

#include "auth/accountservice.h"
#include "auth/invitationservice.h"
#include "auth/workspaceservice.h"
#include "backend/backend.h"
#include "config/settings.h"
#include "consolelanguage.h"
#include "workspacetablemodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward {

namespace {

const QStringList kRoles{QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("member"),
                         QStringLiteral("guest")};
constexpr int kSuggestionCount = 10;

} // namespace

WorkspacesPage::WorkspacesPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_workspaces(new WorkspaceTableModel(this)), m_members(new MemberTableModel(this)),
      m_membersTitle(new QLabel), m_invitations(new InvitationTableModel(this))
{
    m_workspaceView = makeTable(m_workspaces, tr("Workspaces"),
                                tr("No workspaces yet. New workspace… creates one; users create their own while "
                                   "workspaces.self_service is on."));
    m_memberView = makeTable(m_members, tr("Members"), tr("Select a workspace to see its members."));
    m_invitationView = makeTable(m_invitations, tr("Invitations"), tr("No invitation is waiting for an answer."));
    readMoreOnScroll(m_workspaces, m_window);
    connect(m_workspaceView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { refresh(); });

    auto *workspaceButtons = new QHBoxLayout;
    workspaceButtons->addWidget(
        actionButton(tr("&New workspace…"), QStringLiteral("newWorkspace"), &WorkspacesPage::createWorkspace));
    QPushButton *deleteWorkspace
        = actionButton(tr("&Delete…"), QStringLiteral("deleteWorkspace"), &WorkspacesPage::deleteWorkspace);
    const QList<QPushButton *> onWorkspace{
        actionButton(tr("Re&name…"), QStringLiteral("renameWorkspace"), &WorkspacesPage::renameWorkspace),
        actionButton(tr("&Plan…"), QStringLiteral("changePlan"), &WorkspacesPage::changePlan), deleteWorkspace};
    for (QPushButton *button : onWorkspace)
        workspaceButtons->addWidget(button);
    workspaceButtons->addStretch();
    offerOnRows(m_workspaceView, onWorkspace, deleteWorkspace);
    offerOnlyWithSelection(m_workspaceView, onWorkspace, tr("Select a workspace first"));

    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_membersTitle, 1);
    QPushButton *addMember = actionButton(tr("&Add member…"), QStringLiteral("addMember"), &WorkspacesPage::addMember);
    memberButtons->addWidget(addMember);
    QPushButton *invite = actionButton(tr("&Invite…"), QStringLiteral("invite"), &WorkspacesPage::invite);
    memberButtons->addWidget(invite);
    offerOnlyWithSelection(m_workspaceView, {addMember, invite}, tr("Select a workspace first"));
    QPushButton *changeRole = actionButton(tr("R&ole…"), QStringLiteral("changeRole"), &WorkspacesPage::changeRole);
    QPushButton *removeMember
        = actionButton(tr("Re&move member"), QStringLiteral("removeMember"), &WorkspacesPage::removeMember);
    memberButtons->addWidget(changeRole);
    memberButtons->addWidget(removeMember);
    offerOnRows(m_memberView, {changeRole, removeMember}, removeMember, changeRole);
    offerOnlyWithSelection(m_memberView, {changeRole, removeMember}, tr("Select a member first"));

    auto *invitationButtons = new QHBoxLayout;
    invitationButtons->addWidget(new QLabel(tr("Invitations waiting for an answer")), 1);
    QPushButton *withdraw = actionButton(tr("&Withdraw invitation"), QStringLiteral("withdrawInvitation"),
                                         &WorkspacesPage::withdrawInvitation);
    invitationButtons->addWidget(withdraw);
    offerOnRows(m_invitationView, {withdraw}, withdraw);
    offerOnlyWithSelection(m_invitationView, {withdraw}, tr("Select an invitation first"));

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(workspaceButtons);
    topLayout->addWidget(m_workspaceView);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(memberButtons);
    bottomLayout->addWidget(m_memberView);
    auto *pending = new QWidget;
    auto *pendingLayout = new QVBoxLayout(pending);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addLayout(invitationButtons);
    pendingLayout->addWidget(m_invitationView);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);
    split->addWidget(pending);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    m_membersTitle->setText(tr("Select a workspace to see its members."));
}

QString WorkspacesPage::selectedWorkspace() const
{
    return selectedKey(m_workspaceView);
}

void WorkspacesPage::refresh()
{
    if (!m_context.backend->hasTokens())
        return;
    struct Snapshot {
        std::vector<WorkspaceRow> rows;
        std::vector<Membership> members;
        bool moreMembers = false;
        std::vector<Invitation> invitations;
        QString slug; // of the selected workspace
        QStringList plans;
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    // The window of workspaces, their member counts, and the members of the selected one only.
    runRefresh<Snapshot>(
        [backend, actor = m_context.actor, limit = m_window.readLimit(), selected = selectedWorkspace()] {
            Snapshot snapshot;
            WorkspaceService &workspaces = backend->workspaces();
            const IdPage<Workspace> page = orConsoleError(workspaces.all(actor, 0, limit));
            std::vector<qint64> ids;
            for (const Workspace &workspace : page.items)
                ids.push_back(workspace.record.id);
            const QHash<qint64, qint64> counts = workspaces.memberCounts(ids);
            for (const Workspace &workspace : page.items)
                snapshot.rows.push_back({workspace, counts.value(workspace.record.id)});
            if (!selected.isEmpty()) {
                if (const Result<Workspace> workspace = workspaces.find(actor, selected))
                    snapshot.slug = workspace->record.slug;
                if (Result<IdPage<Membership>> members = workspaces.members(actor, selected, 0, RowWindow::kMaxRows)) {
                    snapshot.members = std::move(members->items);
                    snapshot.moreMembers = members->nextAfter.has_value();
                }
                if (Result<IdPage<Invitation>> invitations
                    = backend->invitations().list(actor, selected, 0, RowWindow::kMaxRows))
                    snapshot.invitations = std::move(invitations->items);
            }
            snapshot.plans = backend->settings()->workspaces.plans;
            return snapshot;
        },
        [this](Snapshot snapshot) {
            m_window.show(std::move(snapshot.rows), *m_workspaces);
            m_plans = snapshot.plans;
            const int shown = int(snapshot.members.size());
            m_members->setRows(std::move(snapshot.members));
            m_invitations->setRows(std::move(snapshot.invitations));
            if (snapshot.slug.isEmpty())
                m_membersTitle->setText(tr("Select a workspace to see its members."));
            else if (snapshot.moreMembers)
                m_membersTitle->setText(tr("The first %1 members of %2").arg(shown).arg(snapshot.slug));
            else
                m_membersTitle->setText(tr("Members of %1").arg(snapshot.slug));
        });
}

void WorkspacesPage::change(std::function<QString()> work)
{
    run<QString>(std::move(work), [this](const QString &done) {
        emit message(done);
        refresh();
    });
}

void WorkspacesPage::createWorkspace()
{
    const auto slug
        = m_context.dialogs->askText(this, tr("New workspace"), tr("Slug (2 to 40 of a-z, 0-9 and '-'):"), {});
    if (!slug || slug->trimmed().isEmpty())
        return;
    const auto name = m_context.dialogs->askText(this, tr("New workspace"), tr("Name:"), slug->trimmed());
    if (!name)
        return;
    const auto owner = m_context.dialogs->askText(this, tr("New workspace"),
                                                  tr("E-mail address of its owner (empty: none yet):"), {});
    if (!owner)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, input = NewWorkspace{slug->trimmed(), *name, {}, 0},
            owner = owner->trimmed()]() mutable {
        if (!owner.isEmpty())
            input.ownerId = orConsoleError(backend->accounts().find(owner)).record.id;
        const Workspace created = orConsoleError(backend->workspaces().create(actor, input));
        return tr("Created workspace %1 (plan %2)").arg(created.record.slug, created.record.plan);
    });
}

void WorkspacesPage::renameWorkspace()
{
    const QString id = selectedWorkspace();
    const WorkspaceRow *row = m_workspaces->rowAt(m_workspaces->rowOfKey(id));
    if (!row)
        return;
    const auto name = m_context.dialogs->askText(this, tr("Rename workspace"), tr("Name:"), row->workspace.record.name);
    if (!name)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id, name = *name] {
        orConsoleError(backend->workspaces().change(actor, id, {name, std::nullopt}));
        return tr("Renamed to %1").arg(name.trimmed());
    });
}

void WorkspacesPage::changePlan()
{
    const QString id = selectedWorkspace();
    const WorkspaceRow *row = m_workspaces->rowAt(m_workspaces->rowOfKey(id));
    if (!row)
        return;
    const auto plan = m_context.dialogs->askChoice(this, tr("Plan"), tr("Plan of %1:").arg(row->workspace.record.slug),
                                                   m_plans, row->workspace.record.plan);
    if (!plan)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id, plan = *plan] {
        orConsoleError(backend->workspaces().change(actor, id, {std::nullopt, plan}));
        return tr("The plan is now %1; tokens show it from their next refresh").arg(plan);
    });
}

void WorkspacesPage::deleteWorkspace()
{
    const QString id = selectedWorkspace();
    const WorkspaceRow *row = m_workspaces->rowAt(m_workspaces->rowOfKey(id));
    if (!row)
        return;
    const QString slug = row->workspace.record.slug;
    if (!m_context.dialogs->confirm(
            this, tr("Delete workspace"),
            tr("Delete %1? Its %n member(s) lose it, and every session in it ends now.", nullptr, int(row->members))
                .arg(slug)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id, slug] {
        orConsoleError(backend->workspaces().remove(actor, id));
        return tr("Deleted workspace %1").arg(slug);
    });
}

void WorkspacesPage::addMember()
{
    const QString id = selectedWorkspace();
    const WorkspaceRow *workspace = m_workspaces->rowAt(m_workspaces->rowOfKey(id));
    if (id.isEmpty() || !workspace)
        return;
    const auto input = m_context.dialogs->askNewMember(this, workspace->workspace.record.slug, kRoles,
                                                       QStringLiteral("member"), emailSuggestions());
    if (!input || input->email.isEmpty())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id, email = input->email, role = input->role] {
        const Membership added = orConsoleError(backend->workspaces().addMember(actor, id, email, role));
        return tr("Added %1 as %2").arg(added.record.email, MemberTableModel::roleText(added.record.role));
    });
}

void WorkspacesPage::invite()
{
    const QString id = selectedWorkspace();
    const WorkspaceRow *workspace = m_workspaces->rowAt(m_workspaces->rowOfKey(id));
    if (id.isEmpty() || !workspace)
        return;
    const auto input
        = m_context.dialogs->askInvitation(this, workspace->workspace.record.slug, kRoles, QStringLiteral("member"));
    if (!input || input->email.isEmpty())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    // The mail in the console's language (the invitee's is not known yet).
    const QString language = ConsoleLanguage::locale().name().left(2);
    run<Invitation>(
        [backend, actor = m_context.actor, id, input = *input, language] {
            return orConsoleError(backend->invitations().invite(actor, id, input.email, input.role, language));
        },
        [this](const Invitation &invitation) {
            const QString role = MemberTableModel::roleText(invitation.record.role);
            if (invitation.link.isEmpty()) {
                emit message(tr("Invited %1 as %2: the link is on its way by mail").arg(invitation.record.email, role));
                return;
            }
            // No mail set up: the person inviting passes the link on (it works once, for 7 days).
            m_context.dialogs->showSecret(
                this, tr("Invitation"),
                tr("Mail is not set up, so nobody was mailed. Send %1 this link (it works once, for 7 days); they "
                   "join as %2:")
                    .arg(invitation.record.email, role),
                invitation.link);
            emit message(tr("Invited %1 as %2").arg(invitation.record.email, role));
        });
}

void WorkspacesPage::withdrawInvitation()
{
    const QString id = selectedWorkspace();
    const Invitation *invitation = m_invitations->rowAt(m_invitations->rowOfKey(selectedKey(m_invitationView)));
    if (id.isEmpty() || !invitation
        || !m_context.dialogs->confirm(
            this, tr("Withdraw invitation"),
            tr("Withdraw the invitation of %1? Its link stops working.").arg(invitation->record.email)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change(
        [backend, actor = m_context.actor, id, invitationId = invitation->record.id, email = invitation->record.email] {
            orConsoleError(backend->invitations().revoke(actor, id, invitationId));
            return tr("Withdrew the invitation of %1").arg(email);
        });
}

EmailSuggestions WorkspacesPage::emailSuggestions()
{
    return
        [this, backend = m_context.backend](const QString &prefix, std::function<void(const QStringList &)> deliver) {
            run<QStringList>(
                [backend, prefix] {
                    QStringList emails;
                    for (const User &user : backend->accounts().search(prefix, kSuggestionCount))
                        emails << user.record.email;
                    return emails;
                },
                std::move(deliver));
        };
}

void WorkspacesPage::changeRole()
{
    const QString id = selectedWorkspace();
    const Membership *member = m_members->rowAt(m_members->rowOfKey(selectedKey(m_memberView)));
    if (id.isEmpty() || !member)
        return;
    const auto role = m_context.dialogs->askChoice(this, tr("Role"), tr("Role of %1:").arg(member->record.email),
                                                   kRoles, member->record.role);
    if (!role)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id, userId = member->record.userId, role = *role] {
        const Membership changed = orConsoleError(backend->workspaces().setRole(actor, id, userId, role));
        return tr("%1 is now %2; their sessions in this workspace ended")
            .arg(changed.record.email, MemberTableModel::roleText(changed.record.role));
    });
}

void WorkspacesPage::removeMember()
{
    const QString id = selectedWorkspace();
    const Membership *member = m_members->rowAt(m_members->rowOfKey(selectedKey(m_memberView)));
    if (id.isEmpty() || !member)
        return;
    const QString email = member->record.email;
    if (!m_context.dialogs->confirm(this, tr("Remove member"),
                                    tr("Remove %1 from this workspace? Their sessions in it end now.").arg(email)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id, userId = member->record.userId, email] {
        orConsoleError(backend->workspaces().removeMember(actor, id, userId));
        return tr("Removed %1").arg(email);
    });
}

} // namespace keyward
