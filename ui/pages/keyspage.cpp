// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyspage.h"

#include "auth/keyservice.h"
#include "backend/backend.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/jws.h"
#include "keytablemodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <stdexcept>

namespace keyward {

KeysPage::KeysPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_model(new KeyTableModel(this)), m_jwks(new QPlainTextEdit), m_schedule(new QLabel)
{
    m_view = makeTable(m_model, tr("Signing keys"));
    m_jwks->setReadOnly(true);
    m_jwks->setAccessibleName(tr("Published JWK Set"));
    m_jwks->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_schedule->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(tr("R&otate…"), QStringLiteral("rotateKey"), &KeysPage::rotate));
    m_retire = actionButton(tr("Re&tire"), QStringLiteral("retireKey"), &KeysPage::retireSelected);
    buttons->addWidget(m_retire);
    offerOnRows(m_view, {m_retire}, m_retire);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeysPage::updateActions);
    updateActions();
    buttons->addWidget(m_schedule, 1);

    auto *jwksBox = new QWidget;
    auto *jwksLayout = new QVBoxLayout(jwksBox);
    jwksLayout->setContentsMargins(0, 0, 0, 0);
    jwksLayout->addWidget(new QLabel(tr("Published JWK Set (/.well-known/jwks.json):")));
    jwksLayout->addWidget(m_jwks);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(jwksBox);

    // What a rotation does to what was issued, before anyone presses the button.
    auto *explanation = new QLabel(tr("Rotate publishes a new key at once; it starts signing once every verifier's "
                                      "cached JWK Set can hold it (tokens.jwks_max_age). Tokens issued before stay "
                                      "valid until they expire: the old key keeps verifying them, then retires by "
                                      "itself. Retire ends a key now, and every token it signed."));
    explanation->setObjectName(QStringLiteral("rotationExplained"));
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(explanation);
    layout->addWidget(split);
}

void KeysPage::refresh()
{
    if (!m_context.backend->hasTokens())
        return;
    struct Snapshot {
        std::vector<SigningKeyRecord> keys;
        QByteArray jwks;
        qint64 rotationDays = 0;
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<Snapshot>(
        [backend] {
            return Snapshot{backend->keys().list(),
                            QJsonDocument(backend->keys().jwks()).toJson(QJsonDocument::Indented),
                            backend->settings()->tokens.rotationDays};
        },
        [this](Snapshot snapshot) {
            for (SigningKeyRecord &key : snapshot.keys)
                key.sealedPrivate.clear(); // the GUI never holds key material
            m_model->setRows(std::move(snapshot.keys));
            if (m_jwks->toPlainText().toUtf8() != snapshot.jwks)
                m_jwks->setPlainText(QString::fromUtf8(snapshot.jwks));
            m_schedule->setText(snapshot.rotationDays > 0
                                    ? tr("Automatic rotation every %n day(s).", nullptr, int(snapshot.rotationDays))
                                    : tr("Keys rotate only by hand (tokens.rotation_days = 0)."));
        });
}

void KeysPage::rotate()
{
    if (!m_context.backend->hasTokens())
        return;
    const QString current = m_context.backend->settings()->text(Setting::TokensAlgorithm);
    const auto choice = m_context.dialogs->askChoice(
        this, tr("Rotate the signing key"), tr("Algorithm of the new key:"),
        {QStringLiteral("ES256"), QStringLiteral("EdDSA"), QStringLiteral("RS256")}, current);
    if (!choice)
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<QString>(
        [backend, actor, algorithm = *choice] {
            const SigningKeyRecord key = orConsoleError(backend->keys().rotate(
                actor, algorithmFromName(algorithm).value_or(JwsAlgorithm::ES256), RotationTiming::AfterPublication));
            return tr("Published key %1; it signs from %2").arg(key.kid, toRfc3339(*key.activatesAt));
        },
        [this](const QString &published) {
            emit message(published);
            refresh();
        });
}

void KeysPage::updateActions()
{
    const SigningKeyRecord *key = m_model->rowAt(m_model->rowOfKey(selectedKey(m_view)));
    QString why;
    if (!key)
        why = tr("Select a key first");
    else if (key->state == KeyState::active() || key->state == KeyState::companion())
        why = tr("The key in use cannot be retired: rotate first, then retire the old key");
    else if (key->state == KeyState::retired())
        why = tr("This key is retired already");
    m_retire->setEnabled(why.isEmpty());
    m_retire->setToolTip(why);
}

void KeysPage::retireSelected()
{
    const QString kid = selectedKey(m_view);
    if (kid.isEmpty()
        || !m_context.dialogs->confirm(
            this, tr("Retire key"),
            tr("Retire %1 now? Tokens it signed stop verifying and its private key is erased.").arg(kid)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    const Actor actor = m_context.actor;
    run<QString>(
        [backend, actor, kid] {
            const Status retired = backend->keys().retire(actor, kid);
            return retired ? QString() : ErrorText::of(retired.error());
        },
        [this, kid](const QString &error) {
            if (error.isEmpty())
                emit message(tr("Retired %1").arg(kid));
            else
                emit refused(tr("Not retired: %1").arg(error));
            refresh();
        });
}

} // namespace keyward
