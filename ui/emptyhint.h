// SPDX-License-Identifier: GPL-3.0-or-later
// What fills an empty table, said inside it ("No active sessions. A session starts when someone
// signs in."): a label over the view's viewport, shown while its model has no rows.
#pragma once

#include <QObject>

class QAbstractItemView;
class QLabel;

namespace keyward {

class EmptyHint : public QObject {
    Q_OBJECT
public:
    EmptyHint(QAbstractItemView *view, const QString &text);
    QLabel *label() const { return m_label; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QAbstractItemView *m_view;
    QLabel *m_label;
};

} // namespace keyward
