// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverycodes.h"

#include "crypto/digest.h"
#include "crypto/securerandom.h"

namespace keyward {

namespace {

// 32 symbols without the look-alikes 0/o and 1/l, so a code copied from paper is read without
// doubt; 32 divides 256, so every symbol is equally likely.
constexpr char kAlphabet[] = "23456789abcdefghijkmnpqrstuvwxyz";
constexpr int kGroup = 4;

} // namespace

static_assert(sizeof(kAlphabet) - 1 == 32);

RecoveryCodes::RecoveryCodes(QByteArray key) : m_key(std::move(key))
{ }

QByteArray RecoveryCodes::keyFrom(const QByteArray &masterKey)
{
    return purposeKey(masterKey, "keyward recovery codes v1");
}

QStringList RecoveryCodes::generate()
{
    QStringList codes;
    for (int i = 0; i < kCount; ++i) {
        const QByteArray random = randomBytes(kCharacters);
        QString code;
        for (int c = 0; c < kCharacters; ++c) {
            if (c > 0 && c % kGroup == 0)
                code.append(QLatin1Char('-'));
            code.append(QLatin1Char(kAlphabet[quint8(random[c]) % (sizeof(kAlphabet) - 1)]));
        }
        codes << code;
    }
    return codes;
}

QString RecoveryCodes::normalized(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        const QChar lower = c.toLower();
        if (lower.unicode() > 0x7f || !QByteArrayView(kAlphabet).contains(char(lower.unicode())))
            return {};
        code.append(lower);
    }
    return code.size() == kCharacters ? code : QString();
}

QString RecoveryCodes::hashOf(qint64 userId, const QString &normalizedCode) const
{
    const QByteArray message = QByteArray::number(userId) + ':' + normalizedCode.toLatin1();
    return QString::fromLatin1(hmacSha256(message, m_key).toHex());
}

} // namespace keyward
