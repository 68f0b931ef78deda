// SPDX-License-Identifier: GPL-3.0-or-later
// Imports users from JSON lines ({email, name?, roles?, password_hash}), skipping bad lines
// with their line numbers and committing the good ones one batch per transaction.
#pragma once

#include "actor.h"

#include <QString>

#include <vector>

class QIODevice;

namespace keyward {

class AccountService;
class Database;

struct ImportReport {
    struct Problem {
        int line = 0;
        QString code;
        QString message;
    };
    int imported = 0;
    std::vector<Problem> skipped;
};

class UserImporter {
public:
    UserImporter(Database &database, AccountService &accounts, int batchSize = 500);

    ImportReport run(const Actor &actor, QIODevice &input);

private:
    Database &m_database;
    AccountService &m_accounts;
    int m_batchSize;
};

} // namespace keyward
