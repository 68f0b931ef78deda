// SPDX-License-Identifier: GPL-3.0-or-later
// Second factors and passkeys over HTTP, from the contract (Multi-factor sign-in and passkeys):
// enrolling an authenticator app and signing in with its codes (once each), recovery codes,
// registering a passkey (with a software authenticator written apart from the verifier) and
// signing in with it alone or as the second factor, amr/acr in the access tokens, "recent", the
// policy's enrolment, failed codes in the per-account limit, single-use challenges, a cloned
// authenticator's counter, an administrator's view and reset. Runs on SQLite and PostgreSQL.
#include "softauthenticator.h"
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/mfaservice.h"
#include "auth/settingsservice.h"
#include "auth/totp.h"
#include "crypto/base32.h"
#include "crypto/base64url.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace keyward;

namespace {

const QString kRpId = QStringLiteral("keyward.test");
const QString kOrigin = QStringLiteral("https://keyward.test");

QMap<QString, QString> passkeySettings()
{
    return {{QStringLiteral("webauthn.rp_id"), kRpId}, {QStringLiteral("webauthn.origins"), kOrigin}};
}

QJsonObject claimsOf(const QJsonObject &pair)
{
    const QString jwt = pair.value(QStringLiteral("access_token")).toString();
    return QJsonDocument::fromJson(Base64Url::decode(jwt.section(QLatin1Char('.'), 1, 1).toLatin1()).value()).object();
}

QStringList amrOf(const QJsonObject &pair)
{
    QStringList amr;
    for (const QJsonValue &method : claimsOf(pair).value(QStringLiteral("amr")).toArray())
        amr << method.toString();
    return amr;
}

QJsonObject loginBody(const QString &email)
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), TestServer::defaultPassword()}};
}

} // namespace

class TestMfaHttp : public QObject {
    Q_OBJECT

private slots:
    void passwordOnlyTokensSayPwd();
    void authenticatorAppEnrolmentAndSignIn();
    void recoveryCodesWorkOnceEach();
    void factorChangesNeedARecentSignIn();
    void passkeyRegistrationAndUsernamelessSignIn();
    void passkeyAsSecondFactor();
    void passkeyChallengesAreSingleUseAndExpire();
    void clonedAuthenticatorIsRefusedAndAudited();
    void passkeyOfAnotherOriginIsRefused();
    void policyTakesTheUserToEnrolmentFirst();
    void secondFactorTokenDoesNotOpenEnrolment();
    void failedCodesCountInThePerAccountLimit();
    void passwordGrantIsRefusedWithASecondFactor();
    void administratorSeesAndResetsFactors();
    void passkeysNeedAHostNameAsRpId();

private:
    // Enrols an app for the user with a fresh access token; gives its secret.
    static QByteArray enrolApp(TestServer &server, const QByteArray &token);
    static QString codeNow(TestServer &server, const QByteArray &secret)
    {
        return Totp::codeAt(secret, Totp::stepAt(server.clock().nowSecs()));
    }
    static QJsonObject registerPasskey(TestServer &server, SoftAuthenticator &authenticator, const QByteArray &token);
    // A sign-in with the passkey alone, answering these options.
    static TestReply answer(TestServer &server, SoftAuthenticator &authenticator, const QJsonObject &options)
    {
        return server.postJson(
            QStringLiteral("/auth/login/passkey"),
            {{QStringLiteral("challenge_id"), options.value(QStringLiteral("challenge_id"))},
             {QStringLiteral("credential"), authenticator.get(options.value(QStringLiteral("publicKey")).toObject())}});
    }
};

QByteArray TestMfaHttp::enrolApp(TestServer &server, const QByteArray &token)
{
    const TestReply enrolment = server.postJson(QStringLiteral("/auth/totp"), {}, token);
    if (enrolment.status != 200)
        qFatal("enrolment: %d %s", enrolment.status, enrolment.body.constData());
    const QByteArray secret
        = Base32::decode(enrolment.json().value(QStringLiteral("secret")).toString()).value_or(QByteArray());
    const TestReply confirmed
        = server.postJson(QStringLiteral("/auth/totp/confirm"),
                          {{QStringLiteral("enrolment_id"), enrolment.json().value(QStringLiteral("enrolment_id"))},
                           {QStringLiteral("code"), codeNow(server, secret)}},
                          token);
    if (confirmed.status != 204)
        qFatal("confirm: %d %s", confirmed.status, confirmed.body.constData());
    return secret;
}

QJsonObject TestMfaHttp::registerPasskey(TestServer &server, SoftAuthenticator &authenticator, const QByteArray &token)
{
    const TestReply options = server.postJson(QStringLiteral("/auth/passkeys/register/options"), {}, token);
    if (options.status != 200)
        qFatal("options: %d %s", options.status, options.body.constData());
    const QJsonObject credential = authenticator.create(options.json().value(QStringLiteral("publicKey")).toObject());
    const TestReply added
        = server.postJson(QStringLiteral("/auth/passkeys"),
                          {{QStringLiteral("challenge_id"), options.json().value(QStringLiteral("challenge_id"))},
                           {QStringLiteral("credential"), credential},
                           {QStringLiteral("name"), QStringLiteral("Laptop")}},
                          token);
    if (added.status != 201)
        qFatal("register: %d %s", added.status, added.body.constData());
    return added.json();
}

void TestMfaHttp::passwordOnlyTokensSayPwd()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    const QJsonObject pair = server.login(QStringLiteral("ada@example.org"));
    QCOMPARE(amrOf(pair), QStringList{QStringLiteral("pwd")});
    QVERIFY(!claimsOf(pair).contains(QStringLiteral("acr")));
    const TestReply status
        = server.get(QStringLiteral("/auth/mfa"), pair.value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json().value(QStringLiteral("totp")).toBool(), false);
    QCOMPARE(status.json().value(QStringLiteral("passkeys")).toArray().size(), 0);
    QCOMPARE(status.json().value(QStringLiteral("required")).toBool(), false);
}

void TestMfaHttp::authenticatorAppEnrolmentAndSignIn()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    const QByteArray token = server.accessToken(QStringLiteral("ada@example.org"));
    const TestReply enrolment = server.postJson(QStringLiteral("/auth/totp"), {}, token);
    QCOMPARE(enrolment.status, 200);
    const QJsonObject shown = enrolment.json();
    QVERIFY(shown.value(QStringLiteral("otpauth_uri")).toString().startsWith(QLatin1String("otpauth://totp/")));
    QVERIFY(shown.value(QStringLiteral("otpauth_uri"))
                .toString()
                .contains(shown.value(QStringLiteral("secret")).toString()));
    QVERIFY(shown.value(QStringLiteral("qr_svg")).toString().startsWith(QLatin1String("<svg")));
    const QByteArray secret = Base32::decode(shown.value(QStringLiteral("secret")).toString()).value();
    QCOMPARE(secret.size(), 20); // 160 bits
    // Not enrolled until one code is right.
    TestReply confirmed
        = server.postJson(QStringLiteral("/auth/totp/confirm"),
                          {{QStringLiteral("enrolment_id"), shown.value(QStringLiteral("enrolment_id"))},
                           {QStringLiteral("code"), QStringLiteral("000000")}},
                          token);
    QCOMPARE(confirmed.status, 401);
    QCOMPARE(server.login(QStringLiteral("ada@example.org")).contains(QStringLiteral("access_token")), true);
    confirmed = server.postJson(QStringLiteral("/auth/totp/confirm"),
                                {{QStringLiteral("enrolment_id"), shown.value(QStringLiteral("enrolment_id"))},
                                 {QStringLiteral("code"), codeNow(server, secret)}},
                                token);
    QCOMPARE(confirmed.status, 204);

    // Now the password is the first step.
    server.clock().advance(30);
    TestReply first = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QStringLiteral("mfa_required")).toBool(), true);
    QVERIFY(!first.json().contains(QStringLiteral("access_token")));
    QCOMPARE(first.json().value(QStringLiteral("expires_in")).toInt(), 300);
    QVERIFY(first.json().value(QStringLiteral("methods")).toArray().contains(QStringLiteral("totp")));
    const QString mfaToken = first.json().value(QStringLiteral("mfa_token")).toString();
    TestReply wrong = server.postJson(
        QStringLiteral("/auth/login/mfa"),
        {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), QStringLiteral("123456")}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.error(), QStringLiteral("invalid_credentials"));
    const QString code = codeNow(server, secret);
    TestReply done = server.postJson(QStringLiteral("/auth/login/mfa"),
                                     {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), code}});
    QCOMPARE(done.status, 200);
    QCOMPARE(amrOf(done.json()), (QStringList{QStringLiteral("pwd"), QStringLiteral("otp"), QStringLiteral("mfa")}));
    QCOMPARE(claimsOf(done.json()).value(QStringLiteral("acr")).toString(), QStringLiteral("mfa"));
    QVERIFY(
        server.get(QStringLiteral("/auth/me"), done.json().value(QStringLiteral("access_token")).toString().toLatin1())
            .status
        == 200);
    // The token is spent, and the code with it.
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/login/mfa"),
                           {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), code}})
                 .status,
             401);
    first = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")));
    const QString again = first.json().value(QStringLiteral("mfa_token")).toString();
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/login/mfa"),
                           {{QStringLiteral("mfa_token"), again}, {QStringLiteral("code"), code}})
                 .status,
             401);
    // The next step's code works.
    server.clock().advance(30);
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/login/mfa"),
                           {{QStringLiteral("mfa_token"), again}, {QStringLiteral("code"), codeNow(server, secret)}})
                 .status,
             200);
    // A pending sign-in ends after 5 minutes.
    first = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")));
    server.clock().advance(301);
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/login/mfa"),
                           {{QStringLiteral("mfa_token"), first.json().value(QStringLiteral("mfa_token"))},
                            {QStringLiteral("code"), codeNow(server, secret)}})
                 .status,
             401);
}

void TestMfaHttp::recoveryCodesWorkOnceEach()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    const QByteArray token = server.accessToken(QStringLiteral("ada@example.org"));
    enrolApp(server, token);
    const TestReply generated = server.postJson(QStringLiteral("/auth/recovery-codes"), {}, token);
    QCOMPARE(generated.status, 200);
    const QJsonArray codes = generated.json().value(QStringLiteral("codes")).toArray();
    QCOMPARE(codes.size(), 10);
    const auto signInWith = [&](const QString &code) {
        const TestReply first
            = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")));
        if (!first.json().value(QStringLiteral("methods")).toArray().contains(QStringLiteral("recovery_code")))
            qFatal("recovery_code is not offered");
        return server.postJson(QStringLiteral("/auth/login/mfa"),
                               {{QStringLiteral("mfa_token"), first.json().value(QStringLiteral("mfa_token"))},
                                {QStringLiteral("recovery_code"), code}});
    };
    const QString first = codes.at(0).toString();
    TestReply used = signInWith(first.toUpper());
    QCOMPARE(used.status, 200);
    QCOMPARE(amrOf(used.json()), (QStringList{QStringLiteral("pwd"), QStringLiteral("otp"), QStringLiteral("mfa")}));
    QCOMPARE(signInWith(first).status, 401);
    const TestReply status = server.get(QStringLiteral("/auth/mfa"),
                                        used.json().value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(status.json().value(QStringLiteral("recovery_codes_left")).toInt(), 9);
    // A new set replaces the old one whole.
    const TestReply replaced = server.postJson(QStringLiteral("/auth/recovery-codes"), {},
                                               used.json().value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(replaced.status, 200);
    QCOMPARE(signInWith(codes.at(1).toString()).status, 401);
    QCOMPARE(signInWith(replaced.json().value(QStringLiteral("codes")).toArray().at(1).toString()).status, 200);
}

void TestMfaHttp::factorChangesNeedARecentSignIn()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    const QByteArray token = server.accessToken(QStringLiteral("ada@example.org"));
    server.clock().advance(301);
    for (const char *path : {"/auth/totp", "/auth/recovery-codes", "/auth/passkeys/register/options"}) {
        const TestReply refused = server.postJson(QString::fromLatin1(path), {}, token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.error(), QStringLiteral("reauthentication_required"));
    }
    QCOMPARE(server.get(QStringLiteral("/auth/mfa"), token).status, 200); // reading is not changing
    const QByteArray fresh = server.accessToken(QStringLiteral("ada@example.org"));
    QCOMPARE(server.postJson(QStringLiteral("/auth/recovery-codes"), {}, fresh).status, 200);
    QCOMPARE(server.postJson(QStringLiteral("/auth/totp"), {}).status, 401); // and never without a token
}

void TestMfaHttp::passkeyRegistrationAndUsernamelessSignIn()
{
    TestServer server(passkeySettings());
    server.createUser(QStringLiteral("ada@example.org"));
    const QByteArray token = server.accessToken(QStringLiteral("ada@example.org"));
    const TestReply options = server.postJson(QStringLiteral("/auth/passkeys/register/options"), {}, token);
    QCOMPARE(options.status, 200);
    const QJsonObject publicKey = options.json().value(QStringLiteral("publicKey")).toObject();
    QCOMPARE(publicKey.value(QStringLiteral("rp")).toObject().value(QStringLiteral("id")).toString(), kRpId);
    QCOMPARE(publicKey.value(QStringLiteral("attestation")).toString(), QStringLiteral("none"));
    QCOMPARE(publicKey.value(QStringLiteral("authenticatorSelection"))
                 .toObject()
                 .value(QStringLiteral("residentKey"))
                 .toString(),
             QStringLiteral("required"));
    QCOMPARE(Base64Url::decode(publicKey.value(QStringLiteral("challenge")).toString().toLatin1())->size(), 32);
    const QByteArray userId
        = Base64Url::decode(
              publicKey.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString().toLatin1())
              .value();
    QCOMPARE(userId.size(), 32);
    QVERIFY(!userId.contains("ada")); // the user handle names nobody
    QList<int> algorithms;
    for (const QJsonValue &param : publicKey.value(QStringLiteral("pubKeyCredParams")).toArray())
        algorithms << param.toObject().value(QStringLiteral("alg")).toInt();
    QCOMPARE(algorithms, (QList<int>{-8, -7, -257}));

    SoftAuthenticator authenticator(kRpId, kOrigin);
    authenticator.signCount = 1;
    const QJsonObject credential = authenticator.create(publicKey);
    const TestReply added
        = server.postJson(QStringLiteral("/auth/passkeys"),
                          {{QStringLiteral("challenge_id"), options.json().value(QStringLiteral("challenge_id"))},
                           {QStringLiteral("credential"), credential}},
                          token);
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json().value(QStringLiteral("name")).toString(), QStringLiteral("Passkey 1"));
    QCOMPARE(added.json().value(QStringLiteral("aaguid")).toString(),
             QStringLiteral("01020304-0506-0708-090a-0b0c0d0e0f10"));
    // The same challenge twice: spent.
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/passkeys"),
                           {{QStringLiteral("challenge_id"), options.json().value(QStringLiteral("challenge_id"))},
                            {QStringLiteral("credential"), credential}},
                           token)
                 .status,
             400);
    // The next registration excludes it.
    const QJsonObject next = server.postJson(QStringLiteral("/auth/passkeys/register/options"), {}, token).json();
    const QJsonArray excluded
        = next.value(QStringLiteral("publicKey")).toObject().value(QStringLiteral("excludeCredentials")).toArray();
    QCOMPARE(excluded.size(), 1);
    QCOMPARE(excluded.at(0).toObject().value(QStringLiteral("id")).toString(),
             credential.value(QStringLiteral("id")).toString());

    // Signing in without an address: no allowCredentials.
    const TestReply signInOptions = server.postJson(QStringLiteral("/auth/passkeys/options"), {});
    QCOMPARE(signInOptions.status, 200);
    const QJsonObject request = signInOptions.json().value(QStringLiteral("publicKey")).toObject();
    QVERIFY(!request.contains(QStringLiteral("allowCredentials")));
    QCOMPARE(request.value(QStringLiteral("rpId")).toString(), kRpId);
    const QJsonObject assertion = authenticator.get(request);
    const TestReply signedIn
        = server.postJson(QStringLiteral("/auth/login/passkey"),
                          {{QStringLiteral("challenge_id"), signInOptions.json().value(QStringLiteral("challenge_id"))},
                           {QStringLiteral("credential"), assertion}});
    QCOMPARE(signedIn.status, 200);
    QCOMPARE(claimsOf(signedIn.json()).value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(amrOf(signedIn.json()),
             (QStringList{QStringLiteral("hwk"), QStringLiteral("user"), QStringLiteral("mfa")}));
    QCOMPARE(claimsOf(signedIn.json()).value(QStringLiteral("acr")).toString(), QStringLiteral("phr"));
    // The same assertion again: its challenge is spent.
    QCOMPARE(
        server
            .postJson(QStringLiteral("/auth/login/passkey"),
                      {{QStringLiteral("challenge_id"), signInOptions.json().value(QStringLiteral("challenge_id"))},
                       {QStringLiteral("credential"), assertion}})
            .status,
        400);
    // A synced passkey says swk; one that did not verify its user cannot sign in alone.
    authenticator.userVerified = false;
    const QJsonObject third = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
    QCOMPARE(answer(server, authenticator, third).status, 401);

    // Listed, renamed, removed.
    const QByteArray fresh = signedIn.json().value(QStringLiteral("access_token")).toString().toLatin1();
    const QString id = added.json().value(QStringLiteral("id")).toString();
    const TestReply renamed
        = server.request("PATCH", QStringLiteral("/auth/passkeys/") + id,
                         QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Phone")}}).toJson(),
                         {{"Authorization", "Bearer " + fresh}, {"Content-Type", "application/json"}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(QStringLiteral("name")).toString(), QStringLiteral("Phone"));
    const QJsonArray listed
        = server.get(QStringLiteral("/auth/mfa"), fresh).json().value(QStringLiteral("passkeys")).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Phone"));
    QVERIFY(!listed.at(0).toObject().value(QStringLiteral("last_used_at")).isNull());
    QCOMPARE(
        server.request("DELETE", QStringLiteral("/auth/passkeys/") + id, {}, {{"Authorization", "Bearer " + fresh}})
            .status,
        204);
    QCOMPARE(
        server.request("DELETE", QStringLiteral("/auth/passkeys/") + id, {}, {{"Authorization", "Bearer " + fresh}})
            .status,
        404);
    // A disabled account does not sign in with a passkey either.
    registerPasskey(server, authenticator, server.accessToken(QStringLiteral("ada@example.org")));
    authenticator.userVerified = true;
    QVERIFY(server.backend()
                .accounts()
                .setDisabled(Actor::local(QStringLiteral("t")), QStringLiteral("ada@example.org"), true)
                .ok());
    const QJsonObject fourth = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
    QCOMPARE(answer(server, authenticator, fourth).status, 401);
    QVERIFY(server.backend()
                .accounts()
                .setDisabled(Actor::local(QStringLiteral("t")), QStringLiteral("ada@example.org"), false)
                .ok());
}

void TestMfaHttp::passkeyAsSecondFactor()
{
    TestServer server(passkeySettings());
    server.createUser(QStringLiteral("ada@example.org"));
    SoftAuthenticator authenticator(kRpId, kOrigin, SoftAuthenticator::Algorithm::EdDSA);
    authenticator.userVerified = false; // presence is enough after a password
    authenticator.backupEligible = authenticator.backedUp = true;
    registerPasskey(server, authenticator, server.accessToken(QStringLiteral("ada@example.org")));
    const TestReply first
        = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")));
    QCOMPARE(first.json().value(QStringLiteral("methods")).toArray(), QJsonArray{QStringLiteral("passkey")});
    const QString mfaToken = first.json().value(QStringLiteral("mfa_token")).toString();
    const TestReply options
        = server.postJson(QStringLiteral("/auth/passkeys/options"), {{QStringLiteral("mfa_token"), mfaToken}});
    QCOMPARE(options.status, 200);
    const QJsonArray allowed = options.json()
                                   .value(QStringLiteral("publicKey"))
                                   .toObject()
                                   .value(QStringLiteral("allowCredentials"))
                                   .toArray();
    QCOMPARE(allowed.size(), 1);
    const TestReply done
        = server.postJson(QStringLiteral("/auth/login/mfa"),
                          {{QStringLiteral("mfa_token"), mfaToken},
                           {QStringLiteral("challenge_id"), options.json().value(QStringLiteral("challenge_id"))},
                           {QStringLiteral("credential"),
                            authenticator.get(options.json().value(QStringLiteral("publicKey")).toObject())}});
    QCOMPARE(done.status, 200);
    QCOMPARE(
        amrOf(done.json()),
        (QStringList{QStringLiteral("pwd"), QStringLiteral("swk"), QStringLiteral("user"), QStringLiteral("mfa")}));
    QCOMPARE(claimsOf(done.json()).value(QStringLiteral("acr")).toString(), QStringLiteral("mfa"));
}

void TestMfaHttp::passkeyChallengesAreSingleUseAndExpire()
{
    TestServer server(passkeySettings());
    server.createUser(QStringLiteral("ada@example.org"));
    SoftAuthenticator authenticator(kRpId, kOrigin);
    registerPasskey(server, authenticator, server.accessToken(QStringLiteral("ada@example.org")));
    // Asking for options writes nothing (anyone may ask, unauthenticated): the challenge is sealed
    // into its id, and only an answer is recorded.
    const auto storedChallenges = [&] {
        return SqlStatement(server.backend().database().connection(),
                            QStringLiteral("SELECT COUNT(*) FROM mfa_challenges"))
            .scalar()
            .toInt();
    };
    const int storedBefore = storedChallenges();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(server.postJson(QStringLiteral("/auth/passkeys/options"), {}).status, 200);
    QCOMPARE(storedChallenges(), storedBefore);
    const QJsonObject options = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
    server.clock().advance(301);
    const TestReply late = answer(server, authenticator, options);
    QCOMPARE(late.status, 400);
    // An answer that fails spends its challenge too: the right answer afterwards is too late.
    const QJsonObject spent = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
    authenticator.origin = QStringLiteral("https://elsewhere.example");
    QCOMPARE(answer(server, authenticator, spent).status, 401);
    authenticator.origin = kOrigin;
    QCOMPARE(answer(server, authenticator, spent).status, 400);
    // A challenge id altered anywhere is no challenge.
    const QJsonObject genuine = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
    QString altered = genuine.value(QStringLiteral("challenge_id")).toString();
    altered[10] = altered[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QJsonObject forged = genuine;
    forged.insert(QStringLiteral("challenge_id"), altered);
    QCOMPARE(answer(server, authenticator, forged).status, 400);
    QCOMPARE(answer(server, authenticator, genuine).status, 200);
    // A registration challenge is no sign-in challenge, and the other way round.
    const QByteArray token = server.accessToken(QStringLiteral("ada@example.org"));
    const QJsonObject registration
        = server.postJson(QStringLiteral("/auth/passkeys/register/options"), {}, token).json();
    QCOMPARE(answer(server, authenticator, registration).status, 400);
    // A registration challenge is bound to its user.
    server.createUser(QStringLiteral("bob@example.org"));
    SoftAuthenticator bobs(kRpId, kOrigin);
    const QJsonObject adaOptions = server.postJson(QStringLiteral("/auth/passkeys/register/options"), {}, token).json();
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/passkeys"),
                           {{QStringLiteral("challenge_id"), adaOptions.value(QStringLiteral("challenge_id"))},
                            {QStringLiteral("credential"),
                             bobs.create(adaOptions.value(QStringLiteral("publicKey")).toObject())}},
                           server.accessToken(QStringLiteral("bob@example.org")))
                 .status,
             400);
}

void TestMfaHttp::clonedAuthenticatorIsRefusedAndAudited()
{
    TestServer server(passkeySettings());
    server.createUser(QStringLiteral("ada@example.org"));
    SoftAuthenticator authenticator(kRpId, kOrigin);
    authenticator.signCount = 5;
    registerPasskey(server, authenticator, server.accessToken(QStringLiteral("ada@example.org")));
    const auto signIn = [&] {
        const QJsonObject options = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
        return answer(server, authenticator, options);
    };
    QCOMPARE(signIn().status, 200); // 6 after 5: forward
    // A copy of the key that did not see that use shows 6 again: refused, and audited.
    authenticator.signCount = 6;
    const TestReply cloned = signIn();
    QCOMPARE(cloned.status, 401);
    bool audited = false;
    for (const AuditRecord &event : server.backend().audit().list({}))
        audited = audited || event.action == QLatin1String("passkey.counter_regressed");
    QVERIFY(audited);
    QCOMPARE(signIn().status, 200); // 7: forward again
}

void TestMfaHttp::passkeyOfAnotherOriginIsRefused()
{
    TestServer server(passkeySettings());
    server.createUser(QStringLiteral("ada@example.org"));
    SoftAuthenticator authenticator(kRpId, kOrigin);
    registerPasskey(server, authenticator, server.accessToken(QStringLiteral("ada@example.org")));
    authenticator.origin = QStringLiteral("https://keyward.test.evil.example");
    const QJsonObject options = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
    const TestReply refused = answer(server, authenticator, options);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.error(), QStringLiteral("invalid_credentials"));
    authenticator.origin = kOrigin;
    authenticator.rpId = QStringLiteral("evil.example");
    const QJsonObject again = server.postJson(QStringLiteral("/auth/passkeys/options"), {}).json();
    QCOMPARE(answer(server, authenticator, again).status, 401);
}

void TestMfaHttp::policyTakesTheUserToEnrolmentFirst()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    server.createUser(QStringLiteral("root@example.org"), {QStringLiteral("admin")});
    const auto setPolicy = [&](const char *value) {
        const auto changed = server.backend().settingsService().change(
            Actor::local(QStringLiteral("test")), {{QStringLiteral("mfa.required"), QString::fromLatin1(value)}});
        QVERIFY(changed.ok());
    };
    setPolicy("admins");
    QVERIFY(server.login(QStringLiteral("ada@example.org")).contains(QStringLiteral("access_token")));
    TestReply first = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("root@example.org")));
    QCOMPARE(first.status, 403);
    QCOMPARE(first.error(), QStringLiteral("mfa_enrolment_required"));
    QVERIFY(!first.json().contains(QStringLiteral("access_token")));
    setPolicy("all");
    first = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")));
    QCOMPARE(first.status, 403);
    const QByteArray mfaToken = first.json().value(QStringLiteral("mfa_token")).toString().toLatin1();
    // The token opens the enrolment routes, nothing else.
    QCOMPARE(server.get(QStringLiteral("/auth/me"), mfaToken).status, 401);
    QCOMPARE(server.get(QStringLiteral("/auth/mfa"), mfaToken).status, 401);
    const QByteArray secret = enrolApp(server, mfaToken);
    QCOMPARE(server.get(QStringLiteral("/auth/me"), mfaToken).status, 401);
    // With a factor in place the token no longer opens the enrolment routes (it could replace it).
    QCOMPARE(server.postJson(QStringLiteral("/auth/totp"), {}, mfaToken).status, 401);
    // Then it completes the sign-in with the app's next code.
    server.clock().advance(30);
    const TestReply done = server.postJson(QStringLiteral("/auth/login/mfa"),
                                           {{QStringLiteral("mfa_token"), QString::fromLatin1(mfaToken)},
                                            {QStringLiteral("code"), codeNow(server, secret)}});
    QCOMPARE(done.status, 200);
    QCOMPARE(claimsOf(done.json()).value(QStringLiteral("acr")).toString(), QStringLiteral("mfa"));
    const TestReply status = server.get(QStringLiteral("/auth/mfa"),
                                        done.json().value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(status.json().value(QStringLiteral("required")).toBool(), true);
    QCOMPARE(status.json().value(QStringLiteral("totp")).toBool(), true);
    // The User object says so too.
    const QJsonObject me
        = server
              .get(QStringLiteral("/auth/me"), done.json().value(QStringLiteral("access_token")).toString().toLatin1())
              .json();
    QCOMPARE(me.value(QStringLiteral("mfa")).toObject().value(QStringLiteral("totp")).toBool(), true);
    QCOMPARE(me.value(QStringLiteral("mfa")).toObject().value(QStringLiteral("required")).toBool(), true);
    // What ended (root's pending sign-in, never finished) is purged by housekeeping.
    server.clock().advance(301);
    QVERIFY(server.backend().mfa().purgeExpired() >= 1);
}

void TestMfaHttp::secondFactorTokenDoesNotOpenEnrolment()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    enrolApp(server, server.accessToken(QStringLiteral("ada@example.org")));
    // Someone who knows only the password cannot add a factor of their own.
    const TestReply first
        = server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")));
    const QByteArray mfaToken = first.json().value(QStringLiteral("mfa_token")).toString().toLatin1();
    QCOMPARE(server.postJson(QStringLiteral("/auth/totp"), {}, mfaToken).status, 401);
    QCOMPARE(server.postJson(QStringLiteral("/auth/recovery-codes"), {}, mfaToken).status, 401);
    QCOMPARE(server.postJson(QStringLiteral("/auth/passkeys/register/options"), {}, mfaToken).status, 401);
}

void TestMfaHttp::failedCodesCountInThePerAccountLimit()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    const QByteArray secret = enrolApp(server, server.accessToken(QStringLiteral("ada@example.org")));
    QVERIFY(server.backend()
                .settingsService()
                .change(Actor::local(QStringLiteral("test")),
                        {{QStringLiteral("limits.login_failures_per_account"), QStringLiteral("3")}})
                .ok());
    const auto tokenOf = [&] {
        return server.postJson(QStringLiteral("/auth/login"), loginBody(QStringLiteral("ada@example.org")))
            .json()
            .value(QStringLiteral("mfa_token"))
            .toString();
    };
    QString mfaToken = tokenOf();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(
            server
                .postJson(QStringLiteral("/auth/login/mfa"),
                          {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), QStringLiteral("000000")}})
                .status,
            401);
    }
    TestReply limited
        = server.postJson(QStringLiteral("/auth/login/mfa"),
                          {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), codeNow(server, secret)}});
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("retry-after").isEmpty());
    // Three wrong codes so far on this pending sign-in: two more (after the waits) and it is spent.
    for (int i = 0; i < 2; ++i) {
        server.clock().advance(120);
        QCOMPARE(
            server
                .postJson(QStringLiteral("/auth/login/mfa"),
                          {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), QStringLiteral("000000")}})
                .status,
            401);
    }
    server.clock().advance(120);
    const TestReply spent
        = server.postJson(QStringLiteral("/auth/login/mfa"),
                          {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), codeNow(server, secret)}});
    QCOMPARE(spent.status, 401);
    QCOMPARE(spent.error(), QStringLiteral("invalid_grant"));
    // The right password again does not buy more guesses: the count it finds stays.
    server.clock().advance(limited.header("retry-after").toLongLong());
    mfaToken = tokenOf();
    QVERIFY(!mfaToken.isEmpty());
    limited
        = server.postJson(QStringLiteral("/auth/login/mfa"),
                          {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), codeNow(server, secret)}});
    QCOMPARE(limited.status, 429);
    // After the wait the right code (of a step not used yet) signs in and clears it.
    server.clock().advance(qMax<qint64>(limited.header("retry-after").toLongLong(), Totp::kPeriodSeconds));
    QCOMPARE(server
                 .postJson(QStringLiteral("/auth/login/mfa"),
                           {{QStringLiteral("mfa_token"), mfaToken}, {QStringLiteral("code"), codeNow(server, secret)}})
                 .status,
             200);
}

void TestMfaHttp::passwordGrantIsRefusedWithASecondFactor()
{
    TestServer server;
    server.createUser(QStringLiteral("ada@example.org"));
    const QByteArray form = "grant_type=password&username=ada%40example.org&password=a+sturdy+passphrase";
    QCOMPARE(server.postForm(QStringLiteral("/oauth/token"), form).status, 200);
    enrolApp(server, server.accessToken(QStringLiteral("ada@example.org")));
    const TestReply refused = server.postForm(QStringLiteral("/oauth/token"), form);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error(), QStringLiteral("invalid_grant"));
}

void TestMfaHttp::administratorSeesAndResetsFactors()
{
    TestServer server(passkeySettings());
    server.createUser(QStringLiteral("root@example.org"), {QStringLiteral("admin")});
    server.createUser(QStringLiteral("mia@example.org"), {QStringLiteral("manager")});
    server.createUser(QStringLiteral("ada@example.org"));
    const QByteArray adaToken = server.accessToken(QStringLiteral("ada@example.org"));
    SoftAuthenticator authenticator(kRpId, kOrigin);
    const QJsonObject passkey = registerPasskey(server, authenticator, adaToken);
    enrolApp(server, adaToken);
    const QString adaId = server.backend().accounts().find(QStringLiteral("ada@example.org"))->record.publicId;
    const QString path = QStringLiteral("/admin/users/%1/mfa").arg(adaId);
    const QByteArray root = server.accessToken(QStringLiteral("root@example.org"));
    const TestReply seen = server.get(path, root);
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.json().value(QStringLiteral("totp")).toBool(), true);
    QCOMPARE(seen.json().value(QStringLiteral("passkeys")).toArray().size(), 1);
    // A manager may look (users.read) but not reset (users.write).
    const QByteArray mia = server.accessToken(QStringLiteral("mia@example.org"));
    QCOMPARE(server.get(path, mia).status, 200);
    QCOMPARE(server.request("DELETE", path, {}, {{"Authorization", "Bearer " + mia}}).status, 403);
    // One passkey, then everything; the user's sessions end with it.
    QCOMPARE(server
                 .request("DELETE",
                          QStringLiteral("/admin/users/%1/passkeys/%2")
                              .arg(adaId)
                              .arg(passkey.value(QStringLiteral("id")).toString()),
                          {}, {{"Authorization", "Bearer " + root}})
                 .status,
             204);
    QCOMPARE(server.get(path, root).json().value(QStringLiteral("passkeys")).toArray().size(), 0);
    QCOMPARE(server.request("DELETE", path, {}, {{"Authorization", "Bearer " + root}}).status, 204);
    QCOMPARE(server.get(QStringLiteral("/auth/me"), adaToken).status, 401);
    QCOMPARE(server.get(path, root).json().value(QStringLiteral("totp")).toBool(), false);
    QVERIFY(server.login(QStringLiteral("ada@example.org")).contains(QStringLiteral("access_token")));
    bool audited = false;
    for (const AuditRecord &event : server.backend().audit().list({}))
        audited = audited || event.action == QLatin1String("mfa.reset");
    QVERIFY(audited);
}

void TestMfaHttp::passkeysNeedAHostNameAsRpId()
{
    TestServer server; // the issuer is http://127.0.0.1:PORT
    server.createUser(QStringLiteral("ada@example.org"));
    const TestReply refused = server.postJson(QStringLiteral("/auth/passkeys/register/options"), {},
                                              server.accessToken(QStringLiteral("ada@example.org")));
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.json().value(QStringLiteral("message")).toString().contains(QLatin1String("webauthn.rp_id")));
    QCOMPARE(server.postJson(QStringLiteral("/auth/passkeys/options"), {}).status, 400);
}

QTEST_GUILESS_MAIN(TestMfaHttp)
#include "tst_mfahttp.moc"
