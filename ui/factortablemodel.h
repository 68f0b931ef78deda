// SPDX-License-Identifier: GPL-3.0-or-later
// A user's sign-in factors as a table: the authenticator app, then each passkey (its name, when
// it was added and last used, and whether it is synced or bound to one device), keyed so that a
// refresh keeps the selection.
#pragma once

#include "rowtablemodel.h"
#include "storage/passkeystore.h"

#include <optional>

namespace keyward {

struct MfaStatus;

struct FactorRow {
    std::optional<PasskeyRecord> passkey; // nothing: the authenticator app
};

class FactorTableModel : public RowTableModel<FactorRow> {
    Q_OBJECT
public:
    enum Column { Factor, Name, Created, LastUsed, Storage, ColumnCount };

    explicit FactorTableModel(QObject *parent = nullptr);
    // The rows of a user's factors: the app first (a user has one at most), then the passkeys.
    static std::vector<FactorRow> rowsOf(const MfaStatus &status);
};

} // namespace keyward
