// SPDX-License-Identifier: GPL-3.0-or-later
// Audit: the log, newest first, filtered by time range, outcome and text (actor, action,
// target, details); CSV export of what the filter shows.
#pragma once

#include "consolepage.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyward {

class AuditTableModel;

class AuditPage : public ConsolePage {
    Q_OBJECT
public:
    explicit AuditPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QPlainTextEdit *detail() const { return m_detail; }
    QComboBox *outcomeFilter() const { return m_outcome; }

    void exportCsv();

private:
    AuditTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_text;
    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QComboBox *m_outcome;
    QPlainTextEdit *m_detail;
};

} // namespace keyward
