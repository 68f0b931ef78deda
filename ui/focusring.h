// SPDX-License-Identifier: GPL-3.0-or-later
// Where the keyboard is, seen at a glance: a ring in the palette's highlight colour around the
// focused list, table or text box of a window (the style's own is a faint dotted line, or none).
// An overlay beside the focused widget, not a style sheet: a style sheet on the window made
// every widget below it polish through QStyleSheetStyle (measured: +4.4 MB, +10 ms to the first
// rows of the Users page).
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

namespace keyward {

class FocusRing : public QWidget {
    Q_OBJECT
public:
    // Rings what takes the focus inside window (not in its dialogs); the ring is a child of the
    // window itself, so nothing it rings can take it down with it.
    explicit FocusRing(QWidget *window);
    // What the ring is around (null while nothing ringable has the focus).
    QWidget *target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *focused);
    void place();

    QWidget *m_window;
    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched; // the target and its parents: a move of any moves it
};

} // namespace keyward
