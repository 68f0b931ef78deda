// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxtablemodel.h"

#include "timetext.h"

namespace keyward {

OutboxTableModel::OutboxTableModel(QObject *parent)
    : RowTableModel<OutboxRecord>(
        {
            {tr("Id"), [](const OutboxRecord &message) { return QVariant(message.id); }},
            {tr("State"), [](const OutboxRecord &message) { return QVariant(stateText(message.state)); }},
            {tr("To"), [](const OutboxRecord &message) { return QVariant(message.recipient); }},
            {tr("Kind"), [](const OutboxRecord &message) { return QVariant(kindText(message.kind)); }},
            {tr("Attempts"), [](const OutboxRecord &message) { return QVariant(message.attempts); }},
            momentColumn(tr("Queued"), [](const OutboxRecord &message) { return message.createdAt; }),
            momentColumn(tr("Next attempt"),
                         [](const OutboxRecord &message) {
                             return message.state == OutboxRecord::State::Pending ? std::optional(message.nextAttemptAt)
                                                                                  : std::nullopt;
                         }),
            {tr("Last error"), [](const OutboxRecord &message) { return QVariant(message.lastError); }},
        },
        [](const OutboxRecord &message) { return QString::number(message.id); }, parent)
{
    // A failed message says why in its tooltip too: it needs someone.
    setRowRole([](const OutboxRecord &message, int role) -> QVariant {
        if (role == Qt::ToolTipRole && message.state == OutboxRecord::State::Failed)
            return tr("Given up after 24 hours of attempts: %1").arg(message.lastError);
        return {};
    });
}

QString OutboxTableModel::stateText(OutboxRecord::State state)
{
    switch (state) {
    case OutboxRecord::State::Pending:
        return tr("Waiting");
    case OutboxRecord::State::Sent:
        return tr("Sent");
    case OutboxRecord::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString OutboxTableModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("verify"))
        return tr("Address verification");
    if (kind == QLatin1String("reset"))
        return tr("Password reset");
    if (kind == QLatin1String("invitation"))
        return tr("Invitation");
    if (kind == QLatin1String("notice"))
        return tr("Security notice");
    if (kind == QLatin1String("test"))
        return tr("Test message");
    return kind;
}

} // namespace keyward
