// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolespage.h"

#include "auth/builtinroles.h"

#include "auth/rolegraph.h"
#include "auth/roleservice.h"
#include "backend/backend.h"
#include "rolepermissionmodel.h"
#include "storage/database.h"
#include "storage/permissionstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace keyward {

namespace { } // namespace

RolesPage::RolesPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_tree(new QTreeWidget), m_matrix(new RolePermissionModel(this)),
      m_matrixView(new QTableView)
{
    m_tree->setHeaderLabel(tr("Role hierarchy"));
    m_tree->setAccessibleName(tr("Role hierarchy"));
    m_matrixView->setModel(m_matrix);
    // A custom role's check box asks as Permissions… does: who gains or loses what, then saves.
    connect(m_matrix, &RolePermissionModel::directChangeRequested, this, &RolesPage::savePermissions);
    m_matrixView->setAccessibleName(tr("Permissions of each role"));
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(m_matrixView);
    split->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(tr("&New role…"), QStringLiteral("newRole"), &RolesPage::createRole));
    m_permissionsButton
        = actionButton(tr("&Permissions…"), QStringLiteral("editPermissions"), &RolesPage::editPermissions);
    m_deleteButton = actionButton(tr("&Delete role"), QStringLiteral("deleteRole"), &RolesPage::deleteRole);
    buttons->addWidget(m_permissionsButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RolesPage::updateActions);
    m_tree->setTabKeyNavigation(false);
    offerOnRows(m_tree, {m_permissionsButton, m_deleteButton}, m_deleteButton, m_permissionsButton);
    updateActions();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split);
}

void RolesPage::refresh()
{
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<RoleMatrix>(
        [backend] {
            const QSqlDatabase db = backend->database().connection();
            const RoleGraph graph = RoleGraph::load(db);
            RoleMatrix snapshot;
            snapshot.roles = graph.allRoles();
            for (const QString &role : std::as_const(snapshot.roles)) {
                snapshot.parents.insert(role, graph.parentOf(role));
                snapshot.direct.insert(role, graph.directPermissions(role));
                snapshot.effective.insert(role, graph.effectivePermissions({role}));
                if (backend->roles().isBuiltin(role))
                    snapshot.builtin.insert(role);
            }
            for (const PermissionRecord &permission : PermissionStore(db).all()) {
                snapshot.permissions << permission.name;
                snapshot.descriptions.insert(permission.name, permission.description);
            }
            snapshot.permissions.sort();
            return snapshot;
        },
        [this](RoleMatrix snapshot) {
            const QString selected = selectedRole();
            m_roles = snapshot.roles;
            m_permissions = snapshot.permissions;
            m_tree->clear();
            QHash<QString, QTreeWidgetItem *> items;
            // Parents first: a role's parent is placed before the role.
            QStringList pending = snapshot.roles;
            while (!pending.isEmpty()) {
                const qsizetype before = pending.size();
                for (auto it = pending.begin(); it != pending.end();) {
                    const QString parentName = snapshot.parents.value(*it);
                    if (!parentName.isEmpty() && !items.contains(parentName)) {
                        ++it;
                        continue;
                    }
                    auto *item
                        = parentName.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(items[parentName]);
                    item->setText(0, *it);
                    item->setSelected(*it == selected);
                    items.insert(*it, item);
                    it = pending.erase(it);
                }
                if (pending.size() == before)
                    break; // the store refuses cycles; never loop forever
            }
            m_tree->expandAll();
            m_matrix->setMatrix(std::move(snapshot));
        });
}

void RolesPage::updateActions()
{
    // What cannot be done is not offered, and says why (rather than failing after a preview).
    const QString role = selectedRole();
    const bool builtIn
        = role == BuiltinRoles::admin() || role == BuiltinRoles::manager() || role == BuiltinRoles::user();
    const QString why = role.isEmpty() ? tr("Select a role first")
        : builtIn                      ? tr("Built-in roles are fixed: create a role under one to grant more")
                                       : QString();
    for (QPushButton *button : {m_permissionsButton, m_deleteButton}) {
        button->setEnabled(why.isEmpty());
        button->setToolTip(why);
    }
}

QString RolesPage::selectedRole() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->text(0);
}

void RolesPage::createRole()
{
    const auto input = m_context.dialogs->askNewRole(this, m_roles, m_permissions);
    if (!input)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<QString>(
        [backend, actor, input = *input] {
            orConsoleError(backend->roles().create(actor, input.name, input.parent, input.permissions));
            return input.name;
        },
        [this](const QString &name) {
            emit message(tr("Created the role %1").arg(name));
            refresh();
        });
}

void RolesPage::editPermissions()
{
    const QString role = selectedRole();
    if (role.isEmpty())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    // First what the role has, then the question, then the preview, then the change.
    run<QStringList>([backend, role] { return backend->roles().directPermissions(role); },
                     [this, role](const QStringList &current) {
                         if (const auto chosen = m_context.dialogs->askPermissions(this, role, m_permissions, current))
                             savePermissions(role, *chosen);
                     });
}

void RolesPage::savePermissions(const QString &role, const QStringList &permissions)
{
    std::shared_ptr<Backend> backend = m_context.backend;
    run<std::vector<PermissionChange>>(
        [backend, role, permissions] { return backend->roles().preview(role, permissions); },
        [this, role, backend, permissions](const std::vector<PermissionChange> &changes) {
            QStringList lines;
            for (const PermissionChange &change : changes) {
                if (!change.gained.isEmpty())
                    lines << tr("%1 gains %2").arg(change.email, change.gained.join(QLatin1String(", ")));
                if (!change.lost.isEmpty())
                    lines << tr("%1 loses %2").arg(change.email, change.lost.join(QLatin1String(", ")));
            }
            const QString question = lines.isEmpty()
                ? tr("No user's permissions change. Save?")
                : tr("Saving changes these users' permissions:\n%1\n\nSave?").arg(lines.join(QLatin1Char('\n')));
            if (!m_context.dialogs->confirm(this, tr("Save permissions of %1").arg(role), question))
                return;
            const Actor actor = m_context.actor;
            run<bool>(
                [backend, actor, role, permissions] {
                    orConsoleError(backend->roles().setPermissions(actor, role, permissions));
                    return true;
                },
                [this, role](bool) {
                    emit message(tr("Saved the permissions of %1").arg(role));
                    refresh();
                });
        });
}

void RolesPage::deleteRole()
{
    const QString role = selectedRole();
    if (role.isEmpty() || !m_context.dialogs->confirm(this, tr("Delete role"), tr("Delete the role %1?").arg(role)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<QString>(
        [backend, actor, role] {
            const Status removed = backend->roles().remove(actor, role);
            return removed ? QString() : ErrorText::of(removed.error());
        },
        [this, role](const QString &error) {
            if (!error.isEmpty())
                emit refused(tr("The role %1 was not deleted: %2").arg(role, error));
            else
                emit message(tr("Deleted the role %1").arg(role));
            refresh();
        });
}

} // namespace keyward
