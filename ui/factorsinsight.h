// SPDX-License-Identifier: GPL-3.0-or-later
// The Users page's sign-in factors column, read for the rows in sight only. No service reads the
// factors of many users at once (it takes two queries a user), and the page may hold thousands of
// rows (RowWindow::kMaxRows): so the few dozen on screen are read, as they come into sight (a
// scroll, a resize, another sort, a refresh), once the view settles. A refresh of the page reads
// the factors of those in sight together with its users, and forgets the others' (they may have
// changed meanwhile; they are read again when they come back into sight).
#pragma once

#include "usertablemodel.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

class QTableView;

namespace keyward {

class Backend;
struct ConsoleContext;

class FactorsInSight : public QObject {
    Q_OBJECT
public:
    // view shows model (through one proxy, or directly).
    FactorsInSight(QTableView *view, UserTableModel *model, ConsoleContext &context);
    static constexpr int kMostInSight = 150; // rows read at once: a tall portrait screen's worth

    // The users of the rows in sight (none while the view is hidden).
    QSet<qint64> idsInSight() const;
    // Reads the factors of the rows in sight that have none, once the event loop is back.
    void readSoon() { m_soon.start(); }
    // What the column shows of these users (on the worker; nothing before the token services
    // start).
    static QHash<qint64, FactorSummary> read(Backend &backend, const std::vector<User> &users);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Valid until the model changes: use at once.
    std::vector<const UserRow *> rowsInSight() const;
    void readMissing();

    QTableView *m_view;
    // Compared with, never called: the view may be half destroyed when its viewport's last events
    // pass the filter.
    const QObject *m_viewport;
    UserTableModel *m_model;
    ConsoleContext &m_context;
    QTimer m_soon; // a burst of scrolling is one read
    QSet<qint64> m_asked; // read on the worker, not answered yet
};

} // namespace keyward
