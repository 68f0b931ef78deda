// SPDX-License-Identifier: GPL-3.0-or-later
// The challenge of a passkey sign-in, sealed into its challenge_id instead of stored:
//   base64url( version (1) | expires at (8, big-endian epoch seconds)
//            | user (8, big-endian; 0: a sign-in that names nobody) | challenge (32) | tag (16) )
// where tag = HMAC-SHA-256(key, everything before it), truncated to 16 bytes.
//
// Why sealed: anyone may ask for sign-in options, unauthenticated. Stored, each request cost a
// database write (and let anyone fill a table); sealed, options cost none, and every server of a
// fleet opens what another sealed (the key comes from the master key they share). The contract's
// single use is kept where it matters, at the answer: the transaction that records a sign-in also
// records its challenge as spent under spentMarker (unique; kept until the challenge expires), so
// a second answer to one challenge fails on any server. The purpose is bound by the key itself:
// no other kind of challenge is sealed with it.
//
// Threads: any thread (immutable).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace keyward {

struct SignInChallenge {
    QByteArray challenge; // what the authenticator signs (clientDataJSON.challenge)
    std::optional<qint64> userId; // a second factor: only this user's passkey answers it
    QDateTime expiresAt;
    QString spentMarker; // the id its use is recorded under (the tag: unique, no secret)
};

class SignInChallenges {
public:
    explicit SignInChallenges(QByteArray key);

    static QByteArray keyFrom(const QByteArray &masterKey);
    static constexpr qsizetype kChallengeBytes = 32;

    // A new random challenge for userId (or nobody), expiring at expiresAt; gives its id.
    QString seal(std::optional<qint64> userId, const QDateTime &expiresAt, SignInChallenge *sealed = nullptr) const;
    // What challengeId holds, if this server (or one sharing its master key) sealed it. Expiry is
    // the caller's to judge (it has the clock). Anything forged, damaged or of another shape: none.
    std::optional<SignInChallenge> open(const QString &challengeId) const;

private:
    QByteArray tagOf(QByteArrayView body) const;

    QByteArray m_key;
};

} // namespace keyward
