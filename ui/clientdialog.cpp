// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientdialog.h"

#include "auth/clientservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward {

UriListEditor::UriListEditor(const QString &accessibleName, QWidget *parent) : QWidget(parent), m_list(new QListWidget)
{
    m_list->setAccessibleName(accessibleName);
    m_list->setMaximumHeight(fontMetrics().height() * 6);
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    add->setAccessibleName(tr("Add to %1").arg(accessibleName));
    remove->setAccessibleName(tr("Remove from %1").arg(accessibleName));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addUri({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_list->currentItem();
        emit changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, &UriListEditor::changed);
}

void UriListEditor::addUri(const QString &uri)
{
    auto *item = new QListWidgetItem(uri, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    if (uri.isEmpty())
        m_list->editItem(item);
    emit changed();
}

void UriListEditor::setUris(const QStringList &uris)
{
    m_list->clear();
    for (const QString &uri : uris)
        addUri(uri);
}

QStringList UriListEditor::uris() const
{
    QStringList uris;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString uri = m_list->item(row)->text().trimmed();
        if (!uri.isEmpty())
            uris << uri;
    }
    return uris;
}

ClientDialog::ClientDialog(const std::optional<ClientInput> &existing, QWidget *parent)
    : QDialog(parent), m_clientId(new QLineEdit), m_name(new QLineEdit), m_type(new QComboBox),
      m_firstParty(new QCheckBox(tr("Keyward's own application: no consent page"))),
      m_redirects(new UriListEditor(tr("Redirect URIs"))), m_logouts(new UriListEditor(tr("Post-logout URIs"))),
      m_scopes(new QLineEdit), m_missing(new QLabel)
{
    setWindowTitle(existing ? tr("Edit application %1").arg(existing->clientId) : tr("New application"));
    m_clientId->setPlaceholderText(tr("Leave empty to generate one"));
    m_type->addItem(tr("Confidential (a server that keeps a secret)"), true);
    m_type->addItem(tr("Public (a browser or native app, PKCE only)"), false);
    m_scopes->setPlaceholderText(ClientService::defaultScopes().join(QLatin1Char(' ')));
    auto *form = new QFormLayout;
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_firstParty);
    form->addRow(tr("&Redirect URIs:"), m_redirects);
    form->addRow(tr("Post-&logout URIs:"), m_logouts);
    form->addRow(tr("&Scopes:"), m_scopes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(existing ? tr("&Save") : tr("&Register")); // what OK does
    // Why OK is not enabled yet, said where the person looks before pressing it.
    m_missing->setObjectName(QStringLiteral("missingBeforeOk"));
    m_missing->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_missing);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ClientDialog::updateOk);
    connect(m_redirects, &UriListEditor::changed, this, &ClientDialog::updateOk);
    if (existing) {
        m_clientId->setText(existing->clientId);
        m_clientId->setEnabled(false); // fixed once registered
        m_type->setCurrentIndex(existing->confidential ? 0 : 1);
        m_type->setEnabled(false);
        m_name->setText(existing->name);
        m_firstParty->setChecked(existing->firstParty);
        m_redirects->setUris(existing->redirectUris);
        m_logouts->setUris(existing->postLogoutRedirectUris);
        m_scopes->setText(existing->scopes.join(QLatin1Char(' ')));
        m_name->setFocus();
    } else {
        m_redirects->addUri(QStringLiteral("http://127.0.0.1/callback"));
        m_clientId->setFocus();
    }
    setMinimumWidth(fontMetrics().horizontalAdvance(m_type->itemText(1)) * 2);
    updateOk();
}

void ClientDialog::updateOk()
{
    const bool named = !m_name->text().trimmed().isEmpty();
    m_missing->setText(named ? QString() : tr("Give the application a name (users see it on the consent page)."));
    m_missing->setVisible(!named);
    m_ok->setEnabled(named);
}

ClientInput ClientDialog::input() const
{
    return {m_clientId->text().trimmed(),
            m_name->text().trimmed(),
            m_type->currentData().toBool(),
            m_firstParty->isChecked(),
            m_redirects->uris(),
            m_logouts->uris(),
            m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)};
}

} // namespace keyward
