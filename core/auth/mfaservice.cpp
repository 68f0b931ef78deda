// SPDX-License-Identifier: GPL-3.0-or-later
#include "mfaservice.h"

#include "common/batchpurge.h"

#include "accountservice.h"
#include "actor.h"
#include "auditlog.h"
#include "authenticatorapps.h"
#include "builtinroles.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/securerandom.h"
#include "currentaccess.h"
#include "emailaddress.h"
#include "loginthrottle.h"
#include "passkeyservice.h"
#include "rolegraph.h"
#include "sessionservice.h"
#include "settingsservice.h"
#include "storage/database.h"
#include "storage/mfachallengestore.h"
#include "storage/secondfactorstore.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

const QString kSignIn = QStringLiteral("sign_in");

Error unknownToken()
{
    return failure(ErrorCode::InvalidGrant, QStringLiteral("the mfa_token is unknown, expired or used"));
}

Error rateLimited(qint64 waitSeconds)
{
    Error refused = failure(ErrorCode::RateLimited, QStringLiteral("too many requests; try again later"));
    refused.retryAfterSeconds = waitSeconds;
    return refused;
}

} // namespace

QJsonObject MfaStatus::toJson() const
{
    QJsonArray listed;
    for (const PasskeyRecord &passkey : passkeys)
        listed.append(PasskeyService::toJson(passkey));
    return {{QStringLiteral("totp"), totp},
            {QStringLiteral("passkeys"), listed},
            {QStringLiteral("recovery_codes_left"), recoveryCodesLeft},
            {QStringLiteral("required"), required}};
}

QJsonObject MfaStatus::summaryJson() const
{
    return {{QStringLiteral("totp"), totp},
            {QStringLiteral("passkeys"), qint64(passkeys.size())},
            {QStringLiteral("required"), required}};
}

QJsonObject PendingSignIn::toJson() const
{
    return {{QStringLiteral("mfa_required"), true},
            {QStringLiteral("mfa_token"), mfaToken},
            {QStringLiteral("methods"), QJsonArray::fromStringList(methods)},
            {QStringLiteral("expires_in"), expiresIn}};
}

MfaService::MfaService(Database &database, AccountService &accounts, CurrentAccess &access, PasskeyService &passkeys,
                       AuthenticatorApps &apps, RecoveryCodes recoveryCodes, LoginThrottle &throttle, AuditLog &audit,
                       ChangeSignals &changes, const Clock &clock, SettingsService &settings)
    : m_database(database), m_accounts(accounts), m_access(access), m_passkeys(passkeys), m_apps(apps),
      m_recoveryCodes(std::move(recoveryCodes)), m_throttle(throttle), m_audit(audit), m_changes(changes),
      m_clock(clock), m_settings(settings)
{ }

QString MfaService::throttleAccount(const User &user)
{
    return EmailAddress::key(user.record.email).left(320);
}

MfaStatus MfaService::statusOf(const User &user)
{
    MfaStatus status;
    status.totp = m_apps.isEnrolled(user.record.id);
    status.passkeys = m_passkeys.ofUser(user.record.id);
    status.recoveryCodesLeft = SecondFactorStore(m_database.connection()).recoveryCodesLeft(user.record.id);
    status.required = isRequiredFor(user);
    return status;
}

bool MfaService::isRequiredFor(const User &user, bool applicationRequires)
{
    if (applicationRequires)
        return true;
    switch (m_settings.current()->mfaRequired) {
    case Settings::MfaRequirement::Off:
        return false;
    case Settings::MfaRequirement::All:
        return true;
    case Settings::MfaRequirement::Admins: {
        const std::shared_ptr<const RoleGraph> graph = m_access.roleGraph();
        const QSet<QString> everyone = graph->effectivePermissions({BuiltinRoles::user()});
        for (const QString &permission : graph->effectivePermissions(user.roles)) {
            if (!everyone.contains(permission))
                return true;
        }
        return false;
    }
    }
    return false;
}

bool MfaService::hasSecondFactor(qint64 userId)
{
    return !methodsOf(userId).isEmpty();
}

bool MfaService::needsSecondStep(const User &user, bool applicationRequires)
{
    return hasSecondFactor(user.record.id) || isRequiredFor(user, applicationRequires);
}

QStringList MfaService::methodsOf(qint64 userId)
{
    QStringList methods;
    if (m_apps.isEnrolled(userId))
        methods << QStringLiteral("totp");
    if (PasskeyStore(m_database.connection()).countOfUser(userId) > 0)
        methods << QStringLiteral("passkey");
    if (!methods.isEmpty() && SecondFactorStore(m_database.connection()).recoveryCodesLeft(userId) > 0)
        methods << QStringLiteral("recovery_code");
    return methods;
}

FirstFactorOutcome MfaService::afterPassword(const User &user, bool applicationRequires, const QJsonObject &carried)
{
    FirstFactorOutcome outcome;
    outcome.methods = SignInMethods::password();
    const bool hasFactor = hasSecondFactor(user.record.id);
    if (hasFactor || isRequiredFor(user, applicationRequires)) {
        outcome.pending = storePending(user, outcome.methods, carried, !hasFactor);
        return outcome;
    }
    m_throttle.recordSuccess(throttleAccount(user));
    outcome.signedIn = user;
    return outcome;
}

PendingSignIn MfaService::storePending(const User &user, const SignInMethods &methods, const QJsonObject &carried,
                                       bool enrolment)
{
    PendingSignIn pending;
    pending.mfaToken = QString::fromLatin1(Base64Url::encode(randomBytes(32)));
    pending.enrolment = enrolment;
    pending.methods
        = enrolment ? QStringList{QStringLiteral("totp"), QStringLiteral("passkey")} : methodsOf(user.record.id);
    pending.expiresIn = kPendingSeconds;
    MfaChallengeRecord record;
    record.id = sha256Hex(pending.mfaToken.toLatin1());
    record.purpose = kSignIn;
    record.userId = user.record.id;
    record.payload = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("amr"), methods.toStored()},
                                                                 {QStringLiteral("enrolment"), enrolment},
                                                                 {QStringLiteral("carried"), carried}})
                                           .toJson(QJsonDocument::Compact));
    record.createdAt = m_clock.now();
    record.expiresAt = record.createdAt.addSecs(kPendingSeconds);
    TransactionGuard transaction(m_database);
    MfaChallengeStore(transaction.connection()).insert(record);
    transaction.commit();
    return pending;
}

Result<MfaService::Pending> MfaService::findPending(const QString &mfaToken)
{
    if (mfaToken.isEmpty() || mfaToken.size() > 128)
        return unknownToken();
    const QString id = sha256Hex(mfaToken.toLatin1());
    const std::optional<MfaChallengeRecord> record = MfaChallengeStore(m_database.connection()).find(id, kSignIn);
    if (!record || !record->userId || record->expiresAt <= m_clock.now())
        return unknownToken();
    const Result<User> user = m_accounts.findById(*record->userId);
    if (!user || user->record.disabled)
        return unknownToken();
    const QJsonObject payload = QJsonDocument::fromJson(record->payload.toUtf8()).object();
    return Pending{user.value(), SignInMethods::fromStored(payload.value(QLatin1String("amr")).toString()),
                   payload.value(QLatin1String("carried")).toObject(), id,
                   payload.value(QLatin1String("enrolment")).toBool()};
}

std::optional<User> MfaService::pendingUser(const QString &mfaToken, bool *enrolment)
{
    const Result<Pending> pending = findPending(mfaToken);
    if (!pending)
        return std::nullopt;
    if (enrolment)
        *enrolment = pending->enrolment;
    return pending->user;
}

Result<CompletedSignIn> MfaService::complete(const QString &mfaToken, const QString &clientAddress,
                                             const QString &factor,
                                             const std::function<Result<SignInMethods>(const Pending &)> &check,
                                             const WithinCompletion &within)
{
    const Result<Pending> pending = findPending(mfaToken);
    if (!pending)
        return pending.error();
    const User &user = pending->user;
    const Actor actor = Actor::user(user.record.email, user.roles, clientAddress);
    const QString account = throttleAccount(user);
    if (const auto wait = m_throttle.beginAttempt(account, m_settings.current()->limits.loginFailuresPerAccount))
        return rateLimited(*wait);
    const Result<SignInMethods> methods = check(pending.value());
    if (!methods) {
        if (methods.error().code != ErrorCode::InvalidCredentials)
            m_throttle.cancelAttempt(account); // a malformed request is no guess
        else
            spendAfterWrongCodes(pending->id);
        m_audit.record(actor, QStringLiteral("mfa.verify"), user.record.email, AuditOutcome::failure(),
                       {{QStringLiteral("factor"), factor}});
        return methods.error();
    }
    const CompletedSignIn completed{user, methods.value(), pending->carried};
    try {
        TransactionGuard transaction(m_database);
        if (!MfaChallengeStore(transaction.connection()).take(pending->id, kSignIn))
            return unknownToken(); // completed by a concurrent request
        m_audit.record(actor, QStringLiteral("mfa.verify"), user.record.email, AuditOutcome::success(),
                       {{QStringLiteral("factor"), factor}});
        m_throttle.recordSuccess(account);
        if (within)
            within(completed);
        transaction.commit();
    } catch (...) {
        spendPending(pending->id);
        throw;
    }
    return completed;
}

void MfaService::spendPending(const QString &pendingId)
{
    TransactionGuard transaction(m_database);
    MfaChallengeStore(transaction.connection()).take(pendingId, kSignIn);
    transaction.commit();
}

void MfaService::spendAfterWrongCodes(const QString &pendingId)
{
    // Beside the per-account delay: a few wrong codes spend the pending sign-in, so guessing
    // needs the password again each time (and each try is audited).
    TransactionGuard transaction(m_database);
    MfaChallengeStore pending(transaction.connection());
    if (pending.countFailure(pendingId) >= kWrongCodesPerSignIn)
        pending.take(pendingId, kSignIn);
    transaction.commit();
}

Result<CompletedSignIn> MfaService::completeWithCode(const QString &mfaToken, const QString &code,
                                                     const QString &clientAddress, const WithinCompletion &within)
{
    return complete(
        mfaToken, clientAddress, QStringLiteral("totp"),
        [&](const Pending &pending) -> Result<SignInMethods> {
            if (const Status verified = m_apps.verify(pending.user.record.id, code); !verified)
                return verified.error();
            return pending.methods.withOneTimeCode();
        },
        within);
}

Result<CompletedSignIn> MfaService::completeWithRecoveryCode(const QString &mfaToken, const QString &code,
                                                             const QString &clientAddress,
                                                             const WithinCompletion &within)
{
    return complete(
        mfaToken, clientAddress, QStringLiteral("recovery_code"),
        [&](const Pending &pending) -> Result<SignInMethods> {
            const Error wrong = failure(ErrorCode::InvalidCredentials, QStringLiteral("wrong or already used code"));
            const QString normalized = RecoveryCodes::normalized(code);
            if (normalized.isEmpty())
                return wrong;
            const qint64 userId = pending.user.record.id;
            TransactionGuard transaction(m_database);
            if (!SecondFactorStore(transaction.connection())
                     .useRecoveryCode(userId, m_recoveryCodes.hashOf(userId, normalized), m_clock.now()))
                return wrong;
            m_changes.publishAfterCommit(transaction.connection(), Change::Users);
            transaction.commit();
            return pending.methods.withOneTimeCode();
        },
        within);
}

Result<CompletedSignIn> MfaService::completeEnrolment(const QString &mfaToken, const QString &enrolmentId,
                                                      const QString &code, const QString &clientAddress,
                                                      const WithinCompletion &within)
{
    return complete(
        mfaToken, clientAddress, QStringLiteral("totp"),
        [&](const Pending &pending) -> Result<SignInMethods> {
            if (!pending.enrolment)
                return unknownToken();
            Actor actor = Actor::user(pending.user.record.email, pending.user.roles, clientAddress);
            actor.userId = pending.user.record.id;
            if (const Status confirmed = m_apps.confirm(actor, pending.user.record.id, enrolmentId, code); !confirmed)
                return confirmed.error();
            return pending.methods.withOneTimeCode();
        },
        within);
}

Result<CompletedSignIn> MfaService::completeWithPasskey(const QString &mfaToken, const QString &challengeId,
                                                        const QJsonObject &credential, const QString &clientAddress,
                                                        const WithinCompletion &within)
{
    return complete(
        mfaToken, clientAddress, QStringLiteral("passkey"),
        [&](const Pending &pending) -> Result<SignInMethods> {
            const Result<PasskeySignIn> used
                = m_passkeys.verifySignIn(challengeId, credential, pending.user.record.id, clientAddress);
            if (!used)
                return used.error();
            return pending.methods.combinedWith(used->methods);
        },
        within);
}

int MfaService::purgeExpired()
{
    // Nothing is recognised after its end (taking one that late fails anyway): no need to wait.
    // Up to 100,000 a run: more than options can be asked for.
    return purgeInBatches(500, 200, [this](int size) {
        return MfaChallengeStore(m_database.connection()).purgeExpired(m_clock.now(), size);
    });
}

Result<QStringList> MfaService::newRecoveryCodes(const Actor &actor, qint64 userId)
{
    const QStringList codes = RecoveryCodes::generate();
    QStringList hashes;
    for (const QString &code : codes)
        hashes << m_recoveryCodes.hashOf(userId, RecoveryCodes::normalized(code));
    TransactionGuard transaction(m_database);
    SecondFactorStore(transaction.connection()).replaceRecoveryCodes(userId, hashes, m_clock.now());
    m_audit.record(actor, QStringLiteral("recovery_codes.generate"), QString::number(userId), AuditOutcome::success());
    m_changes.publishAfterCommit(transaction.connection(), Change::Users);
    transaction.commit();
    return codes;
}

Status MfaService::reset(const Actor &actor, qint64 userId, SessionService &sessions)
{
    TransactionGuard transaction(m_database);
    if (const Status allowed = m_accounts.mayActOn(actor, userId); !allowed)
        return allowed;
    const QSqlDatabase db = transaction.connection();
    const int passkeys = PasskeyStore(db).removeAllOfUser(userId);
    SecondFactorStore factors(db);
    const bool totp = factors.removeTotp(userId);
    factors.removeRecoveryCodes(userId);
    MfaChallengeStore(db).removeOfUser(userId);
    const Result<int> ended = sessions.revokeAllOfUser(actor, userId, QStringLiteral("mfa_reset"));
    if (!ended)
        return ended.error();
    m_audit.record(actor, QStringLiteral("mfa.reset"), QString::number(userId), AuditOutcome::success(),
                   {{QStringLiteral("passkeys"), passkeys},
                    {QStringLiteral("totp"), totp},
                    {QStringLiteral("sessions"), ended.value()}});
    m_changes.publishAfterCommit(db, Change::Users);
    transaction.commit();
    return success();
}

} // namespace keyward
