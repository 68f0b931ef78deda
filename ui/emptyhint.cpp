// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptyhint.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace keyward {

EmptyHint::EmptyHint(QAbstractItemView *view, const QString &text)
    : QObject(view), m_view(view), m_label(new QLabel(text, view->viewport()))
{
    m_label->setObjectName(QStringLiteral("emptyHint"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks reach the view
    // Connected through the label: a view that owns its model (QTableWidget) removes rows while
    // it is destroyed, after its viewport and this label are gone.
    QAbstractItemModel *model = view->model();
    const auto follow = [this] { update(); };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, m_label, follow);
    connect(model, &QAbstractItemModel::modelReset, m_label, follow);
    connect(model, &QAbstractItemModel::layoutChanged, m_label, follow);
    view->viewport()->installEventFilter(this);
    update();
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}

void EmptyHint::update()
{
    m_label->setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
    m_label->setVisible(m_view->model()->rowCount() == 0);
}

} // namespace keyward
