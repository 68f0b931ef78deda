// SPDX-License-Identifier: GPL-3.0-or-later
// Every question the console asks a person, behind one interface: the real one shows dialogs,
// tests install scripted answers (the dialogs' test seam).
#pragma once

#include "clientdialog.h"
#include "memberdialog.h"

#include <QString>
#include <QStringList>

#include <optional>

class QUrl;
class QWidget;

namespace keyward {

struct NewUserInput {
    QString email;
    QString name;
    QStringList roles;
    QString password; // empty: generate one and show it once
};

struct NewRoleInput {
    QString name;
    QString parent;
    QStringList permissions;
};

struct NewMemberInput {
    QString email;
    QString role;
};

struct FirstAdminInput {
    QString email;
    QString password;
};

// A password or secret put on the clipboard for a short while (as KeePassXC does): it is cleared
// after kClearAfterMs unless something else was copied since.
struct SecretClipboard {
    static constexpr int kClearAfterMs = 10000;
    static void copy(const QString &secret, int clearAfterMs = kClearAfterMs);
};

class ConsoleDialogs {
public:
    virtual ~ConsoleDialogs() = default;

    // After a refusal, again with what was typed (previous) and why it was refused (problem).
    virtual std::optional<NewUserInput> askNewUser(QWidget *parent, const QStringList &grantableRoles,
                                                   const NewUserInput &previous = {}, const QString &problem = {});
    virtual std::optional<QStringList> askRoles(QWidget *parent, const QString &email, const QStringList &current,
                                                const QStringList &grantable);
    virtual std::optional<FirstAdminInput> askFirstAdmin(QWidget *parent, const FirstAdminInput &previous = {},
                                                         const QString &problem = {});
    virtual std::optional<NewRoleInput> askNewRole(QWidget *parent, const QStringList &roles,
                                                   const QStringList &permissions);
    virtual std::optional<QStringList> askPermissions(QWidget *parent, const QString &role,
                                                      const QStringList &permissions, const QStringList &current);
    virtual std::optional<QString> askChoice(QWidget *parent, const QString &title, const QString &label,
                                             const QStringList &choices, const QString &current);
    // An existing user's address (completed through suggestions) and a workspace role.
    virtual std::optional<NewMemberInput> askNewMember(QWidget *parent, const QString &workspace,
                                                       const QStringList &roles, const QString &defaultRole,
                                                       EmailSuggestions suggestions);
    // Any address and a workspace role, to invite.
    virtual std::optional<NewMemberInput> askInvitation(QWidget *parent, const QString &workspace,
                                                        const QStringList &roles, const QString &defaultRole);
    // An application's registration; existing: editing that one.
    virtual std::optional<ClientInput> askClient(QWidget *parent, const std::optional<ClientInput> &existing);
    // Of the applications a user allowed, those whose consent to forget.
    virtual std::optional<QStringList> askConsentsToRevoke(QWidget *parent, const QString &email,
                                                           const QStringList &applications);
    // Of the users who allowed an application, those whose consent to forget.
    virtual std::optional<QStringList> askConsentsOfApplication(QWidget *parent, const QString &application,
                                                                const QStringList &emails);
    // Opens a URL in the user's web browser.
    virtual void openUrl(const QUrl &url);
    // A question before an irreversible action; the title names the action and is the button
    // that does it (beside Cancel, the default).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question);
    // Shows a secret once (a generated password), with a button that copies it.
    virtual void showSecret(QWidget *parent, const QString &title, const QString &text, const QString &secret);
    virtual QString askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName);
    virtual QString askOpenFile(QWidget *parent, const QString &title);
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &current);
    virtual void showReport(QWidget *parent, const QString &title, const QString &report);
    virtual void showError(QWidget *parent, const QString &title, const QString &message);

private:
    // A dialog of check boxes, one per item.
    static std::optional<QStringList> askChecks(QWidget *parent, const QString &title, const QString &label,
                                                const QStringList &items, const QStringList &checked);
};

} // namespace keyward
