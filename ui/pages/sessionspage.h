// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions: the active refresh sessions, filterable by user; revoke one or all of a user. A
// reuse detection (a session ended because a rotated refresh token came back) is announced
// at once.
#pragma once

#include "consolepage.h"
#include "rowtablemodel.h"

#include <QTimer>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward {

class SessionTableModel;

class SessionsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit SessionsPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    // Reuse of a refresh token is announced wherever the console is.
    bool watchesWhileHidden() const override { return true; }
    SessionTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void revokeSelected();
    void revokeAllOfSelectedUser();

signals:
    // A refresh token was presented twice: someone holds a stolen copy.
    void reuseDetected(const QString &text);

private:
    SessionTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_userFilter;
    RowWindow m_window;
    QTimer m_filterDelay; // one read when the typing pauses
    qint64 m_lastReuseEventId = -1; // newest reuse audit event seen; -1 before the first look
};

} // namespace keyward
