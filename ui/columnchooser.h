// SPDX-License-Identifier: GPL-3.0-or-later
// The columns a person wants to see: the table header's context menu lists every column with a
// check mark; unchecking one hides it, and the choice is kept per table across starts. The last
// visible column cannot be hidden (its entry is disabled).
#pragma once

#include <QObject>

class QMenu;
class QTableView;

namespace keyward {

class ColumnChooser : public QObject {
    Q_OBJECT
public:
    explicit ColumnChooser(QTableView *view);

    // The header's menu as it would open now (tests read it; the header builds it per request).
    QMenu *menu(QWidget *parent);

private:
    QString key() const;
    void setHidden(int column, bool hidden);

    QTableView *m_view;
};

} // namespace keyward
