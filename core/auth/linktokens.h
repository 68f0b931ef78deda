// SPDX-License-Identifier: GPL-3.0-or-later
// The secrets in the links Keyward mails (verify an address, reset a password): 256 random bits,
// of which only the SHA-256 is stored, bound to one purpose and one user, single use and
// short-lived. They live beside the sign-in ceremonies' challenges (the mfa_challenges table),
// which have exactly these properties: a take is a DELETE … RETURNING, so one request on one
// server of a fleet gets it.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward {

struct LinkGrant {
    qint64 userId = 0;
    QJsonObject payload; // what the link was made for (the address it verifies, …)
};

namespace LinkTokens {

inline const QString kVerifyEmail = QStringLiteral("link:verify-email");
inline const QString kResetPassword = QStringLiteral("link:reset-password");

// In db's transaction; gives the token for the link.
QString issue(const QSqlDatabase &db, const QString &purpose, qint64 userId, const QJsonObject &payload,
              const QDateTime &now, qint64 lifetimeSeconds);
// Without spending it (a page showing its form); nothing when unknown, used or expired.
std::optional<LinkGrant> peek(const QSqlDatabase &db, const QString &purpose, const QString &token,
                              const QDateTime &now);
// Spends it; nothing when unknown, used or expired (an expired one is spent too).
std::optional<LinkGrant> take(const QSqlDatabase &db, const QString &purpose, const QString &token,
                              const QDateTime &now);
// Links of this purpose made for the user since `since`.
int issuedSince(const QSqlDatabase &db, const QString &purpose, qint64 userId, const QDateTime &since);

} // namespace LinkTokens

} // namespace keyward
