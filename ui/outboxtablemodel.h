// SPDX-License-Identifier: GPL-3.0-or-later
// The mail outbox, keyed by message id, oldest first.
#pragma once

#include "rowtablemodel.h"
#include "storage/outboxstore.h"

namespace keyward {

class OutboxTableModel : public RowTableModel<OutboxRecord> {
    Q_OBJECT
public:
    enum Column { Id, State, To, Kind, Attempts, Queued, NextAttempt, LastError, ColumnCount };
    explicit OutboxTableModel(QObject *parent = nullptr);
    static QString stateText(OutboxRecord::State state);
    static QString kindText(const QString &kind);
};

} // namespace keyward
