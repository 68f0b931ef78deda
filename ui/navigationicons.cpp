// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QtMath>

namespace keyward {

namespace {

// Each drawing fills a 20×20 box with 1.6 px strokes.
void draw(QPainter &p, NavigationIcons::Icon icon)
{
    using Icon = NavigationIcons::Icon;
    switch (icon) {
    case Icon::Dashboard: // a bar chart
        p.drawLine(QPointF(3, 17), QPointF(17, 17));
        p.drawRect(QRectF(4, 10, 3, 7));
        p.drawRect(QRectF(8.5, 5, 3, 12));
        p.drawRect(QRectF(13, 8, 3, 9));
        return;
    case Icon::Users: // a head and shoulders
        p.drawEllipse(QPointF(10, 6.5), 3.5, 3.5);
        p.drawArc(QRectF(3, 11.5, 14, 12), 0, 180 * 16);
        return;
    case Icon::Roles: { // a shield
        QPainterPath shield;
        shield.moveTo(10, 2.5);
        shield.lineTo(16.5, 5);
        shield.cubicTo(16.5, 11, 14, 15.5, 10, 17.5);
        shield.cubicTo(6, 15.5, 3.5, 11, 3.5, 5);
        shield.closeSubpath();
        p.drawPath(shield);
        return;
    }
    case Icon::Sessions: // a clock
        p.drawEllipse(QPointF(10, 10), 7, 7);
        p.drawLine(QPointF(10, 10), QPointF(10, 5.5));
        p.drawLine(QPointF(10, 10), QPointF(13.5, 11.5));
        return;
    case Icon::Tokens: { // a ticket with a notch
        QPainterPath ticket;
        ticket.addRoundedRect(QRectF(2.5, 5.5, 15, 9), 1.5, 1.5);
        p.drawPath(ticket);
        p.drawLine(QPointF(12.5, 6), QPointF(12.5, 14));
        return;
    }
    case Icon::Keys: // a key
        p.drawEllipse(QPointF(6, 10), 3.5, 3.5);
        p.drawLine(QPointF(9.5, 10), QPointF(17.5, 10));
        p.drawLine(QPointF(15, 10), QPointF(15, 13));
        p.drawLine(QPointF(17.5, 10), QPointF(17.5, 12.5));
        return;
    case Icon::Audit: // a list
        for (double y : {5.0, 10.0, 15.0}) {
            p.drawPoint(QPointF(4, y));
            p.drawLine(QPointF(7, y), QPointF(17, y));
        }
        return;
    case Icon::Settings: // a cog
        p.drawEllipse(QPointF(10, 10), 4, 4);
        for (int spoke = 0; spoke < 8; ++spoke) {
            const double angle = spoke * M_PI / 4;
            p.drawLine(QPointF(10 + 5 * qCos(angle), 10 + 5 * qSin(angle)),
                       QPointF(10 + 7.5 * qCos(angle), 10 + 7.5 * qSin(angle)));
        }
        return;
    case Icon::Workspaces: // four rooms
        p.drawRect(QRectF(3, 3, 6, 6));
        p.drawRect(QRectF(11, 3, 6, 6));
        p.drawRect(QRectF(3, 11, 6, 6));
        p.drawRect(QRectF(11, 11, 6, 6));
        return;
    case Icon::Applications: // a window
        p.drawRoundedRect(QRectF(2.5, 4, 15, 12), 1.5, 1.5);
        p.drawLine(QPointF(2.5, 7.5), QPointF(17.5, 7.5));
        return;
    case Icon::Mail: // an envelope
        p.drawRect(QRectF(2.5, 5, 15, 10));
        p.drawLine(QPointF(2.5, 5), QPointF(10, 11));
        p.drawLine(QPointF(17.5, 5), QPointF(10, 11));
        return;
    }
}

QPixmap drawn(NavigationIcons::Icon icon, const QColor &colour, qreal scale)
{
    QPixmap pixmap(QSize(20, 20) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    draw(painter, icon);
    return pixmap;
}

} // namespace

QIcon NavigationIcons::make(Icon icon, const QPalette &palette)
{
    QIcon made;
    for (qreal scale : {1.0, 2.0}) {
        made.addPixmap(drawn(icon, palette.color(QPalette::WindowText), scale), QIcon::Normal);
        // The selected row is drawn on the highlight: its text colour there.
        made.addPixmap(drawn(icon, palette.color(QPalette::HighlightedText), scale), QIcon::Selected);
    }
    return made;
}

} // namespace keyward
