// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusring.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPlainTextEdit>

namespace keyward {

namespace {

constexpr int kWidth = 2;

// The scroll area a focused widget belongs to (a view's viewport takes the focus for it), if it
// is one the ring is for.
QWidget *ringable(QWidget *focused)
{
    for (QWidget *widget = focused; widget; widget = widget->parentWidget()) {
        if (qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget))
            return widget;
        if (widget->isWindow())
            break;
    }
    return nullptr;
}

} // namespace

FocusRing::FocusRing(QWidget *window) : QWidget(window), m_window(window)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusRing::follow(QWidget *focused)
{
    QWidget *target = ringable(focused);
    if (target && target->window() != m_window)
        target = nullptr;
    if (target == m_target)
        return;
    for (const QPointer<QWidget> &watched : std::as_const(m_watched)) {
        if (watched)
            watched->removeEventFilter(this);
    }
    m_watched.clear();
    m_target = target;
    for (QWidget *widget = target; widget && widget != m_window; widget = widget->parentWidget()) {
        widget->installEventFilter(this);
        m_watched << widget;
    }
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    setGeometry(
        QRect(m_target->mapTo(m_window, QPoint(0, 0)), m_target->size()).adjusted(-kWidth, -kWidth, kWidth, kWidth));
    show();
    raise();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (m_watched.contains(qobject_cast<QWidget *>(watched))) {
        const QEvent::Type type = event->type();
        if (type == QEvent::Move || type == QEvent::Resize || type == QEvent::Show || type == QEvent::Hide)
            place();
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Highlight), kWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0));
}

} // namespace keyward
