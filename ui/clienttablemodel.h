// SPDX-License-Identifier: GPL-3.0-or-later
// The registered applications (OpenID Connect clients), keyed by client_id.
#pragma once

#include "auth/clientservice.h"
#include "rowtablemodel.h"

namespace keyward {

class ClientTableModel : public RowTableModel<Client> {
    Q_OBJECT
public:
    enum Column { ClientId, Name, Type, Grants, RedirectUris, Created, ColumnCount };
    explicit ClientTableModel(QObject *parent = nullptr);
};

} // namespace keyward
