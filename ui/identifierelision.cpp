// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifierelision.h"

#include "rowtablemodel.h"

namespace keyward {

void IdentifierElision::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.model()->headerData(index.column(), Qt::Horizontal, RowTableModelBase::IdentifierRole).toBool())
        option->textElideMode = Qt::ElideMiddle;
}

} // namespace keyward
