// SPDX-License-Identifier: GPL-3.0-or-later
// Workspaces: a window of the workspaces with their plan and member count; create, rename,
// change the plan, delete (after a confirmation that says what ends); the members of the
// selected workspace with their roles: add an existing user, change a role, remove. The console
// is local administration: WorkspaceService's rules with full power, the last owner kept.
#pragma once

#include "consolepage.h"
#include "rowtablemodel.h"

class QLabel;
class QTableView;

namespace keyward {

class InvitationTableModel;
class MemberTableModel;
class WorkspaceTableModel;

class WorkspacesPage : public ConsolePage {
    Q_OBJECT
public:
    explicit WorkspacesPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    WorkspaceTableModel *model() const { return m_workspaces; }
    MemberTableModel *members() const { return m_members; }
    QTableView *view() const { return m_workspaceView; }
    QTableView *memberView() const { return m_memberView; }
    InvitationTableModel *invitations() const { return m_invitations; }
    QTableView *invitationView() const { return m_invitationView; }

    void createWorkspace();
    void renameWorkspace();
    void changePlan();
    void deleteWorkspace();
    void addMember();
    // An address (with or without an account) and a role: a link by mail, or shown to pass on.
    void invite();
    void changeRole();
    void removeMember();
    void withdrawInvitation();

private:
    QString selectedWorkspace() const; // its id, or empty
    // Addresses of existing users, read on the worker as "Add member" is typed.
    EmailSuggestions emailSuggestions();
    // Runs a change on the worker; reports and refreshes when it is done.
    void change(std::function<QString()> work);

    WorkspaceTableModel *m_workspaces;
    MemberTableModel *m_members;
    QTableView *m_workspaceView;
    QTableView *m_memberView;
    QLabel *m_membersTitle;
    InvitationTableModel *m_invitations;
    QTableView *m_invitationView;
    RowWindow m_window;
    QStringList m_plans;
};

} // namespace keyward
