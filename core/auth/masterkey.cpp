// SPDX-License-Identifier: GPL-3.0-or-later
#include "masterkey.h"

#include "common/logging.h"
#include "crypto/sealer.h"
#include "crypto/securerandom.h"
#include "keychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace keyward {

namespace {

Error keyError(const QString &message)
{
    return failure(ErrorCode::MasterKey, message);
}

// A key is 32 raw bytes or their base64 (as KEYWARD_MASTER_KEY takes it).
std::optional<QByteArray> decodeKey(const QByteArray &text)
{
    if (text.size() == Sealer::kKeyBytes)
        return text;
    auto decoded = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Sealer::kKeyBytes)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

MasterKeyProvider::MasterKeyProvider(QString dataDir, QProcessEnvironment environment, Keychain *keychain,
                                     QString account)
    : m_dataDir(std::move(dataDir)), m_environment(std::move(environment)), m_keychain(keychain),
      m_account(std::move(account))
{ }

Result<MasterKey> MasterKeyProvider::obtain(bool mayCreate)
{
    if (m_environment.contains(QStringLiteral("KEYWARD_MASTER_KEY")))
        return fromEnvironment();
    if (m_environment.contains(QStringLiteral("KEYWARD_MASTER_KEY_FILE"))) {
        const QString path = m_environment.value(QStringLiteral("KEYWARD_MASTER_KEY_FILE"));
        return fromFile(path, path);
    }
    const QString fallback = QDir(m_dataDir).filePath(QStringLiteral("master.key"));
    Keychain::Reading reading;
    if (m_keychain)
        reading = m_keychain->read(keychainService(), m_account);
    if (reading.outcome == Keychain::Outcome::Found) {
        const auto key = decodeKey(reading.secret);
        if (!key)
            return keyError(
                QStringLiteral("the master key in the OS keychain (keyward/%1) is not 32 bytes").arg(m_account));
        return MasterKey{*key, QStringLiteral("the OS keychain")};
    }
    // A key file made on an earlier run without a keychain stays the key of this installation.
    if (QFileInfo::exists(fallback))
        return fromFile(fallback, fallback);
    if (!mayCreate) {
        return keyError(QStringLiteral("the signing keys of this database are sealed, but no master key was found "
                                       "(tried KEYWARD_MASTER_KEY, KEYWARD_MASTER_KEY_FILE, the OS keychain and %1)")
                            .arg(fallback));
    }
    if (m_keychain && reading.outcome == Keychain::Outcome::NotFound) {
        const QByteArray key = randomBytes(Sealer::kKeyBytes);
        if (m_keychain->write(keychainService(), m_account, key.toBase64())) {
            qCInfo(lcCrypto) << "stored a new master key in the OS keychain";
            return MasterKey{key, QStringLiteral("the OS keychain")};
        }
    }
    return generateFile(fallback);
}

Result<MasterKey> MasterKeyProvider::fromEnvironment()
{
    const auto key = decodeKey(m_environment.value(QStringLiteral("KEYWARD_MASTER_KEY")).toLatin1());
    if (!key)
        return keyError(QStringLiteral("KEYWARD_MASTER_KEY must be the base64 of exactly 32 bytes"));
    return MasterKey{*key, QStringLiteral("KEYWARD_MASTER_KEY")};
}

Result<MasterKey> MasterKeyProvider::fromFile(const QString &path, const QString &source)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(QStringLiteral("cannot read the master key file %1: %2").arg(path, file.errorString()));
    const QFileDevice::Permissions loose
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & loose)
        return keyError(QStringLiteral("the master key file %1 is readable by others; chmod 600 it").arg(path));
    const auto key = decodeKey(file.read(1024));
    if (!key)
        return keyError(QStringLiteral("the master key file %1 must hold 32 bytes or their base64").arg(path));
    return MasterKey{*key, source};
}

Result<MasterKey> MasterKeyProvider::generateFile(const QString &path)
{
    const QByteArray key = randomBytes(Sealer::kKeyBytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return keyError(QStringLiteral("cannot create the master key file %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toBase64() + '\n');
    if (!file.commit())
        return keyError(QStringLiteral("cannot write the master key file %1").arg(path));
    qCWarning(lcCrypto).noquote() << "no OS keychain answered: the master key that protects the signing keys is in"
                                  << path << "- back it up with the database, and keep it as private as the database";
    return MasterKey{key, path};
}

} // namespace keyward
