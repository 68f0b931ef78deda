// SPDX-License-Identifier: GPL-3.0-or-later
// The authenticator data of a WebAuthn response (WebAuthn §6.1): RP ID hash, flags, signature
// counter, and in a registration the attested credential data (AAGUID, credential id, COSE
// public key). Parsed strictly: every byte must belong to a field the flags announce.
#pragma once

#include "common/result.h"

#include <QByteArray>

namespace keyward {

struct AuthenticatorData {
    // Flag bits (WebAuthn §6.1).
    static constexpr quint8 kUserPresent = 0x01;
    static constexpr quint8 kUserVerified = 0x04;
    static constexpr quint8 kBackupEligible = 0x08;
    static constexpr quint8 kBackedUp = 0x10;
    static constexpr quint8 kAttestedData = 0x40;
    static constexpr quint8 kExtensions = 0x80;
    // Longest credential id accepted (WebAuthn §5.1: at most 1023 bytes).
    static constexpr qsizetype kMaxCredentialIdBytes = 1023;

    QByteArray rpIdHash; // SHA-256 of the RP ID, 32 bytes
    quint8 flags = 0;
    quint32 signCount = 0;
    // Attested credential data (registration only).
    QByteArray aaguid; // 16 bytes
    QByteArray credentialId;
    QByteArray credentialPublicKey; // the COSE key as encoded

    bool has(quint8 flag) const { return (flags & flag) != 0; }

    // invalid_request naming what is wrong.
    static Result<AuthenticatorData> parse(QByteArrayView data);
};

} // namespace keyward
