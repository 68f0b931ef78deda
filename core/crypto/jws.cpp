// SPDX-License-Identifier: GPL-3.0-or-later
#include "jws.h"

#include "base64url.h"
#include "signingkey.h"

#include <QJsonDocument>

namespace keyward::Jws {

namespace {

std::optional<QJsonObject> decodeObject(QByteArrayView part)
{
    const auto json = Base64Url::decode(part);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QByteArray sign(const SigningKey &key, const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.sign(input);
    if (signature.isEmpty())
        return {};
    return input + '.' + Base64Url::encode(signature);
}

Result<ParsedJws> parse(QByteArrayView compact)
{
    if (compact.size() > kMaxTokenBytes)
        return failure(ErrorCode::TooLarge, QStringLiteral("the token is longer than 8 KiB"));
    const qsizetype first = compact.indexOf('.');
    const qsizetype second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    // An empty signature is read (an unsigned "alg": "none" token is then refused for its
    // algorithm, which is what it is); no accepted algorithm verifies one.
    if (first <= 0 || second <= first + 1 || compact.indexOf('.', second + 1) >= 0)
        return failure(ErrorCode::Malformed, QStringLiteral("a token has three base64url parts"));
    const auto header = decodeObject(compact.first(first));
    const auto claims = decodeObject(compact.sliced(first + 1, second - first - 1));
    const auto signature = Base64Url::decode(compact.sliced(second + 1));
    if (!header || !claims || !signature)
        return failure(ErrorCode::Malformed, QStringLiteral("the token is not valid base64url JSON"));
    return ParsedJws{*header, *claims, compact.first(second).toByteArray(), *signature};
}

} // namespace keyward::Jws
