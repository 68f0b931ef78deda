#include "rolespage.h"

#include "auth/rolegraph.h"
#include "backend/backend.h"
#include "storage/database.h"
#include "storage/permissionstore.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyward {

namespace {

struct RoleSnapshot {
    QStringList roles;
    QHash<QString, QString> parents;
    QStringList permissions;
    QHash<QString, QSet<QString>> effective;
};

} // namespace

RolesPage::RolesPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_tree(new QTreeWidget), m_matrix(new QTableWidget)
{
    m_tree->setHeaderLabel(tr("Role hierarchy"));
    m_tree->setAccessibleName(tr("Role hierarchy"));
    m_matrix->setAccessibleName(tr("Permissions of each role"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(m_matrix);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void RolesPage::refresh()
{
    std::shared_ptr<Backend> backend = m_context.backend;
    run<RoleSnapshot>(
        [backend] {
            const QSqlDatabase db = backend->database().connection();
            const RoleGraph graph = RoleGraph::load(db);
            RoleSnapshot snapshot;
            snapshot.roles = graph.allRoles();
            for (const QString &role : std::as_const(snapshot.roles)) {
                snapshot.parents.insert(role, graph.parentOf(role));
                snapshot.effective.insert(role, graph.effectivePermissions({role}));
            }
            for (const PermissionRecord &permission : PermissionStore(db).all())
                snapshot.permissions << permission.name;
            snapshot.permissions.sort();
            return snapshot;
        },
        [this](const RoleSnapshot &snapshot) {
            m_tree->clear();
            QHash<QString, QTreeWidgetItem *> items;
            // Parents first: a role's parent is created before it is needed.
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
                    items.insert(*it, item);
                    it = pending.erase(it);
                }
                if (pending.size() == before)
                    break; // a cycle cannot happen (the store refuses it); never loop forever
            }
            m_tree->expandAll();
            m_matrix->clear();
            m_matrix->setRowCount(int(snapshot.permissions.size()));
            m_matrix->setColumnCount(int(snapshot.roles.size()));
            m_matrix->setHorizontalHeaderLabels(snapshot.roles);
            m_matrix->setVerticalHeaderLabels(snapshot.permissions);
            for (int column = 0; column < snapshot.roles.size(); ++column) {
                const QSet<QString> has = snapshot.effective.value(snapshot.roles[column]);
                for (int row = 0; row < snapshot.permissions.size(); ++row) {
                    auto *cell = new QTableWidgetItem(has.contains(snapshot.permissions[row]) ? QStringLiteral("✓")
                                                                                              : QString());
                    cell->setTextAlignment(Qt::AlignCenter);
                    m_matrix->setItem(row, column, cell);
                }
            }
        });
}

} // namespace keyward
