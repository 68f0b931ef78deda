// SPDX-License-Identifier: GPL-3.0-or-later
// The contract's list paging: ?limit= (1–500, default 50) and ?cursor= (opaque, from the
// previous page's next_cursor).
#pragma once

#include "httpmessage.h"

#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace keyward::Paging {

constexpr int kDefaultLimit = 50;
constexpr int kLargestLimit = 500;

// The page size asked for; invalid_request (400) outside 1…500.
int limitOf(const HttpRequest &request);
QString cursorOf(const HttpRequest &request);
// next_cursor as the contract writes it: null on the last page.
QJsonValue nextCursorValue(const QString &cursor);

// A list in id order: the cursor is the last id of the previous page (opaque to clients,
// checked strictly when it comes back).
struct IdRange {
    int limit = kDefaultLimit;
    qint64 after = 0;

    static IdRange of(const HttpRequest &request); // invalid_request (400) for a bad limit or cursor
};
QJsonValue cursorAfter(qint64 id);

// The contract's list: {items, next_cursor}.
HttpResponse listResponse(const QJsonArray &items, const QJsonValue &nextCursor);
HttpResponse listResponse(const QJsonArray &items, std::optional<qint64> nextAfter);

} // namespace keyward::Paging
