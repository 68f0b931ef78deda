// Roles: the hierarchy as a tree and the role × permission matrix (what each role has, its own
// or inherited). Creating and editing custom roles is not here yet.
#pragma once

#include "consolepage.h"

class QTableWidget;
class QTreeWidget;

namespace keyward {

class RolesPage : public ConsolePage {
    Q_OBJECT
public:
    explicit RolesPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    QTreeWidget *tree() const { return m_tree; }
    QTableWidget *matrix() const { return m_matrix; }

private:
    QTreeWidget *m_tree;
    QTableWidget *m_matrix;
};

} // namespace keyward
