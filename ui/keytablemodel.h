// SPDX-License-Identifier: GPL-3.0-or-later
// Signing keys, keyed by kid, oldest first.
#pragma once

#include "rowtablemodel.h"
#include "storage/signingkeystore.h"

namespace keyward {

class KeyTableModel : public RowTableModel<SigningKeyRecord> {
    Q_OBJECT
public:
    enum Column { Kid, Algorithm, State, Created, Activated, RetireAt, ColumnCount };
    explicit KeyTableModel(QObject *parent = nullptr);
    static QString stateText(const QString &state);
};

} // namespace keyward
