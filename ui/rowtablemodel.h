// SPDX-License-Identifier: GPL-3.0-or-later
// A table of value rows, each with a stable key (a user id, a session id, a kid). setRows()
// changes the model in place: rows that stay are updated, new ones inserted, vanished ones
// removed. Views keep their selection and scroll position across a refresh.
#pragma once

#include "common/clock.h"
#include "timetext.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace keyward {

// Key and role constants shared by every row model, and reading more rows on scroll.
class RowTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole; // the row's stable key, as text
    // Header data: true for a column of identifiers (a session id, a kid), which elide in the
    // middle — their start and end tell them apart, not their first characters alone.
    static constexpr int IdentifierRole = Qt::UserRole + 1;
    // What a column sorts by: a moment's time, otherwise what it shows. Proxies sort by it too.
    static constexpr int SortRole = Qt::UserRole + 2;
    // Header data: which columns give way first when a table is too narrow (ColumnWidths) — who
    // and when stay whole longest: the lower, the sooner a column is narrowed.
    static constexpr int NarrowingRole = Qt::UserRole + 3;
    enum Narrowing { Identifier, Ordinary, Time, Who };
    // Header data: true for a column a table starts without (its header's menu shows it).
    static constexpr int HiddenByDefaultRole = Qt::UserRole + 4;

    using QAbstractTableModel::QAbstractTableModel;

    // "Now" for the relative times: the backend's clock (tests set it), the system's without one.
    void setClock(const Clock *clock) { m_clock = clock; }

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

protected:
    qint64 nowSecs() const { return m_clock ? m_clock->nowSecs() : QDateTime::currentSecsSinceEpoch(); }

private:
    const Clock *m_clock = nullptr;
    std::function<void()> m_fetch;
    bool m_more = false;
    bool m_fetching = false;
};

template <typename Row> class RowTableModel : public RowTableModelBase {
public:
    using Moment = std::function<std::optional<QDateTime>(const Row &)>;
    struct Column {
        // A constructor, not default member initialisers: g++ 12 fails on those in this template.
        Column(QString columnTitle, std::function<QVariant(const Row &)> shows, bool identifies = false,
               Moment when = nullptr, QString whenNone = {})
            : title(std::move(columnTitle)), display(std::move(shows)), identifier(identifies), moment(std::move(when)),
              never(std::move(whenNone))
        { }
        QString title;
        std::function<QVariant(const Row &)> display;
        bool identifier; // see IdentifierRole
        // A moment: shown relative to now ("5 min ago") unless display is given, exact in its
        // tooltip, sorted by time; a row without one shows never.
        Moment moment;
        QString never;
    };
    static Column momentColumn(QString title, Moment moment, QString never = {})
    {
        return Column(std::move(title), nullptr, false, std::move(moment), std::move(never));
    }
    using KeyOf = std::function<QString(const Row &)>;
    // Extra roles for a whole row (a background for a highlighted row, a tooltip, …).
    using RowRole = std::function<QVariant(const Row &, int role)>;

    RowTableModel(std::vector<Column> columns, KeyOf keyOf, QObject *parent = nullptr)
        : RowTableModelBase(parent), m_columns(std::move(columns)), m_keyOf(std::move(keyOf))
    {
        // "5 min ago" ages: moment columns are redrawn each half minute while there are rows.
        for (size_t column = 0; column < m_columns.size(); ++column) {
            if (m_columns[column].moment)
                m_momentColumns.push_back(int(column));
        }
        if (!m_momentColumns.empty()) {
            m_clock.setInterval(30'000);
            QObject::connect(&m_clock, &QTimer::timeout, this, [this] {
                if (m_rows.empty())
                    return;
                for (const int column : m_momentColumns)
                    emit dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole});
            });
        }
    }

    void setRowRole(RowRole rowRole) { m_rowRole = std::move(rowRole); }

    void setRows(std::vector<Row> rows)
    {
        // A table sorted by a click stays sorted as rows come and go.
        sortRows(rows);
        if (!m_momentColumns.empty()) {
            if (rows.empty())
                m_clock.stop();
            else if (!m_clock.isActive())
                m_clock.start();
        }
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
        const Column &column = m_columns[size_t(index.column())];
        if (role == Qt::DisplayRole)
            return shown(column, *row);
        if (role == SortRole)
            return sortValue(column, *row);
        if (role == KeyRole)
            return m_keyOf(*row);
        const QVariant rowValue = m_rowRole ? m_rowRole(*row, role) : QVariant();
        if (role == Qt::ToolTipRole && !rowValue.isValid()) {
            // A moment's exact time; a value too long for its column is elided and shown whole.
            if (column.moment) {
                if (const std::optional<QDateTime> at = column.moment(*row))
                    return localTime(*at);
                return shown(column, *row);
            }
            return column.display(*row);
        }
        return rowValue;
    }
    // By a column's SortRole, stably (equal rows keep the database's order); kept through setRows().
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        m_sortColumn = column >= 0 && size_t(column) < m_columns.size() ? column : -1;
        m_sortOrder = order;
        if (m_sortColumn < 0)
            return;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QStringList keys;
        for (const QModelIndex &index : before)
            keys << m_keyOf(m_rows[size_t(index.row())]);
        sortRows(m_rows);
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i)
            after << index(indexOfKey(keys[i], 0), before[i].column());
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || size_t(section) >= m_columns.size())
            return {};
        if (role == IdentifierRole)
            return m_columns[size_t(section)].identifier;
        if (role == NarrowingRole) {
            if (m_columns[size_t(section)].identifier)
                return Identifier;
            return section == 0 ? Who : m_columns[size_t(section)].moment ? Time : Ordinary;
        }
        // The title is its own tooltip: a narrow column elides it.
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
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
    // A moment column may show itself otherwise (the audit log: exact); where its display gives
    // nothing (an invalid QVariant), the moment is shown.
    QVariant shown(const Column &column, const Row &row) const
    {
        const QVariant given = column.display ? column.display(row) : QVariant();
        if (given.isValid() || !column.moment)
            return given;
        const std::optional<QDateTime> at = column.moment(row);
        return at ? RelativeTime::between(at->toSecsSinceEpoch(), nowSecs()) : column.never;
    }
    static QVariant sortValue(const Column &column, const Row &row)
    {
        if (!column.moment)
            return column.display(row);
        const std::optional<QDateTime> at = column.moment(row);
        return at ? at->toSecsSinceEpoch() : std::numeric_limits<qint64>::min(); // never: first
    }
    void sortRows(std::vector<Row> &rows) const
    {
        if (m_sortColumn < 0)
            return;
        // Each row's value once (a display may format text), then the rows in that order.
        const Column &column = m_columns[size_t(m_sortColumn)];
        std::vector<std::pair<QVariant, size_t>> order;
        order.reserve(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            order.emplace_back(sortValue(column, rows[i]), i);
        std::stable_sort(order.begin(), order.end(), [this](const auto &a, const auto &b) {
            const QPartialOrdering compared = QVariant::compare(a.first, b.first);
            return m_sortOrder == Qt::AscendingOrder ? compared == QPartialOrdering::Less
                                                     : compared == QPartialOrdering::Greater;
        });
        std::vector<Row> sorted;
        sorted.reserve(rows.size());
        for (const auto &[value, i] : order)
            sorted.push_back(std::move(rows[i]));
        rows = std::move(sorted);
    }
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
    std::vector<int> m_momentColumns;
    QTimer m_clock;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
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
