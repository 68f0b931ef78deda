// SPDX-License-Identifier: GPL-3.0-or-later
// The mfa_challenges table: what a ceremony must find again exactly once, on whichever server
// its next request reaches — a WebAuthn challenge, a TOTP enrolment awaiting its first code, a
// sign-in awaiting its second factor.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward {

struct MfaChallengeRecord {
    QString id;
    QString purpose;
    std::optional<qint64> userId;
    QString payload;
    QDateTime createdAt;
    QDateTime expiresAt;
};

class MfaChallengeStore {
public:
    explicit MfaChallengeStore(QSqlDatabase db);

    void insert(const MfaChallengeRecord &challenge);
    // Takes it out (whether or not it has expired: a late use spends it too); nothing when it is
    // gone, was taken by another request, or has another purpose (then it stays).
    std::optional<MfaChallengeRecord> take(const QString &id, const QString &purpose);
    // Reads without taking (a pending sign-in that a wrong code does not spend).
    std::optional<MfaChallengeRecord> find(const QString &id, const QString &purpose);
    // A sealed challenge (SignInChallenges) answered: its marker, kept until it would have expired
    // anyway. false when it was recorded already — a second answer, here or on another server.
    bool recordSpent(const QString &marker, const QDateTime &at, const QDateTime &expiresAt);
    bool isSpent(const QString &marker);
    int removeOfUser(qint64 userId);
    // How many of this purpose were made for the user since `since` (a limit on links sent).
    int countOfUserSince(qint64 userId, const QString &purpose, const QDateTime &since);
    // One more wrong answer to it; gives how many so far (0 when it is gone).
    int countFailure(const QString &id);
    int purgeExpired(const QDateTime &before, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
