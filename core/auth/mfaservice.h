// SPDX-License-Identifier: GPL-3.0-or-later
// Multi-factor sign-in (contract: Multi-factor sign-in and passkeys): what follows a verified
// password — done, a second factor (an mfa_token), or enrolment first when the policy demands a
// factor the user does not have — and finishing it with an app code, a recovery code or a
// passkey. Failed second factors count in the per-account limit like wrong passwords, and a
// password alone never clears that count while a second factor is still to come (else each
// correct password would buy more guesses at the code). Also: each user's factors at a glance,
// recovery codes, and an administrator's reset of them all.
//
// A pending sign-in (mfa_token) is stored hashed in mfa_challenges for 5 minutes and taken once,
// by the request that completes it, on whichever server.
//
// Threads: any thread; the state is in the database.
#pragma once

#include "common/result.h"
#include "recoverycodes.h"
#include "signinmethods.h"
#include "storage/passkeystore.h"
#include "user.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace keyward {

class AccountService;
class AuditLog;
class AuthenticatorApps;
class ChangeSignals;
class Clock;
class CurrentAccess;
class Database;
class LoginThrottle;
class PasskeyService;
class SessionService;
class SettingsService;
struct Actor;

struct MfaStatus {
    bool totp = false;
    std::vector<PasskeyRecord> passkeys;
    int recoveryCodesLeft = 0;
    bool required = false;

    QJsonObject toJson() const; // the contract's GET /auth/mfa
    // The User object's `mfa` member.
    QJsonObject summaryJson() const;
};

// A sign-in waiting for its second factor, or for the user to enrol one first.
struct PendingSignIn {
    QString mfaToken;
    bool enrolment = false; // the token opens only the enrolment routes until a factor exists
    QStringList methods; // what may complete it: "totp", "passkey", "recovery_code"
    qint64 expiresIn = 0;

    QJsonObject toJson() const;
};

// After the password: either the user (done) or what is still to come.
struct FirstFactorOutcome {
    std::optional<User> signedIn;
    SignInMethods methods;
    std::optional<PendingSignIn> pending;
};

// A completed sign-in: who, how, and what the first request carried (use_cookie, workspace …).
struct CompletedSignIn {
    User user;
    SignInMethods methods;
    QJsonObject carried;
};

class MfaService {
public:
    MfaService(Database &database, AccountService &accounts, CurrentAccess &access, PasskeyService &passkeys,
               AuthenticatorApps &apps, RecoveryCodes recoveryCodes, LoginThrottle &throttle, AuditLog &audit,
               ChangeSignals &changes, const Clock &clock, SettingsService &settings);

    static constexpr qint64 kPendingSeconds = 300;
    // Wrong second factors one pending sign-in survives; the next password starts another.
    static constexpr int kWrongCodesPerSignIn = 5;
    // "Recent" (contract): the session's last sign-in with a password or passkey.
    static constexpr qint64 kRecentSeconds = 300;

    MfaStatus statusOf(const User &user);
    // mfa.required for this user (admins: a permission beyond the built-in user role's), or the
    // application asks for it.
    bool isRequiredFor(const User &user, bool applicationRequires = false);
    bool hasSecondFactor(qint64 userId);
    // What may complete a sign-in of this user: "totp", "passkey", "recovery_code" (only beside
    // one of the others).
    QStringList methodsOf(qint64 userId);
    // A password alone does not sign this user in: they have a second factor or must enrol one.
    bool needsSecondStep(const User &user, bool applicationRequires);

    // The account key the per-account limit counts this user under (the password's).
    static QString throttleAccount(const User &user);

    // The password was right. carried: what the finishing request needs back (the login's
    // use_cookie and workspace); applicationRequires: the client's require_mfa or acr_values.
    FirstFactorOutcome afterPassword(const User &user, bool applicationRequires, const QJsonObject &carried);
    // The user of a live pending sign-in (for the enrolment routes and passkey options); nothing
    // for an unknown or expired token.
    std::optional<User> pendingUser(const QString &mfaToken, bool *enrolment = nullptr);

    // What a caller does with a completed sign-in inside the transaction that records it (e.g.
    // store the session): one write for the whole step. When it throws, the pending sign-in is
    // spent all the same and the exception goes on to the caller.
    using WithinCompletion = std::function<void(const CompletedSignIn &)>;

    Result<CompletedSignIn> completeWithCode(const QString &mfaToken, const QString &code, const QString &clientAddress,
                                             const WithinCompletion &within = {});
    Result<CompletedSignIn> completeWithRecoveryCode(const QString &mfaToken, const QString &code,
                                                     const QString &clientAddress, const WithinCompletion &within = {});
    // A sign-in that had to enrol first: the app's first code confirms the enrolment and is the
    // second factor of this sign-in (it cannot be typed twice). invalid_grant when the token is
    // not an enrolment's.
    Result<CompletedSignIn> completeEnrolment(const QString &mfaToken, const QString &enrolmentId, const QString &code,
                                              const QString &clientAddress, const WithinCompletion &within = {});
    Result<CompletedSignIn> completeWithPasskey(const QString &mfaToken, const QString &challengeId,
                                                const QJsonObject &credential, const QString &clientAddress,
                                                const WithinCompletion &within = {});

    // Deletes challenges, enrolments and pending sign-ins that ended (housekeeping); gives how many.
    int purgeExpired();
    // A new set of RecoveryCodes::kCount codes, replacing the old set; shown once.
    Result<QStringList> newRecoveryCodes(const Actor &actor, qint64 userId);
    // Every factor of the user removed and every session ended (above-me rule); audited.
    Status reset(const Actor &actor, qint64 userId, SessionService &sessions);

private:
    struct Pending {
        User user;
        SignInMethods methods;
        QJsonObject carried;
        QString id; // the stored row (SHA-256 of the token)
        bool enrolment = false;
    };
    Result<Pending> findPending(const QString &mfaToken);
    // Runs check (the factor's verification) under the per-account limit; on success the
    // pending sign-in is taken (once), the count cleared and `within` run, in one transaction.
    Result<CompletedSignIn> complete(const QString &mfaToken, const QString &clientAddress, const QString &factor,
                                     const std::function<Result<SignInMethods>(const Pending &)> &check,
                                     const WithinCompletion &within);
    void spendPending(const QString &pendingId);
    void spendAfterWrongCodes(const QString &pendingId);
    PendingSignIn storePending(const User &user, const SignInMethods &methods, const QJsonObject &carried,
                               bool enrolment);

    Database &m_database;
    AccountService &m_accounts;
    CurrentAccess &m_access;
    PasskeyService &m_passkeys;
    AuthenticatorApps &m_apps;
    RecoveryCodes m_recoveryCodes;
    LoginThrottle &m_throttle;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    SettingsService &m_settings;
};

} // namespace keyward
