// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailpage.h"

#include "backend/backend.h"
#include "config/settings.h"
#include "mail/mailoutbox.h"
#include "mail/mailsender.h"
#include "outboxtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward {

namespace {

// The newest first would hide what waits longest; the outbox reads oldest first, at most this many.
constexpr int kShownMessages = 1000;

} // namespace

MailPage::MailPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new OutboxTableModel(this)), m_state(new QComboBox), m_where(new QLabel)
{
    m_view = makeTable(m_model, tr("Outgoing mail"), tr("No mail has been sent yet."));
    m_state->setObjectName(QStringLiteral("outboxState"));
    m_state->setAccessibleName(tr("Show"));
    m_state->addItem(tr("All messages"), QString());
    m_state->addItem(tr("Waiting"), QStringLiteral("pending"));
    m_state->addItem(tr("Failed"), QStringLiteral("failed"));
    m_state->addItem(tr("Sent"), QStringLiteral("sent"));
    connect(m_state, &QComboBox::currentIndexChanged, this, &MailPage::refresh);
    m_where->setObjectName(QStringLiteral("mailServer"));
    m_where->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    auto *show = new QLabel(tr("&Show:"));
    show->setBuddy(m_state);
    buttons->addWidget(show);
    buttons->addWidget(m_state);
    buttons->addStretch(1);
    buttons->addWidget(actionButton(tr("Send &test mail…"), QStringLiteral("sendTestMail"), &MailPage::sendTest));
    m_retry = actionButton(tr("&Retry"), QStringLiteral("retryMail"), &MailPage::retrySelected);
    buttons->addWidget(m_retry);
    offerOnRows(m_view, {m_retry});
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MailPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MailPage::updateActions);
    updateActions();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
}

void MailPage::refresh()
{
    if (!m_context.backend->hasTokens())
        return;
    struct Snapshot {
        std::vector<OutboxRecord> messages;
        QString server;
        bool tls = true;
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    const auto state = outboxStateNamed(m_state->currentData().toString());
    runRefresh<Snapshot>(
        [backend, state] {
            std::vector<OutboxRecord> messages = backend->mail().list(state, 0, kShownMessages);
            for (OutboxRecord &message : messages)
                message.sealedMime.clear(); // the GUI never holds a message's link
            const auto settings = backend->settings();
            return Snapshot{std::move(messages), settings->mail.smtpUrl, settings->mail.requireTls};
        },
        [this](Snapshot snapshot) {
            m_model->setRows(std::move(snapshot.messages));
            m_where->setText(snapshot.server.isEmpty()
                                 ? tr("Mail is not set up: nothing is sent, the sign-in page offers no password "
                                      "reset and invitations show their link to pass on. Set mail.smtp_url in "
                                      "Settings.")
                                 : tr("Mail goes out through %1 (%2). Change it in Settings (mail.*).")
                                       .arg(snapshot.server, snapshot.tls ? tr("TLS required") : tr("TLS if offered")));
            updateActions();
        });
}

void MailPage::updateActions()
{
    const OutboxRecord *row = m_model->rowAt(m_view->currentIndex().row());
    const bool selected = m_view->selectionModel()->hasSelection() && row;
    QString why;
    if (!selected)
        why = tr("Select a message first");
    else if (row->state == OutboxRecord::State::Sent)
        why = tr("This message was sent");
    m_retry->setEnabled(why.isEmpty());
    m_retry->setToolTip(why);
}

void MailPage::sendTest()
{
    const auto to = m_context.dialogs->askText(this, tr("Send test mail"), tr("Send a test message to:"), {});
    if (!to || to->trimmed().isEmpty())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    run<OutboxRecord>(
        [backend, actor = m_context.actor, to = to->trimmed()] {
            const OutboxRecord queued = orConsoleError(backend->mail().sendTest(actor, to));
            // Sent from here, now: the answer says whether the settings work.
            MailSender sender(backend);
            return sender.deliverNow(queued.id).value_or(queued);
        },
        [this](const OutboxRecord &test) {
            if (test.state == OutboxRecord::State::Sent)
                emit message(tr("Test message sent to %1").arg(test.recipient));
            else if (test.lastError.isEmpty())
                emit message(tr("Test message to %1 queued").arg(test.recipient));
            else
                emit refused(tr("The test message was not sent (it is retried): %1").arg(test.lastError));
            refresh();
        });
}

void MailPage::retrySelected()
{
    const OutboxRecord *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    run<OutboxRecord>(
        [backend, actor = m_context.actor, id = row->id] { return orConsoleError(backend->mail().retry(actor, id)); },
        [this](const OutboxRecord &retried) {
            emit message(tr("Message %1 to %2 is due again").arg(retried.id).arg(retried.recipient));
            refresh();
        });
}

} // namespace keyward
