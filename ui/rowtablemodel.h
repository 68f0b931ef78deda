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

// Key and role constants shared by every row model.
class RowTableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int KeyRole = Qt::UserRole; // the row's stable key, as text

    using QAbstractTableModel::QAbstractTableModel;
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
        return m_rowRole ? m_rowRole(*row, role) : QVariant();
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
            || size_t(section) >= m_columns.size())
            return {};
        return m_columns[size_t(section)].title;
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

} // namespace keyward
