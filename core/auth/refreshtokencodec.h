// SPDX-License-Identifier: GPL-3.0-or-later
// The shape of a refresh token: base64url of
//   session id (16 bytes) | generation (8, big-endian) | random (32) | tag (16)
// where tag = HMAC-SHA-256(chain key, everything before it), truncated. The random part carries
// the token's secrecy (only its SHA-256 is stored); the session and generation let a token whose
// row has been deleted still be recognised as an earlier link of a session's chain, so replaying
// it ends the session (reuse detection) although only recent rows are kept. The tag makes that
// claim unforgeable: knowing a session id (it is in every access token) is not enough to end it.
// The chain key is derived from the master key, which every server of a fleet shares.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace keyward {

struct RefreshTokenLink {
    QString sessionId;
    qint64 generation = 0; // 0 for the session's first token, +1 at each rotation
};

class RefreshTokenCodec {
public:
    explicit RefreshTokenCodec(QByteArray chainKey);

    // Derives the chain key from the master key (a key of its own, not the master key itself).
    static QByteArray chainKeyFrom(const QByteArray &masterKey);

    QString issue(const RefreshTokenLink &link) const;
    // The link a token names, if this server (or one sharing its master key) issued it. Tokens of
    // the earlier shape (32 random bytes) and anything forged or damaged give nothing.
    std::optional<RefreshTokenLink> open(const QString &token) const;

private:
    QByteArray tagOf(QByteArrayView body) const;

    QByteArray m_chainKey;
};

} // namespace keyward
