// SPDX-License-Identifier: GPL-3.0-or-later
// Aligned plain-text columns for the CLI's human-readable listings.
#pragma once

#include <QStringList>
#include <QTextStream>

#include <vector>

namespace keyward {

class TextTable {
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    std::vector<QStringList> m_rows;
};

} // namespace keyward
