// SPDX-License-Identifier: GPL-3.0-or-later
// A user's public id: what the API calls the user's `id` and tokens their `sub`. A random UUID
// (version 4, lower case, no braces) given at creation and never changed, so it tells nobody how
// many users there are, and a reset database never hands a known `sub` to someone else. The
// integer key stays inside the database (foreign keys, paging).
#pragma once

#include <QString>

namespace keyward::UserPublicId {

QString generate();
// Whether text has the form of a public id (any UUID in its canonical lower-case text): a
// client id of that form could be mistaken for a user's `sub`, so none may have it.
bool isWellFormed(const QString &text);

} // namespace keyward::UserPublicId
