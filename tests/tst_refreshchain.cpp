// SPDX-License-Identifier: GPL-3.0-or-later
// The refresh chain: rotated tokens' rows are deleted once no retry can use them, and a replayed
// earlier link is still reuse (the session ends); forged links and tokens of the earlier shape.
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/refreshtokencodec.h"
#include "auth/sessionservice.h"
#include "crypto/base64url.h"
#include "crypto/securerandom.h"
#include "storage/database.h"
#include "storage/refreshtokenstore.h"

#include <QTest>

using namespace keyward;

class TestRefreshChain : public QObject {
    Q_OBJECT

private:
    struct Started {
        std::unique_ptr<TestInstallation> kw;
        TokenPair first;
    };

    static Started startSession()
    {
        Started started{std::make_unique<TestInstallation>(), {}};
        Backend &backend = started.kw->backend();
        if (!backend.startTokens().ok())
            qFatal("cannot start tokens");
        const Result<TokenPair> pair
            = backend.sessions().start(started.kw->createUser(QStringLiteral("ada@x.org")), {});
        if (!pair)
            qFatal("cannot start a session");
        started.first = pair.value();
        return started;
    }

    static bool rowExists(Backend &backend, const QString &refreshToken)
    {
        return RefreshTokenStore(backend.database().connection())
            .find(SessionService::hashOf(refreshToken))
            .has_value();
    }

    static bool sessionRevoked(Backend &backend, const QString &sessionId)
    {
        const auto session = backend.sessions().find(sessionId);
        return session && session->revokedAt.has_value();
    }

private slots:
    void theCodecRoundTripsAndRefusesWhatItDidNotIssue()
    {
        const RefreshTokenCodec codec(RefreshTokenCodec::chainKeyFrom(QByteArray(32, 'k')));
        const QString sessionId = QString::fromLatin1(Base64Url::encode(randomBytes(16)));
        const QString token = codec.issue({sessionId, 41});
        const auto link = codec.open(token);
        QVERIFY(link);
        QCOMPARE(link->sessionId, sessionId);
        QCOMPARE(link->generation, 41);
        QVERIFY(codec.issue({sessionId, 41}) != token); // the random part differs
        // Another master key, a flipped bit, the earlier 32-byte shape, junk: nothing.
        QVERIFY(!RefreshTokenCodec(RefreshTokenCodec::chainKeyFrom(QByteArray(32, 'x'))).open(token));
        QByteArray bytes = Base64Url::decode(token.toLatin1()).value();
        bytes[20] = char(bytes[20] ^ 1);
        QVERIFY(!codec.open(QString::fromLatin1(Base64Url::encode(bytes))));
        QVERIFY(!codec.open(QString::fromLatin1(Base64Url::encode(randomBytes(32)))));
        QVERIFY(!codec.open(QStringLiteral("not base64url!")));
        QVERIFY(!codec.open(QString()));
    }

    void aReplayedLinkEndsTheSessionAfterItsRowIsDeleted()
    {
        auto [kw, first] = startSession();
        Backend &backend = kw->backend();
        const Result<TokenPair> second = backend.sessions().refresh(first.refreshToken, {});
        QVERIFY(second);
        // Within the longest grace (and a minute more) the rotated row stays: a retry needs it.
        kw->clock().advance(kLongestReuseGrace.count());
        QCOMPARE(backend.sessions().purgeRotatedTokens(), 0);
        QVERIFY(rowExists(backend, first.refreshToken));
        kw->clock().advance(61);
        QCOMPARE(backend.sessions().purgeRotatedTokens(), 1);
        QVERIFY(!rowExists(backend, first.refreshToken));
        QVERIFY(rowExists(backend, second->refreshToken)); // the live token stays
        QVERIFY(!sessionRevoked(backend, first.sessionId));

        const Result<TokenPair> replay = backend.sessions().refresh(first.refreshToken, {});
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, ErrorCode::RefreshReused);
        QVERIFY(sessionRevoked(backend, first.sessionId));
        QVERIFY(!backend.sessions().refresh(second->refreshToken, {})); // the thief's win is the session's end
    }

    void aRetryWithinTheGraceStillGetsTheSameSuccessorAfterAPurge()
    {
        auto [kw, first] = startSession();
        Backend &backend = kw->backend();
        const Result<TokenPair> second = backend.sessions().refresh(first.refreshToken, {});
        QVERIFY(second);
        kw->clock().advance(5);
        QCOMPARE(backend.sessions().purgeRotatedTokens(), 0);
        const Result<TokenPair> retry = backend.sessions().refresh(first.refreshToken, {});
        QVERIFY(retry);
        QCOMPARE(retry->refreshToken, second->refreshToken);
        // The chain goes on past many purges; only rotated rows go.
        QString live = second->refreshToken;
        for (int i = 0; i < 3; ++i) {
            kw->clock().advance(kLongestReuseGrace.count() + 61);
            const Result<TokenPair> next = backend.sessions().refresh(live, {});
            QVERIFY(next);
            live = next->refreshToken;
        }
        kw->clock().advance(kLongestReuseGrace.count() + 61);
        QCOMPARE(backend.sessions().purgeRotatedTokens(), 4);
        QVERIFY(backend.sessions().refresh(live, {}));
        QCOMPARE(backend.sessions().find(first.sessionId)->rotationCount, 5);
    }

    void aForgedLinkCannotEndASession()
    {
        auto [kw, first] = startSession();
        Backend &backend = kw->backend();
        const Result<TokenPair> second = backend.sessions().refresh(first.refreshToken, {});
        QVERIFY(second);
        // The session id is no secret (every access token carries it): a link made without the
        // master key's chain key is unknown, not reuse.
        const RefreshTokenCodec otherKey(RefreshTokenCodec::chainKeyFrom(QByteArray(32, 'x')));
        const Result<TokenPair> forged = backend.sessions().refresh(otherKey.issue({first.sessionId, 0}), {});
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, ErrorCode::InvalidGrant);
        QVERIFY(!sessionRevoked(backend, first.sessionId));
        QVERIFY(backend.sessions().refresh(second->refreshToken, {}));
    }

    void tokensOfTheEarlierShapeStillRotateAndTheirReuseIsCaught()
    {
        auto [kw, first] = startSession();
        Backend &backend = kw->backend();
        // A token issued before links carried their place: 32 random bytes, no generation.
        const QString legacy = QString::fromLatin1(Base64Url::encode(randomBytes(32)));
        RefreshTokenStore(backend.database().connection())
            .insert(
                {SessionService::hashOf(legacy), first.sessionId, kw->clock().now(), std::nullopt, {}, std::nullopt});
        const Result<TokenPair> rotated = backend.sessions().refresh(legacy, {});
        QVERIFY(rotated);
        QCOMPARE(rotated->refreshToken.size(), 96); // its successor is a link
        kw->clock().advance(kLongestReuseGrace.count() + 61);
        QCOMPARE(backend.sessions().purgeRotatedTokens(), 0); // no generation: kept with its session
        const Result<TokenPair> replay = backend.sessions().refresh(legacy, {});
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, ErrorCode::RefreshReused);
        QVERIFY(sessionRevoked(backend, first.sessionId));
    }
};

QTEST_GUILESS_MAIN(TestRefreshChain)
#include "tst_refreshchain.moc"
