// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the 32-byte master key that seals the signing keys, from (in order)
// KEYWARD_MASTER_KEY, KEYWARD_MASTER_KEY_FILE, the OS keychain, and last a generated
// DATA_DIR/master.key (mode 0600) with a warning that says where it is.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace keyward {

class Keychain;

struct MasterKey {
    QByteArray bytes;
    QString source; // named in messages, e.g. "KEYWARD_MASTER_KEY" or "/var/lib/keyward/master.key"
};

class MasterKeyProvider {
public:
    // keychain may be null (no keychain: headless hosts, tests). account names this
    // installation's entry in the keychain (one per database).
    MasterKeyProvider(QString dataDir, QProcessEnvironment environment, Keychain *keychain, QString account);

    // mayCreate = false when sealed keys already exist: a new key could not open them, so none
    // is made (in the keychain or a file) and the error names every source tried.
    Result<MasterKey> obtain(bool mayCreate = true);

    static QString keychainService() { return QStringLiteral("keyward"); }

private:
    Result<MasterKey> fromEnvironment();
    Result<MasterKey> fromFile(const QString &path, const QString &source);
    Result<MasterKey> generateFile(const QString &path);

    QString m_dataDir;
    QProcessEnvironment m_environment;
    Keychain *m_keychain;
    QString m_account;
};

} // namespace keyward
