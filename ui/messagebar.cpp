// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QStyle>
#include <QToolButton>

namespace keyward {

namespace {

// The palette's window colour moved a quarter of the way towards the kind's hue: on a dark
// theme a dark red, on a light one a pale red, and the palette's text reads on both.
QColor tinted(const QColor &base, const QColor &hue)
{
    constexpr double kShare = 0.25;
    return QColor::fromRgbF(float(base.redF() * (1 - kShare) + hue.redF() * kShare),
                            float(base.greenF() * (1 - kShare) + hue.greenF() * kShare),
                            float(base.blueF() * (1 - kShare) + hue.blueF() * kShare));
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel), m_text(new QLabel), m_actions(new QHBoxLayout), m_close(new QToolButton)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setObjectName(QStringLiteral("closeMessage"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_actions);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    clearActions();
    const QStyle::StandardPixmap icon = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : kind == Kind::Warning                             ? QStyle::SP_MessageBoxWarning
        : kind == Kind::Positive                            ? QStyle::SP_DialogApplyButton
                                                            : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColours();
    show();
}

QToolButton *MessageBar::addAction(const QString &text, const QString &objectName, std::function<void()> run)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setObjectName(objectName);
    connect(button, &QToolButton::clicked, this, [this, run = std::move(run)] {
        const QPointer<MessageBar> self(this);
        run(); // may open a question, during which this bar may be closed
        if (!self)
            return;
        hide();
        emit closed();
    });
    m_actions->addWidget(button, 0, Qt::AlignTop);
    return button;
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ParentChange)
        applyColours();
}

void MessageBar::applyColours()
{
    const QColor hue = m_kind == Kind::Error ? QColor(0xda, 0x44, 0x53)
        : m_kind == Kind::Warning            ? QColor(0xf6, 0x74, 0x00)
        : m_kind == Kind::Positive           ? QColor(0x27, 0xae, 0x60)
                                             : QColor(0x3d, 0xae, 0xe9);
    // Tinted from the surroundings' colour, never from this bar's own (already tinted) one.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor background = tinted(surroundings.color(QPalette::Window), hue);
    QPalette colours = palette();
    if (colours.color(QPalette::Window) == background)
        return; // the PaletteChange of this very call
    colours.setColor(QPalette::Window, background);
    setPalette(colours);
}

void MessageBar::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace keyward
