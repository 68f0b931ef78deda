// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

namespace keyward {

TextTable::TextTable(QStringList headers)
{
    m_rows.push_back(std::move(headers));
}

void TextTable::addRow(QStringList cells)
{
    m_rows.push_back(std::move(cells));
}

void TextTable::print(QTextStream &out) const
{
    std::vector<qsizetype> widths(size_t(m_rows.front().size()), 0);
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && size_t(i) < widths.size(); ++i)
            widths[size_t(i)] = qMax(widths[size_t(i)], row[i].size());
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size() && size_t(i) < widths.size(); ++i) {
            const bool last = size_t(i) + 1 == widths.size();
            line += last ? row[i] : row[i].leftJustified(widths[size_t(i)] + 2);
        }
        out << line.trimmed() << Qt::endl;
    }
}

} // namespace keyward
