// SPDX-License-Identifier: GPL-3.0-or-later
// Audit events, newest first, keyed by event id.
#pragma once

#include "rowtablemodel.h"
#include "storage/auditstore.h"

namespace keyward {

class AuditTableModel : public RowTableModel<AuditRecord> {
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Target, Outcome, Client, Details, ColumnCount };
    explicit AuditTableModel(QObject *parent = nullptr);
    // The rows as CSV (RFC 4180), times in UTC as the log stores them.
    QByteArray toCsv() const;
};

} // namespace keyward
