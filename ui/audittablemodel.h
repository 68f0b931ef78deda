// SPDX-License-Identifier: GPL-3.0-or-later
// Audit events, newest first, keyed by event id: each a sentence, its outcome in colour.
#pragma once

#include "rowtablemodel.h"

#include "storage/auditstore.h"
#include <QHash>
#include <QIcon>

namespace keyward {

class AuditTableModel : public RowTableModel<AuditRecord> {
    Q_OBJECT
public:
    // Event: what happened as a sentence (the details whole in the page's pane below).
    enum Column { Time, Event, Outcome, Actor, Action, Target, Client, ColumnCount };
    explicit AuditTableModel(QObject *parent = nullptr);
    // The outcome by colour and icon too: a refused or failed attempt stands out from the rest.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Actor, Action and Target start hidden: the sentence says them (the header's menu shows them).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The addresses of users the log names by number ("user:2"), shown instead.
    void setEmails(QHash<qint64, QString> emails) { m_emails = std::move(emails); }
    const QHash<qint64, QString> &emails() const { return m_emails; }
    // The rows as CSV (RFC 4180), times in UTC as the log stores them.
    QByteArray toCsv() const;

private:
    QHash<qint64, QString> m_emails;
    mutable QHash<int, QIcon> m_outcomeIcons; // by QStyle::StandardPixmap
};

} // namespace keyward
