// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshtokencodec.h"

#include "crypto/base64url.h"
#include "crypto/constanttime.h"
#include "crypto/digest.h"
#include "crypto/securerandom.h"

#include <QtEndian>

namespace keyward {

namespace {

constexpr qsizetype kSessionBytes = 16;
constexpr qsizetype kGenerationBytes = 8;
constexpr qsizetype kRandomBytes = 32;
constexpr qsizetype kTagBytes = 16;
constexpr qsizetype kBodyBytes = kSessionBytes + kGenerationBytes + kRandomBytes;

} // namespace

RefreshTokenCodec::RefreshTokenCodec(QByteArray chainKey) : m_chainKey(std::move(chainKey))
{ }

QByteArray RefreshTokenCodec::chainKeyFrom(const QByteArray &masterKey)
{
    return purposeKey(masterKey, "keyward refresh chain v1");
}

QByteArray RefreshTokenCodec::tagOf(QByteArrayView body) const
{
    return hmacSha256(body, m_chainKey).left(kTagBytes);
}

QString RefreshTokenCodec::issue(const RefreshTokenLink &link) const
{
    const std::optional<QByteArray> session = Base64Url::decode(link.sessionId.toLatin1());
    Q_ASSERT(session && session->size() == kSessionBytes); // session ids are made by SessionService
    QByteArray body = session.value_or(QByteArray(kSessionBytes, '\0'));
    char generation[kGenerationBytes];
    qToBigEndian(quint64(link.generation), generation);
    body.append(generation, kGenerationBytes);
    body.append(randomBytes(kRandomBytes));
    body.append(tagOf(body));
    return QString::fromLatin1(Base64Url::encode(body));
}

std::optional<RefreshTokenLink> RefreshTokenCodec::open(const QString &token) const
{
    const std::optional<QByteArray> bytes = Base64Url::decode(token.toLatin1());
    if (!bytes || bytes->size() != kBodyBytes + kTagBytes)
        return std::nullopt;
    const QByteArrayView body = QByteArrayView(*bytes).first(kBodyBytes);
    if (!constantTimeEquals(tagOf(body), QByteArrayView(*bytes).sliced(kBodyBytes)))
        return std::nullopt;
    const auto generation = qint64(qFromBigEndian<quint64>(body.data() + kSessionBytes));
    if (generation < 0)
        return std::nullopt;
    return RefreshTokenLink{QString::fromLatin1(Base64Url::encode(body.first(kSessionBytes))), generation};
}

} // namespace keyward
