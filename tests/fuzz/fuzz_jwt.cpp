// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a compact JWS: parsed and fully verified (signature, header rules, claims) against
// a real ES256 key. Must never crash, leak or hit undefined behaviour; whatever it accepts must
// really carry that key's signature.
#include "crypto/jws.h"
#include "crypto/jwtverifier.h"
#include "crypto/signingkey.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>
#include <cstdlib>

using namespace keyward;

namespace {

struct Fixture {
    SigningKey key = SigningKey::generate(JwsAlgorithm::ES256);
    QString kid = key.thumbprint();
    JwtVerifier verifier{
        [this](const QString &candidate) { return candidate == kid ? std::optional(key) : std::nullopt; },
        {QStringLiteral("https://auth.example.org"), QStringLiteral("keyward"), 30}};
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Jws::parse(input);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767268800, QTimeZone::utc());
    const TokenVerdict verdict = fixture.verifier.verify(input, now);
    // Fuzzed bytes cannot forge an ES256 signature: an accepted token means the verifier is broken.
    if (verdict.valid())
        std::abort();
    return 0;
}
