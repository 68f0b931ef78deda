// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions: the active refresh sessions, filterable by user; revoke one or all of a user. A
// reuse detection (a session ended because a rotated refresh token came back) is announced
// at once.
#pragma once

#include "consolepage.h"
#include "rowtablemodel.h"

#include <QDateTime>
#include <QTimer>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward {

class SessionTableModel;

// A refresh token presented twice: someone holds a stolen copy. Its session was ended.
struct ReuseAlert {
    QString sessionId;
    qint64 userId = 0;
    QString email;
    QString clientAddress; // where the second presentation came from
    QDateTime at;
};

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
    // After a confirmation naming the user.
    // (By value: the model may change while the question is open.)
    void revokeAllOf(qint64 userId, QString email);
    // Where the reuse watch stands (the newest reuse event seen; -1 before the first look): a
    // page built again in another language goes on from there.
    qint64 lastReuseSeen() const { return m_lastReuseEventId; }
    void setLastReuseSeen(qint64 id) { m_lastReuseEventId = id; }
    // The sessions of one user, with the given one selected while it is listed.
    void showSessionsOf(const QString &email, const QString &sessionId);
    QLineEdit *userFilter() const { return m_userFilter; }

    // The sentence an alert shows.
    static QString describe(const ReuseAlert &alert);

signals:
    // Once per reuse detected after the page first looked, oldest first.
    void reuseDetected(const keyward::ReuseAlert &alert);

private:
    SessionTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_userFilter;
    RowWindow m_window;
    QTimer m_filterDelay; // one read when the typing pauses
    QString m_sessionToSelect; // showSessionsOf: selected once a read lists it
    qint64 m_lastReuseEventId = -1; // newest reuse audit event seen; -1 before the first look
};

} // namespace keyward
