// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenspage.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/revocationservice.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "config/settings.h"
#include "emptyhint.h"
#include "messagebar.h"
#include "revocationtablemodel.h"
#include "storage/database.h"
#include "tablestyle.h"
#include "timetext.h"
#include "tokeninspection.h"

#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <stdexcept>

namespace keyward {

TokensPage::TokensPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_revocations(new RevocationTableModel(this)), m_input(new QPlainTextEdit),
      m_verdict(new MessageBar), m_claims(new QTableWidget(0, 4)), m_mintEmail(new QLineEdit),
      m_mintLifetime(new QSpinBox), m_mintClaims(new QLineEdit), m_minted(new QPlainTextEdit)
{
    m_input->setPlaceholderText(tr("Paste a JWT here"));
    m_input->setAccessibleName(tr("Token to inspect"));
    m_input->setMaximumHeight(70);
    m_input->setTabChangesFocus(true);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_claims->setObjectName(QStringLiteral("claims"));
    makeRowTable(m_claims, tr("Header and claims"));
    m_claims->setHorizontalHeaderLabels({tr("Part"), tr("Name"), tr("Value"), tr("Meaning")});
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    new EmptyHint(m_claims,
                  tr("Paste a token above and choose Inspect: its header and claims appear here, each "
                     "explained, with its times relative to now."));
    auto *inspectButtons = new QHBoxLayout;
    QPushButton *inspectButton = actionButton(tr("&Inspect"), QStringLiteral("inspectToken"), &TokensPage::inspect);
    QPushButton *revokeButton
        = actionButton(tr("Re&voke this token"), QStringLiteral("revokeToken"), &TokensPage::revokePasted);
    QPushButton *copyButton = actionButton(tr("Copy claims"), QStringLiteral("copyClaims"), &TokensPage::copyClaims);
    copyButton->setToolTip(tr("The claims as JSON"));
    inspectButtons->addWidget(inspectButton);
    inspectButtons->addWidget(revokeButton);
    inspectButtons->addWidget(copyButton);
    // Nothing to inspect or revoke in an empty box.
    const auto offerWhenPasted = [this, inspectButton, revokeButton] {
        const bool pasted = !m_input->toPlainText().trimmed().isEmpty();
        for (QPushButton *button : {inspectButton, revokeButton}) {
            button->setEnabled(pasted);
            button->setToolTip(pasted ? QString() : tr("Paste a token first"));
        }
    };
    connect(m_input, &QPlainTextEdit::textChanged, this, offerWhenPasted);
    offerWhenPasted();
    copyButton->setEnabled(false);
    connect(this, &TokensPage::inspected, copyButton,
            [this, copyButton] { copyButton->setEnabled(!m_inspectedClaims.isEmpty()); });
    inspectButtons->addStretch();

    auto *inspector = new QWidget;
    auto *inspectorLayout = new QVBoxLayout(inspector);
    inspectorLayout->addWidget(m_input);
    inspectorLayout->addLayout(inspectButtons);
    inspectorLayout->addWidget(m_verdict);
    inspectorLayout->addWidget(m_claims, 1);

    m_mintEmail->setAccessibleName(tr("User to mint for"));
    m_mintLifetime->setRange(1, int(TokenService::kLongestMintTtl));
    m_mintLifetime->setValue(900);
    m_mintLifetime->setSuffix(tr(" s"));
    m_mintLifetime->setAccessibleName(tr("Lifetime in seconds"));
    m_mintClaims->setPlaceholderText(tr("{\"scope\": \"read\"}"));
    m_mintClaims->setAccessibleName(tr("Extra claims as JSON"));
    m_minted->setReadOnly(true);
    m_minted->setMaximumHeight(120);
    m_minted->setTabChangesFocus(true);
    m_minted->setAccessibleName(tr("Minted token"));
    m_minted->setPlaceholderText(tr("The minted token appears here"));
    QPushButton *mintButton = actionButton(tr("&Mint"), QStringLiteral("mintToken"), &TokensPage::mint);
    QPushButton *copyMinted = actionButton(tr("&Copy"), QStringLiteral("copyMinted"), &TokensPage::copyMinted);
    QPushButton *inspectMinted
        = actionButton(tr("Inspect it"), QStringLiteral("inspectMinted"), &TokensPage::inspectMinted);
    for (QPushButton *button : {copyMinted, inspectMinted}) {
        button->setEnabled(false);
        connect(m_minted, &QPlainTextEdit::textChanged, button,
                [this, button] { button->setEnabled(!m_minted->toPlainText().isEmpty()); });
    }
    auto *mintedButtons = new QVBoxLayout;
    mintedButtons->addWidget(copyMinted);
    mintedButtons->addWidget(inspectMinted);
    auto *mintedRow = new QHBoxLayout;
    mintedRow->addWidget(m_minted, 1);
    mintedRow->addLayout(mintedButtons);
    // Minting is a development tool: it lives in its own window (Tools ▸ Mint a token), not
    // beside the production tasks of this page.
    m_minter = new QDialog(this);
    m_minter->setObjectName(QStringLiteral("minter"));
    m_minter->setWindowTitle(tr("Mint a token (development)"));
    auto *form = new QFormLayout(m_minter);
    auto *warning = new QLabel(tr("A minted token is real: signed with the current key and accepted by every "
                                  "application until it expires. Use it for development and tests."));
    warning->setWordWrap(true);
    form->addRow(warning);
    form->addRow(tr("User e-mail:"), m_mintEmail);
    form->addRow(tr("Lifetime:"), m_mintLifetime);
    form->addRow(tr("Extra claims:"), m_mintClaims);
    form->addRow(mintButton, mintedRow);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, m_minter, &QDialog::hide);
    form->addRow(close);
    m_minter->resize(640, m_minter->sizeHint().height());

    auto *revoked = new QWidget;
    auto *revokedLayout = new QVBoxLayout(revoked);
    revokedLayout->addWidget(makeTable(m_revocations, tr("Revoked tokens"),
                                       tr("No revoked tokens. A token revoked on its own (Revoke this token, or "
                                          "POST /oauth/revoke) is listed here until it expires.")));
    readMoreOnScroll(m_revocations, m_window); // newest first

    // One task at a time, each with the whole height (the claims need it at 1024×700).
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("tokenTabs"));
    tabs->addTab(inspector, tr("Inspect a token"));
    tabs->addTab(revoked, tr("Revoked tokens"));
    connect(this, &TokensPage::inspected, tabs, [tabs, inspector] { tabs->setCurrentWidget(inspector); });
    m_showInspector = [this, tabs, inspector] {
        tabs->setCurrentWidget(inspector);
        m_input->setFocus();
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
}

void TokensPage::refresh()
{
    if (!m_context.backend->hasTokens())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<std::vector<RevokedTokenRow>>(
        [backend, limit = m_window.readLimit()] {
            const std::vector<RevocationRecord> revoked = backend->revocations().revokedTokens(limit);
            // Who each token of this window belonged to (before: the newest 5,000 audit events
            // were read and parsed for it, 25 ms of every console start at 100,000 events).
            const QHash<QString, qint64> userOfJti = backend->revocations().ownersOf(revoked);
            std::vector<qint64> userIds;
            for (const RevocationRecord &record : revoked) {
                if (const qint64 id = userOfJti.value(record.subject); id > 0)
                    userIds.push_back(id);
            }
            // The addresses of this window's users only.
            const QHash<qint64, QString> emails = backend->accounts().emailsOf(userIds);
            std::vector<RevokedTokenRow> rows;
            for (const RevocationRecord &record : revoked)
                rows.push_back({record.subject, emails.value(userOfJti.value(record.subject)),
                                QDateTime::fromSecsSinceEpoch(record.at),
                                QDateTime::fromSecsSinceEpoch(record.expiresAt)});
            return rows;
        },
        [this](std::vector<RevokedTokenRow> rows) { m_window.show(std::move(rows), *m_revocations); });
}

void TokensPage::inspect()
{
    if (!m_context.backend->hasTokens())
        return;
    const QByteArray token = m_input->toPlainText().trimmed().toLatin1();
    std::shared_ptr<Backend> backend = m_context.backend;
    struct Verified {
        TokenVerdict verdict;
        qint64 now = 0;
        qint64 leeway = 0;
    };
    run<Verified>(
        [backend, token] {
            // As the server judges it: its clock, its leeway.
            return Verified{backend->tokens().verify(token), backend->clock().nowSecs(),
                            qint64(backend->settings()->tokens.leeway.count())};
        },
        [this](const Verified &verified) {
            // Written here, on the GUI thread, in the console's language.
            const TokenInspection result(verified.verdict, verified.now, verified.leeway);
            m_verdict->showMessage(result.valid() ? MessageBar::Kind::Positive : MessageBar::Kind::Error,
                                   result.verdict());
            m_inspectedClaims = result.claims();
            m_claims->setRowCount(0);
            for (const InspectedRow &row : result.rows()) {
                const int at = m_claims->rowCount();
                m_claims->insertRow(at);
                int column = 0;
                for (const QString &text : {row.part, row.name, row.value, row.meaning}) {
                    auto *item = new QTableWidgetItem(text);
                    item->setToolTip(text); // long values are elided in the cell
                    m_claims->setItem(at, column++, item);
                }
            }
            m_claims->resizeColumnsToContents();
            m_claims->setColumnWidth(Value, qMin(m_claims->columnWidth(Value), 320));
            emit inspected();
        });
}

int TokensPage::rowOf(const QString &name) const
{
    for (int row = 0; row < m_claims->rowCount(); ++row) {
        if (m_claims->item(row, Name)->text() == name)
            return row;
    }
    return -1;
}

void TokensPage::copyClaims()
{
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(m_inspectedClaims).toJson(QJsonDocument::Indented)));
    emit message(tr("Copied the claims"));
}

void TokensPage::copyMinted()
{
    SecretClipboard::copy(m_minted->toPlainText()); // a bearer credential: not left on the clipboard
    emit message(tr("Copied the minted token"));
}

void TokensPage::inspectMinted()
{
    m_input->setPlainText(m_minted->toPlainText());
    emit inspectorWanted(); // the window shows this page: the minter is a window of its own
    inspect();
}

void TokensPage::showMinter()
{
    m_minter->show();
    m_minter->raise();
    m_minter->activateWindow();
    m_mintEmail->setFocus();
}

void TokensPage::showInspector()
{
    m_showInspector();
}

void TokensPage::revokePasted()
{
    if (!m_context.backend->hasTokens())
        return;
    const QByteArray token = m_input->toPlainText().trimmed().toLatin1();
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<QString>(
        [backend, actor, token] {
            const Status revoked = backend->tokens().revoke(actor, token);
            return revoked ? QString() : ErrorText::of(revoked.error());
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                emit refused(tr("Not revoked: %1").arg(error));
            else {
                emit message(tr("Revoked until it expires"));
                inspect();
                refresh();
            }
        });
}

void TokensPage::mint()
{
    if (!m_context.backend->hasTokens())
        return;
    QJsonObject extra;
    if (const QString claims = m_mintClaims->text().trimmed(); !claims.isEmpty()) {
        const QJsonDocument parsed = QJsonDocument::fromJson(claims.toUtf8());
        if (!parsed.isObject()) {
            emit refused(tr("Extra claims must be a JSON object"));
            return;
        }
        extra = parsed.object();
    }
    std::shared_ptr<Backend> backend = m_context.backend;
    run<QString>(
        [backend, actor = m_context.actor, email = m_mintEmail->text().trimmed(), ttl = m_mintLifetime->value(),
         extra] {
            const User user = orConsoleError(backend->accounts().find(email));
            return QString::fromLatin1(orConsoleError(backend->tokens().mint(actor, user, ttl, extra)).token);
        },
        [this](const QString &token) {
            m_minted->setPlainText(token);
            emit message(tr("Minted a token"));
        });
}

} // namespace keyward
