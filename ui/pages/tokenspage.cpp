// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenspage.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/revocationservice.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "revocationtablemodel.h"
#include "storage/database.h"
#include "storage/userstore.h"
#include "timetext.h"
#include "workspacetablemodel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <stdexcept>

namespace keyward {

namespace {

struct Inspection {
    bool parsed = false;
    bool valid = false;
    QString code;
    QString explanation;
    QJsonObject header;
    QJsonObject claims;
};

} // namespace

TokensPage::TokensPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_revocations(new RevocationTableModel(this)), m_input(new QPlainTextEdit),
      m_verdict(new QLabel), m_details(new QPlainTextEdit), m_mintEmail(new QLineEdit), m_mintLifetime(new QSpinBox),
      m_mintClaims(new QLineEdit), m_minted(new QPlainTextEdit)
{
    m_input->setPlaceholderText(tr("Paste a JWT here"));
    m_input->setAccessibleName(tr("Token to inspect"));
    m_input->setMaximumHeight(90);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Header and claims"));
    auto *inspectButtons = new QHBoxLayout;
    QPushButton *inspectButton = actionButton(tr("&Inspect"), QStringLiteral("inspectToken"), &TokensPage::inspect);
    QPushButton *revokeButton
        = actionButton(tr("Re&voke this token"), QStringLiteral("revokeToken"), &TokensPage::revokePasted);
    inspectButtons->addWidget(inspectButton);
    inspectButtons->addWidget(revokeButton);
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
    inspectButtons->addStretch();

    auto *inspector = new QGroupBox(tr("Token inspector"));
    auto *inspectorLayout = new QVBoxLayout(inspector);
    inspectorLayout->addWidget(m_input);
    inspectorLayout->addLayout(inspectButtons);
    inspectorLayout->addWidget(m_verdict);
    inspectorLayout->addWidget(m_details, 1);

    m_mintEmail->setAccessibleName(tr("User to mint for"));
    m_mintLifetime->setRange(1, int(TokenService::kLongestMintTtl));
    m_mintLifetime->setValue(900);
    m_mintLifetime->setSuffix(tr(" s"));
    m_mintLifetime->setAccessibleName(tr("Lifetime in seconds"));
    m_mintClaims->setPlaceholderText(tr("{\"scope\": \"read\"}"));
    m_mintClaims->setAccessibleName(tr("Extra claims as JSON"));
    m_minted->setReadOnly(true);
    m_minted->setMaximumHeight(80);
    m_minted->setAccessibleName(tr("Minted token"));
    QPushButton *mintButton = actionButton(tr("&Mint"), QStringLiteral("mintToken"), &TokensPage::mint);
    auto *minter = new QGroupBox(tr("Mint a token (development)"));
    auto *form = new QFormLayout(minter);
    form->addRow(tr("User e-mail:"), m_mintEmail);
    form->addRow(tr("Lifetime:"), m_mintLifetime);
    form->addRow(tr("Extra claims:"), m_mintClaims);
    form->addRow(mintButton, m_minted);

    auto *revoked = new QGroupBox(tr("Revoked tokens"));
    auto *revokedLayout = new QVBoxLayout(revoked);
    revokedLayout->addWidget(makeTable(m_revocations, tr("Revoked tokens")));
    readMoreOnScroll(m_revocations, m_window); // newest first

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(revoked, 1);
    layout->addWidget(inspector, 2);
    layout->addWidget(minter);
}

void TokensPage::refresh()
{
    if (!m_context.backend->hasTokens())
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<std::vector<RevokedTokenRow>>(
        [backend, limit = m_window.readLimit()] {
            // Who each token belonged to is in the audit event that revoked it.
            QHash<QString, qint64> userOfJti;
            AuditQuery query;
            query.limit = 5000;
            for (const AuditRecord &event : backend->audit().list(query)) {
                if (event.action == QLatin1String("token.revoke"))
                    userOfJti.insert(event.target, event.detail(QStringLiteral("user_id")).toLongLong());
            }
            const std::vector<RevocationRecord> revoked = backend->revocations().revokedTokens(limit);
            std::vector<qint64> userIds;
            for (const RevocationRecord &record : revoked) {
                if (const qint64 id = userOfJti.value(record.subject); id > 0)
                    userIds.push_back(id);
            }
            // The addresses of this window's users only.
            const QHash<qint64, QString> emails = UserStore(backend->database().connection()).emailsOf(userIds);
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
    run<Inspection>(
        [backend, token] {
            const TokenVerdict verdict = backend->tokens().verify(token);
            return Inspection{!verdict.token.header.isEmpty(),
                              verdict.valid(),
                              rejectionCode(verdict.rejection),
                              verdict.explanation,
                              verdict.token.header,
                              verdict.token.claims};
        },
        [this](const Inspection &result) {
            if (result.valid) {
                const auto exp = result.claims.value(QLatin1String("exp")).toInteger();
                m_verdict->setText(tr("Valid until %1").arg(localTime(QDateTime::fromSecsSinceEpoch(exp))));
                m_verdict->setStyleSheet(QStringLiteral("color: #1b7f3b; font-weight: bold"));
            } else {
                m_verdict->setText(tr("Invalid (%1): %2").arg(result.code, result.explanation));
                m_verdict->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
            }
            QString text;
            if (result.parsed) {
                text = tr("Header:") + QLatin1Char('\n')
                    + QString::fromUtf8(QJsonDocument(result.header).toJson(QJsonDocument::Indented)) + tr("Claims:")
                    + QLatin1Char('\n')
                    + QString::fromUtf8(QJsonDocument(result.claims).toJson(QJsonDocument::Indented));
                for (const char *claim : {"iat", "nbf", "exp"}) {
                    const QJsonValue value = result.claims.value(QLatin1String(claim));
                    if (value.isDouble())
                        text += QStringLiteral("%1 = %2\n")
                                    .arg(QLatin1String(claim),
                                         localTime(QDateTime::fromSecsSinceEpoch(value.toInteger())));
                }
                // The scope an application takes from the token (contract: Workspaces).
                const QString workspace = result.claims.value(QLatin1String("workspace_slug")).toString();
                if (!workspace.isEmpty())
                    text += tr("Workspace: %1 as %2 (plan %3)")
                                .arg(workspace,
                                     MemberTableModel::roleText(
                                         result.claims.value(QLatin1String("workspace_role")).toString()),
                                     result.claims.value(QLatin1String("workspace_plan")).toString())
                        + QLatin1Char('\n');
            }
            m_details->setPlainText(text);
            emit inspected();
        });
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
            return revoked ? QString() : revoked.error().message;
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
            const User user = orThrow(backend->accounts().find(email));
            return QString::fromLatin1(orThrow(backend->tokens().mint(actor, user, ttl, extra)).token);
        },
        [this](const QString &token) {
            m_minted->setPlainText(token);
            emit message(tr("Minted a token"));
        });
}

} // namespace keyward
