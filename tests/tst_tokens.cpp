// SPDX-License-Identifier: GPL-3.0-or-later
#include "testinstallation.h"

#include "auth/settingsservice.h"

#include "auth/accountservice.h"
#include "auth/auditlog.h"
#include "auth/keyservice.h"
#include "auth/revocationservice.h"
#include "auth/tokenservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace keyward;

class TestTokens : public QObject {
    Q_OBJECT

private:
    const Actor m_local = Actor::local(QStringLiteral("test"));
    const QString m_password = TestInstallation::password();

private slots:
    void initTestCase() { }

    void mintingIsBoundedRefusedForDisabledUsersAndAudited()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        User ada = kw.createUser(QStringLiteral("ada@x.org"));
        TokenService &tokens = kw.backend().tokens();
        QCOMPARE(tokens.mint(m_local, ada, 0, {}).error().codeName(), QStringLiteral("invalid_request"));
        QCOMPARE(tokens.mint(m_local, ada, TokenService::kLongestMintTtl + 1, {}).error().codeName(),
                 QStringLiteral("invalid_request"));
        const Result<IssuedToken> minted = tokens.mint(m_local, ada, 60, {});
        QVERIFY(minted);
        const std::vector<AuditRecord> events = kw.backend().audit().list({});
        QVERIFY(!events.empty());
        QCOMPARE(events.front().action, QStringLiteral("token.mint"));
        QCOMPARE(events.front().target, QStringLiteral("ada@x.org"));
        QVERIFY(events.front().details.contains(minted->jti));
        QVERIFY(kw.backend().accounts().setDisabled(m_local, QStringLiteral("ada@x.org"), true));
        ada = kw.backend().accounts().find(QStringLiteral("ada@x.org")).value();
        QCOMPARE(tokens.mint(m_local, ada, 60, {}).error().codeName(), QStringLiteral("account_disabled"));
    }

    void issuedTokensCarryTheContractsClaims()
    {
        TestInstallation kw({{QStringLiteral("tokens.issuer"), QStringLiteral("https://auth.example.org")}});
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const auto issued = kw.backend().tokens().issue(ada, 900, QStringLiteral("session-1"),
                                                        {{QStringLiteral("scope"), QStringLiteral("read")}});
        QVERIFY(issued);
        const TokenVerdict verdict = kw.backend().tokens().verify(issued->token);
        QVERIFY2(verdict.valid(), qPrintable(verdict.explanation));
        const QJsonObject claims = verdict.token.claims;
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("https://auth.example.org"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), QStringLiteral("keyward"));
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), ada.record.publicId);
        QCOMPARE(claims.value(QStringLiteral("sid")).toString(), QStringLiteral("session-1"));
        QCOMPARE(claims.value(QStringLiteral("email")).toString(), QStringLiteral("ada@x.org"));
        QCOMPARE(claims.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("user")});
        QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("read"));
        QCOMPARE(claims.value(QStringLiteral("client_id")).toString(), QStringLiteral("keyward")); // RFC 9068 §2.2
        const qint64 iat = qint64(claims.value(QStringLiteral("iat")).toDouble());
        QCOMPARE(iat, TestInstallation::startTime().toSecsSinceEpoch());
        QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble()), iat + 900);
        QCOMPARE(qint64(claims.value(QStringLiteral("nbf")).toDouble()), iat);
        QCOMPARE(verdict.token.header.value(QStringLiteral("typ")).toString(), QStringLiteral("at+jwt"));
        // jti: 128 random bits, base64url, different every time.
        QCOMPARE(issued->jti.size(), 22);
        QVERIFY(kw.backend().tokens().issue(ada, 900, {})->jti != issued->jti);
        // Extra claims cannot override registered ones.
        const auto forged
            = kw.backend().tokens().issue(ada, 900, {},
                                          {{QStringLiteral("sub"), QStringLiteral("1")},
                                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}});
        const QJsonObject forgedClaims = kw.backend().tokens().verify(forged->token).token.claims;
        QCOMPARE(forgedClaims.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("user")});
    }

    void expiryIsCheckedEvenForCachedTokens()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const QByteArray token = kw.backend().tokens().issue(ada, 60, {})->token;
        QVERIFY(kw.backend().tokens().verify(token).valid());
        QCOMPARE(kw.backend().tokens().cache().count(), 1);
        kw.clock().advance(60 + 30);
        QCOMPARE(kw.backend().tokens().verify(token).rejection, TokenRejection::Expired);
    }

    void revokedTokensFailEvenWhenCached()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const QByteArray token = kw.backend().tokens().issue(ada, 900, {})->token;
        const QByteArray other = kw.backend().tokens().issue(ada, 900, {})->token;
        QVERIFY(kw.backend().tokens().verify(token).valid());
        QVERIFY(kw.backend().tokens().revoke(Actor::local(QStringLiteral("test")), token).ok());
        QCOMPARE(kw.backend().tokens().verify(token).rejection, TokenRejection::Revoked);
        QVERIFY(kw.backend().tokens().verify(other).valid());
        QCOMPARE(kw.backend().tokens().revoke(Actor::local(QStringLiteral("test")), "garbage").error().codeName(),
                 QStringLiteral("invalid_token"));
    }

    // Whose each revoked token was, for more tokens than one SQL statement may name (SQLite
    // refuses an expression of 1,000 terms; the console's list scrolls to 5,000): every owner
    // found, and a token revoked without naming its user has none.
    void theOwnersOfManyRevokedTokensAreFound()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const User bob = kw.createUser(QStringLiteral("bob@x.org"));
        RevocationService &revocations = kw.backend().revocations();
        const Actor local = Actor::local(QStringLiteral("test"));
        const qint64 expiresAt = kw.clock().nowSecs() + 900;
        for (int i = 0; i < 1200; ++i) {
            const User &owner = i % 2 ? bob : ada;
            revocations.revokeToken(local, QStringLiteral("jti-%1").arg(i), expiresAt,
                                    QString::number(owner.record.id));
        }
        revocations.revokeToken(local, QStringLiteral("nobody"), expiresAt);
        const std::vector<RevocationRecord> revoked = revocations.revokedTokens(2000);
        QCOMPARE(revoked.size(), size_t(1201));
        const QHash<QString, qint64> owners = revocations.ownersOf(revoked);
        QCOMPARE(owners.size(), 1200);
        QCOMPARE(owners.value(QStringLiteral("jti-0")), ada.record.id);
        QCOMPARE(owners.value(QStringLiteral("jti-1199")), bob.record.id);
        QVERIFY(!owners.contains(QStringLiteral("nobody")));
    }

    void disablingOrANewPasswordRevokesEveryIssuedToken()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const User bob = kw.createUser(QStringLiteral("bob@x.org"));
        const QByteArray adaToken = kw.backend().tokens().issue(ada, 900, {})->token;
        const QByteArray bobToken = kw.backend().tokens().issue(bob, 900, {})->token;
        kw.clock().advance(10);
        QVERIFY(kw.backend()
                    .accounts()
                    .resetPassword(m_local, QStringLiteral("ada@x.org"), QStringLiteral("another passphrase"))
                    .ok());
        QVERIFY(kw.backend().accounts().setDisabled(m_local, QStringLiteral("bob@x.org"), true).ok());
        // The feed is followed at most once a second (and at once on PostgreSQL's notification,
        // which may arrive between the two changes).
        QTRY_COMPARE_WITH_TIMEOUT(kw.backend().tokens().verify(adaToken).rejection, TokenRejection::Revoked, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(kw.backend().tokens().verify(bobToken).rejection, TokenRejection::Revoked, 3000);
        kw.clock().advance(1);
        QVERIFY(kw.backend().tokens().verify(kw.backend().tokens().issue(ada, 900, {})->token).valid());
    }

    void aRevocationByAnotherProcessIsHonouredWithinASecond()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const QByteArray token = kw.backend().tokens().issue(ada, 900, {})->token;
        QVERIFY(kw.backend().tokens().verify(token).valid());
        BackendOptions options = kw.sameFilesOptions();
        const auto other = Backend::open(options);
        QVERIFY(other && other.value()->startTokens().ok());
        QVERIFY(other.value()->tokens().revoke(Actor::local(QStringLiteral("test")), token).ok());
        // PostgreSQL announces it at once. SQLite: the feed is read at most once a second by the
        // (manual) clock — not yet, then at once.
        if (!kw.backend().changeListener()) {
            QVERIFY(kw.backend().tokens().verify(token).valid());
            kw.clock().advance(1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(kw.backend().tokens().verify(token).rejection, TokenRejection::Revoked, 1000);
    }

    void expiredRevocationsArePurged()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        QVERIFY(kw.backend()
                    .tokens()
                    .revoke(Actor::local(QStringLiteral("test")), kw.backend().tokens().issue(ada, 60, {})->token)
                    .ok());
        QCOMPARE(kw.backend().revocations().purgeExpired(), 0);
        kw.clock().advance(61); // expired, but a verifier still takes it within the leeway
        QCOMPARE(kw.backend().revocations().purgeExpired(), 0);
        kw.clock().advance(300); // past the longest leeway a setting can give
        QCOMPARE(kw.backend().revocations().purgeExpired(), 1);
    }

    // Accepted up to the leeway past exp, so revoked at least that long, whatever the leeway
    // is raised to after the revocation.
    void aRevokedTokenStaysRevokedWithinTheLeeway()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const QByteArray token = kw.backend().tokens().issue(ada, 60, {})->token;
        QVERIFY(kw.backend().tokens().revoke(m_local, token).ok());
        QVERIFY(kw.backend()
                    .settingsService()
                    .change(m_local, {{QStringLiteral("tokens.leeway"), QStringLiteral("300")}})
                    .ok());
        kw.clock().advance(60 + 200); // expired 200 s ago, inside the new leeway
        kw.backend().revocations().purgeExpired();
        QCOMPARE(kw.backend().tokens().verify(token).rejection, TokenRejection::Revoked);
    }

    // Tokens of the old issuer stop verifying once tokens.issuer changes, cached ones too.
    void anIssuerChangeAppliesToTheNextVerification()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        const QByteArray before = kw.backend().tokens().issue(ada, 600, {})->token;
        QVERIFY(kw.backend().tokens().verify(before).valid());
        QVERIFY(kw.backend()
                    .settingsService()
                    .change(m_local, {{QStringLiteral("tokens.issuer"), QStringLiteral("https://id.example")}})
                    .ok());
        QCOMPARE(kw.backend().tokens().verify(before).rejection, TokenRejection::WrongIssuer);
        const QByteArray after = kw.backend().tokens().issue(ada, 600, {})->token;
        QVERIFY(kw.backend().tokens().verify(after).valid());
        QCOMPARE(kw.backend().tokens().issuer(), QStringLiteral("https://id.example"));
    }

    void theCacheIsBoundedAndForgetsRetiredKeys()
    {
        VerificationCache cache(64 * 1024);
        ParsedJws token;
        token.header.insert(QStringLiteral("kid"), QStringLiteral("k1"));
        token.signingInput = QByteArray(1000, 'x');
        for (int i = 0; i < 1000; ++i)
            cache.insert(VerificationCache::digestOf(QByteArray::number(i)), CachedToken::of(token));
        QVERIFY(cache.count() > 10);
        QVERIFY(cache.count() < 40); // 64 KiB / ~2.5 KiB per entry
        QVERIFY(cache.find(VerificationCache::digestOf("999"))); // the newest survive
        QVERIFY(!cache.find(VerificationCache::digestOf("0")));
        cache.evictKey(QStringLiteral("k1"));
        QCOMPARE(cache.count(), 0);

        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const User ada = kw.createUser(QStringLiteral("ada@x.org"));
        QVERIFY(kw.backend().tokens().verify(kw.backend().tokens().issue(ada, 60, {})->token).valid());
        const QString old = kw.backend().keys().activeKey()->kid;
        QVERIFY(kw.backend().keys().rotate(m_local, JwsAlgorithm::ES256, RotationTiming::Now));
        QVERIFY(kw.backend().keys().retire(m_local, old).ok());
        QCOMPARE(kw.backend().tokens().cache().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
