// SPDX-License-Identifier: GPL-3.0-or-later
#include "totp.h"

#include "crypto/base32.h"
#include "crypto/constanttime.h"

#include <QUrl>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace keyward::Totp {

namespace {

const EVP_MD *digestOf(Hash hash)
{
    switch (hash) {
    case Hash::Sha1:
        return EVP_sha1();
    case Hash::Sha256:
        return EVP_sha256();
    case Hash::Sha512:
        return EVP_sha512();
    }
    return EVP_sha1();
}

} // namespace

QString codeAt(QByteArrayView secret, qint64 step, int digits, Hash hash)
{
    uchar counter[8];
    qToBigEndian(quint64(step), counter);
    uchar mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    if (!HMAC(digestOf(hash), secret.data(), int(secret.size()), counter, sizeof(counter), mac, &macLength))
        return {};
    const int offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = qFromBigEndian<quint32>(mac + offset) & 0x7fffffff;
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QString::number(binary % modulus).rightJustified(digits, QLatin1Char('0'));
}

qint64 stepAt(qint64 unixSeconds)
{
    return unixSeconds / kPeriodSeconds;
}

std::optional<qint64> acceptedStep(QByteArrayView secret, const QString &code, qint64 nowSecs, qint64 lastUsedStep)
{
    if (code.size() != kDigits)
        return std::nullopt;
    const QByteArray presented = code.toLatin1();
    std::optional<qint64> matched;
    const qint64 now = stepAt(nowSecs);
    // Every candidate is computed and compared, so the time taken does not tell which matched.
    for (qint64 step = now - 1; step <= now + 1; ++step) {
        if (constantTimeEquals(codeAt(secret, step).toLatin1(), presented) && step > lastUsedStep && !matched)
            matched = step;
    }
    return matched;
}

QString otpauthUri(const QString &issuer, const QString &account, QByteArrayView secret)
{
    const auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=%4&period=%5")
        .arg(encoded(issuer), encoded(account), Base32::encode(secret), QString::number(kDigits),
             QString::number(kPeriodSeconds));
}

} // namespace keyward::Totp
