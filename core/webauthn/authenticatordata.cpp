// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticatordata.h"

#include "cbor.h"

#include <QtEndian>

namespace keyward {

namespace {

constexpr qsizetype kRpIdHashBytes = 32;
constexpr qsizetype kAaguidBytes = 16;
constexpr qsizetype kFixedBytes = kRpIdHashBytes + 1 + 4;

Error malformed(const QString &why)
{
    return failure(ErrorCode::InvalidRequest, QStringLiteral("authenticator data: ") + why);
}

} // namespace

Result<AuthenticatorData> AuthenticatorData::parse(QByteArrayView data)
{
    if (data.size() < kFixedBytes)
        return malformed(QStringLiteral("too short"));
    AuthenticatorData parsed;
    parsed.rpIdHash = data.first(kRpIdHashBytes).toByteArray();
    parsed.flags = quint8(data[kRpIdHashBytes]);
    parsed.signCount = qFromBigEndian<quint32>(data.data() + kRpIdHashBytes + 1);
    qsizetype offset = kFixedBytes;
    if (parsed.has(kAttestedData)) {
        if (data.size() < offset + kAaguidBytes + 2)
            return malformed(QStringLiteral("attested credential data too short"));
        parsed.aaguid = data.sliced(offset, kAaguidBytes).toByteArray();
        offset += kAaguidBytes;
        const qsizetype idLength = qFromBigEndian<quint16>(data.data() + offset);
        offset += 2;
        if (idLength == 0 || idLength > kMaxCredentialIdBytes || data.size() < offset + idLength)
            return malformed(QStringLiteral("credential id length"));
        parsed.credentialId = data.sliced(offset, idLength).toByteArray();
        offset += idLength;
        qsizetype keyLength = 0;
        if (!CborItem::decodePrefix(data.sliced(offset), &keyLength))
            return malformed(QStringLiteral("credential public key is not CBOR"));
        parsed.credentialPublicKey = data.sliced(offset, keyLength).toByteArray();
        offset += keyLength;
    }
    if (parsed.has(kExtensions)) {
        qsizetype extensionsLength = 0;
        const std::optional<CborItem> extensions = CborItem::decodePrefix(data.sliced(offset), &extensionsLength);
        if (!extensions || !extensions->view().isMap())
            return malformed(QStringLiteral("extensions are not a CBOR map"));
        offset += extensionsLength;
    }
    if (offset != data.size())
        return malformed(QStringLiteral("bytes after the announced fields"));
    if (parsed.has(kBackedUp) && !parsed.has(kBackupEligible))
        return malformed(QStringLiteral("backed up but not backup eligible"));
    return parsed;
}

} // namespace keyward
