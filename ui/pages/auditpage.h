// SPDX-License-Identifier: GPL-3.0-or-later
// Audit: the log, newest first, as sentences, filtered by time range, outcome (or the security
// events) and text; the selected event whole, with its user, session and application a click
// away; CSV export of what the filter shows.
#pragma once

#include "audittext.h"
#include "consolepage.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
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

signals:
    // The selected event's subjects, to be shown on their pages.
    void userRequested(const QString &email);
    void sessionRequested(const QString &email, const QString &sessionId);
    void applicationRequested(const QString &clientId);

private:
    void showSelected();

    AuditTableModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_text;
    QDateTimeEdit *m_since;
    QDateTimeEdit *m_until;
    QComboBox *m_outcome;
    QPlainTextEdit *m_detail;
    QPushButton *m_showUser;
    QPushButton *m_showSession;
    QPushButton *m_showApplication;
    AuditText::Subjects m_subjects;
};

} // namespace keyward
