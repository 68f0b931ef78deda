// SPDX-License-Identifier: GPL-3.0-or-later
// Applications: the registered OpenID Connect clients; register one (its secret shown once, with
// a copy button), edit, rotate the secret, delete (after a question that says what ends), and
// "Try it": the browser opens on an authorization request for the application, so an
// administrator sees the sign-in its users will see.
#pragma once

#include "consolepage.h"

class QTableView;

namespace keyward {

class ClientTableModel;
struct Client;

class ClientsPage : public ConsolePage {
    Q_OBJECT
public:
    explicit ClientsPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    ClientTableModel *model() const { return m_clients; }
    QTableView *view() const { return m_view; }

    void createClient();
    void editClient();
    void rotateSecret();
    void deleteClient();
    void tryIt();
    // Who allowed the selected application; forget some of those consents (they are asked again).
    void showConsents();
    static constexpr int kConsentsShown = 500; // the newest; a user's own through the Users page

    // Selects the application with this client id once listed (the audit log's "Show application").
    void showClient(const QString &clientId);

private:
    const Client *selectedClient() const;
    // Runs a change on the worker; reports and refreshes when it is done.
    void change(std::function<QString()> work);

    ClientTableModel *m_clients;
    QTableView *m_view;
    QString m_issuer; // as read with the list, for "Try it"
    QString m_clientToSelect; // showClient: selected once a read lists it
};

} // namespace keyward
