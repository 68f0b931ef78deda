// SPDX-License-Identifier: GPL-3.0-or-later
// Users: a table of a window of the users (more on scroll, or by a search of the addresses); create (typed or generated
// password, shown once), disable/enable, delete, reset password, assign roles, revoke every session of a user;
// who has which sign-in factors and who must enrol one, and (in a user's view) removing them.
#pragma once

#include "consolepage.h"
#include "rowtablemodel.h"
#include "userdetaildialog.h"

#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward {

class FactorsInSight;
class UserTableModel;

class UsersPage : public ConsolePage {
    Q_OBJECT
public:
    explicit UsersPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    UserTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QLabel *shown() const { return m_shown; }
    static constexpr int kSearchDelayMs = 250;

    // The actions, on the selected user (the toolbar buttons call these).
    void createUser();
    void toggleDisabled();
    void deleteUser();
    void resetPassword();
    void editRoles();
    void revokeSessions();
    // Forget some of the user's consents to applications: they ask again at the next sign-in.
    void revokeConsents();
    // Users from a JSON-lines file (the CLI's format), with a summary of what was skipped.
    void importUsers();
    // One factor of the user in the detail view, after a question naming it and them.
    void removeFactor(const FactorRow &factor);
    // Every factor and every session of that user (a lost phone, a handed-over account), after a
    // question naming them.
    void resetFactors();
    // The selected user in one place (double-click, Enter, context menu).
    // Finds the user by address and selects them (the audit log's "Show user").
    void showUser(const QString &email);
    void openDetails();
    UserDetailDialog *details() const { return m_details; }

    // The buttons that act on the selected user.
    QPushButton *actionFor(const char *objectName) const;
    QString selectedEmail() const;

private:
    // Offers only what may be done to the selected user, and says why not.
    void updateActions();
    // Reads the open detail view's user again.
    void loadDetails();
    void renameSelected(const QString &name);
    // The user the actions act on: the open detail view's, else the selected one.
    std::optional<User> actedOn() const;
    void askAndCreateUser(const NewUserInput &previous, const QString &problem);
    QStringList grantableRoles() const { return m_roles; }
    // Runs a change on the worker; refreshes and reports when it is done.
    void change(std::function<QString()> work);

    UserTableModel *m_model;
    QSortFilterProxyModel *m_sorter;
    QTableView *m_view;
    QString m_userToSelect; // showUser: selected once a read lists them
    FactorsInSight *m_factors;
    QLineEdit *m_search;
    QLabel *m_shown; // how many are shown, of how many
    QTimer m_searchDelay;
    RowWindow m_window;
    QStringList m_roles;
    QList<QPushButton *> m_userActions;
    QLabel *m_selectHint = nullptr; // in place of the actions while nobody is selected
    qint64 m_lastAdministrator = 0;
    QPointer<UserDetailDialog> m_details;
    qint64 m_detailsFor
        = 0; // the user the detail view was opened for // the id of the only enabled administrator, if there is one
};

} // namespace keyward
