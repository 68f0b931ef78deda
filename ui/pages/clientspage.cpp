// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientspage.h"

#include "auth/accountservice.h"
#include "auth/clientservice.h"
#include "auth/oidcservice.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "clienttablemodel.h"
#include "crypto/base64url.h"
#include "crypto/securerandom.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QMap>
#include <QTableView>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace keyward {

namespace {

ClientInput inputOf(const Client &client)
{
    const ClientRecord &record = client.record;
    return {record.clientId,   record.name,         client.isConfidential(),
            record.firstParty, record.redirectUris, record.postLogoutRedirectUris,
            record.scopes};
}

} // namespace

ClientsPage::ClientsPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_clients(new ClientTableModel(this))
{
    m_view = makeTable(m_clients, tr("Applications"),
                       tr("No applications yet. New application… registers one that signs its users in through "
                          "Keyward (OpenID Connect)."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(actionButton(tr("&New application…"), QStringLiteral("newClient"), &ClientsPage::createClient));
    QPushButton *edit = actionButton(tr("&Edit…"), QStringLiteral("editClient"), &ClientsPage::editClient);
    QPushButton *remove = actionButton(tr("&Delete…"), QStringLiteral("deleteClient"), &ClientsPage::deleteClient);
    const QList<QPushButton *> onRow{
        edit, actionButton(tr("&Rotate secret…"), QStringLiteral("rotateSecret"), &ClientsPage::rotateSecret), remove,
        actionButton(tr("&Try it"), QStringLiteral("tryClient"), &ClientsPage::tryIt),
        actionButton(tr("&Consents…"), QStringLiteral("clientConsents"), &ClientsPage::showConsents)};
    for (QPushButton *button : onRow)
        buttons->addWidget(button);
    buttons->addStretch();
    offerOnRows(m_view, onRow, remove, edit);
    offerOnlyWithSelection(m_view, onRow, tr("Select an application first"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
}

void ClientsPage::refresh()
{
    if (!m_context.backend->hasTokens())
        return;
    struct Snapshot {
        std::vector<Client> clients;
        QString issuer;
    };
    std::shared_ptr<Backend> backend = m_context.backend;
    runRefresh<Snapshot>(
        [backend] {
            return Snapshot{backend->clients().list({}, RowWindow::kMaxRows), backend->tokens().issuer()};
        },
        [this](Snapshot snapshot) {
            m_clients->setRows(std::move(snapshot.clients));
            m_issuer = snapshot.issuer;
            if (!m_clientToSelect.isEmpty()) {
                const int row = m_clients->rowOfKey(m_clientToSelect);
                if (row >= 0)
                    m_view->selectRow(row);
                m_clientToSelect.clear();
            }
        });
}

void ClientsPage::showClient(const QString &clientId)
{
    m_clientToSelect = clientId;
    refresh();
}

const Client *ClientsPage::selectedClient() const
{
    return m_clients->rowAt(m_clients->rowOfKey(selectedKey(m_view)));
}

void ClientsPage::change(std::function<QString()> work)
{
    run<QString>(std::move(work), [this](const QString &done) {
        emit message(done);
        refresh();
    });
}

void ClientsPage::createClient()
{
    const std::optional<ClientInput> input = m_context.dialogs->askClient(this, std::nullopt);
    if (!input)
        return;
    NewClient client;
    client.clientId = input->clientId;
    client.name = input->name;
    client.type = input->confidential ? QStringLiteral("confidential") : QStringLiteral("public");
    client.firstParty = input->firstParty;
    client.redirectUris = input->redirectUris;
    client.postLogoutRedirectUris = input->postLogoutRedirectUris;
    client.scopes = input->scopes;
    std::shared_ptr<Backend> backend = m_context.backend;
    run<ClientWithSecret>(
        [backend, actor = m_context.actor, client] { return orConsoleError(backend->clients().create(actor, client)); },
        [this](const ClientWithSecret &created) {
            const QString id = created.client.record.clientId;
            if (!created.secret.isEmpty())
                m_context.dialogs->showSecret(
                    this, tr("Application registered"),
                    tr("The secret of %1, shown this once. Store it in the application's configuration now:").arg(id),
                    created.secret);
            emit message(tr("Registered the application %1").arg(id));
            refresh();
        });
}

void ClientsPage::editClient()
{
    const Client *client = selectedClient();
    if (!client)
        return;
    const std::optional<ClientInput> input = m_context.dialogs->askClient(this, inputOf(*client));
    if (!input)
        return;
    ClientChange changes;
    changes.name = input->name;
    changes.firstParty = input->firstParty;
    changes.redirectUris = input->redirectUris;
    changes.postLogoutRedirectUris = input->postLogoutRedirectUris;
    changes.scopes = input->scopes.isEmpty() ? ClientService::defaultScopes() : input->scopes;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id = client->record.clientId, changes] {
        orConsoleError(backend->clients().change(actor, id, changes));
        return tr("Saved the application %1").arg(id);
    });
}

void ClientsPage::rotateSecret()
{
    const Client *client = selectedClient();
    if (!client || !client->isConfidential())
        return;
    const QString id = client->record.clientId;
    if (!m_context.dialogs->confirm(this, tr("Rotate secret"),
                                    tr("Give %1 a new secret? The current one stops working at once: the application "
                                       "cannot sign anyone in until it has the new one.")
                                        .arg(id)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    run<ClientWithSecret>(
        [backend, actor = m_context.actor, id] { return orConsoleError(backend->clients().rotateSecret(actor, id)); },
        [this, id](const ClientWithSecret &rotated) {
            m_context.dialogs->showSecret(this, tr("New secret"), tr("The new secret of %1, shown this once:").arg(id),
                                          rotated.secret);
            emit message(tr("Rotated the secret of %1").arg(id));
            refresh();
        });
}

void ClientsPage::showConsents()
{
    const Client *client = selectedClient();
    if (!client)
        return;
    const QString id = client->record.clientId;
    std::shared_ptr<Backend> backend = m_context.backend;
    using Consenters = QMap<QString, qint64>; // address → user id
    run<Consenters>(
        [backend, id] {
            std::vector<qint64> userIds;
            for (const ConsentRecord &consent : backend->oidc().consentsTo(id, kConsentsShown))
                userIds.push_back(consent.userId);
            Consenters consenters;
            const QHash<qint64, QString> emails = backend->accounts().emailsOf(userIds);
            for (auto it = emails.begin(); it != emails.end(); ++it)
                consenters.insert(it.value(), it.key());
            return consenters;
        },
        [this, backend, id](const Consenters &consenters) {
            if (consenters.isEmpty()) {
                emit message(tr("Nobody has allowed %1 yet").arg(id));
                return;
            }
            const std::optional<QStringList> forget
                = m_context.dialogs->askConsentsOfApplication(this, id, consenters.keys());
            if (!forget || forget->isEmpty())
                return;
            std::vector<qint64> users;
            for (const QString &email : *forget)
                users.push_back(consenters.value(email));
            run<int>(
                [backend, actor = m_context.actor, id, users] {
                    for (qint64 user : users)
                        orConsoleError(backend->oidc().revokeConsent(actor, user, id));
                    return int(users.size());
                },
                [this, id](int forgotten) {
                    emit message(tr("%n user(s) will be asked again by %1", nullptr, forgotten).arg(id));
                });
        });
}

void ClientsPage::deleteClient()
{
    const Client *client = selectedClient();
    if (!client)
        return;
    const QString id = client->record.clientId;
    if (!m_context.dialogs->confirm(this, tr("Delete application"),
                                    tr("Delete %1? Everyone signed in to it through Keyward is signed out of it now, "
                                       "and its users' consents are forgotten.")
                                        .arg(id)))
        return;
    std::shared_ptr<Backend> backend = m_context.backend;
    change([backend, actor = m_context.actor, id] {
        orConsoleError(backend->clients().remove(actor, id));
        return tr("Deleted the application %1").arg(id);
    });
}

void ClientsPage::tryIt()
{
    const Client *client = selectedClient();
    if (!client || client->record.redirectUris.isEmpty() || m_issuer.isEmpty())
        return;
    // A real authorization request (PKCE with a throwaway verifier): the browser shows what the
    // application's users will see, and lands on its redirect URI with a code it never uses.
    const QByteArray verifier = Base64Url::encode(randomBytes(32));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), client->record.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), client->record.redirectUris.first());
    query.addQueryItem(QStringLiteral("scope"), client->record.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(Base64Url::encode(randomBytes(12))));
    query.addQueryItem(
        QStringLiteral("code_challenge"),
        QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256))));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QUrl url(m_issuer + QStringLiteral("/oauth/authorize"));
    url.setQuery(query);
    m_context.dialogs->openUrl(url);
    emit message(tr("Opened the browser on a sign-in to %1").arg(client->record.clientId));
}

} // namespace keyward
