// SPDX-License-Identifier: GPL-3.0-or-later
// A table's column widths: fitted to what the rows hold (up to kWidest, and beyond it while the
// table has room to spare), then narrowed until every column is in sight (their values elide,
// down to kNarrowest) in the order the model's NarrowingRole gives: identifiers first, who and
// when last. Fitted again when the table is resized; once a person sets a width by hand, the
// widths are theirs: kept per table (and column count, so that a new column starts afresh)
// across starts.
#pragma once

#include <QObject>
#include <QTimer>

class QTableView;

namespace keyward {

class ColumnWidths : public QObject {
    Q_OBJECT
public:
    static constexpr int kWidest = 280;
    static constexpr int kNarrowest = 64;

    explicit ColumnWidths(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString key() const;
    int nextToNarrow() const; // -1: every column is as narrow as it goes
    void fitFirstRows();
    void fit();

    QTableView *m_view;
    QTimer m_refit; // a resize refits once it pauses
    bool m_fitted = false;
    bool m_fitting = false;
    bool m_chosen = false; // by the person: restored, or resized by hand
};

} // namespace keyward
