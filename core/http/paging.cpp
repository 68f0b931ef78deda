// SPDX-License-Identifier: GPL-3.0-or-later
#include "paging.h"

#include "apierror.h"
#include "crypto/base64url.h"

namespace keyward::Paging {

int limitOf(const HttpRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return kDefaultLimit;
    bool ok = false;
    const int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kLargestLimit)
        throw ApiError::invalidRequest(QStringLiteral("limit must be between 1 and %1").arg(kLargestLimit));
    return limit;
}

QString cursorOf(const HttpRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("cursor"));
}

QJsonValue nextCursorValue(const QString &cursor)
{
    return cursor.isEmpty() ? QJsonValue() : QJsonValue(cursor);
}

IdRange IdRange::of(const HttpRequest &request)
{
    IdRange range;
    range.limit = limitOf(request);
    const QString cursor = cursorOf(request);
    if (!cursor.isEmpty()) {
        const auto decoded = Base64Url::decode(cursor.toLatin1());
        bool ok = false;
        range.after = decoded ? decoded->toLongLong(&ok) : 0;
        if (!ok || range.after < 0)
            throw ApiError::invalidRequest(QStringLiteral("cursor is not one this server gave"));
    }
    return range;
}

QJsonValue cursorAfter(qint64 id)
{
    return QString::fromLatin1(Base64Url::encode(QByteArray::number(id)));
}

HttpResponse listResponse(const QJsonArray &items, const QJsonValue &nextCursor)
{
    return HttpResponse::json({{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), nextCursor}});
}

HttpResponse listResponse(const QJsonArray &items, std::optional<qint64> nextAfter)
{
    return listResponse(items, nextAfter ? cursorAfter(*nextAfter) : QJsonValue());
}

} // namespace keyward::Paging
