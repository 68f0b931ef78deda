// SPDX-License-Identifier: GPL-3.0-or-later
#include "linktokens.h"

#include "crypto/base64url.h"
#include "crypto/securerandom.h"
#include "storage/mfachallengestore.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace keyward::LinkTokens {

namespace {

// A token is 43 base64url characters; anything else is not one (and is never hashed or stored).
bool looksLikeToken(const QString &token)
{
    if (token.size() != 43)
        return false;
    for (const QChar c : token) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

QString idOf(const QString &token)
{
    return QStringLiteral("link:")
        + QString::fromLatin1(
               Base64Url::encode(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256)));
}

std::optional<LinkGrant> grantOf(const std::optional<MfaChallengeRecord> &record, const QDateTime &now)
{
    if (!record || !record->userId || record->expiresAt <= now)
        return std::nullopt;
    return LinkGrant{*record->userId, QJsonDocument::fromJson(record->payload.toUtf8()).object()};
}

} // namespace

QString issue(const QSqlDatabase &db, const QString &purpose, qint64 userId, const QJsonObject &payload,
              const QDateTime &now, qint64 lifetimeSeconds)
{
    const QString token = QString::fromLatin1(Base64Url::encode(randomBytes(32)));
    MfaChallengeRecord record;
    record.id = idOf(token);
    record.purpose = purpose;
    record.userId = userId;
    record.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    record.createdAt = now;
    record.expiresAt = now.addSecs(lifetimeSeconds);
    MfaChallengeStore(db).insert(record);
    return token;
}

std::optional<LinkGrant> peek(const QSqlDatabase &db, const QString &purpose, const QString &token,
                              const QDateTime &now)
{
    if (!looksLikeToken(token))
        return std::nullopt;
    return grantOf(MfaChallengeStore(db).find(idOf(token), purpose), now);
}

std::optional<LinkGrant> take(const QSqlDatabase &db, const QString &purpose, const QString &token,
                              const QDateTime &now)
{
    if (!looksLikeToken(token))
        return std::nullopt;
    return grantOf(MfaChallengeStore(db).take(idOf(token), purpose), now);
}

int issuedSince(const QSqlDatabase &db, const QString &purpose, qint64 userId, const QDateTime &since)
{
    return MfaChallengeStore(db).countOfUserSince(userId, purpose, since);
}

} // namespace keyward::LinkTokens
