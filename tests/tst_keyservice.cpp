// SPDX-License-Identifier: GPL-3.0-or-later
#include "testinstallation.h"

#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/keyservice.h"
#include "auth/tokenservice.h"
#include "auth/user.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/userpublicid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace keyward;

class TestKeyService : public QObject {
    Q_OBJECT

private:
    const Actor m_local = Actor::local(QStringLiteral("test"));

    static std::unique_ptr<TestInstallation> started(QMap<QString, QString> settings = {})
    {
        auto kw = std::make_unique<TestInstallation>(settings);
        const Status status = kw->backend().startTokens();
        if (!status)
            qFatal("%s", qPrintable(status.error().message));
        return kw;
    }

    // The companion keys (one per other algorithm, made and renewed beside the active key): known
    // from the audit log, which names every one at its creation.
    static QSet<QString> companionKids(Backend &backend)
    {
        QSet<QString> kids;
        for (const AuditRecord &event : backend.audit().list({})) {
            if (event.action == QLatin1String("key.create") && event.details.contains(QLatin1String("companion")))
                kids.insert(event.target);
        }
        return kids;
    }

    // The states of the active key's lineage (next → active → retiring → retired), oldest first.
    static QStringList states(Backend &backend)
    {
        const QSet<QString> companions = companionKids(backend);
        QStringList out;
        for (const SigningKeyRecord &key : backend.keys().list()) {
            if (!companions.contains(key.kid))
                out << key.state;
        }
        return out;
    }

    // The published keys of that lineage.
    static QJsonArray lineageJwks(Backend &backend)
    {
        const QSet<QString> companions = companionKids(backend);
        QJsonArray out;
        for (const QJsonValue &jwk : backend.keys().jwks().value(QStringLiteral("keys")).toArray()) {
            if (!companions.contains(jwk.toObject().value(QStringLiteral("kid")).toString()))
                out.append(jwk);
        }
        return out;
    }

private slots:
    void aFreshDatabaseGetsOneActiveKey()
    {
        auto kw = started({{QStringLiteral("tokens.algorithm"), QStringLiteral("EdDSA")}});
        KeyService &keys = kw->backend().keys();
        const auto list = keys.list();
        QCOMPARE(states(kw->backend()), QStringList{QStringLiteral("active")});
        QCOMPARE(list.front().state, QStringLiteral("active"));
        QCOMPARE(list.front().algorithm, QStringLiteral("EdDSA"));
        QCOMPARE(keys.activeKey()->kid, list.front().kid);
        // Beside it a companion for each other algorithm, published (ID tokens in RS256, ES256).
        QMap<QString, QString> companions;
        for (const SigningKeyRecord &key : list) {
            if (key.state == QLatin1String("companion"))
                companions.insert(key.algorithm, key.kid);
        }
        QCOMPARE(companions.keys(), (QStringList{QStringLiteral("ES256"), QStringLiteral("RS256")}));
        QCOMPARE(keys.jwks().value(QStringLiteral("keys")).toArray().size(), 3);
        QCOMPARE(keys.signingKey(JwsAlgorithm::RS256)->kid, companions.value(QStringLiteral("RS256")));
        QCOMPARE(keys.signingKey(JwsAlgorithm::EdDSA)->kid, list.front().kid);
        QCOMPARE(keys.retire(Actor::local(QStringLiteral("test")), companions.value(QStringLiteral("RS256")))
                     .error()
                     .codeName(),
                 QStringLiteral("key_active")); // in use
        // Starting again (a restart) neither adds nor replaces a key.
        QVERIFY(kw->backend().startTokens().ok());
        QCOMPARE(keys.list().size(), size_t(3));
    }

    void privateKeysAreSealedAtRest()
    {
        auto kw = started();
        const SigningKeyRecord key = kw->backend().keys().list().front();
        const ActiveKey active = kw->backend().keys().activeKey().value();
        const QByteArray der = active.key.privateKeyDer();
        QVERIFY(!key.sealedPrivate.isEmpty());
        QVERIFY(!key.sealedPrivate.contains(der.right(32)));
        SqlStatement query(kw->backend().database().connection(),
                           QStringLiteral("SELECT sealed_private FROM signing_keys"));
        query.exec();
        QVERIFY(query.next());
        QVERIFY(!query.value(0).toByteArray().contains(der.right(32)));
    }

    void rotationRetiresTheOldKeyOnlyAfterItsTokensExpire()
    {
        auto kw = started();
        KeyService &keys = kw->backend().keys();
        TokenService &tokens = kw->backend().tokens();
        User user{{}, {QStringLiteral("user")}};
        user.record.publicId = UserPublicId::generate(); // tokens name a user by it
        const QByteArray oldToken = tokens.issue(user, 900, {}).value().token;
        const QString oldKid = keys.activeKey()->kid;

        kw->clock().advance(1);
        const auto rotated = keys.rotate(m_local, JwsAlgorithm::RS256, RotationTiming::AfterPublication);
        QVERIFY(rotated);
        // Published at once, signing only when every verifier's cached JWK Set can hold it:
        // jwks_max_age (300) plus the fleet's re-read (10).
        QCOMPARE(keys.publicationDelay(), 300 + 10);
        QCOMPARE(*rotated->activatesAt, TestInstallation::startTime().addSecs(1 + 310));
        QCOMPARE(states(kw->backend()), (QStringList{QStringLiteral("active"), QStringLiteral("next")}));
        QCOMPARE(lineageJwks(kw->backend()).size(), 2);
        QCOMPARE(keys.activeKey()->kid, oldKid);
        // A second rotation while one is pending is refused; an emergency one would replace it.
        QCOMPARE(keys.rotate(m_local, JwsAlgorithm::ES256, RotationTiming::AfterPublication).error().codeName(),
                 QStringLiteral("key_pending"));
        kw->clock().advance(309);
        QCOMPARE(keys.activeKey()->kid, oldKid);
        kw->clock().advance(1);
        QCOMPARE(keys.activeKey()->kid, rotated->kid); // the next signature, on any server, uses it
        QCOMPARE(states(kw->backend()), (QStringList{QStringLiteral("retiring"), QStringLiteral("active")}));
        QCOMPARE(keys.retireDelay(), 900 + 30 + 300);
        QCOMPARE(*keys.list().front().retireAt, TestInstallation::startTime().addSecs(1 + 310 + 1230));
        QVERIFY(tokens.verify(oldToken).valid()); // still verifies with the retiring key
        const QByteArray newToken = tokens.issue(user, 900, {}).value().token;
        QCOMPARE(tokens.verify(newToken).token.header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));

        // Both keys are published; private members never are.
        const QJsonArray published = lineageJwks(kw->backend());
        QCOMPARE(published.size(), 2);
        for (const QJsonValue &jwk : published) {
            QCOMPARE(jwk.toObject().value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
            QVERIFY(!jwk.toObject().contains(QStringLiteral("d")));
            QVERIFY(!jwk.toObject().value(QStringLiteral("kid")).toString().isEmpty());
        }

        kw->clock().advance(1229);
        QCOMPARE(keys.runSchedule(), 0);
        kw->clock().advance(1);
        QCOMPARE(keys.runSchedule(), 3); // and the two companions renewed with the active key
        QCOMPARE(states(kw->backend()), (QStringList{QStringLiteral("retired"), QStringLiteral("active")}));
        QVERIFY(keys.list().front().sealedPrivate.isEmpty()); // erased
        QCOMPARE(lineageJwks(kw->backend()).size(), 1);
        QCOMPARE(tokens.verify(oldToken).rejection, TokenRejection::UnknownKid);
        QVERIFY(!keys.verificationKey(oldKid));
    }

    void anEmergencyRotationSignsAtOnceAndReplacesAPendingKey()
    {
        auto kw = started();
        KeyService &keys = kw->backend().keys();
        const QString first = keys.activeKey()->kid;
        const auto pending = keys.rotate(m_local, JwsAlgorithm::ES256, RotationTiming::AfterPublication);
        QVERIFY(pending);
        const auto emergency = keys.rotate(m_local, JwsAlgorithm::EdDSA, RotationTiming::Now);
        QVERIFY(emergency);
        QCOMPARE(keys.activeKey()->kid, emergency->kid);
        QCOMPARE(states(kw->backend()),
                 (QStringList{QStringLiteral("retired"), QStringLiteral("retiring"), QStringLiteral("active")}));
        QVERIFY(!keys.verificationKey(pending->kid));
        QVERIFY(keys.verificationKey(first)); // its tokens still verify until it retires
    }

    void retireByHand()
    {
        auto kw = started();
        KeyService &keys = kw->backend().keys();
        const QString first = keys.activeKey()->kid;
        QCOMPARE(keys.retire(m_local, first).error().codeName(), QStringLiteral("key_active"));
        kw->clock().advance(1);
        QVERIFY(keys.rotate(m_local, JwsAlgorithm::ES256, RotationTiming::Now));
        QVERIFY(keys.retire(m_local, first).ok());
        QCOMPARE(keys.retire(m_local, first).error().codeName(), QStringLiteral("key_retired"));
        QCOMPARE(keys.retire(m_local, QStringLiteral("nope")).error().codeName(), QStringLiteral("not_found"));
        QStringList actions;
        const QSet<QString> companions = companionKids(kw->backend());
        for (const AuditRecord &event : kw->backend().audit().list({})) {
            if (!companions.contains(event.target))
                actions.prepend(event.action);
        }
        QCOMPARE(
            actions,
            (QStringList{QStringLiteral("key.create"), QStringLiteral("key.rotate"), QStringLiteral("key.retire")}));
    }

    void scheduledRotationPublishesTheNextKeyEarly()
    {
        auto kw = started({{QStringLiteral("tokens.rotation_days"), QStringLiteral("1")}});
        KeyService &keys = kw->backend().keys();
        const QString first = keys.activeKey()->kid;
        kw->clock().advance(86400 - 310 - 1);
        QCOMPARE(keys.runSchedule(), 0);
        kw->clock().advance(1); // one JWKS cache lifetime (and the fleet's re-read) before the change
        QCOMPARE(keys.runSchedule(), 1);
        QCOMPARE(states(kw->backend()), (QStringList{QStringLiteral("active"), QStringLiteral("next")}));
        QCOMPARE(lineageJwks(kw->backend()).size(), 2); // verifiers see it already
        QCOMPARE(keys.activeKey()->kid, first); // but it does not sign yet
        kw->clock().advance(309);
        QCOMPARE(keys.runSchedule(), 0);
        QCOMPARE(keys.activeKey()->kid, first);
        kw->clock().advance(1);
        QCOMPARE(keys.runSchedule(), 1);
        QCOMPARE(states(kw->backend()), (QStringList{QStringLiteral("retiring"), QStringLiteral("active")}));
        QVERIFY(keys.activeKey()->kid != first);
    }

    void aWrongMasterKeyStopsStartUpAndChangesNothing()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        const auto before = kw.backend().keys().list();
        BackendOptions options = kw.sameFilesOptions();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"), QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        options.environment = environment;
        const auto other = Backend::open(options);
        QVERIFY(other);
        const Status started = other.value()->startTokens();
        QVERIFY(!started);
        QCOMPARE(started.error().message,
                 QStringLiteral("the master key from KEYWARD_MASTER_KEY does not open the signing keys of this "
                                "database; nothing was changed"));
        const auto after = kw.backend().keys().list();
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.front().sealedPrivate, before.front().sealedPrivate);
    }

    void aKeyRotatedByAnotherProcessIsFound()
    {
        TestInstallation kw;
        QVERIFY(kw.backend().startTokens().ok());
        BackendOptions options = kw.sameFilesOptions(); // a second process on the same files
        const auto other = Backend::open(options);
        QVERIFY(other && other.value()->startTokens().ok());
        QVERIFY(other.value()->keys().rotate(m_local, JwsAlgorithm::EdDSA, RotationTiming::Now));
        User user{{}, {}};
        user.record.publicId = UserPublicId::generate();
        const QByteArray token = other.value()->tokens().issue(user, 60, {}).value().token;
        // The first process learns the new kid within a second.
        QTRY_VERIFY_WITH_TIMEOUT(kw.backend().tokens().verify(token).valid(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestKeyService)
#include "tst_keyservice.moc"
