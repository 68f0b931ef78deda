// SPDX-License-Identifier: GPL-3.0-or-later
// A message shown inside the window, above the page, until it is closed or replaced: a refusal
// of something just asked for, or a security alert with what can be done about it. It never
// blocks the window (a modal box would stop every other task, and several would stack).
// Colours come from the palette, tinted, so they read on light and dark themes alike.
#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace keyward {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Positive, Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows text (actions of an earlier message go away).
    void showMessage(Kind kind, const QString &text);
    // A button on the bar; it closes the bar after running.
    QToolButton *addAction(const QString &text, const QString &objectName, std::function<void()> run);

    Kind kind() const { return m_kind; }
    QString text() const;

signals:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void clearActions();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_actions;
    QToolButton *m_close;
};

} // namespace keyward
