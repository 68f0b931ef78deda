// SPDX-License-Identifier: GPL-3.0-or-later
#include "paging.h"

#include "apierror.h"

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

} // namespace keyward::Paging
