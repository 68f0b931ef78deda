// SPDX-License-Identifier: GPL-3.0-or-later
// Audit events, newest first, keyed by event id.
#pragma once

#include "rowtablemodel.h"

#include "storage/auditstore.h"
#include <QHash>

namespace keyward {

class AuditTableModel : public RowTableModel<AuditRecord> {
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Target, Outcome, Client, Details, ColumnCount };
    explicit AuditTableModel(QObject *parent = nullptr);
    // The addresses of users the log names by number ("user:2"), shown instead.
    void setEmails(QHash<qint64, QString> emails) { m_emails = std::move(emails); }
    const QHash<qint64, QString> &emails() const { return m_emails; }
    // The rows as CSV (RFC 4180), times in UTC as the log stores them.
    QByteArray toCsv() const;

private:
    QHash<qint64, QString> m_emails;
};

} // namespace keyward
