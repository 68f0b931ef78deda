// SPDX-License-Identifier: GPL-3.0-or-later
#include "userspage.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/authenticatorapps.h"
#include "auth/builtinroles.h"
#include "auth/mfaservice.h"
#include "auth/oidcservice.h"
#include "auth/passkeyservice.h"
#include "auth/rolegraph.h"
#include "auth/sessionservice.h"
#include "auth/statistics.h"
#include "auth/userimporter.h"
#include "auth/workspaceservice.h"
#include "backend/backend.h"
#include "crypto/securerandom.h"
#include "factorsinsight.h"
#include "storage/database.h"
#include "userdetaildialog.h"
#include "usertablemodel.h"
#include "workspacetablemodel.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <stdexcept>

namespace keyward {

namespace {

// The events that name their user by number as the target (the sign-in factors' services, and a
// revocation of all of a user's sessions) rather than by address.
bool targetsUserByNumber(const QString &action)
{
    for (const char *prefix : {"mfa.", "passkey.", "totp.", "recovery_codes.", "session.revoke_all"}) {
        if (action.startsWith(QLatin1String(prefix)))
            return true;
    }
    return false;
}

} // namespace

UsersPage::UsersPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new UserTableModel(this)), m_sorter(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit), m_shown(new QLabel)
{
    // The model holds a window of the users in address order (RowWindow): scrolling to its end
    // reads a larger one, a search reads the matching addresses. Sorting sorts what is loaded.
    m_sorter->setSourceModel(m_model);
    m_view = makeTable(m_sorter, tr("Users"),
                       tr("No users to show. New user… adds one, Import… reads many from a file; people register "
                          "themselves while registration.enabled is on."));
    readMoreOnScroll(m_model, m_window);
    m_factors = new FactorsInSight(m_view, m_model, m_context);

    m_search->setPlaceholderText(tr("Search users by e-mail address"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs); // one read when the typing pauses, not one per key
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        m_window.reset();
        refresh();
    });
    m_shown->setAccessibleName(tr("Users shown"));

    auto *buttons = new QHBoxLayout;
    m_userActions = {
        actionButton(tr("De&tails…"), QStringLiteral("userDetails"), &UsersPage::openDetails),
        actionButton(tr("&Roles…"), QStringLiteral("editRoles"), &UsersPage::editRoles),
        actionButton(tr("Disabl&e…"), QStringLiteral("toggleDisabled"), &UsersPage::toggleDisabled),
        actionButton(tr("Reset &password"), QStringLiteral("resetPassword"), &UsersPage::resetPassword),
        actionButton(tr("Revoke &sessions"), QStringLiteral("revokeSessions"), &UsersPage::revokeSessions),
        actionButton(tr("&Consents…"), QStringLiteral("userConsents"), &UsersPage::revokeConsents),
        actionButton(tr("&Delete…"), QStringLiteral("deleteUser"), &UsersPage::deleteUser),
    };
    // With nobody selected the row says what selecting does, instead of seven greyed buttons.
    m_selectHint = new QLabel;
    m_selectHint->setObjectName(QStringLiteral("selectUserHint"));
    m_selectHint->setWordWrap(true); // never what sets the window's width
    m_selectHint->setText(tr("Select a user to see their details, change their roles, password or sessions, "
                             "or remove them."));
    buttons->addWidget(m_selectHint, 1);
    for (QPushButton *action : std::as_const(m_userActions))
        buttons->addWidget(action);
    buttons->addStretch();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    offerOnRows(m_view, m_userActions, actionFor("deleteUser"), actionFor("userDetails"));
    updateActions();
    // New and Import act on no selected user: beside the search, which also spans the whole list.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(actionButton(tr("&New user…"), QStringLiteral("newUser"), &UsersPage::createUser));
    searchRow->addWidget(actionButton(tr("&Import…"), QStringLiteral("importUsers"), &UsersPage::importUsers));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    layout->addWidget(m_shown);
}

void UsersPage::refresh()
{
    struct Snapshot {
        std::vector<UserRow> rows;
        QStringList roles;
        qint64 total = 0;
        qint64 lastAdministrator = 0;
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    // The window only: its users, their roles and live sessions, the sign-in factors of those in
    // sight, and the total from a counter.
    runRefresh<Snapshot>(
        [backend, search = m_search->text(), limit = m_window.readLimit(), inSight = m_factors->idsInSight()] {
            Snapshot snapshot;
            std::vector<User> users = backend->accounts().search(search, limit);
            std::vector<qint64> ids;
            std::vector<User> seen;
            for (const User &user : users) {
                ids.push_back(user.record.id);
                if (inSight.contains(user.record.id))
                    seen.push_back(user);
            }
            const QHash<qint64, FactorSummary> factors = FactorsInSight::read(*backend, seen);
            const QHash<qint64, int> sessions
                = backend->hasTokens() ? backend->sessions().activeCountsOf(ids) : QHash<qint64, int>{};
            const auto memberships = backend->hasTokens() ? backend->workspaces().membershipsOfUsers(ids)
                                                          : QHash<qint64, std::vector<std::pair<QString, QString>>>{};
            for (User &user : users) {
                const qint64 id = user.record.id;
                QStringList workspaces;
                for (const auto &[slug, role] : memberships.value(id))
                    workspaces << QStringLiteral("%1 (%2)").arg(slug, MemberTableModel::roleText(role));
                const auto known = factors.constFind(id);
                snapshot.rows.push_back({std::move(user), sessions.value(id), workspaces,
                                         known == factors.cend() ? std::nullopt : std::optional(*known)});
            }
            // One enabled administrator in the window is the last one only if there is no other.
            for (const UserRow &row : snapshot.rows) {
                if (row.user.roles.contains(BuiltinRoles::admin()) && !row.user.record.disabled) {
                    if (backend->accounts().isLastAdministrator(row.user))
                        snapshot.lastAdministrator = row.user.record.id;
                    break;
                }
            }
            snapshot.roles = RoleGraph::load(backend->database().connection()).allRoles();
            snapshot.total = backend->statistics().figures().users;
            return snapshot;
        },
        [this](Snapshot snapshot) {
            const bool more = m_window.show(std::move(snapshot.rows), *m_model);
            if (!m_userToSelect.isEmpty()) {
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    if (m_model->userAt(row)->record.email.compare(m_userToSelect, Qt::CaseInsensitive) == 0) {
                        m_view->selectRow(m_sorter->mapFromSource(m_model->index(row, 0)).row());
                        break;
                    }
                }
                m_userToSelect.clear();
            }
            m_factors->readSoon(); // rows that came into sight while this was read
            const int shown = m_model->rowCount();
            m_roles = snapshot.roles;
            m_lastAdministrator = snapshot.lastAdministrator;
            updateActions();
            if (m_details && m_details->isVisible())
                loadDetails();
            if (!m_search->text().trimmed().isEmpty())
                m_shown->setText(more ? tr("The first %1 matching users").arg(shown)
                                      : tr("%n matching user(s)", nullptr, shown));
            else if (more && m_window.rows >= RowWindow::kMaxRows)
                m_shown->setText(
                    tr("The first %1 of %2 users: search to find the others").arg(shown).arg(snapshot.total));
            else
                m_shown->setText(tr("%1 of %2 users").arg(shown).arg(snapshot.total));
        });
}

void UsersPage::showUser(const QString &email)
{
    m_userToSelect = email;
    m_search->setText(email); // read at once, not when the typing delay ends
    m_searchDelay.stop();
    m_window.reset();
    refresh();
}

QPushButton *UsersPage::actionFor(const char *objectName) const
{
    for (QPushButton *action : m_userActions) {
        if (action->objectName() == QLatin1String(objectName))
            return action;
    }
    return nullptr;
}

void UsersPage::updateActions()
{
    const User *user = m_model->userAt(m_model->rowOfKey(selectedKey(m_view)));
    m_selectHint->setVisible(user == nullptr);
    for (QPushButton *action : std::as_const(m_userActions)) {
        action->setVisible(user != nullptr);
        action->setEnabled(user != nullptr);
        action->setToolTip(QString());
    }
    // The toggle says what it does to this user.
    actionFor("toggleDisabled")->setText(user && user->record.disabled ? tr("&Enable") : tr("Disabl&e…"));
    if (user && user->record.id == m_lastAdministrator) {
        const QString why = tr("%1 is the only enabled administrator: give another user the admin role first")
                                .arg(user->record.email);
        for (const char *name : {"toggleDisabled", "deleteUser"}) {
            actionFor(name)->setEnabled(false);
            actionFor(name)->setToolTip(why);
        }
    }
}

void UsersPage::openDetails()
{
    const User *selected = m_model->userAt(m_model->rowOfKey(selectedKey(m_view)));
    if (!selected)
        return;
    m_detailsFor = selected->record.id;
    if (!m_details) {
        // Window-modal; the actions it offers act on the user it shows (actedOn).
        m_details = new UserDetailDialog(this);
        m_details->setClock(&m_context.backend->clock());
        connect(m_details, &UserDetailDialog::renameRequested, this, &UsersPage::renameSelected);
        connect(m_details, &UserDetailDialog::toggleDisabledRequested, this, &UsersPage::toggleDisabled);
        connect(m_details, &UserDetailDialog::rolesRequested, this, &UsersPage::editRoles);
        connect(m_details, &UserDetailDialog::resetPasswordRequested, this, &UsersPage::resetPassword);
        connect(m_details, &UserDetailDialog::revokeAllRequested, this, &UsersPage::revokeSessions);
        connect(m_details, &UserDetailDialog::consentsRequested, this, &UsersPage::revokeConsents);
        connect(m_details, &UserDetailDialog::revokeSessionRequested, this,
                [this](const SessionRow &session) { askAndRevokeSession(session, [] {}); });
        connect(m_details, &UserDetailDialog::removeFactorRequested, this, &UsersPage::removeFactor);
        connect(m_details, &UserDetailDialog::resetFactorsRequested, this, &UsersPage::resetFactors);
    }
    loadDetails();
    m_details->open();
}

void UsersPage::loadDetails()
{
    if (!m_details)
        return;
    const qint64 id = m_detailsFor;
    if (id <= 0)
        return;
    const bool last = id == m_lastAdministrator;
    std::shared_ptr<Backend> backend = m_context.backend;
    run<UserDetail>(
        [backend, id, last] {
            UserDetail detail;
            detail.user = orConsoleError(backend->accounts().findById(id));
            detail.lastAdministrator = last;
            if (backend->hasTokens()) {
                detail.sessions = orConsoleError(backend->sessions().page(id, {}, RowWindow::kPageRows)).items;
                for (const auto &[slug, role] : backend->workspaces().membershipsOfUsers({id}).value(id))
                    detail.workspaces << QStringLiteral("%1 (%2)").arg(slug, MemberTableModel::roleText(role));
                detail.factors = backend->mfa().statusOf(detail.user);
            }
            // The newest events by the user or about them (the log names a user by address, by
            // number, or in the details).
            const QString email = detail.user.record.email;
            const QString number = QString::number(id);
            AuditQuery query;
            query.limit = 2000;
            for (AuditRecord &event : backend->audit().list(query)) {
                if (event.target == email || event.actor == QLatin1String("user:") + email
                    || event.actor == QLatin1String("user:") + number
                    || event.detail(QStringLiteral("user_id")) == number
                    || (event.target == number && targetsUserByNumber(event.action)))
                    detail.events.push_back(std::move(event));
                if (detail.events.size() >= 200)
                    break;
            }
            detail.emails.insert(id, email);
            return detail;
        },
        [this](const UserDetail &detail) {
            if (m_details)
                m_details->showDetail(detail);
        });
}

void UsersPage::renameSelected(const QString &name)
{
    const QString email = selectedEmail();
    if (email.isEmpty())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    change([backend, actor, email, name] {
        orConsoleError(backend->accounts().rename(actor, email, name));
        return tr("Renamed %1").arg(email);
    });
}

QString UsersPage::selectedEmail() const
{
    const std::optional<User> user = actedOn();
    return user ? user->record.email : QString();
}

std::optional<User> UsersPage::actedOn() const
{
    // The open detail view's user, whatever the table shows meanwhile.
    if (m_details && m_details->isVisible())
        return m_details->user().record.id == m_detailsFor ? std::optional(m_details->user()) : std::nullopt;
    const User *user = m_model->userAt(m_model->rowOfKey(selectedKey(m_view)));
    return user ? std::optional(*user) : std::nullopt;
}

void UsersPage::change(std::function<QString()> work)
{
    run<QString>(std::move(work), [this](const QString &done) {
        emit message(done);
        refresh();
    });
}

void UsersPage::createUser()
{
    askAndCreateUser({}, {});
}

void UsersPage::askAndCreateUser(const NewUserInput &previous, const QString &problem)
{
    const auto input = m_context.dialogs->askNewUser(this, grantableRoles(), previous, problem);
    if (!input)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    const bool generate = input->password.isEmpty();
    NewUser newUser{input->email, input->name, input->roles, generate ? generatePassword() : input->password, {}};
    // The generated password is shown once, after the user exists; a refusal asks again, with
    // what was typed.
    m_context.worker->run<QString>(
        this,
        [backend, actor, newUser] {
            orConsoleError(backend->accounts().create(actor, newUser));
            return newUser.password;
        },
        [this, email = input->email, generate](const QString &password) {
            emit message(tr("Created %1").arg(email));
            if (generate)
                m_context.dialogs->showSecret(this, tr("New user"),
                                              tr("The password of %1 (shown only now):").arg(email), password);
            refresh();
        },
        [this, typed = *input](const QString &error) { askAndCreateUser(typed, error); });
}

void UsersPage::toggleDisabled()
{
    const std::optional<User> user = actedOn();
    if (!user)
        return;
    const QString email = user->record.email;
    const bool disable = !user->record.disabled;
    if (disable
        && !m_context.dialogs->confirm(this, tr("Disable user"),
                                       tr("Disable %1? Their sessions end at once and they cannot sign in until "
                                          "enabled again.")
                                           .arg(email)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    change([backend, actor, email, disable] {
        orConsoleError(backend->accounts().setDisabled(actor, email, disable));
        return disable ? tr("Disabled %1").arg(email) : tr("Enabled %1").arg(email);
    });
}

void UsersPage::deleteUser()
{
    const QString email = selectedEmail();
    if (email.isEmpty()
        || !m_context.dialogs->confirm(this, tr("Delete user"),
                                       tr("Delete %1? Their sessions end and they cannot sign in again.").arg(email)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    change([backend, actor, email] {
        orConsoleError(backend->accounts().remove(actor, email));
        return tr("Deleted %1").arg(email);
    });
}

void UsersPage::resetPassword()
{
    const QString email = selectedEmail();
    if (email.isEmpty())
        return;
    if (!m_context.dialogs->confirm(this, tr("Reset password"),
                                    tr("Give %1 a new password? Their current one stops working, and the new one is "
                                       "shown to you once to pass on.")
                                        .arg(email)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    const QString password = generatePassword();
    run<QString>(
        [backend, actor, email, password] {
            orConsoleError(backend->accounts().resetPassword(actor, email, password));
            return password;
        },
        [this, email](const QString &newPassword) {
            emit message(tr("New password for %1").arg(email));
            m_context.dialogs->showSecret(this, tr("Reset password"),
                                          tr("The new password of %1 (shown only now):").arg(email), newPassword);
        });
}

void UsersPage::editRoles()
{
    const std::optional<User> user = actedOn();
    if (!user)
        return;
    const QString email = user->record.email;
    const auto roles = m_context.dialogs->askRoles(this, email, user->roles, grantableRoles());
    if (!roles)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    change([backend, actor, email, roles = *roles] {
        orConsoleError(backend->accounts().setRoles(actor, email, roles));
        return tr("Roles of %1: %2").arg(email, roles.join(QLatin1String(", ")));
    });
}

void UsersPage::revokeSessions()
{
    const std::optional<User> user = actedOn();
    if (!user || !m_context.backend->hasTokens())
        return;
    const qint64 id = user->record.id;
    const QString email = user->record.email;
    if (!m_context.dialogs->confirm(
            this, tr("Revoke sessions"),
            tr("Sign %1 out everywhere? Every session and token of %1 stops working at once.").arg(email)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    change([backend, actor, id, email] {
        const int ended = orConsoleError(backend->sessions().revokeAllOfUser(actor, id, QStringLiteral("console")));
        return tr("Ended %n session(s) of %1", nullptr, ended).arg(email);
    });
}

void UsersPage::revokeConsents()
{
    const std::optional<User> user = actedOn();
    if (!user || !m_context.backend->hasTokens())
        return;
    const qint64 id = user->record.id;
    const QString email = user->record.email;
    std::shared_ptr<Backend> backend = m_context.backend;
    // The applications this user allowed (read on the worker), then which consents to forget.
    run<QStringList>(
        [backend, id] {
            QStringList clients;
            for (const ConsentRecord &consent : backend->oidc().consentsOf(id))
                clients << consent.clientId;
            return clients;
        },
        [this, backend, id, email](const QStringList &clients) {
            if (clients.isEmpty()) {
                emit message(tr("%1 has allowed no application").arg(email));
                return;
            }
            const std::optional<QStringList> revoke = m_context.dialogs->askConsentsToRevoke(this, email, clients);
            if (!revoke || revoke->isEmpty())
                return;
            change([backend, actor = m_context.actor, id, email, revoke = *revoke] {
                for (const QString &client : revoke)
                    orConsoleError(backend->oidc().revokeConsent(actor, id, client));
                return tr("%1 will be asked again by %2").arg(email, revoke.join(QLatin1String(", ")));
            });
        });
}

void UsersPage::removeFactor(const FactorRow &factor)
{
    const std::optional<User> user = actedOn();
    if (!user || !m_context.backend->hasTokens())
        return;
    const qint64 id = user->record.id;
    const QString email = user->record.email;
    const QString passkeyId = factor.passkey ? factor.passkey->id : QString();
    const QString name = factor.passkey ? factor.passkey->name : QString();
    const QString question = factor.passkey
        ? tr("Remove the passkey “%2” of %1? It no longer signs them in.").arg(email, name)
        : tr("Remove the authenticator app of %1? Its codes no longer sign them in.").arg(email);
    if (!m_context.dialogs->confirm(this, tr("Remove sign-in factor"), question))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    change([backend, actor, id, email, passkeyId, name] {
        if (passkeyId.isEmpty()) {
            orConsoleError(backend->authenticatorApps().remove(actor, id));
            return tr("Removed the authenticator app of %1").arg(email);
        }
        orConsoleError(backend->passkeys().remove(actor, id, passkeyId));
        return tr("Removed the passkey “%2” of %1").arg(email, name);
    });
}

void UsersPage::resetFactors()
{
    const std::optional<User> user = actedOn();
    if (!user || !m_context.backend->hasTokens())
        return;
    const qint64 id = user->record.id;
    const QString email = user->record.email;
    // Whose, what goes, and that they are signed out: the reset cannot be undone.
    if (!m_context.dialogs->confirm(this, tr("Reset sign-in factors"),
                                    tr("Reset the sign-in factors of %1? Their authenticator app, passkeys and "
                                       "recovery codes are removed, and every session of theirs ends at once. "
                                       "Where a second factor is required, they enrol a new one at their next "
                                       "sign-in.")
                                        .arg(email)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    // The service checks the above-me rule (its refusal is said as ErrorText says it) and audits.
    change([backend, actor, id, email] {
        orConsoleError(backend->mfa().reset(actor, id, backend->sessions()));
        return tr("Reset the sign-in factors of %1 and ended their sessions").arg(email);
    });
}

void UsersPage::importUsers()
{
    const QString file = m_context.dialogs->askOpenFile(this, tr("Import users (JSON lines)"));
    if (file.isEmpty())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<QString>(
        [backend, actor, file] {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly))
                throw std::runtime_error(tr("Cannot read %1: %2").arg(file, input.errorString()).toStdString());
            const ImportReport report = UserImporter(backend->database(), backend->accounts()).run(actor, input);
            QString text = tr("Imported %n user(s)", nullptr, report.imported) + QStringLiteral("; ")
                + tr("skipped %n line(s)", nullptr, int(report.skipped.size()));
            for (const ImportReport::Problem &problem : report.skipped)
                text += QStringLiteral("\n%1:%2: %3")
                            .arg(QFileInfo(file).fileName())
                            .arg(problem.line)
                            .arg(problem.message);
            return text;
        },
        [this](const QString &report) {
            emit message(report.section(QLatin1Char('\n'), 0, 0));
            m_context.dialogs->showReport(this, tr("Import users"), report);
            refresh();
        });
}

} // namespace keyward
