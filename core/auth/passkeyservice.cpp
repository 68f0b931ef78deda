// SPDX-License-Identifier: GPL-3.0-or-later
#include "passkeyservice.h"

#include "accountservice.h"
#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/securerandom.h"
#include "settingsservice.h"
#include "storage/database.h"
#include "storage/mfachallengestore.h"
#include "storage/transaction.h"
#include "tokenservice.h"
#include "webauthn/cosekey.h"
#include "webauthn/webauthnverifier.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace keyward {

namespace {

const QString kRegistration = QStringLiteral("passkey_registration");
const QString kSignIn = QStringLiteral("passkey_sign_in");
constexpr qsizetype kChallengeBytes = 32;
constexpr qsizetype kUserHandleBytes = 32;

QString b64(QByteArrayView bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

QJsonObject descriptorOf(const PasskeyRecord &passkey)
{
    QJsonObject descriptor{{QStringLiteral("type"), QStringLiteral("public-key")},
                           {QStringLiteral("id"), passkey.credentialId}};
    if (!passkey.transports.isEmpty())
        descriptor.insert(QStringLiteral("transports"), QJsonArray::fromStringList(passkey.transports));
    return descriptor;
}

QString originOf(const QUrl &url)
{
    QString origin = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() != -1)
        origin += QLatin1Char(':') + QString::number(url.port());
    return origin;
}

Error invalidCredentials()
{
    return failure(ErrorCode::InvalidCredentials, QStringLiteral("the passkey could not be verified"));
}

} // namespace

QJsonObject CeremonyOptions::toJson() const
{
    return {{QStringLiteral("challenge_id"), challengeId}, {QStringLiteral("publicKey"), publicKey}};
}

PasskeyService::PasskeyService(Database &database, AccountService &accounts, TokenService &tokens, AuditLog &audit,
                               ChangeSignals &changes, const Clock &clock, SettingsService &settings,
                               SignInChallenges signInChallenges)
    : m_database(database), m_accounts(accounts), m_tokens(tokens), m_audit(audit), m_changes(changes), m_clock(clock),
      m_settings(settings), m_signInChallenges(std::move(signInChallenges))
{ }

Result<WebAuthnVerifier> PasskeyService::relyingParty() const
{
    const std::shared_ptr<const Settings> settings = m_settings.current();
    const QUrl issuer(m_tokens.issuer(*settings));
    const QString rpId = settings->webauthn.rpId.isEmpty() ? issuer.host().toLower() : settings->webauthn.rpId;
    if (rpId.isEmpty() || !QHostAddress(rpId).isNull())
        return failure(ErrorCode::InvalidRequest,
                       QStringLiteral("passkeys need the server under a host name, not an IP address: set "
                                      "tokens.issuer (e.g. http://localhost:8080) or webauthn.rp_id"));
    QStringList origins{originOf(issuer)};
    origins += settings->webauthn.origins;
    return WebAuthnVerifier(rpId, origins);
}

bool PasskeyService::available() const
{
    return relyingParty().ok();
}

QString PasskeyService::storeChallenge(const QString &purpose, std::optional<qint64> userId,
                                       const QByteArray &challenge)
{
    MfaChallengeRecord record;
    record.id = b64(randomBytes(16));
    record.purpose = purpose;
    record.userId = userId;
    record.payload = b64(challenge);
    record.createdAt = m_clock.now();
    record.expiresAt = record.createdAt.addSecs(kChallengeSeconds);
    MfaChallengeStore(m_database.connection()).insert(record);
    return record.id;
}

namespace {

bool isChallengeId(const QString &challengeId)
{
    return !challengeId.isEmpty() && challengeId.size() <= 64;
}

Error unknownChallenge()
{
    return failure(ErrorCode::InvalidRequest, QStringLiteral("unknown or expired challenge_id; ask for new options"));
}

} // namespace

Result<QByteArray> PasskeyService::takeChallenge(const QString &challengeId, const QString &purpose,
                                                 std::optional<qint64> userId)
{
    std::optional<MfaChallengeRecord> challenge;
    if (isChallengeId(challengeId)) {
        TransactionGuard transaction(m_database);
        challenge = MfaChallengeStore(transaction.connection()).take(challengeId, purpose);
        transaction.commit();
    }
    if (!challenge || challenge->expiresAt <= m_clock.now() || challenge->userId != userId)
        return unknownChallenge();
    const std::optional<QByteArray> bytes = Base64Url::decode(challenge->payload.toLatin1());
    if (!bytes)
        return unknownChallenge();
    return *bytes;
}

Result<SignInChallenge> PasskeyService::openChallenge(const QString &challengeId, std::optional<qint64> forUser)
{
    const std::optional<SignInChallenge> challenge = m_signInChallenges.open(challengeId);
    // Answered already: refused before any verifying (the transaction that records a sign-in
    // checks again, for two answers at once).
    if (!challenge || challenge->expiresAt <= m_clock.now() || challenge->userId != forUser
        || MfaChallengeStore(m_database.connection()).isSpent(challenge->spentMarker))
        return unknownChallenge();
    return *challenge;
}

void PasskeyService::spend(const SignInChallenge &challenge)
{
    TransactionGuard transaction(m_database);
    MfaChallengeStore(transaction.connection()).recordSpent(challenge.spentMarker, m_clock.now(), challenge.expiresAt);
    transaction.commit();
}

Result<CeremonyOptions> PasskeyService::registrationOptions(const User &user)
{
    const Result<WebAuthnVerifier> rp = relyingParty();
    if (!rp)
        return rp.error();
    const QByteArray challenge = randomBytes(kChallengeBytes);
    QJsonArray exclude;
    QString handle;
    QString challengeId;
    {
        TransactionGuard transaction(m_database);
        PasskeyStore passkeys(transaction.connection());
        handle = passkeys.ensureUserHandle(user.record.id, b64(randomBytes(kUserHandleBytes)));
        for (const PasskeyRecord &passkey : passkeys.ofUser(user.record.id))
            exclude.append(descriptorOf(passkey));
        challengeId = storeChallenge(kRegistration, user.record.id, challenge);
        transaction.commit();
    }
    QJsonArray algorithms;
    for (const qint64 alg : {CoseKey::kEdDSA, CoseKey::kES256, CoseKey::kRS256})
        algorithms.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("public-key")}, {QStringLiteral("alg"), alg}});
    QJsonObject options{
        {QStringLiteral("rp"),
         QJsonObject{{QStringLiteral("id"), rp->rpId()}, {QStringLiteral("name"), QStringLiteral("Keyward")}}},
        {QStringLiteral("user"),
         QJsonObject{
             {QStringLiteral("id"), handle},
             {QStringLiteral("name"), user.record.email},
             {QStringLiteral("displayName"), user.record.name.isEmpty() ? user.record.email : user.record.name}}},
        {QStringLiteral("challenge"), b64(challenge)},
        {QStringLiteral("pubKeyCredParams"), algorithms},
        {QStringLiteral("timeout"), kChallengeSeconds * 1000},
        {QStringLiteral("excludeCredentials"), exclude},
        {QStringLiteral("authenticatorSelection"),
         QJsonObject{{QStringLiteral("residentKey"), QStringLiteral("required")},
                     {QStringLiteral("requireResidentKey"), true},
                     {QStringLiteral("userVerification"), QStringLiteral("preferred")}}},
        {QStringLiteral("attestation"), QStringLiteral("none")},
    };
    return CeremonyOptions{challengeId, options};
}

Result<PasskeyRecord> PasskeyService::finishRegistration(const Actor &actor, const User &user,
                                                         const QString &challengeId, const QJsonObject &credential,
                                                         const QString &name)
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.size() > kLongestName)
        return failure(ErrorCode::InvalidRequest,
                       QStringLiteral("'name' may have at most %1 characters").arg(kLongestName));
    const Result<WebAuthnVerifier> rp = relyingParty();
    if (!rp)
        return rp.error();
    const Result<RegistrationResponse> response = RegistrationResponse::fromJson(credential);
    if (!response)
        return response.error();
    const Result<QByteArray> challenge = takeChallenge(challengeId, kRegistration, user.record.id);
    if (!challenge)
        return challenge.error();
    const Result<VerifiedCredential> verified = rp->verifyRegistration(response.value(), challenge.value(), false);
    if (!verified) {
        m_audit.record(actor, QStringLiteral("passkey.add"), user.record.email, AuditOutcome::failure(),
                       {{QStringLiteral("reason"), verified.error().message}});
        return verified.error();
    }
    PasskeyRecord passkey;
    passkey.id = b64(randomBytes(16));
    passkey.userId = user.record.id;
    passkey.credentialId = b64(verified->credentialId);
    passkey.publicKey = b64(verified->publicKey);
    passkey.algorithm = verified->coseAlgorithm;
    passkey.signCount = verified->signCount;
    passkey.aaguid = QUuid::fromRfc4122(verified->aaguid).toString(QUuid::WithoutBraces);
    passkey.transports = response->transports;
    passkey.backupEligible = verified->backupEligible;
    passkey.backedUp = verified->backedUp;
    passkey.createdAt = m_clock.now();
    TransactionGuard transaction(m_database);
    PasskeyStore passkeys(transaction.connection());
    if (passkeys.findByCredentialId(passkey.credentialId))
        return failure(ErrorCode::InvalidRequest, QStringLiteral("this passkey is registered already"));
    passkey.name = trimmedName.isEmpty() ? QStringLiteral("Passkey %1").arg(passkeys.countOfUser(user.record.id) + 1)
                                         : trimmedName;
    passkeys.insert(passkey);
    m_audit.record(actor, QStringLiteral("passkey.add"), user.record.email, AuditOutcome::success(),
                   {{QStringLiteral("passkey"), passkey.id},
                    {QStringLiteral("aaguid"), passkey.aaguid},
                    {QStringLiteral("attestation"), verified->attestationFormat}});
    m_changes.publishAfterCommit(transaction.connection(), Change::Users);
    transaction.commit();
    return passkey;
}

Result<CeremonyOptions> PasskeyService::signInOptions(std::optional<qint64> forUser, bool requireUserVerification)
{
    const Result<WebAuthnVerifier> rp = relyingParty();
    if (!rp)
        return rp.error();
    SignInChallenge challenge;
    const QString challengeId = m_signInChallenges.seal(forUser, m_clock.now().addSecs(kChallengeSeconds), &challenge);
    // Alone, a passkey stands for two factors only with user verification, so it is required
    // there (verifySignIn refuses a sign-in without it); as a second factor presence is enough.
    QJsonObject options{
        {QStringLiteral("challenge"), b64(challenge.challenge)},
        {QStringLiteral("timeout"), kChallengeSeconds * 1000},
        {QStringLiteral("rpId"), rp->rpId()},
        {QStringLiteral("userVerification"),
         forUser && !requireUserVerification ? QStringLiteral("preferred") : QStringLiteral("required")}};
    if (forUser) {
        QJsonArray allow;
        for (const PasskeyRecord &passkey : PasskeyStore(m_database.connection()).ofUser(*forUser))
            allow.append(descriptorOf(passkey));
        options.insert(QStringLiteral("allowCredentials"), allow);
    }
    return CeremonyOptions{challengeId, options};
}

Error PasskeyService::refuseSignIn(const Actor &actor, const QString &target, const QString &why)
{
    m_audit.record(actor, QStringLiteral("passkey.sign_in"), target, AuditOutcome::failure(),
                   {{QStringLiteral("reason"), why}});
    return invalidCredentials();
}

Result<PasskeySignIn> PasskeyService::verifySignIn(const QString &challengeId, const QJsonObject &credential,
                                                   std::optional<qint64> forUser, const QString &clientAddress,
                                                   const WithinSignIn &within)
{
    const Result<WebAuthnVerifier> rp = relyingParty();
    if (!rp)
        return rp.error();
    const Result<AssertionResponse> response = AssertionResponse::fromJson(credential);
    if (!response)
        return response.error();
    const Result<SignInChallenge> challenge = openChallenge(challengeId, forUser);
    if (!challenge)
        return challenge.error();
    // A sign-in that verifies spends its challenge in the transaction that records it (one
    // write); one that does not, or that `within` refuses, spends it on the way out. Either way
    // the challenge answers once.
    try {
        Result<PasskeySignIn> signedIn
            = checkAssertion(rp.value(), response.value(), challenge.value(), forUser, clientAddress, within);
        if (!signedIn)
            spend(challenge.value());
        return signedIn;
    } catch (...) {
        spend(challenge.value());
        throw;
    }
}

Result<PasskeySignIn> PasskeyService::checkAssertion(const WebAuthnVerifier &rp, const AssertionResponse &response,
                                                     const SignInChallenge &challenge, std::optional<qint64> forUser,
                                                     const QString &clientAddress, const WithinSignIn &within)
{
    const Actor anonymous = Actor::anonymous(QStringLiteral("passkey"), clientAddress);
    const QString credentialId = b64(response.credentialId);
    const std::optional<PasskeyRecord> passkey = PasskeyStore(m_database.connection()).findByCredentialId(credentialId);
    if (!passkey || (forUser && passkey->userId != *forUser))
        return refuseSignIn(anonymous, QString(), QStringLiteral("unknown credential"));
    const Result<User> user = m_accounts.findById(passkey->userId);
    if (!user || user->record.disabled)
        return refuseSignIn(anonymous, QString(), QStringLiteral("unknown credential or disabled account"));
    const Actor actor = Actor::user(user->record.email, user->roles, clientAddress);
    // WebAuthn §7.2 step 6: without a user named beforehand, the authenticator must say whose
    // credential it used, and it must be the credential's owner.
    if ((!forUser && response.userHandle.isEmpty())
        || (!response.userHandle.isEmpty()
            && PasskeyStore(m_database.connection()).userOfHandle(b64(response.userHandle)) != passkey->userId))
        return refuseSignIn(actor, user->record.email, QStringLiteral("no user handle, or another user's"));
    const std::optional<QByteArray> publicKey = Base64Url::decode(passkey->publicKey.toLatin1());
    // Alone, a passkey must verify its user to stand for two factors; as a second factor after a
    // password, presence is enough.
    const bool alone = !forUser;
    const Result<VerifiedAssertion> verified = rp.verifyAssertion(
        response, challenge.challenge, {publicKey.value_or(QByteArray()), passkey->backupEligible}, alone);
    if (!verified)
        return refuseSignIn(actor, user->record.email, verified.error().message);
    if (WebAuthnVerifier::signCountRegressed(quint32(passkey->signCount), verified->signCount)) {
        m_audit.record(actor, QStringLiteral("passkey.counter_regressed"), user->record.email, AuditOutcome::denied(),
                       {{QStringLiteral("passkey"), passkey->id},
                        {QStringLiteral("stored"), passkey->signCount},
                        {QStringLiteral("presented"), qint64(verified->signCount)}});
        return invalidCredentials();
    }
    const PasskeySignIn signedIn{user.value(), SignInMethods::passkey(verified->backedUp, verified->userVerified),
                                 passkey->id};
    bool concurrent = false;
    {
        TransactionGuard transaction(m_database);
        const QSqlDatabase db = transaction.connection();
        concurrent = !MfaChallengeStore(db).recordSpent(challenge.spentMarker, m_clock.now(), challenge.expiresAt)
            || !PasskeyStore(db).recordUse(passkey->id, passkey->signCount, verified->signCount, verified->backedUp,
                                           m_clock.now());
        if (!concurrent) {
            m_audit.record(actor, QStringLiteral("passkey.sign_in"), user->record.email, AuditOutcome::success(),
                           {{QStringLiteral("passkey"), passkey->id},
                            {QStringLiteral("user_verified"), verified->userVerified},
                            {QStringLiteral("second_factor"), forUser.has_value()}});
            if (within)
                within(signedIn);
            transaction.commit();
        }
    }
    // Recorded after the rollback, so that the refusal is kept.
    if (concurrent)
        return refuseSignIn(actor, user->record.email, QStringLiteral("used concurrently"));
    return signedIn;
}

std::vector<PasskeyRecord> PasskeyService::ofUser(qint64 userId)
{
    return PasskeyStore(m_database.connection()).ofUser(userId);
}

Result<PasskeyRecord> PasskeyService::rename(const Actor &actor, qint64 userId, const QString &passkeyId,
                                             const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kLongestName)
        return failure(ErrorCode::InvalidRequest,
                       QStringLiteral("'name' must have 1 to %1 characters").arg(kLongestName));
    TransactionGuard transaction(m_database);
    PasskeyStore passkeys(transaction.connection());
    if (!passkeys.rename(passkeyId, userId, trimmed))
        return failure(ErrorCode::NotFound, QStringLiteral("no such passkey"));
    m_audit.record(actor, QStringLiteral("passkey.rename"), QString::number(userId), AuditOutcome::success(),
                   {{QStringLiteral("passkey"), passkeyId}});
    const std::optional<PasskeyRecord> renamed = passkeys.find(passkeyId, userId);
    transaction.commit();
    return renamed.value();
}

Status PasskeyService::remove(const Actor &actor, qint64 userId, const QString &passkeyId)
{
    TransactionGuard transaction(m_database);
    if (const Status allowed = m_accounts.mayActOn(actor, userId); !allowed)
        return allowed;
    if (!PasskeyStore(transaction.connection()).remove(passkeyId, userId))
        return failure(ErrorCode::NotFound, QStringLiteral("no such passkey"));
    m_audit.record(actor, QStringLiteral("passkey.remove"), QString::number(userId), AuditOutcome::success(),
                   {{QStringLiteral("passkey"), passkeyId}});
    m_changes.publishAfterCommit(transaction.connection(), Change::Users);
    transaction.commit();
    return success();
}

QJsonObject PasskeyService::toJson(const PasskeyRecord &passkey)
{
    return {{QStringLiteral("id"), passkey.id},
            {QStringLiteral("name"), passkey.name},
            {QStringLiteral("created_at"), toRfc3339(passkey.createdAt)},
            {QStringLiteral("last_used_at"),
             passkey.lastUsedAt ? QJsonValue(toRfc3339(*passkey.lastUsedAt)) : QJsonValue()},
            {QStringLiteral("aaguid"), passkey.aaguid},
            {QStringLiteral("backed_up"), passkey.backedUp}};
}

} // namespace keyward
