// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinchallenges.h"

#include "common/timeformat.h"
#include "crypto/base64url.h"
#include "crypto/constanttime.h"
#include "crypto/digest.h"
#include "crypto/securerandom.h"

#include <QtEndian>

namespace keyward {

namespace {

constexpr char kVersion = 1;
constexpr qsizetype kNumberBytes = 8;
constexpr qsizetype kTagBytes = 16;
constexpr qsizetype kBodyBytes = 1 + kNumberBytes + kNumberBytes + SignInChallenges::kChallengeBytes;

void appendNumber(QByteArray &body, qint64 value)
{
    char bytes[kNumberBytes];
    qToBigEndian(quint64(value), bytes);
    body.append(bytes, kNumberBytes);
}

qint64 numberAt(QByteArrayView body, qsizetype offset)
{
    return qint64(qFromBigEndian<quint64>(body.data() + offset));
}

QString markerOf(QByteArrayView tag)
{
    return QStringLiteral("spent:") + QString::fromLatin1(Base64Url::encode(tag));
}

} // namespace

SignInChallenges::SignInChallenges(QByteArray key) : m_key(std::move(key))
{ }

QByteArray SignInChallenges::keyFrom(const QByteArray &masterKey)
{
    return purposeKey(masterKey, "keyward passkey sign-in challenges v1");
}

QByteArray SignInChallenges::tagOf(QByteArrayView body) const
{
    return hmacSha256(body, m_key).left(kTagBytes);
}

QString SignInChallenges::seal(std::optional<qint64> userId, const QDateTime &expiresAt, SignInChallenge *sealed) const
{
    const QByteArray challenge = randomBytes(kChallengeBytes);
    QByteArray body(1, kVersion);
    appendNumber(body, expiresAt.toSecsSinceEpoch());
    appendNumber(body, userId.value_or(0));
    body.append(challenge);
    const QByteArray tag = tagOf(body);
    if (sealed)
        *sealed = {challenge, userId, expiresAt, markerOf(tag)};
    body.append(tag);
    return QString::fromLatin1(Base64Url::encode(body));
}

std::optional<SignInChallenge> SignInChallenges::open(const QString &challengeId) const
{
    // The exact length first: nothing longer is decoded at all.
    if (challengeId.size() != ((kBodyBytes + kTagBytes) * 4 + 2) / 3) // unpadded base64url
        return std::nullopt;
    const std::optional<QByteArray> bytes = Base64Url::decode(challengeId.toLatin1());
    if (!bytes || bytes->size() != kBodyBytes + kTagBytes)
        return std::nullopt;
    const QByteArrayView body = QByteArrayView(*bytes).first(kBodyBytes);
    const QByteArrayView tag = QByteArrayView(*bytes).sliced(kBodyBytes);
    if (!constantTimeEquals(tagOf(body), tag) || body.front() != kVersion)
        return std::nullopt;
    const qint64 user = numberAt(body, 1 + kNumberBytes);
    SignInChallenge opened;
    opened.expiresAt = fromEpoch(numberAt(body, 1));
    if (user > 0)
        opened.userId = user;
    opened.challenge = body.sliced(1 + 2 * kNumberBytes).toByteArray();
    opened.spentMarker = markerOf(tag);
    return opened;
}

} // namespace keyward
