// SPDX-License-Identifier: GPL-3.0-or-later
// The second factors' primitives against answers nobody here wrote: the W3C WebAuthn Level 3
// test vectors (registrations of every attestation format, assertions with the registered key),
// RFC 6238's TOTP vectors, RFC 4648's base32 vectors; then what must be refused — another
// challenge, origin or RP ID, a cross-origin ceremony, user verification missing when required,
// a tampered signature, unsupported algorithms, ambiguous or malformed CBOR — and counters.
#include "auth/recoverycodes.h"
#include "auth/signinchallenges.h"
#include "auth/signinmethods.h"
#include "auth/totp.h"
#include "crypto/base32.h"
#include "crypto/base64url.h"
#include "webauthn/authenticatordata.h"
#include "webauthn/cbor.h"
#include "webauthn/cosekey.h"
#include "webauthn/webauthnverifier.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace keyward;

namespace {

using Vector = QMap<QString, QByteArray>;

// tests/data/webauthn/w3c-test-vectors.txt: [name] blocks of "phase.field = hex" lines.
QMap<QString, Vector> loadVectors()
{
    QFile file(QStringLiteral(KEYWARD_TEST_DATA "/webauthn/w3c-test-vectors.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the WebAuthn test vectors");
    QMap<QString, Vector> vectors;
    QString section;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('#') || line.isEmpty())
            continue;
        if (line.startsWith('[')) {
            section = QString::fromLatin1(line.mid(1, line.size() - 2));
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        vectors[section][QString::fromLatin1(line.left(equals).trimmed())]
            = QByteArray::fromHex(line.mid(equals + 1).trimmed());
    }
    return vectors;
}

const QMap<QString, Vector> &vectors()
{
    static const QMap<QString, Vector> loaded = loadVectors();
    return loaded;
}

WebAuthnVerifier exampleOrg()
{
    return WebAuthnVerifier(QStringLiteral("example.org"), {QStringLiteral("https://example.org")});
}

RegistrationResponse registrationOf(const Vector &vector)
{
    RegistrationResponse response;
    response.clientDataJson = vector.value(QStringLiteral("registration.clientDataJSON"));
    response.attestationObject = vector.value(QStringLiteral("registration.attestationObject"));
    // The credential id as the browser reports it: the attested one.
    response.credentialId
        = AuthenticatorData::parse(
              CborItem::decode(response.attestationObject)->view().bytesAt(QStringLiteral("authData")).value())
              .value()
              .credentialId;
    return response;
}

AssertionResponse assertionOf(const Vector &vector, const QByteArray &credentialId)
{
    AssertionResponse response;
    response.credentialId = credentialId;
    response.clientDataJson = vector.value(QStringLiteral("authentication.clientDataJSON"));
    response.authenticatorData = vector.value(QStringLiteral("authentication.authenticatorData"));
    response.signature = vector.value(QStringLiteral("authentication.signature"));
    return response;
}

QByteArray registrationChallenge(const Vector &vector)
{
    return vector.value(QStringLiteral("registration.challenge"));
}

QByteArray authenticationChallenge(const Vector &vector)
{
    return vector.value(QStringLiteral("authentication.challenge"));
}

QByteArray withClientData(QByteArray clientDataJson, const QByteArray &from, const QByteArray &to)
{
    return clientDataJson.replace(from, to);
}

} // namespace

class TestWebAuthn : public QObject {
    Q_OBJECT

private slots:
    void w3cRegistrationsAndAssertions_data();
    void w3cRegistrationsAndAssertions();
    void unsupportedAlgorithmsAreRefused_data();
    void unsupportedAlgorithmsAreRefused();
    void crossOriginCeremoniesAreRefused_data();
    void crossOriginCeremoniesAreRefused();
    void registrationRefusesWhatIsNotOurs();
    void assertionRefusesWhatIsNotOurs();
    void userVerificationWhenRequired();
    void credentialJsonIsParsedStrictly();
    void authenticatorDataIsParsedStrictly();
    void cborAmbiguityAndDepthAreRefused();
    void rsaKeysMustBeRealOnes();
    void signCounterRegression();
    void signInChallengesAreSealed();
    void totpRfc6238Vectors_data();
    void totpRfc6238Vectors();
    void totpAcceptsOneStepEitherSideAndNeverTwice();
    void otpauthUriNamesTheSecret();
    void base32Rfc4648Vectors();
    void recoveryCodes();
    void signInMethodsAmrAndAcr();
};

void TestWebAuthn::w3cRegistrationsAndAssertions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("algorithm");
    QTest::addColumn<QString>("format");
    const auto row = [](const char *name, qint64 alg, const char *format) {
        QTest::newRow(name) << QString::fromLatin1(name) << alg << QString::fromLatin1(format);
    };
    row("none-es256", CoseKey::kES256, "none");
    row("packed-self-es256", CoseKey::kES256, "packed");
    row("none-es256-long-credential-id", CoseKey::kES256, "none");
    row("packed-es256", CoseKey::kES256, "packed");
    row("packed-rs256", CoseKey::kRS256, "packed");
    row("packed-eddsa", CoseKey::kEdDSA, "packed");
    row("tpm-es256", CoseKey::kES256, "tpm");
    row("android-key-es256", CoseKey::kES256, "android-key");
    row("apple-es256", CoseKey::kES256, "apple");
    row("fido-u2f-es256", CoseKey::kES256, "fido-u2f");
}

void TestWebAuthn::w3cRegistrationsAndAssertions()
{
    QFETCH(QString, name);
    QFETCH(qint64, algorithm);
    QFETCH(QString, format);
    const Vector vector = vectors().value(name);
    QVERIFY2(!vector.isEmpty(), qPrintable(name));
    const WebAuthnVerifier verifier = exampleOrg();
    const Result<VerifiedCredential> credential
        = verifier.verifyRegistration(registrationOf(vector), registrationChallenge(vector), false);
    QVERIFY2(credential.ok(), qPrintable(credential.error().message));
    QCOMPARE(credential->coseAlgorithm, algorithm);
    QCOMPARE(credential->attestationFormat, format);
    if (vector.contains(QStringLiteral("registration.credential_id")))
        QCOMPARE(credential->credentialId, vector.value(QStringLiteral("registration.credential_id")));
    if (vector.contains(QStringLiteral("registration.aaguid")) && format != QLatin1String("fido-u2f"))
        QCOMPARE(credential->aaguid, vector.value(QStringLiteral("registration.aaguid")));

    // The example's assertion verifies with the registered key …
    const StoredCredentialKey stored{credential->publicKey, credential->backupEligible};
    const AssertionResponse assertion = assertionOf(vector, credential->credentialId);
    const Result<VerifiedAssertion> verified
        = verifier.verifyAssertion(assertion, authenticationChallenge(vector), stored, false);
    QVERIFY2(verified.ok(), qPrintable(verified.error().message));
    // … and not once a bit of its signature, its data or its challenge is changed.
    AssertionResponse tampered = assertion;
    tampered.signature[tampered.signature.size() / 2] = char(tampered.signature[tampered.signature.size() / 2] ^ 0x01);
    QVERIFY(!verifier.verifyAssertion(tampered, authenticationChallenge(vector), stored, false).ok());
    tampered = assertion;
    tampered.authenticatorData[33] = char(tampered.authenticatorData[33] ^ 0x40); // the counter
    QVERIFY(!verifier.verifyAssertion(tampered, authenticationChallenge(vector), stored, false).ok());
    QVERIFY(!verifier.verifyAssertion(assertion, registrationChallenge(vector), stored, false).ok());
    // The registration's client data is no assertion's (type webauthn.create).
    tampered = assertion;
    tampered.clientDataJson = vector.value(QStringLiteral("registration.clientDataJSON"));
    QVERIFY(!verifier.verifyAssertion(tampered, registrationChallenge(vector), stored, false).ok());
}

void TestWebAuthn::unsupportedAlgorithmsAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ES384") << QStringLiteral("packed-es384");
    QTest::newRow("ES512") << QStringLiteral("packed-es512");
    QTest::newRow("Ed448") << QStringLiteral("packed-ed448");
}

void TestWebAuthn::unsupportedAlgorithmsAreRefused()
{
    QFETCH(QString, name);
    const Vector vector = vectors().value(name);
    const Result<VerifiedCredential> credential
        = exampleOrg().verifyRegistration(registrationOf(vector), registrationChallenge(vector), false);
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().message.contains(QLatin1String("credential public key")),
             qPrintable(credential.error().message));
}

void TestWebAuthn::crossOriginCeremoniesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("crossOrigin true") << QStringLiteral("none-es256-crossOrigin");
    QTest::newRow("topOrigin") << QStringLiteral("none-es256-topOrigin");
}

void TestWebAuthn::crossOriginCeremoniesAreRefused()
{
    QFETCH(QString, name);
    const Vector vector = vectors().value(name);
    const Result<VerifiedCredential> credential
        = exampleOrg().verifyRegistration(registrationOf(vector), registrationChallenge(vector), false);
    QVERIFY(!credential.ok());
    QVERIFY2(credential.error().message.contains(QLatin1String("cross-origin")),
             qPrintable(credential.error().message));
}

void TestWebAuthn::registrationRefusesWhatIsNotOurs()
{
    const Vector vector = vectors().value(QStringLiteral("none-es256"));
    const RegistrationResponse response = registrationOf(vector);
    const QByteArray challenge = registrationChallenge(vector);
    QVERIFY(exampleOrg().verifyRegistration(response, challenge, false).ok());
    // Another challenge (a replay of an old ceremony).
    QVERIFY(!exampleOrg().verifyRegistration(response, authenticationChallenge(vector), false).ok());
    // Another RP ID: the authenticator data's hash is example.org's.
    const WebAuthnVerifier otherRp(QStringLiteral("example.com"), {QStringLiteral("https://example.org")});
    QVERIFY(!otherRp.verifyRegistration(response, challenge, false).ok());
    // Another origin (the phishing site's).
    const WebAuthnVerifier otherOrigin(QStringLiteral("example.org"), {QStringLiteral("https://example.org.evil")});
    QVERIFY(!otherOrigin.verifyRegistration(response, challenge, false).ok());
    // A credential id the browser reports differently from the attested one.
    RegistrationResponse otherId = response;
    otherId.credentialId[0] = char(otherId.credentialId[0] ^ 1);
    QVERIFY(!exampleOrg().verifyRegistration(otherId, challenge, false).ok());
    // Client data of another type.
    RegistrationResponse getType = response;
    getType.clientDataJson = withClientData(getType.clientDataJson, "webauthn.create", "webauthn.get");
    QVERIFY(!exampleOrg().verifyRegistration(getType, challenge, false).ok());
    // A packed self attestation whose signature does not verify.
    const Vector packed = vectors().value(QStringLiteral("packed-self-es256"));
    RegistrationResponse badSelf = registrationOf(packed);
    badSelf.clientDataJson = withClientData(badSelf.clientDataJson, "\"crossOrigin\":false", "\"crossOrigin\":false ");
    QVERIFY(!exampleOrg().verifyRegistration(badSelf, registrationChallenge(packed), false).ok());
}

void TestWebAuthn::assertionRefusesWhatIsNotOurs()
{
    const Vector vector = vectors().value(QStringLiteral("none-es256"));
    const WebAuthnVerifier verifier = exampleOrg();
    const VerifiedCredential credential
        = verifier.verifyRegistration(registrationOf(vector), registrationChallenge(vector), false).value();
    const StoredCredentialKey stored{credential.publicKey, credential.backupEligible};
    const AssertionResponse assertion = assertionOf(vector, credential.credentialId);
    const QByteArray challenge = authenticationChallenge(vector);
    QVERIFY(verifier.verifyAssertion(assertion, challenge, stored, false).ok());
    const WebAuthnVerifier otherRp(QStringLiteral("example.com"), {QStringLiteral("https://example.org")});
    QVERIFY(!otherRp.verifyAssertion(assertion, challenge, stored, false).ok());
    const WebAuthnVerifier otherOrigin(QStringLiteral("example.org"), {QStringLiteral("https://login.example.org")});
    QVERIFY(!otherOrigin.verifyAssertion(assertion, challenge, stored, false).ok());
    // Another credential's key.
    const Vector other = vectors().value(QStringLiteral("packed-es256"));
    const VerifiedCredential otherCredential
        = verifier.verifyRegistration(registrationOf(other), registrationChallenge(other), false).value();
    QVERIFY(
        !verifier.verifyAssertion(assertion, challenge, {otherCredential.publicKey, credential.backupEligible}, false)
             .ok());
    // Backup eligibility is fixed at registration.
    QVERIFY(!verifier.verifyAssertion(assertion, challenge, {credential.publicKey, !credential.backupEligible}, false)
                 .ok());
}

void TestWebAuthn::userVerificationWhenRequired()
{
    // Vectors whose assertion lacks UV (flags 0x1d in none-es256: UP, BE, BS; no UV) and has it.
    int withoutUv = 0;
    int withUv = 0;
    const WebAuthnVerifier verifier = exampleOrg();
    for (const QString &name :
         {QStringLiteral("none-es256"), QStringLiteral("packed-self-es256"), QStringLiteral("packed-es256"),
          QStringLiteral("packed-eddsa"), QStringLiteral("packed-rs256"), QStringLiteral("tpm-es256")}) {
        const Vector vector = vectors().value(name);
        const VerifiedCredential credential
            = verifier.verifyRegistration(registrationOf(vector), registrationChallenge(vector), false).value();
        const AssertionResponse assertion = assertionOf(vector, credential.credentialId);
        const bool uv = (quint8(assertion.authenticatorData[32]) & AuthenticatorData::kUserVerified) != 0;
        const StoredCredentialKey stored{credential.publicKey, credential.backupEligible};
        const Result<VerifiedAssertion> required
            = verifier.verifyAssertion(assertion, authenticationChallenge(vector), stored, true);
        QCOMPARE(required.ok(), uv);
        if (uv) {
            QVERIFY(required->userVerified);
            ++withUv;
        } else {
            QVERIFY(required.error().message.contains(QLatin1String("user verification")));
            ++withoutUv;
        }
    }
    QVERIFY2(withUv > 0 && withoutUv > 0, "the vectors cover both cases");
}

void TestWebAuthn::credentialJsonIsParsedStrictly()
{
    const QJsonObject good{{QStringLiteral("id"), QStringLiteral("AQID")},
                           {QStringLiteral("rawId"), QStringLiteral("AQID")},
                           {QStringLiteral("type"), QStringLiteral("public-key")},
                           {QStringLiteral("response"),
                            QJsonObject{{QStringLiteral("clientDataJSON"), QStringLiteral("e30")},
                                        {QStringLiteral("authenticatorData"), QStringLiteral("AA")},
                                        {QStringLiteral("signature"), QStringLiteral("AA")},
                                        {QStringLiteral("userHandle"), QJsonValue::Null}}}};
    const Result<AssertionResponse> parsed = AssertionResponse::fromJson(good);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->credentialId, QByteArray("\x01\x02\x03"));
    QVERIFY(parsed->userHandle.isEmpty());
    QJsonObject otherType = good;
    otherType[QStringLiteral("type")] = QStringLiteral("password");
    QVERIFY(!AssertionResponse::fromJson(otherType).ok());
    QJsonObject mismatched = good;
    mismatched[QStringLiteral("rawId")] = QStringLiteral("AQIE");
    QVERIFY(!AssertionResponse::fromJson(mismatched).ok());
    QJsonObject padded = good;
    padded[QStringLiteral("id")] = QStringLiteral("AQID=");
    QVERIFY(!AssertionResponse::fromJson(padded).ok());
    QJsonObject noSignature = good;
    QJsonObject response = noSignature[QStringLiteral("response")].toObject();
    response.remove(QStringLiteral("signature"));
    noSignature[QStringLiteral("response")] = response;
    QVERIFY(!AssertionResponse::fromJson(noSignature).ok());
    QVERIFY(!RegistrationResponse::fromJson(good).ok()); // no attestationObject
}

void TestWebAuthn::authenticatorDataIsParsedStrictly()
{
    const Vector vector = vectors().value(QStringLiteral("none-es256"));
    const QByteArray assertionData = vector.value(QStringLiteral("authentication.authenticatorData"));
    QVERIFY(AuthenticatorData::parse(assertionData).ok());
    QVERIFY(!AuthenticatorData::parse(assertionData.left(36)).ok());
    QVERIFY(!AuthenticatorData::parse(QByteArray(assertionData + '\0')).ok()); // a byte no flag announces
    QByteArray announcesAttested = assertionData;
    announcesAttested[32] = char(quint8(announcesAttested[32]) | AuthenticatorData::kAttestedData);
    QVERIFY(!AuthenticatorData::parse(announcesAttested).ok());
    QByteArray backedUpNotEligible = assertionData;
    backedUpNotEligible[32]
        = char((quint8(backedUpNotEligible[32]) | AuthenticatorData::kBackedUp) & ~AuthenticatorData::kBackupEligible);
    QVERIFY(!AuthenticatorData::parse(backedUpNotEligible).ok());
    QByteArray extensions = assertionData;
    extensions[32] = char(quint8(extensions[32]) | AuthenticatorData::kExtensions);
    QVERIFY(!AuthenticatorData::parse(extensions).ok()); // announced, missing
    QVERIFY(AuthenticatorData::parse(QByteArray(extensions + QByteArray::fromHex("a0"))).ok()); // an empty map
    QVERIFY(!AuthenticatorData::parse(QByteArray(extensions + QByteArray::fromHex("80"))).ok()); // not a map
}

void TestWebAuthn::cborAmbiguityAndDepthAreRefused()
{
    // {1: 2, 1: 3}: a key twice has no answer.
    const std::optional<CborItem> twice = CborItem::decode(QByteArray::fromHex("a201020103"));
    QVERIFY(twice.has_value());
    QVERIFY(!twice->view().at(1).has_value());
    const std::optional<CborItem> once = CborItem::decode(QByteArray::fromHex("a20102036474657874"));
    QVERIFY(once.has_value());
    QCOMPARE(once->view().integerAt(1), std::optional<qint64>(2));
    QCOMPARE(once->view().textAt(3), std::optional<QString>(QStringLiteral("text")));
    QCOMPARE(CborItem::decode(QByteArray::fromHex("20"))->view().integer(), std::optional<qint64>(-1));
    QVERIFY(!CborItem::decode(QByteArray::fromHex("1bffffffffffffffff"))->view().integer()); // beyond qint64
    QVERIFY(!CborItem::decode(QByteArray::fromHex("a10102ff")).has_value()); // a trailing byte
    QVERIFY(!CborItem::decode(QByteArray::fromHex("a101")).has_value()); // truncated
    QVERIFY(!CborItem::decode({}).has_value());
    // Indefinite lengths are not WebAuthn's (CTAP2 canonical CBOR): refused.
    QVERIFY(!CborItem::decode(QByteArray::fromHex("5f4101ff")).has_value());
    QVERIFY(!CborItem::decode(QByteArray::fromHex("9f01ff")).has_value());
    // A head declaring more children than bytes follow is refused before anything is reserved
    // (found by fuzz_webauthn: libcbor would ask for gigabytes).
    QVERIFY(!CborItem::decode(QByteArray::fromHex("9affffffff00")).has_value());
    QVERIFY(!CborItem::decode(QByteArray::fromHex("bb00000000ffffffff0000")).has_value());
    QVERIFY(CborItem::decode(QByteArray::fromHex("820102")).has_value());
    // A prefix ends where its first item does, nested containers included.
    qsizetype consumed = 0;
    QVERIFY(CborItem::decodePrefix(QByteArray::fromHex("a1018201a10203ff"), &consumed).has_value());
    QCOMPARE(consumed, qsizetype(7));
    // 17 nested arrays: deeper than anything WebAuthn sends.
    QVERIFY(!CborItem::decode(QByteArray(QByteArray(17, char(0x81)) + QByteArray::fromHex("00"))).has_value());
    QVERIFY(CborItem::decode(QByteArray(QByteArray(16, char(0x81)) + QByteArray::fromHex("00"))).has_value());
}

void TestWebAuthn::rsaKeysMustBeRealOnes()
{
    // {1: 3 (RSA), 3: -257, -1: n, -2: e}
    const auto rsaKey = [](const QByteArray &n, const QByteArray &e) {
        QByteArray cose = QByteArray::fromHex("a4010303390100"
                                              "2059");
        cose += char((n.size() >> 8) & 0xff);
        cose += char(n.size() & 0xff);
        cose += n;
        cose += char(0x21);
        cose += char(0x40 + e.size());
        cose += e;
        return cose;
    };
    // The RS256 vector's key as it is decodes; a 1024-bit modulus padded with zeros to 256 bytes
    // and the exponent 1 do not.
    const Vector vector = vectors().value(QStringLiteral("packed-rs256"));
    const VerifiedCredential credential
        = exampleOrg().verifyRegistration(registrationOf(vector), registrationChallenge(vector), false).value();
    QVERIFY(CoseKey::decode(credential.publicKey).ok());
    const QByteArray shortModulus = QByteArray(128, 0) + QByteArray(127, char(0xc5)) + char(0x01);
    QVERIFY(!CoseKey::decode(rsaKey(shortModulus, QByteArray::fromHex("010001"))).ok());
    const QByteArray longModulus = QByteArray(255, char(0xc5)) + char(0x01);
    QVERIFY(CoseKey::decode(rsaKey(longModulus, QByteArray::fromHex("010001"))).ok());
    QVERIFY(!CoseKey::decode(rsaKey(longModulus, QByteArray::fromHex("01"))).ok());
    QVERIFY(!CoseKey::decode(rsaKey(longModulus, QByteArray::fromHex("010000"))).ok());
}

void TestWebAuthn::signCounterRegression()
{
    QVERIFY(!WebAuthnVerifier::signCountRegressed(0, 0)); // an authenticator without a counter
    QVERIFY(!WebAuthnVerifier::signCountRegressed(0, 1));
    QVERIFY(!WebAuthnVerifier::signCountRegressed(41, 42));
    QVERIFY(WebAuthnVerifier::signCountRegressed(42, 42)); // the same count again: a clone or a replay
    QVERIFY(WebAuthnVerifier::signCountRegressed(42, 7));
    QVERIFY(WebAuthnVerifier::signCountRegressed(42, 0));
}

void TestWebAuthn::signInChallengesAreSealed()
{
    const SignInChallenges challenges(SignInChallenges::keyFrom(QByteArray(32, 'k')));
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(2'000'000'000, Qt::UTC);
    SignInChallenge sealed;
    const QString id = challenges.seal(42, expires, &sealed);
    QCOMPARE(sealed.challenge.size(), SignInChallenges::kChallengeBytes);
    const std::optional<SignInChallenge> opened = challenges.open(id);
    QVERIFY(opened);
    QCOMPARE(opened->challenge, sealed.challenge);
    QCOMPARE(opened->userId, std::optional<qint64>(42));
    QCOMPARE(opened->expiresAt, expires);
    QCOMPARE(opened->spentMarker, sealed.spentMarker);
    // Nobody named, and every challenge its own (random) bytes and marker.
    SignInChallenge anyone;
    const QString other = challenges.seal(std::nullopt, expires, &anyone);
    QCOMPARE(challenges.open(other)->userId, std::nullopt);
    QVERIFY(anyone.challenge != sealed.challenge);
    QVERIFY(anyone.spentMarker != sealed.spentMarker);
    // A change to any byte (the user, the expiry, the challenge or the tag) opens nothing.
    const QByteArray bytes = Base64Url::decode(id.toLatin1()).value();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        QByteArray altered = bytes;
        altered[i] = char(altered[i] ^ 0x01);
        QVERIFY2(!challenges.open(QString::fromLatin1(Base64Url::encode(altered))), qPrintable(QString::number(i)));
    }
    // Nor does another key (another installation), a truncated id, or an empty one.
    QVERIFY(!SignInChallenges(SignInChallenges::keyFrom(QByteArray(32, 'o'))).open(id));
    QVERIFY(!challenges.open(id.chopped(1)));
    QVERIFY(!challenges.open(QString()));
}

void TestWebAuthn::totpRfc6238Vectors_data()
{
    QTest::addColumn<qint64>("unixTime");
    QTest::addColumn<QString>("sha1");
    QTest::addColumn<QString>("sha256");
    QTest::addColumn<QString>("sha512");
    // RFC 6238 Appendix B (8 digits, 30-second steps, T0 = 0).
    QTest::newRow("59") << qint64(59) << "94287082"
                        << "46119246"
                        << "90693936";
    QTest::newRow("1111111109") << qint64(1111111109) << "07081804"
                                << "68084774"
                                << "25091201";
    QTest::newRow("1111111111") << qint64(1111111111) << "14050471"
                                << "67062674"
                                << "99943326";
    QTest::newRow("1234567890") << qint64(1234567890) << "89005924"
                                << "91819424"
                                << "93441116";
    QTest::newRow("2000000000") << qint64(2000000000) << "69279037"
                                << "90698825"
                                << "38618901";
    QTest::newRow("20000000000") << qint64(20000000000) << "65353130"
                                 << "77737706"
                                 << "47863826";
}

void TestWebAuthn::totpRfc6238Vectors()
{
    QFETCH(qint64, unixTime);
    QFETCH(QString, sha1);
    QFETCH(QString, sha256);
    QFETCH(QString, sha512);
    const QByteArray seed20 = "12345678901234567890";
    const QByteArray seed32 = "12345678901234567890123456789012";
    const QByteArray seed64 = "1234567890123456789012345678901234567890123456789012345678901234";
    const qint64 step = Totp::stepAt(unixTime);
    QCOMPARE(Totp::codeAt(seed20, step, 8, Totp::Hash::Sha1), sha1);
    QCOMPARE(Totp::codeAt(seed32, step, 8, Totp::Hash::Sha256), sha256);
    QCOMPARE(Totp::codeAt(seed64, step, 8, Totp::Hash::Sha512), sha512);
    // What apps show: the same truncation, six digits.
    QCOMPARE(Totp::codeAt(seed20, step), sha1.right(6));
}

void TestWebAuthn::totpAcceptsOneStepEitherSideAndNeverTwice()
{
    const QByteArray secret = "12345678901234567890";
    const qint64 now = 1111111111;
    const qint64 step = Totp::stepAt(now);
    QCOMPARE(Totp::acceptedStep(secret, Totp::codeAt(secret, step), now, 0), std::optional<qint64>(step));
    QCOMPARE(Totp::acceptedStep(secret, Totp::codeAt(secret, step - 1), now, 0), std::optional<qint64>(step - 1));
    QCOMPARE(Totp::acceptedStep(secret, Totp::codeAt(secret, step + 1), now, 0), std::optional<qint64>(step + 1));
    QVERIFY(!Totp::acceptedStep(secret, Totp::codeAt(secret, step - 2), now, 0));
    QVERIFY(!Totp::acceptedStep(secret, Totp::codeAt(secret, step + 2), now, 0));
    // Used already, or older than the last one used.
    QVERIFY(!Totp::acceptedStep(secret, Totp::codeAt(secret, step), now, step));
    QVERIFY(!Totp::acceptedStep(secret, Totp::codeAt(secret, step - 1), now, step));
    QVERIFY(!Totp::acceptedStep(secret, QStringLiteral("12345"), now, 0));
    QVERIFY(!Totp::acceptedStep(secret, QStringLiteral("abcdef"), now, 0));
}

void TestWebAuthn::otpauthUriNamesTheSecret()
{
    const QString uri = Totp::otpauthUri(QStringLiteral("auth.example.org"), QStringLiteral("ada+x@example.org"),
                                         QByteArray("12345678901234567890"));
    QCOMPARE(uri,
             QStringLiteral("otpauth://totp/auth.example.org:ada%2Bx%40example.org?"
                            "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=auth.example.org"
                            "&algorithm=SHA1&digits=6&period=30"));
}

void TestWebAuthn::base32Rfc4648Vectors()
{
    // RFC 4648 §10, without padding.
    const QList<QPair<QByteArray, QString>> vectors{
        {"", QString()},
        {"f", QStringLiteral("MY")},
        {"fo", QStringLiteral("MZXQ")},
        {"foo", QStringLiteral("MZXW6")},
        {"foob", QStringLiteral("MZXW6YQ")},
        {"fooba", QStringLiteral("MZXW6YTB")},
        {"foobar", QStringLiteral("MZXW6YTBOI")},
    };
    for (const auto &[bytes, text] : vectors) {
        QCOMPARE(Base32::encode(bytes), text);
        QCOMPARE(Base32::decode(text), std::optional<QByteArray>(bytes));
        QCOMPARE(Base32::decode(text.toLower()), std::optional<QByteArray>(bytes));
    }
    QVERIFY(!Base32::decode(QStringLiteral("MZXW6===")));
    QVERIFY(!Base32::decode(QStringLiteral("MZ1W6")));
    QVERIFY(!Base32::decode(QStringLiteral("MZ"))); // "f" is MY: Z leaves bits set
}

void TestWebAuthn::recoveryCodes()
{
    const QStringList codes = RecoveryCodes::generate();
    QCOMPARE(codes.size(), RecoveryCodes::kCount);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), RecoveryCodes::kCount);
    for (const QString &code : codes) {
        QCOMPARE(code.size(), RecoveryCodes::kCharacters + 2); // three groups
        QCOMPARE(RecoveryCodes::normalized(code).size(), RecoveryCodes::kCharacters);
        QCOMPARE(RecoveryCodes::normalized(code.toUpper().replace(QLatin1Char('-'), QLatin1Char(' '))),
                 RecoveryCodes::normalized(code));
    }
    QVERIFY(RecoveryCodes::normalized(QStringLiteral("abcd-efgh-jkm")).isEmpty()); // too short
    QVERIFY(RecoveryCodes::normalized(QStringLiteral("abcd-efgh-jklo")).isEmpty()); // l and o are no symbols
    const RecoveryCodes keyed(QByteArray(32, 'k'));
    const QString code = RecoveryCodes::normalized(codes.first());
    QCOMPARE(keyed.hashOf(7, code), keyed.hashOf(7, code));
    QVERIFY(keyed.hashOf(7, code) != keyed.hashOf(8, code)); // bound to its user
    QVERIFY(keyed.hashOf(7, code) != RecoveryCodes(QByteArray(32, 'm')).hashOf(7, code)); // and to the key
}

void TestWebAuthn::signInMethodsAmrAndAcr()
{
    const SignInMethods password = SignInMethods::password();
    QCOMPARE(password.amr(), QStringList{QStringLiteral("pwd")});
    QVERIFY(password.acr().isEmpty());
    QVERIFY(!password.satisfies(QStringLiteral("mfa")));
    const SignInMethods withCode = password.withOneTimeCode();
    QCOMPARE(withCode.amr(), (QStringList{QStringLiteral("pwd"), QStringLiteral("otp"), QStringLiteral("mfa")}));
    QCOMPARE(withCode.acr(), QStringLiteral("mfa"));
    QVERIFY(withCode.satisfies(QStringLiteral("mfa")));
    QVERIFY(!withCode.satisfies(QStringLiteral("phr")));
    const SignInMethods synced = SignInMethods::passkey(true, true);
    QCOMPARE(synced.amr(), (QStringList{QStringLiteral("swk"), QStringLiteral("user"), QStringLiteral("mfa")}));
    QCOMPARE(synced.acr(), QStringLiteral("phr"));
    QVERIFY(synced.satisfies(QStringLiteral("phr")) && synced.satisfies(QStringLiteral("mfa")));
    const SignInMethods presenceOnly = SignInMethods::passkey(false, false);
    QCOMPARE(presenceOnly.amr(), (QStringList{QStringLiteral("hwk"), QStringLiteral("user")}));
    QVERIFY(presenceOnly.acr().isEmpty());
    QVERIFY(!presenceOnly.satisfies(QStringLiteral("mfa")));
    // A password and a key that only tested presence: two factors, not the contract's phr.
    const SignInMethods passwordAndKey = password.withPasskey(false, false);
    QCOMPARE(
        passwordAndKey.amr(),
        (QStringList{QStringLiteral("pwd"), QStringLiteral("hwk"), QStringLiteral("user"), QStringLiteral("mfa")}));
    QCOMPARE(passwordAndKey.acr(), QStringLiteral("mfa"));
    QCOMPARE(password.withPasskey(false, true).acr(), QStringLiteral("phr"));
    // What a session keeps says the same after a round trip, and the marker never reaches a token.
    QCOMPARE(SignInMethods::fromStored(synced.toStored()).acr(), QStringLiteral("phr"));
    QVERIFY(!synced.amr().contains(QStringLiteral("uv")));
    QCOMPARE(SignInMethods::fromStored(withCode.toStored()).amr(), withCode.amr());
    QCOMPARE(SignInMethods::fromStored(QStringLiteral("pwd bogus pwd")).amr(), QStringList{QStringLiteral("pwd")});
}

QTEST_GUILESS_MAIN(TestWebAuthn)
#include "tst_webauthn.moc"
