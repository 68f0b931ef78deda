// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittablemodel.h"

#include "audittext.h"
#include "common/timeformat.h"
#include "timetext.h"

namespace keyward {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    // A leading = + - @ would be read as a formula by spreadsheet programs.
    if (!field.isEmpty() && QByteArrayView("=+-@").contains(field.front()))
        field.prepend('\'');
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        return '"' + field.replace("\"", "\"\"") + '"';
    return field;
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : RowTableModel<AuditRecord>(
        {
            // Exact, not "2 h ago": a log is read against other logs and the filter's dates.
            {tr("Time"), [](const AuditRecord &event) { return QVariant(localTime(event.at)); }, false,
             [](const AuditRecord &event) { return event.at; }},
            {tr("Actor"),
             [this](const AuditRecord &event) { return QVariant(AuditText::actor(event.actor, m_emails)); }},
            {tr("Action"), [](const AuditRecord &event) { return QVariant(AuditText::action(event.action)); }},
            {tr("Target"), [](const AuditRecord &event) { return QVariant(event.target); }},
            {tr("Outcome"), [](const AuditRecord &event) { return QVariant(AuditText::outcome(event.outcome)); }},
            {tr("Client"), [](const AuditRecord &event) { return QVariant(event.clientAddress); }},
            {tr("Details"), [](const AuditRecord &event) { return QVariant(event.details); }},
        },
        [](const AuditRecord &event) { return QString::number(event.id); }, parent)
{ }

QByteArray AuditTableModel::toCsv() const
{
    QByteArray csv = "time,actor,action,target,outcome,client,details\r\n";
    for (const AuditRecord &event : rows()) {
        const QStringList fields{toRfc3339(event.at), event.actor,         event.action, event.target,
                                 event.outcome,       event.clientAddress, event.details};
        QByteArrayList line;
        for (const QString &field : fields)
            line << csvField(field);
        csv += line.join(',') + "\r\n";
    }
    return csv;
}

} // namespace keyward
