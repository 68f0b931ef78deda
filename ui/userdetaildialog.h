// SPDX-License-Identifier: GPL-3.0-or-later
// One user in one place (opened from the Users page by a double-click, Enter or the context
// menu): the details, with the name editable; roles, status and password with their actions;
// the workspaces; the active sessions, each revocable; the sign-in factors, each removable, and
// their reset; the user's recent audit events. It shows what the page reads and asks the page to
// act (the page confirms, runs and reads again).
#pragma once

#include "auth/mfaservice.h"
#include "auth/user.h"
#include "factortablemodel.h"
#include "sessiontablemodel.h"
#include "storage/auditstore.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace keyward {

class Clock;

class AuditTableModel;

struct UserDetail {
    User user;
    QStringList workspaces; // "slug (role)"
    std::vector<SessionRow> sessions;
    std::vector<AuditRecord> events; // newest first: by the user, or about them
    QHash<qint64, QString> emails; // of users the events name by number
    bool lastAdministrator = false;
    std::optional<MfaStatus> factors; // nothing before the token services start
};

class UserDetailDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserDetailDialog(QWidget *parent = nullptr);
    // "Now" for the tables' relative times (the backend's clock).
    void setClock(const Clock *clock);

    void showDetail(const UserDetail &detail);
    qint64 userId() const { return m_user.record.id; }
    // The user shown (id 0 before the first showDetail).
    const User &user() const { return m_user; }
    QLineEdit *name() const { return m_name; }
    SessionTableModel *sessions() const { return m_sessions; }
    QTableView *sessionView() const { return m_sessionView; }
    AuditTableModel *events() const { return m_events; }
    FactorTableModel *factors() const { return m_factors; }
    QTableView *factorView() const { return m_factorView; }
    // What the policy asks of the user, and their recovery codes left.
    QLabel *factorNote() const { return m_factorNote; }
    // The sign-in factors in front (the other tabs stay a click away).
    void showFactors();

signals:
    void renameRequested(const QString &name);
    void toggleDisabledRequested();
    void rolesRequested();
    void resetPasswordRequested();
    void revokeAllRequested();
    void consentsRequested();
    void revokeSessionRequested(const keyward::SessionRow &session);
    void removeFactorRequested(const keyward::FactorRow &factor);
    void resetFactorsRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QPushButton *button(const QString &text, const QString &name);
    QWidget *makeFactorsTab();
    void showFactorDetail(const UserDetail &detail);
    // Wider for the session columns, as far as the screen allows; then the user agent (the last
    // column) gives up what is still missing, elided, so no column is cut and no scroll bar shows.
    void widenForSessions();
    void fitSessionColumns();

    User m_user;
    QLabel *m_email;
    QLineEdit *m_name;
    QLabel *m_status;
    QLabel *m_roles;
    QLabel *m_created;
    QLabel *m_lastLogin;
    QLabel *m_workspaces;
    QLabel *m_factorSummary; // as the Users page's column says it
    QPushButton *m_saveName;
    QPushButton *m_toggleDisabled;
    QTabWidget *m_tabs;
    SessionTableModel *m_sessions;
    QTableView *m_sessionView;
    QPushButton *m_revokeSession;
    QWidget *m_factorsTab = nullptr;
    FactorTableModel *m_factors;
    QTableView *m_factorView = nullptr;
    QLabel *m_factorNote;
    QPushButton *m_removeFactor = nullptr;
    QPushButton *m_resetFactors = nullptr;
    AuditTableModel *m_events;
};

} // namespace keyward
