// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdetaildialog.h"

#include "audittablemodel.h"
#include "tablestyle.h"
#include "timetext.h"
#include "usertablemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace keyward {

namespace {

QTableView *table(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setModel(model);
    makeRowTable(view, name);
    return view;
}

} // namespace

UserDetailDialog::UserDetailDialog(QWidget *parent)
    : QDialog(parent), m_email(new QLabel), m_name(new QLineEdit), m_status(new QLabel), m_roles(new QLabel),
      m_created(new QLabel), m_lastLogin(new QLabel), m_workspaces(new QLabel), m_factorSummary(new QLabel),
      m_tabs(new QTabWidget), m_sessions(new SessionTableModel(this)), m_factors(new FactorTableModel(this)),
      m_factorNote(new QLabel), m_events(new AuditTableModel(this))
{
    setObjectName(QStringLiteral("userDetail"));
    QFont bold = m_email->font();
    bold.setBold(true);
    m_email->setFont(bold);
    for (QLabel *label : {m_email, m_status, m_roles, m_created, m_lastLogin, m_workspaces, m_factorSummary})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_workspaces->setWordWrap(true); // may be many
    m_name->setAccessibleName(tr("Name"));
    m_saveName = button(tr("&Save name"), QStringLiteral("saveName"));
    m_saveName->setEnabled(false);
    connect(m_name, &QLineEdit::textEdited, m_saveName, [this] { m_saveName->setEnabled(true); });
    connect(m_saveName, &QPushButton::clicked, this, [this] { emit renameRequested(m_name->text().trimmed()); });
    connect(m_name, &QLineEdit::returnPressed, m_saveName, &QPushButton::click);
    m_toggleDisabled = button(tr("Disable"), QStringLiteral("detailToggleDisabled"));
    connect(m_toggleDisabled, &QPushButton::clicked, this, &UserDetailDialog::toggleDisabledRequested);
    QPushButton *roles = button(tr("Change &roles…"), QStringLiteral("detailRoles"));
    connect(roles, &QPushButton::clicked, this, &UserDetailDialog::rolesRequested);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_saveName);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_toggleDisabled);
    auto *rolesRow = new QHBoxLayout;
    rolesRow->addWidget(m_roles, 1);
    rolesRow->addWidget(roles);
    auto *form = new QFormLayout;
    form->addRow(tr("E-mail:"), m_email);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);
    form->addRow(tr("Status:"), statusRow);
    form->addRow(tr("Roles:"), rolesRow);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Last login:"), m_lastLogin);
    form->addRow(tr("Workspaces:"), m_workspaces);
    form->addRow(tr("Sign-in factors:"), m_factorSummary);

    auto *accountButtons = new QHBoxLayout;
    QPushButton *reset = button(tr("Reset &password…"), QStringLiteral("detailResetPassword"));
    connect(reset, &QPushButton::clicked, this, &UserDetailDialog::resetPasswordRequested);
    QPushButton *revokeAll = button(tr("Sign out &everywhere…"), QStringLiteral("detailRevokeAll"));
    connect(revokeAll, &QPushButton::clicked, this, &UserDetailDialog::revokeAllRequested);
    QPushButton *consents = button(tr("&Consents…"), QStringLiteral("detailConsents"));
    connect(consents, &QPushButton::clicked, this, &UserDetailDialog::consentsRequested);
    accountButtons->addWidget(reset);
    accountButtons->addWidget(revokeAll);
    accountButtons->addWidget(consents);
    accountButtons->addStretch();

    m_sessionView = table(m_sessions, tr("Sessions of this user"));
    // Who and when first: the user is this one, and the rotation count and session id are on the
    // Sessions page; what is left fits the dialog without a horizontal scroll bar.
    m_sessionView->hideColumn(SessionTableModel::User);
    m_sessionView->hideColumn(SessionTableModel::Rotations);
    m_sessionView->hideColumn(SessionTableModel::Session);
    QHeaderView *sessionHeader = m_sessionView->horizontalHeader();
    sessionHeader->moveSection(sessionHeader->visualIndex(SessionTableModel::UserAgent),
                               SessionTableModel::ColumnCount - 1);
    m_revokeSession = button(tr("Re&voke session…"), QStringLiteral("detailRevokeSession"));
    m_revokeSession->setEnabled(false);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::selectionChanged, m_revokeSession,
            [this] { m_revokeSession->setEnabled(m_sessionView->selectionModel()->hasSelection()); });
    connect(m_revokeSession, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_sessionView->selectionModel()->selectedRows();
        if (const SessionRow *session = rows.isEmpty() ? nullptr : m_sessions->rowAt(rows.first().row()))
            emit revokeSessionRequested(*session);
    });
    auto *sessionsTab = new QWidget;
    auto *sessionsLayout = new QVBoxLayout(sessionsTab);
    sessionsLayout->addWidget(m_sessionView);
    sessionsLayout->addWidget(m_revokeSession, 0, Qt::AlignLeft);
    QTableView *eventView = table(m_events, tr("Recent events of this user"));
    m_tabs->addTab(sessionsTab, tr("Sessions"));
    m_tabs->addTab(makeFactorsTab(), tr("Sign-in factors"));
    m_tabs->addTab(eventView, tr("Recent activity"));

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false); // Enter in the name saves it, nothing more
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(accountButtons);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);
    resize(760, 560);
}

QPushButton *UserDetailDialog::button(const QString &text, const QString &name)
{
    auto *made = new QPushButton(text);
    made->setObjectName(name);
    made->setAutoDefault(false); // Enter in the name field saves the name, nothing else
    return made;
}

QWidget *UserDetailDialog::makeFactorsTab()
{
    m_factorView = table(m_factors, tr("Sign-in factors of this user"));
    m_factorNote->setObjectName(QStringLiteral("factorNote"));
    m_factorNote->setWordWrap(true);
    m_factorNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_removeFactor = button(tr("Re&move…"), QStringLiteral("detailRemoveFactor"));
    m_removeFactor->setEnabled(false);
    connect(m_factorView->selectionModel(), &QItemSelectionModel::selectionChanged, m_removeFactor,
            [this] { m_removeFactor->setEnabled(m_factorView->selectionModel()->hasSelection()); });
    connect(m_removeFactor, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_factorView->selectionModel()->selectedRows();
        if (const FactorRow *factor = rows.isEmpty() ? nullptr : m_factors->rowAt(rows.first().row()))
            emit removeFactorRequested(*factor);
    });
    m_resetFactors = button(tr("Reset sign-in &factors…"), QStringLiteral("detailResetFactors"));
    connect(m_resetFactors, &QPushButton::clicked, this, &UserDetailDialog::resetFactorsRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_removeFactor);
    buttons->addWidget(m_resetFactors);
    buttons->addStretch();
    m_factorsTab = new QWidget;
    m_factorsTab->setObjectName(QStringLiteral("factorsTab"));
    auto *layout = new QVBoxLayout(m_factorsTab);
    layout->addWidget(m_factorNote);
    layout->addWidget(m_factorView);
    layout->addLayout(buttons);
    return m_factorsTab;
}

void UserDetailDialog::showFactors()
{
    m_tabs->setCurrentWidget(m_factorsTab);
}

void UserDetailDialog::setClock(const Clock *clock)
{
    m_sessions->setClock(clock);
    m_factors->setClock(clock);
    m_events->setClock(clock);
}

void UserDetailDialog::showDetail(const UserDetail &detail)
{
    const UserRecord &record = detail.user.record;
    m_user = detail.user;
    setWindowTitle(tr("User %1").arg(record.email));
    m_email->setText(record.email);
    if (!m_name->hasFocus() || !m_saveName->isEnabled()) { // not while a new name is being typed
        m_name->setText(record.name);
        m_saveName->setEnabled(false);
    }
    m_status->setText(record.disabled ? tr("Disabled: cannot sign in") : tr("Active"));
    m_toggleDisabled->setText(record.disabled ? tr("&Enable") : tr("&Disable…"));
    m_toggleDisabled->setEnabled(!detail.lastAdministrator);
    m_toggleDisabled->setToolTip(detail.lastAdministrator
                                     ? tr("The only enabled administrator cannot be disabled: give another user "
                                          "the admin role first")
                                     : QString());
    m_roles->setText(detail.user.roles.isEmpty() ? tr("none") : detail.user.roles.join(QLatin1String(", ")));
    m_created->setText(localTime(record.createdAt));
    m_lastLogin->setText(record.lastLoginAt ? localTime(*record.lastLoginAt) : tr("Never"));
    m_workspaces->setText(detail.workspaces.isEmpty() ? tr("none") : detail.workspaces.join(QLatin1String(", ")));
    m_sessions->setRows(detail.sessions);
    m_events->setEmails(detail.emails);
    m_events->setRows(detail.events);
    m_tabs->setTabText(0, tr("Sessions (%1)").arg(detail.sessions.size()));
    m_sessionView->setColumnHidden(SessionTableModel::Workspace,
                                   std::all_of(detail.sessions.begin(), detail.sessions.end(),
                                               [](const SessionRow &row) { return row.workspaceSlug.isEmpty(); }));
    m_sessionView->resizeColumnsToContents();
    showFactorDetail(detail);
    resize(size().expandedTo(sizeHint())); // every button whole, in every language
    widenForSessions();
}

void UserDetailDialog::showFactorDetail(const UserDetail &detail)
{
    const int tab = m_tabs->indexOf(m_factorsTab);
    // The factors' services start with the token services; without them nothing is known.
    m_tabs->setTabEnabled(tab, detail.factors.has_value());
    if (!detail.factors) {
        m_factors->setRows({});
        m_factorSummary->setText(tr("Unknown while the token services are not running"));
        m_tabs->setTabText(tab, tr("Sign-in factors"));
        return;
    }
    const MfaStatus &status = *detail.factors;
    const FactorSummary summary{status.totp, int(status.passkeys.size()), status.required};
    m_factors->setRows(FactorTableModel::rowsOf(status));
    m_factorSummary->setText(UserTableModel::factorsText(summary));
    QString policy;
    if (summary.mustEnrol())
        policy = tr("⚠ mfa.required asks this user for a second factor and they have none: they must enrol one at "
                    "their next sign-in.");
    else if (summary.required)
        policy = tr("mfa.required asks this user for a second factor.");
    else
        policy = tr("mfa.required does not ask this user for a second factor, but any they enrol is asked for at "
                    "sign-in.");
    m_factorNote->setText(policy + QLatin1Char('\n') + tr("Recovery codes left: %1").arg(status.recoveryCodesLeft));
    // A reset with nothing to remove would only sign them out: Sign out everywhere says that.
    const bool anything = summary.any() || status.recoveryCodesLeft > 0;
    m_resetFactors->setEnabled(anything);
    m_resetFactors->setToolTip(anything ? QString()
                                        : tr("%1 has no sign-in factors to reset").arg(m_user.record.email));
    m_removeFactor->setEnabled(m_factorView->selectionModel()->hasSelection());
    m_tabs->setTabText(tab, tr("Sign-in factors (%1)").arg(m_factors->rowCount()));
    m_factorView->resizeColumnsToContents();
}

void UserDetailDialog::widenForSessions()
{
    // Every session column whole (the table's own size hint ignores its columns), as far as the
    // screen allows; a scroll bar only beyond that.
    const int needed = m_sessionView->horizontalHeader()->length() + 2 * m_sessionView->frameWidth()
        + m_sessionView->verticalScrollBar()->sizeHint().width();
    const int missing = needed - m_sessionView->width();
    if (missing <= 0)
        return;
    const int available = screen() ? screen()->availableGeometry().width() : width() + missing;
    resize(qMin(width() + missing, available), height());
    fitSessionColumns();
}

void UserDetailDialog::fitSessionColumns()
{
    QHeaderView *header = m_sessionView->horizontalHeader();
    const int overflow = header->length() - m_sessionView->viewport()->width();
    if (overflow <= 0)
        return;
    constexpr int kNarrowest = 60;
    const int agent = header->sectionSize(SessionTableModel::UserAgent);
    header->resizeSection(SessionTableModel::UserAgent, qMax(kNarrowest, agent - overflow));
}

void UserDetailDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitSessionColumns();
}

} // namespace keyward
