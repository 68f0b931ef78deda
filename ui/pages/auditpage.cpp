// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "audittablemodel.h"
#include "audittext.h"
#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "storage/database.h"
#include "timetext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward {

namespace {

// Text anywhere in the row, and one outcome when chosen, or the security events (kSecurity).
class AuditFilter : public QSortFilterProxyModel {
public:
    static constexpr const char *kSecurity = "security";
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOutcome(const QString &outcome)
    {
        m_outcome = outcome;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const AuditRecord *event = static_cast<const AuditTableModel *>(sourceModel())->rowAt(row);
        if (m_outcome == QLatin1String(kSecurity)) {
            if (event && !AuditText::isSecurityEvent(*event))
                return false;
        } else if (!m_outcome.isEmpty() && event && event->outcome != m_outcome) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_outcome;
};

constexpr int kEventsShown = 1000; // the newest; older ones through the CLI or the admin API

} // namespace

AuditPage::AuditPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new AuditTableModel(this)), m_filter(new AuditFilter(this)),
      m_text(new QLineEdit), m_since(new QDateTimeEdit), m_until(new QDateTimeEdit), m_outcome(new QComboBox),
      m_detail(new QPlainTextEdit)
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = makeTable(m_filter, tr("Audit log"),
                       tr("No events in this period or for this filter. Every sign-in and every change is logged."));
    m_text->setPlaceholderText(tr("Filter: who, what, target"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter the audit log"));
    connect(m_text, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(consoleDateTimeFormat(false)); // as the times in the table
    m_since->setDateTime(m_context.backend->clock().now().toLocalTime().addDays(-30));
    m_since->setAccessibleName(tr("Events since"));
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::refresh);
    // Empty ("—") until chosen: no upper bound, so new events keep arriving.
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(consoleDateTimeFormat(false));
    m_until->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_until->setSpecialValueText(QStringLiteral("—"));
    m_until->setDateTime(m_until->minimumDateTime());
    m_until->setAccessibleName(tr("Events until"));
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::refresh);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const char *outcome : {"success", "failure", "denied"})
        m_outcome->addItem(AuditText::outcome(QString::fromLatin1(outcome)), QString::fromLatin1(outcome));
    // The quick filter a review starts from: refusals, failures, reuse, clones, resets.
    m_outcome->addItem(tr("Security events"), QString::fromLatin1(AuditFilter::kSecurity));
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
    // The selected event whole: every field, the details pretty-printed.
    m_detail->setReadOnly(true);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setAccessibleName(tr("The selected event"));
    m_detail->setPlaceholderText(tr("Select an event to see all of it here."));
    m_detail->setTabChangesFocus(true);
    // What the selected event is about, one click away on its own page.
    m_showUser = makeButton(tr("Show &user"), QStringLiteral("auditShowUser"));
    connect(m_showUser, &QPushButton::clicked, this, [this] { emit userRequested(m_subjects.userEmail); });
    m_showSession = makeButton(tr("Show &session"), QStringLiteral("auditShowSession"));
    connect(m_showSession, &QPushButton::clicked, this,
            [this] { emit sessionRequested(m_subjects.userEmail, m_subjects.sessionId); });
    m_showApplication = makeButton(tr("Show &application"), QStringLiteral("auditShowApplication"));
    connect(m_showApplication, &QPushButton::clicked, this, [this] { emit applicationRequested(m_subjects.clientId); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPage::showSelected);
    showSelected();
    auto *subjects = new QHBoxLayout;
    subjects->addWidget(m_showUser);
    subjects->addWidget(m_showSession);
    subjects->addWidget(m_showApplication);
    subjects->addStretch();
    auto *detailSide = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(subjects);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(detailSide);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
}

void AuditPage::refresh()
{
    std::shared_ptr<Backend> backend = m_context.backend;
    AuditQuery query;
    query.since = m_since->dateTime().toUTC();
    query.limit = kEventsShown;
    const std::optional<QDateTime> until
        = m_until->dateTime() == m_until->minimumDateTime() ? std::nullopt : std::optional(m_until->dateTime().toUTC());
    struct Snapshot {
        std::vector<AuditRecord> events;
        QHash<qint64, QString> emails; // of the users named by number
    };
    runRefresh<Snapshot>(
        [backend, query, until] {
            Snapshot snapshot;
            snapshot.events = backend->audit().list(query);
            if (until)
                std::erase_if(snapshot.events, [&until](const AuditRecord &event) { return event.at > *until; });
            snapshot.emails = backend->accounts().emailsOf(AuditText::numberedUsers(snapshot.events));
            return snapshot;
        },
        [this](Snapshot snapshot) {
            m_model->setEmails(std::move(snapshot.emails));
            m_model->setRows(std::move(snapshot.events));
        });
}

void AuditPage::showSelected()
{
    const AuditRecord *event = m_model->rowAt(m_model->rowOfKey(selectedKey(m_view)));
    m_detail->setPlainText(event ? AuditText::describe(*event, m_model->emails()) : QString());
    m_subjects = event ? AuditText::subjects(*event, m_model->emails()) : AuditText::Subjects{};
    // Each names what it opens, or is off while the event names none.
    m_showUser->setEnabled(!m_subjects.userEmail.isEmpty());
    m_showUser->setToolTip(m_subjects.userEmail.isEmpty() ? tr("The selected event names no user")
                                                          : tr("Open %1 on the Users page").arg(m_subjects.userEmail));
    m_showSession->setEnabled(!m_subjects.sessionId.isEmpty());
    m_showSession->setToolTip(m_subjects.sessionId.isEmpty()
                                  ? tr("The selected event names no session")
                                  : tr("Show session %1 on the Sessions page").arg(m_subjects.sessionId));
    m_showApplication->setEnabled(!m_subjects.clientId.isEmpty());
    m_showApplication->setToolTip(m_subjects.clientId.isEmpty()
                                      ? tr("The selected event names no application")
                                      : tr("Show %1 on the Applications page").arg(m_subjects.clientId));
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
