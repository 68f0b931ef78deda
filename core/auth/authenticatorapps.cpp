// SPDX-License-Identifier: GPL-3.0-or-later
#include "authenticatorapps.h"

#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "crypto/base32.h"
#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/qrcodesvg.h"
#include "crypto/sealer.h"
#include "crypto/securerandom.h"
#include "storage/database.h"
#include "storage/mfachallengestore.h"
#include "storage/secondfactorstore.h"
#include "storage/transaction.h"
#include "totp.h"
#include "user.h"

namespace keyward {

namespace {

const QString kEnrolment = QStringLiteral("totp_enrolment");

QByteArray associatedData(qint64 userId)
{
    return QByteArrayLiteral("totp:") + QByteArray::number(userId);
}

Error wrongCode()
{
    return failure(ErrorCode::InvalidCredentials, QStringLiteral("wrong or already used code"));
}

} // namespace

QJsonObject TotpEnrolment::toJson() const
{
    return {{QStringLiteral("enrolment_id"), enrolmentId},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("otpauth_uri"), otpauthUri},
            {QStringLiteral("qr_svg"), qrSvg}};
}

AuthenticatorApps::AuthenticatorApps(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                                     QByteArray sealKey)
    : m_database(database), m_audit(audit), m_changes(changes), m_clock(clock), m_sealKey(std::move(sealKey))
{ }

QByteArray AuthenticatorApps::sealKeyFrom(const QByteArray &masterKey)
{
    return purposeKey(masterKey, "keyward totp secrets v1");
}

QString AuthenticatorApps::seal(qint64 userId, const QByteArray &secret) const
{
    return QString::fromLatin1(Base64Url::encode(Sealer::seal(m_sealKey, secret, associatedData(userId))));
}

std::optional<QByteArray> AuthenticatorApps::unseal(qint64 userId, const QString &sealed) const
{
    const std::optional<QByteArray> bytes = Base64Url::decode(sealed.toLatin1());
    if (!bytes)
        return std::nullopt;
    return Sealer::unseal(m_sealKey, *bytes, associatedData(userId));
}

Result<TotpEnrolment> AuthenticatorApps::begin(const User &user, const QString &issuerLabel)
{
    QByteArray secret = randomBytes(Totp::kSecretBytes);
    MfaChallengeRecord enrolment;
    enrolment.id = QString::fromLatin1(Base64Url::encode(randomBytes(16)));
    enrolment.purpose = kEnrolment;
    enrolment.userId = user.record.id;
    enrolment.payload = seal(user.record.id, secret);
    enrolment.createdAt = m_clock.now();
    enrolment.expiresAt = enrolment.createdAt.addSecs(kEnrolmentSeconds);
    {
        TransactionGuard transaction(m_database);
        MfaChallengeStore(transaction.connection()).insert(enrolment);
        transaction.commit();
    }
    TotpEnrolment shown = shownFor(enrolment.id, secret, issuerLabel, user.record.email);
    secret.fill('\0');
    return shown;
}

TotpEnrolment AuthenticatorApps::shownFor(const QString &enrolmentId, const QByteArray &secret,
                                          const QString &issuerLabel, const QString &account)
{
    TotpEnrolment shown;
    shown.enrolmentId = enrolmentId;
    shown.secret = Base32::encode(secret);
    shown.otpauthUri = Totp::otpauthUri(issuerLabel, account, secret);
    shown.qrSvg = qrCodeSvg(shown.otpauthUri);
    return shown;
}

std::optional<TotpEnrolment> AuthenticatorApps::pending(qint64 userId, const QString &enrolmentId,
                                                        const QString &issuerLabel, const QString &account)
{
    const std::optional<MfaChallengeRecord> enrolment
        = MfaChallengeStore(m_database.connection()).find(enrolmentId, kEnrolment);
    if (!enrolment || enrolment->userId != userId || enrolment->expiresAt <= m_clock.now())
        return std::nullopt;
    const std::optional<QByteArray> secret = unseal(userId, enrolment->payload);
    if (!secret)
        return std::nullopt;
    return shownFor(enrolmentId, *secret, issuerLabel, account);
}

Status AuthenticatorApps::confirm(const Actor &actor, qint64 userId, const QString &enrolmentId, const QString &code)
{
    const Error unknown = failure(ErrorCode::InvalidRequest, QStringLiteral("unknown or expired enrolment_id"));
    const QDateTime now = m_clock.now();
    TransactionGuard transaction(m_database);
    MfaChallengeStore enrolments(transaction.connection());
    const std::optional<MfaChallengeRecord> enrolment = enrolments.find(enrolmentId, kEnrolment);
    if (!enrolment || enrolment->userId != userId || enrolment->expiresAt <= now)
        return unknown;
    const std::optional<QByteArray> secret = unseal(userId, enrolment->payload);
    if (!secret)
        return unknown;
    const std::optional<qint64> step = Totp::acceptedStep(*secret, code, now.toSecsSinceEpoch(), 0);
    if (!step) {
        m_audit.record(actor, QStringLiteral("totp.enrol"), QString::number(userId), AuditOutcome::failure(),
                       {{QStringLiteral("reason"), QStringLiteral("wrong code")}});
        transaction.commit();
        return wrongCode();
    }
    if (!enrolments.take(enrolmentId, kEnrolment))
        return unknown; // confirmed by a concurrent request
    SecondFactorStore(transaction.connection()).replaceTotp({userId, enrolment->payload, *step, now});
    m_audit.record(actor, QStringLiteral("totp.enrol"), QString::number(userId), AuditOutcome::success());
    m_changes.publishAfterCommit(transaction.connection(), Change::Users);
    transaction.commit();
    return success();
}

Status AuthenticatorApps::verify(qint64 userId, const QString &code)
{
    SecondFactorStore factors(m_database.connection());
    const std::optional<TotpRecord> totp = factors.totpOf(userId);
    if (!totp)
        return wrongCode();
    const std::optional<QByteArray> secret = unseal(userId, totp->sealedSecret);
    if (!secret)
        return failure(ErrorCode::Internal, QStringLiteral("the authenticator app's secret cannot be opened"));
    const std::optional<qint64> step = Totp::acceptedStep(*secret, code.trimmed(), m_clock.nowSecs(), totp->lastStep);
    if (!step)
        return wrongCode();
    TransactionGuard transaction(m_database);
    // Conditional: of two requests with the same code, on any servers, one wins.
    if (!SecondFactorStore(transaction.connection()).advanceTotpStep(userId, *step))
        return wrongCode();
    transaction.commit();
    return success();
}

bool AuthenticatorApps::isEnrolled(qint64 userId)
{
    return SecondFactorStore(m_database.connection()).totpOf(userId).has_value();
}

Status AuthenticatorApps::remove(const Actor &actor, qint64 userId)
{
    TransactionGuard transaction(m_database);
    if (!SecondFactorStore(transaction.connection()).removeTotp(userId))
        return failure(ErrorCode::NotFound, QStringLiteral("no authenticator app is enrolled"));
    m_audit.record(actor, QStringLiteral("totp.remove"), QString::number(userId), AuditOutcome::success());
    m_changes.publishAfterCommit(transaction.connection(), Change::Users);
    transaction.commit();
    return success();
}

} // namespace keyward
