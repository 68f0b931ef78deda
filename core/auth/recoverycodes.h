// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery codes: ten of them, 60 random bits each, written as three groups of four characters
// from an alphabet without look-alikes ("7kq2-mx9d-4hpr"). Only a keyed hash of each is stored
// (HMAC-SHA-256 under a key derived from the master key, bound to the user): a copy of the
// database alone cannot be searched for them.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace keyward {

class RecoveryCodes {
public:
    static constexpr int kCount = 10;
    static constexpr int kCharacters = 12; // 5 bits each: 60 bits

    explicit RecoveryCodes(QByteArray key);
    static QByteArray keyFrom(const QByteArray &masterKey);

    static QStringList generate();
    // As typed: case, spaces and dashes do not matter. Empty for anything that cannot be a code.
    static QString normalized(const QString &typed);
    QString hashOf(qint64 userId, const QString &normalizedCode) const;

private:
    QByteArray m_key;
};

} // namespace keyward
