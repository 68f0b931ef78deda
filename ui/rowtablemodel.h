// SPDX-License-Identifier: GPL-3.0-or-later
// A table of value rows, each with a stable key (a user id, a session id, a kid). setRows()
// changes the model in place: rows that stay are updated, new ones inserted, vanished ones
// removed. Views keep their selection and scroll position across a refresh.
#pragma once

#include <QAbstractTableModel>
#include <QSet>

#include <functional>
#include <vector>

namespace keyward {

// Key and role constants shared by every row model, and reading more rows on scroll.
class RowTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole; // the row's stable key, as text

    using QAbstractTableModel::QAbstractTableModel;

    // A paged model holds a window of its table (RowWindow): when the view scrolls to the end,
    // fetch asks the page for a larger one, read on the worker; setMoreAvailable tells, after
    // each read, whether there is more to ask for.
    void setFetcher(std::function<void()> fetch) { m_fetch = std::move(fetch); }
    void setMoreAvailable(bool more)
    {
        m_more = more;
        m_fetching = false;
    }
    bool moreAvailable() const { return m_more; }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_fetch && m_more && !m_fetching;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        m_fetching = true; // until the read answers: the view asks again while it scrolls
        m_fetch();
    }

private:
    std::function<void()> m_fetch;
    bool m_more = false;
    bool m_fetching = false;
};

template <typename Row> class RowTableModel : public RowTableModelBase {
public:
    struct Column {
        QString title;
        std::function<QVariant(const Row &)> display;
    };
    using KeyOf = std::function<QString(const Row &)>;
    // Extra roles for a whole row (a background for a highlighted row, a tooltip, …).
    using RowRole = std::function<QVariant(const Row &, int role)>;

    RowTableModel(std::vector<Column> columns, KeyOf keyOf, QObject *parent = nullptr)
        : RowTableModelBase(parent), m_columns(std::move(columns)), m_keyOf(std::move(keyOf))
    { }

    void setRowRole(RowRole rowRole) { m_rowRole = std::move(rowRole); }

    void setRows(std::vector<Row> rows)
    {
        // Drop the rows that went away, bottom up.
        QSet<QString> wanted;
        for (const Row &row : rows)
            wanted.insert(m_keyOf(row));
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (!wanted.contains(m_keyOf(m_rows[size_t(i)]))) {
                beginRemoveRows({}, i, i);
                m_rows.erase(m_rows.begin() + i);
                endRemoveRows();
            }
        }
        // Then walk the new order: update in place, move, or insert.
        for (int i = 0; i < int(rows.size()); ++i) {
            const QString key = m_keyOf(rows[size_t(i)]);
            const int current = indexOfKey(key, i);
            if (current == i) {
                m_rows[size_t(i)] = std::move(rows[size_t(i)]);
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            } else if (current > i) {
                beginMoveRows({}, current, current, {}, i);
                Row moved = std::move(m_rows[size_t(current)]);
                m_rows.erase(m_rows.begin() + current);
                m_rows.insert(m_rows.begin() + i, std::move(moved));
                endMoveRows();
                m_rows[size_t(i)] = std::move(rows[size_t(i)]);
                emit dataChanged(index(i, 0), index(i, columnCount() - 1));
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(m_rows.begin() + i, std::move(rows[size_t(i)]));
                endInsertRows();
            }
        }
    }

    const Row *rowAt(int row) const { return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr; }
    const std::vector<Row> &rows() const { return m_rows; }
    int rowOfKey(const QString &key) const { return indexOfKey(key, 0); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
        if (!row || size_t(index.column()) >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns[size_t(index.column())].display(*row);
        if (role == KeyRole)
            return m_keyOf(*row);
        const QVariant rowValue = m_rowRole ? m_rowRole(*row, role) : QVariant();
        // A value too long for its column is elided; its tooltip shows it whole.
        if (role == Qt::ToolTipRole && !rowValue.isValid())
            return m_columns[size_t(index.column())].display(*row);
        return rowValue;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        // The title is its own tooltip: a narrow column elides it.
        if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole) || section < 0
            || size_t(section) >= m_columns.size())
            return {};
        return m_columns[size_t(section)].title;
    }

protected:
    // Changes rows in place, for a value read after the rows (a column filled in later): change
    // says whether it changed the row, and the views are told of those rows only.
    void updateRows(const std::function<bool(Row &)> &change)
    {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (change(m_rows[i]))
                emit dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
        }
    }

private:
    int indexOfKey(const QString &key, int from) const
    {
        for (size_t i = size_t(from); i < m_rows.size(); ++i) {
            if (m_keyOf(m_rows[i]) == key)
                return int(i);
        }
        return -1;
    }

    std::vector<Column> m_columns;
    KeyOf m_keyOf;
    RowRole m_rowRole;
    std::vector<Row> m_rows;
};

// How many rows of a large table a page holds: a page's worth at first, one more each time the
// view scrolls to the end, never more than kMaxRows (then a search narrows it). Reads ask for one
// row more than the window: whether there is more, without counting.
struct RowWindow {
    static constexpr int kPageRows = 200;
    static constexpr int kMaxRows = 5000;
    int rows = kPageRows;

    int readLimit() const { return rows + 1; }
    bool grow()
    {
        if (rows >= kMaxRows)
            return false;
        rows = qMin(rows + kPageRows, kMaxRows);
        return true;
    }
    void reset() { rows = kPageRows; }
    // Cuts what a read gave to the window; whether there was more (and the window may grow).
    template <typename Row> bool fit(std::vector<Row> &read) const
    {
        if (int(read.size()) <= rows)
            return false;
        read.resize(size_t(rows));
        return true;
    }
    // Shows what a read gave, cut to the window, and lets the view ask for more while the window
    // may still grow; gives whether the table had more than the window.
    template <typename Row> bool show(std::vector<Row> read, RowTableModel<Row> &model) const
    {
        const bool more = fit(read);
        model.setRows(std::move(read));
        model.setMoreAvailable(more && rows < kMaxRows);
        return more;
    }
};

} // namespace keyward
