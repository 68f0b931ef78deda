// SPDX-License-Identifier: GPL-3.0-or-later
// Known answers from the RFCs, cross-checks with the openssl tool, and tampering.
#include "crypto/base64url.h"
#include "crypto/jwtverifier.h"
#include "crypto/sealer.h"
#include "crypto/securerandom.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace keyward;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// RFC 7515 A.2 / A.3 payload: {"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}
const char *const kRfc7515Input
    = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

const char *const kRsaA2Key = R"({"kty":"RSA","e":"AQAB",
 "n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"})";
const char *const kRsaA2Signature
    = "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
      "O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_"
      "nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-"
      "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";

const char *const kEcA3Key = R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
 "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"})";
const char *const kEcA3Signature
    = "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

const char *const kEdA4Key = R"({"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
 "x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})";
const char *const kEdA4Compact
    = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
      "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

QByteArray rfcSigningInput(const char *header)
{
    return QByteArray(header) + '.' + kRfc7515Input;
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

} // namespace

class TestJws : public QObject {
    Q_OBJECT

private:
    const qint64 m_now = 1767268800; // 2026-01-01T12:00:00Z
    const SigningKey m_key = SigningKey::generate(JwsAlgorithm::ES256);
    const QString m_kid = m_key.thumbprint();

    QJsonObject claims(qint64 offset = 0) const
    {
        return {{QStringLiteral("iss"), QStringLiteral("https://auth.example.org")},
                {QStringLiteral("aud"), QStringLiteral("keyward")},
                {QStringLiteral("sub"), QStringLiteral("42")},
                {QStringLiteral("iat"), m_now + offset},
                {QStringLiteral("nbf"), m_now + offset},
                {QStringLiteral("exp"), m_now + offset + 900},
                {QStringLiteral("jti"), QStringLiteral("abc")}};
    }

    QJsonObject header(const SigningKey &key, const QString &kid) const
    {
        return {{QStringLiteral("alg"), algorithmName(key.algorithm())},
                {QStringLiteral("kid"), kid},
                {QStringLiteral("typ"), QStringLiteral("at+jwt")}};
    }

    JwtVerifier verifier() const
    {
        return JwtVerifier([this](const QString &kid) { return kid == m_kid ? std::optional(m_key) : std::nullopt; },
                           {QStringLiteral("https://auth.example.org"), QStringLiteral("keyward"), 30});
    }

    static QString run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    }

private slots:
    void base64urlIsStrict()
    {
        QCOMPARE(Base64Url::encode("\xfb\xff"), QByteArray("-_8"));
        QCOMPARE(Base64Url::decode("-_8"), std::optional(QByteArray("\xfb\xff")));
        QVERIFY(!Base64Url::decode("-_8=")); // padding
        QVERIFY(!Base64Url::decode("+/8")); // standard alphabet
        QVERIFY(!Base64Url::decode("-_9")); // non-zero trailing bits
        QVERIFY(!Base64Url::decode("ab cd")); // white space
        QVERIFY(!Base64Url::decode("a")); // impossible length
        QCOMPARE(Base64Url::decode(""), std::optional(QByteArray()));
    }

    void rfc7515A2Rs256Verifies()
    {
        const auto key = SigningKey::fromJwk(json(kRsaA2Key));
        QVERIFY2(key, qPrintable(key.error().message));
        const auto signature = Base64Url::decode(kRsaA2Signature);
        QVERIFY(key->verify(rfcSigningInput("eyJhbGciOiJSUzI1NiJ9"), *signature));
        QVERIFY(!key->verify(rfcSigningInput("eyJhbGciOiJSUzI1NiI9"), *signature));
    }

    void rfc7515A3Es256Verifies()
    {
        const auto key = SigningKey::fromJwk(json(kEcA3Key));
        QVERIFY2(key, qPrintable(key.error().message));
        QVERIFY(key->hasPrivateKey());
        QCOMPARE(key->publicJwk().value(QStringLiteral("x")).toString(),
                 QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"));
        const QByteArray input = rfcSigningInput("eyJhbGciOiJFUzI1NiJ9");
        QVERIFY(key->verify(input, *Base64Url::decode(kEcA3Signature)));
        // ECDSA signatures are randomised: ours differ from the RFC's but verify all the same.
        const QByteArray ours = key->sign(input);
        QCOMPARE(ours.size(), 64);
        QVERIFY(key->verify(input, ours));
    }

    void rfc8037A4Ed25519SignsByteForByte()
    {
        const auto key = SigningKey::fromJwk(json(kEdA4Key));
        QVERIFY2(key, qPrintable(key.error().message));
        const QByteArray compact(kEdA4Compact);
        const QByteArray input = compact.left(compact.lastIndexOf('.'));
        QCOMPARE(QString::fromLatin1(Base64Url::encode(key->sign(input))),
                 QString::fromLatin1(compact.mid(compact.lastIndexOf('.') + 1)));
        QVERIFY(key->verify(input, *Base64Url::decode(compact.mid(compact.lastIndexOf('.') + 1))));
        QCOMPARE(key->thumbprint(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k")); // RFC 8037 A.3
    }

    void rfc7638ThumbprintOfTheRsaExample()
    {
        const auto key = SigningKey::fromJwk(
            json("{\"kty\":\"RSA\",\"e\":\"AQAB\",\"alg\":\"RS256\",\"kid\":\"2011-04-29\",             "
                 "\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_"
                 "BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
                 "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
                 "bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\"}"));
        QVERIFY(key);
        QCOMPARE(key->thumbprint(), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    }

    void generatedKeysRoundTrip_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("ES256") << int(JwsAlgorithm::ES256);
        QTest::newRow("EdDSA") << int(JwsAlgorithm::EdDSA);
        QTest::newRow("RS256") << int(JwsAlgorithm::RS256);
    }

    void generatedKeysRoundTrip()
    {
        QFETCH(int, algorithm);
        const SigningKey key = SigningKey::generate(JwsAlgorithm(algorithm));
        const QByteArray der = key.privateKeyDer();
        const auto restored = SigningKey::fromPrivateKeyDer(JwsAlgorithm(algorithm), der);
        QVERIFY(restored);
        QCOMPARE(restored->thumbprint(), key.thumbprint());
        QVERIFY(key.verify("data", restored->sign("data")));
        // The public JWK carries no private member, and round-trips to a verifier.
        const QJsonObject jwk = key.publicJwk();
        for (const char *secret : {"d", "p", "q", "dp", "dq", "qi"})
            QVERIFY(!jwk.contains(QLatin1String(secret)));
        const auto publicOnly = SigningKey::fromJwk(jwk);
        QVERIFY(publicOnly);
        QVERIFY(!publicOnly->hasPrivateKey());
        QVERIFY(publicOnly->sign("data").isEmpty());
        QVERIFY(publicOnly->verify("data", key.sign("data")));
        // A key of another algorithm is refused.
        const JwsAlgorithm other = JwsAlgorithm((algorithm + 1) % 3);
        QVERIFY(!SigningKey::fromPrivateKeyDer(other, der));
    }

    void invalidJwksAreRefused()
    {
        QVERIFY(!SigningKey::fromJwk(json("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AAAA\",\"y\":\"AAAA\"}")));
        // A point not on the curve.
        QVERIFY(!SigningKey::fromJwk(
            json("{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":"
                 "\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\"}")));
        QVERIFY(!SigningKey::fromJwk(json("{\"kty\":\"oct\",\"k\":\"c2VjcmV0\"}")));
        QVERIFY(!SigningKey::fromJwk(json("{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"AQAB\"}"))); // far too short
        QVERIFY(!SigningKey::fromJwk(
            json("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A\",\"x\":"
                 "\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}")));
    }

    void verifierAcceptsAGoodToken()
    {
        const QByteArray token = Jws::sign(m_key, header(m_key, m_kid), claims());
        const TokenVerdict verdict = verifier().verify(token, at(m_now + 10));
        QVERIFY2(verdict.valid(), qPrintable(verdict.explanation));
        QCOMPARE(verdict.token.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("42"));
        // aud may be an array that contains us.
        QJsonObject multi = claims();
        multi.insert(QStringLiteral("aud"), QJsonArray{QStringLiteral("other"), QStringLiteral("keyward")});
        QVERIFY(verifier().verify(Jws::sign(m_key, header(m_key, m_kid), multi), at(m_now)).valid());
    }

    void verifierRejectsWithThePreciseReason_data()
    {
        QTest::addColumn<QString>("headerJson");
        QTest::addColumn<QString>("claimName");
        QTest::addColumn<QString>("claimJson");
        QTest::addColumn<qint64>("clockOffset");
        QTest::addColumn<int>("reason");
        const QString good;
        QTest::newRow("alg none") << QStringLiteral("{\"alg\":\"none\"}") << good << good << qint64(0)
                                  << int(TokenRejection::UnsupportedAlgorithm);
        QTest::newRow("alg HS256") << QStringLiteral("{\"alg\":\"HS256\"}") << good << good << qint64(0)
                                   << int(TokenRejection::UnsupportedAlgorithm);
        QTest::newRow("jwk header") << QStringLiteral("{\"jwk\":{}}") << good << good << qint64(0)
                                    << int(TokenRejection::ForbiddenHeader);
        QTest::newRow("jku header") << QStringLiteral("{\"jku\":\"https://evil\"}") << good << good << qint64(0)
                                    << int(TokenRejection::ForbiddenHeader);
        QTest::newRow("x5c header") << QStringLiteral("{\"x5c\":[]}") << good << good << qint64(0)
                                    << int(TokenRejection::ForbiddenHeader);
        QTest::newRow("x5u header") << QStringLiteral("{\"x5u\":\"https://evil\"}") << good << good << qint64(0)
                                    << int(TokenRejection::ForbiddenHeader);
        QTest::newRow("crit") << QStringLiteral("{\"crit\":[\"exp\"]}") << good << good << qint64(0)
                              << int(TokenRejection::UnknownCritical);
        QTest::newRow("unknown kid") << QStringLiteral("{\"kid\":\"nope\"}") << good << good << qint64(0)
                                     << int(TokenRejection::UnknownKid);
        QTest::newRow("alg mismatch") << QStringLiteral("{\"alg\":\"RS256\"}") << good << good << qint64(0)
                                      << int(TokenRejection::AlgorithmMismatch);
        QTest::newRow("typ JWT") << QStringLiteral("{\"typ\":\"JWT\"}") << good << good << qint64(0)
                                 << int(TokenRejection::WrongType);
        QTest::newRow("wrong iss") << good << QStringLiteral("iss") << QStringLiteral("\"https://evil\"") << qint64(0)
                                   << int(TokenRejection::WrongIssuer);
        QTest::newRow("wrong aud") << good << QStringLiteral("aud") << QStringLiteral("[\"a\",\"b\"]") << qint64(0)
                                   << int(TokenRejection::WrongAudience);
        QTest::newRow("no sub") << good << QStringLiteral("sub") << QString() << qint64(0)
                                << int(TokenRejection::MissingClaim);
        QTest::newRow("exp string") << good << QStringLiteral("exp") << QStringLiteral("\"soon\"") << qint64(0)
                                    << int(TokenRejection::Malformed);
        // Time claims are integers in 0 … 2^53: a huge double once passed as a wrapped qint64.
        QTest::newRow("nbf 1e300") << good << QStringLiteral("nbf") << QStringLiteral("1e300") << qint64(0)
                                   << int(TokenRejection::Malformed);
        QTest::newRow("iat 2^63") << good << QStringLiteral("iat") << QStringLiteral("9223372036854775808") << qint64(0)
                                  << int(TokenRejection::Malformed);
        QTest::newRow("exp 2^53+2") << good << QStringLiteral("exp") << QStringLiteral("9007199254740994") << qint64(0)
                                    << int(TokenRejection::Malformed);
        QTest::newRow("nbf negative") << good << QStringLiteral("nbf") << QStringLiteral("-1") << qint64(0)
                                      << int(TokenRejection::Malformed);
        QTest::newRow("iat fraction") << good << QStringLiteral("iat") << QStringLiteral("1767268800.5") << qint64(0)
                                      << int(TokenRejection::Malformed);
        QTest::newRow("expired") << good << good << good << qint64(900 + 30) << int(TokenRejection::Expired);
        QTest::newRow("not yet valid") << good << good << good << qint64(-31) << int(TokenRejection::NotYetValid);
        QTest::newRow("iat in future") << good << QStringLiteral("nbf") << QString() << qint64(-31)
                                       << int(TokenRejection::IssuedInFuture);
    }

    void verifierRejectsWithThePreciseReason()
    {
        QFETCH(QString, headerJson);
        QFETCH(QString, claimName);
        QFETCH(QString, claimJson);
        QFETCH(qint64, clockOffset);
        QFETCH(int, reason);
        QJsonObject h = header(m_key, m_kid);
        const QJsonObject changes = QJsonDocument::fromJson(headerJson.toUtf8()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            h.insert(it.key(), it.value());
        QJsonObject c = claims();
        if (!claimName.isEmpty()) {
            if (claimJson.isEmpty())
                c.remove(claimName);
            else
                c.insert(claimName, QJsonDocument::fromJson("[" + claimJson.toUtf8() + "]").array().first());
        }
        const TokenVerdict verdict = verifier().verify(Jws::sign(m_key, h, c), at(m_now + clockOffset));
        QCOMPARE(rejectionCode(verdict.rejection), rejectionCode(TokenRejection(reason)));
        QVERIFY(!verdict.explanation.isEmpty());
    }

    void timeClaimsAtTheirBoundsAreAccepted()
    {
        // exp = 2^53 (the largest allowed) and nbf = 0 (the smallest) verify.
        QJsonObject c = claims();
        c.insert(QStringLiteral("exp"), 9007199254740992.0);
        c.insert(QStringLiteral("nbf"), 0);
        QVERIFY(verifier().verify(Jws::sign(m_key, header(m_key, m_kid), c), at(m_now)).valid());
    }

    void leewayIsHonouredAtTheEdges()
    {
        const QByteArray token = Jws::sign(m_key, header(m_key, m_kid), claims());
        QVERIFY(verifier().verify(token, at(m_now + 900 + 29)).valid());
        QCOMPARE(verifier().verify(token, at(m_now + 900 + 30)).rejection, TokenRejection::Expired);
        QVERIFY(verifier().verify(token, at(m_now - 30)).valid());
    }

    void hs256KeyedWithThePublicKeyIsRefused()
    {
        // The classic confusion attack: HMAC over the token with the public key as secret.
        const QByteArray publicKey = QJsonDocument(m_key.publicJwk()).toJson(QJsonDocument::Compact);
        QJsonObject h{{QStringLiteral("alg"), QStringLiteral("HS256")},
                      {QStringLiteral("kid"), m_kid},
                      {QStringLiteral("typ"), QStringLiteral("at+jwt")}};
        const QByteArray input = Base64Url::encode(QJsonDocument(h).toJson(QJsonDocument::Compact)) + '.'
            + Base64Url::encode(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
        const QByteArray mac = QMessageAuthenticationCode::hash(input, publicKey, QCryptographicHash::Sha256);
        QCOMPARE(verifier().verify(QByteArray(input + '.' + Base64Url::encode(mac)), at(m_now)).rejection,
                 TokenRejection::UnsupportedAlgorithm);
    }

    void aForeignKeyWithAKnownKidIsRefused()
    {
        const SigningKey foreign = SigningKey::generate(JwsAlgorithm::ES256);
        const QByteArray token = Jws::sign(foreign, header(foreign, m_kid), claims());
        QCOMPARE(verifier().verify(token, at(m_now)).rejection, TokenRejection::BadSignature);
    }

    void tamperingWithAnyByteClassFails()
    {
        const QByteArray token = Jws::sign(m_key, header(m_key, m_kid), claims());
        const qsizetype dot1 = token.indexOf('.');
        const qsizetype dot2 = token.lastIndexOf('.');
        // Flip a byte in each region; every one must be rejected.
        const QList<qsizetype> positions{0,    dot1 / 2, dot1 - 1,        dot1, dot1 + 1, (dot1 + dot2) / 2, dot2 - 1,
                                         dot2, dot2 + 1, token.size() - 1};
        for (qsizetype position : positions) {
            for (char replacement : {'A', 'B', '_', '-', '.', '=', '+', ' '}) {
                QByteArray tampered = token;
                if (tampered[position] == replacement)
                    continue;
                tampered[position] = replacement;
                const TokenVerdict verdict = verifier().verify(tampered, at(m_now));
                QVERIFY2(
                    !verdict.valid(),
                    qPrintable(
                        QStringLiteral("accepted with byte %1 = '%2'").arg(position).arg(QLatin1Char(replacement))));
            }
        }
        QCOMPARE(verifier().verify(QByteArray(token + ".x"), at(m_now)).rejection, TokenRejection::Malformed);
        QCOMPARE(verifier().verify(token.left(dot2), at(m_now)).rejection, TokenRejection::Malformed);
        // Without its signature: refused as unsigned, and an unsigned "alg": "none" token for its algorithm.
        QCOMPARE(verifier().verify(token.left(dot2 + 1), at(m_now)).rejection, TokenRejection::BadSignature);
        const QByteArray unsigned_
            = Base64Url::encode(R"({"alg":"none","typ":"at+jwt"})") + '.' + token.mid(dot1 + 1, dot2 - dot1 - 1) + '.';
        const TokenVerdict none = verifier().verify(unsigned_, at(m_now));
        QCOMPARE(none.rejection, TokenRejection::UnsupportedAlgorithm);
        QVERIFY2(none.explanation.contains(QStringLiteral("'none'")), qPrintable(none.explanation));
        QCOMPARE(verifier().verify(QByteArray(9000, 'a'), at(m_now)).rejection, TokenRejection::TooLarge);
        // A truncated ES256 signature (valid base64url, wrong length).
        const QByteArray shortSignature
            = token.left(dot2 + 1) + Base64Url::encode(Base64Url::decode(token.mid(dot2 + 1))->left(63));
        QCOMPARE(verifier().verify(shortSignature, at(m_now)).rejection, TokenRejection::BadSignature);
    }

    void opensslVerifiesWhatWeSignAndWeVerifyWhatItSigns()
    {
        QTemporaryDir dir;
        const QString keyPath = dir.filePath(QStringLiteral("key.der"));
        const QString pubPath = dir.filePath(QStringLiteral("pub.pem"));
        const QString dataPath = dir.filePath(QStringLiteral("data"));
        const QString sigPath = dir.filePath(QStringLiteral("sig"));
        const auto write = [](const QString &path, const QByteArray &content) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        for (JwsAlgorithm algorithm : {JwsAlgorithm::EdDSA, JwsAlgorithm::RS256}) {
            const SigningKey key = SigningKey::generate(algorithm);
            write(keyPath, key.privateKeyDer());
            write(dataPath, "header.payload");
            QCOMPARE(run(QStringLiteral("openssl"),
                         {QStringLiteral("pkey"), QStringLiteral("-inform"), QStringLiteral("DER"),
                          QStringLiteral("-in"), keyPath, QStringLiteral("-pubout"), QStringLiteral("-out"), pubPath}),
                     QString());
            // openssl verifies ours.
            write(sigPath, key.sign("header.payload"));
            const QStringList digest = algorithm == JwsAlgorithm::RS256
                ? QStringList{QStringLiteral("-digest"), QStringLiteral("sha256")}
                : QStringList{};
            const QString verified
                = run(QStringLiteral("openssl"),
                      QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                                  QStringLiteral("-inkey"), pubPath, QStringLiteral("-rawin"), QStringLiteral("-in"),
                                  dataPath, QStringLiteral("-sigfile"), sigPath}
                          + digest);
            QVERIFY2(verified.contains(QStringLiteral("Signature Verified Successfully")), qPrintable(verified));
            // We verify openssl's.
            run(QStringLiteral("openssl"),
                QStringList{QStringLiteral("pkeyutl"), QStringLiteral("-sign"), QStringLiteral("-keyform"),
                            QStringLiteral("DER"), QStringLiteral("-inkey"), keyPath, QStringLiteral("-rawin"),
                            QStringLiteral("-in"), dataPath, QStringLiteral("-out"), sigPath}
                    + digest);
            QFile signature(sigPath);
            QVERIFY(signature.open(QIODevice::ReadOnly));
            QVERIFY(key.verify("header.payload", signature.readAll()));
        }
    }

    void opensslCrossChecksEs256InDer()
    {
        // openssl speaks DER ECDSA signatures; JWS speaks r||s. Both directions through dgst.
        QTemporaryDir dir;
        const SigningKey key = SigningKey::generate(JwsAlgorithm::ES256);
        QFile der(dir.filePath(QStringLiteral("key.der")));
        QVERIFY(der.open(QIODevice::WriteOnly));
        der.write(key.privateKeyDer());
        der.close();
        QFile data(dir.filePath(QStringLiteral("data")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write("header.payload");
        data.close();
        const QString sig = dir.filePath(QStringLiteral("sig.der"));
        run(QStringLiteral("openssl"),
            {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-keyform"), QStringLiteral("DER"),
             QStringLiteral("-sign"), der.fileName(), QStringLiteral("-out"), sig, data.fileName()});
        QFile sigFile(sig);
        QVERIFY(sigFile.open(QIODevice::ReadOnly));
        const QByteArray derSignature = sigFile.readAll();
        // Convert DER → raw with openssl's own parser output (asn1parse) to avoid trusting ours.
        const QString parsed = run(QStringLiteral("openssl"),
                                   {QStringLiteral("asn1parse"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                    QStringLiteral("-in"), sig});
        QStringList integers;
        for (const QString &line : parsed.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral("INTEGER")))
                integers << line.section(QLatin1Char(':'), -1).trimmed();
        }
        QCOMPARE(integers.size(), 2);
        QByteArray raw;
        for (const QString &hex : integers)
            raw += QByteArray::fromHex(hex.toLatin1()).rightJustified(32, '\0');
        QVERIFY(!derSignature.isEmpty());
        QVERIFY(key.verify("header.payload", raw));

        // And the other way: our r||s, written as DER by hand here, verified by openssl.
        const QByteArray ours = key.sign("header.payload");
        const auto integer = [](QByteArray value) -> QByteArray {
            while (value.size() > 1 && value[0] == 0)
                value.remove(0, 1);
            if (quint8(value[0]) & 0x80)
                value.prepend('\0');
            return QByteArray(1, 0x02) + char(value.size()) + value;
        };
        const QByteArray body = integer(ours.left(32)) + integer(ours.mid(32));
        QFile oursFile(dir.filePath(QStringLiteral("ours.der")));
        QVERIFY(oursFile.open(QIODevice::WriteOnly));
        oursFile.write(QByteArray(1, 0x30) + char(body.size()) + body);
        oursFile.close();
        const QString pub = dir.filePath(QStringLiteral("pub.pem"));
        run(QStringLiteral("openssl"),
            {QStringLiteral("pkey"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
             der.fileName(), QStringLiteral("-pubout"), QStringLiteral("-out"), pub});
        const QString verified = run(QStringLiteral("openssl"),
                                     {QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-verify"), pub,
                                      QStringLiteral("-signature"), oursFile.fileName(), data.fileName()});
        QCOMPARE(verified, QStringLiteral("Verified OK"));
    }

    void sealingBindsKeyAndOwner()
    {
        const QByteArray master = randomBytes(32);
        const QByteArray sealed = Sealer::seal(master, "private key bytes", "kid-1");
        QVERIFY(!sealed.contains("private key bytes"));
        QCOMPARE(Sealer::unseal(master, sealed, "kid-1"), std::optional(QByteArray("private key bytes")));
        QVERIFY(!Sealer::unseal(master, sealed, "kid-2"));
        QVERIFY(!Sealer::unseal(randomBytes(32), sealed, "kid-1"));
        for (qsizetype i = 0; i < sealed.size(); i += 7) {
            QByteArray flipped = sealed;
            flipped[i] = char(flipped[i] ^ 0x01);
            QVERIFY(!Sealer::unseal(master, flipped, "kid-1"));
        }
        QVERIFY(Sealer::seal(master, "same", "kid") != Sealer::seal(master, "same", "kid")); // fresh nonce
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
