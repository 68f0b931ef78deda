// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittablemodel.h"

#include "audittext.h"
#include "common/timeformat.h"
#include "timetext.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyle>

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
            {tr("Event"), [this](const AuditRecord &event) { return QVariant(AuditText::sentence(event, m_emails)); }},
            {tr("Outcome"), [](const AuditRecord &event) { return QVariant(AuditText::outcome(event.outcome)); }},
            {tr("Actor"),
             [this](const AuditRecord &event) { return QVariant(AuditText::actor(event.actor, m_emails)); }},
            {tr("Action"), [](const AuditRecord &event) { return QVariant(AuditText::action(event.action)); }},
            {tr("Target"), [](const AuditRecord &event) { return QVariant(event.target); }},
            {tr("Client"), [](const AuditRecord &event) { return QVariant(event.clientAddress); }},
        },
        [](const AuditRecord &event) { return QString::number(event.id); }, parent)
{ }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditRecord *event = index.column() == Outcome ? rowAt(index.row()) : nullptr;
    if (!event || (role != Qt::DecorationRole && role != Qt::ForegroundRole))
        return RowTableModel::data(index, role);
    const bool denied = event->outcome == QLatin1String("denied");
    const bool failed = event->outcome == QLatin1String("failure");
    if (role == Qt::DecorationRole) {
        const QStyle::StandardPixmap icon = denied ? QStyle::SP_MessageBoxCritical
            : failed                               ? QStyle::SP_MessageBoxWarning
                                                   : QStyle::SP_DialogApplyButton;
        // Made once: the style draws a standard icon anew on every call, and a column's width is
        // measured over every row's icon (a quarter of showing the audit page, measured).
        QIcon &made = m_outcomeIcons[icon];
        if (made.isNull())
            made = QApplication::style()->standardIcon(icon);
        return made;
    }
    if (!denied && !failed)
        return {};
    // Readable on a light and on a dark palette alike.
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    if (denied)
        return QColor(dark ? QStringLiteral("#f28b82") : QStringLiteral("#b3261e"));
    return QColor(dark ? QStringLiteral("#fdd663") : QStringLiteral("#8a5300"));
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == HiddenByDefaultRole && orientation == Qt::Horizontal)
        return section == Actor || section == Action || section == Target;
    return RowTableModel::headerData(section, orientation, role);
}

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
