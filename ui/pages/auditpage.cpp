// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "audittablemodel.h"
#include "auth/auditlog.h"
#include "backend/backend.h"
#include "common/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward {

namespace {

// Text anywhere in the row, and one outcome when chosen.
class AuditFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOutcome(const QString &outcome)
    {
        m_outcome = outcome;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_outcome.isEmpty()
            && sourceModel()->index(row, AuditTableModel::Outcome, parent).data().toString() != m_outcome)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_outcome;
};

constexpr int kEventsShown = 1000; // the newest; older ones through the CLI or the admin API

} // namespace

AuditPage::AuditPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new AuditTableModel(this)), m_filter(new AuditFilter(this)),
      m_text(new QLineEdit), m_since(new QDateTimeEdit), m_until(new QDateTimeEdit), m_outcome(new QComboBox)
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = makeTable(m_filter, tr("Audit log"));
    m_text->setPlaceholderText(tr("Filter: actor, action, target, details"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter the audit log"));
    connect(m_text, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_since->setCalendarPopup(true);
    m_since->setDateTime(m_context.backend->clock().now().toLocalTime().addDays(-30));
    m_since->setAccessibleName(tr("Events since"));
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::refresh);
    // Empty ("—") until chosen: no upper bound, so new events keep arriving.
    m_until->setCalendarPopup(true);
    m_until->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_until->setSpecialValueText(QStringLiteral("—"));
    m_until->setDateTime(m_until->minimumDateTime());
    m_until->setAccessibleName(tr("Events until"));
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::refresh);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char *outcome : {"success", "failure", "denied"})
        m_outcome->addItem(QString::fromLatin1(outcome), QString::fromLatin1(outcome));
    m_outcome->setAccessibleName(tr("Outcome"));
    connect(m_outcome, &QComboBox::currentIndexChanged, this,
            [this] { static_cast<AuditFilter *>(m_filter)->setOutcome(m_outcome->currentData().toString()); });
    QPushButton *exportButton = actionButton(tr("E&xport CSV…"), QStringLiteral("exportAudit"), &AuditPage::exportCsv);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    // The date filters say which end they are.
    auto *since = new QLabel(tr("&From:"));
    since->setBuddy(m_since);
    auto *until = new QLabel(tr("&To:"));
    until->setBuddy(m_until);
    filters->addWidget(since);
    filters->addWidget(m_since);
    filters->addWidget(until);
    filters->addWidget(m_until);
    filters->addWidget(m_outcome);
    filters->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
}

void AuditPage::refresh()
{
    std::shared_ptr<Backend> backend = m_context.backend;
    AuditQuery query;
    query.since = m_since->dateTime().toUTC();
    query.limit = kEventsShown;
    const std::optional<QDateTime> until
        = m_until->dateTime() == m_until->minimumDateTime() ? std::nullopt : std::optional(m_until->dateTime().toUTC());
    runRefresh<std::vector<AuditRecord>>(
        [backend, query, until] {
            std::vector<AuditRecord> events = backend->audit().list(query);
            if (until)
                std::erase_if(events, [&until](const AuditRecord &event) { return event.at > *until; });
            return events;
        },
        [this](std::vector<AuditRecord> events) { m_model->setRows(std::move(events)); });
}

void AuditPage::exportCsv()
{
    const QString file
        = m_context.dialogs->askSaveFile(this, tr("Export the audit log"), QStringLiteral("keyward-audit.csv"));
    if (file.isEmpty())
        return;
    // What the filter shows, in the view's order.
    AuditTableModel shown;
    std::vector<AuditRecord> rows;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, 0));
        rows.push_back(*m_model->rowAt(source.row()));
    }
    shown.setRows(std::move(rows));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(shown.toCsv()) < 0) {
        m_context.dialogs->showError(this, tr("Export the audit log"),
                                     tr("Cannot write %1: %2").arg(file, out.errorString()));
        return;
    }
    emit message(tr("Exported %n event(s) to %1", nullptr, int(shown.rows().size())).arg(file));
}

} // namespace keyward
