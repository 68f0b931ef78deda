// SPDX-License-Identifier: GPL-3.0-or-later
// The contract's list paging: ?limit= (1–500, default 50) and ?cursor= (opaque, from the
// previous page's next_cursor).
#pragma once

#include "httpmessage.h"

#include <QJsonValue>

namespace keyward::Paging {

constexpr int kDefaultLimit = 50;
constexpr int kLargestLimit = 500;

// The page size asked for; invalid_request (400) outside 1…500.
int limitOf(const HttpRequest &request);
QString cursorOf(const HttpRequest &request);
// next_cursor as the contract writes it: null on the last page.
QJsonValue nextCursorValue(const QString &cursor);

} // namespace keyward::Paging
