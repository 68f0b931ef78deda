// SPDX-License-Identifier: GPL-3.0-or-later
#include "clienttablemodel.h"

#include "timetext.h"

namespace keyward {

ClientTableModel::ClientTableModel(QObject *parent)
    : RowTableModel<Client>(
        {
            {tr("Client ID"), [](const Client &client) { return QVariant(client.record.clientId); }, true},
            {tr("Name"), [](const Client &client) { return QVariant(client.record.name); }},
            {tr("Type"),
             [](const Client &client) {
                 QString type = client.isConfidential() ? tr("Confidential") : tr("Public");
                 if (client.record.firstParty)
                     type += tr(", first-party");
                 return QVariant(type);
             }},
            {tr("Grant types"), [](const Client &client) { return QVariant(client.record.grantTypes.join(u", ")); }},
            {tr("Redirect URIs"), [](const Client &client) { return QVariant(client.record.redirectUris.join(u" ")); }},
            momentColumn(tr("Created"), [](const Client &client) { return client.record.createdAt; }),
        },
        [](const Client &client) { return client.record.clientId; }, parent)
{ }

} // namespace keyward
