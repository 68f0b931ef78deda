// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as what an authenticator sends: an attestation object (a registration with valid
// client data), authenticator data, a COSE key, and an assertion's authenticator data checked
// against a real ES256 credential. Must never crash, leak or hit undefined behaviour; an assertion
// of fuzzed bytes can never carry the credential's signature, so accepting one is a bug.
#include "webauthn/authenticatordata.h"
#include "webauthn/cbor.h"
#include "webauthn/cosekey.h"
#include "webauthn/webauthnverifier.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <cstdint>
#include <cstdlib>

using namespace keyward;

namespace {

const QByteArray kChallenge = QByteArray(32, 'c');

QByteArray clientData(const char *type)
{
    return QByteArray("{\"type\":\"") + type
        + "\",\"challenge\":\"Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2M\",\"origin\":\"https://example.org\","
          "\"crossOrigin\":false}";
}

// The COSE key of a fixed P-256 public key (the W3C test vectors' none-es256 credential).
const QByteArray kCoseKey = QByteArray::fromHex(
    "a5010203262001215820afefa16f97ca9b2d23eb86ccb64098d20db90856062eb249c33a9b672f26df61225820930a56b87a2fca66334b"
    "03458abf879717c12cc68ed73290af2e2664796b9220");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const WebAuthnVerifier verifier(QStringLiteral("example.org"), {QStringLiteral("https://example.org")});
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)AuthenticatorData::parse(input);
    (void)CoseKey::decode(input);
    if (const std::optional<CborItem> item = CborItem::decode(input)) {
        (void)item->view().integerAt(1);
        (void)item->view().bytesAt(QStringLiteral("authData"));
    }

    RegistrationResponse registration;
    registration.clientDataJson = clientData("webauthn.create");
    registration.attestationObject = input;
    registration.credentialId = input.left(16);
    (void)verifier.verifyRegistration(registration, kChallenge, false);

    AssertionResponse assertion;
    assertion.clientDataJson = clientData("webauthn.get");
    assertion.authenticatorData = input;
    assertion.signature = input.right(qMin<qsizetype>(input.size(), 72));
    if (verifier.verifyAssertion(assertion, kChallenge, {kCoseKey, false}, false).ok())
        std::abort();
    return 0;
}
