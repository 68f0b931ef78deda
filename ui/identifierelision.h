// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a table's identifier columns (header IdentifierRole) elided in the middle
// ("f3a9…c21d"), the rest as the view elides them (at the end).
#pragma once

#include <QStyledItemDelegate>

namespace keyward {

class IdentifierElision : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace keyward
