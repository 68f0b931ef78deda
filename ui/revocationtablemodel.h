// SPDX-License-Identifier: GPL-3.0-or-later
// Revoked access tokens that have not expired yet, keyed by jti.
#pragma once

#include "rowtablemodel.h"

#include <QDateTime>

namespace keyward {

struct RevokedTokenRow {
    QString jti;
    QString email; // empty when the revocation did not name its user
    QDateTime revokedAt;
    QDateTime expiresAt;
};

class RevocationTableModel : public RowTableModel<RevokedTokenRow> {
    Q_OBJECT
public:
    enum Column { Jti, User, RevokedAt, Expires, ColumnCount };
    explicit RevocationTableModel(QObject *parent = nullptr);
};

} // namespace keyward
