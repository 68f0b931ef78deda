// SPDX-License-Identifier: GPL-3.0-or-later
// Passkeys (contract: Multi-factor sign-in and passkeys): the options of a registration or a
// sign-in ceremony, with their challenge single use, 5 minutes, bound to its purpose and, when
// one is named, to its user — so any server of a fleet can finish what another began. A
// registration's challenge is stored; a sign-in's is sealed into its id (SignInChallenges: asking
// for options writes nothing) and recorded as spent with the sign-in it admits;
// finishing them (WebAuthnVerifier); listing, renaming and removing a user's passkeys. Every
// change and every refused assertion is audited; a signature counter that went backwards
// (a possibly cloned authenticator) refuses the sign-in.
//
// The relying party is the settings' webauthn.rp_id (default: the issuer's host) with the
// issuer's origin and webauthn.origins. An IP address is no RP ID: then passkeys are unavailable
// and every ceremony says why.
//
// Threads: any thread; the state is in the database.
#pragma once

#include "common/result.h"
#include "signinchallenges.h"
#include "signinmethods.h"
#include "storage/mfachallengestore.h"
#include "storage/passkeystore.h"
#include "user.h"

#include <QJsonObject>

#include <functional>

namespace keyward {

class AccountService;
class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class SettingsService;
class TokenService;
class WebAuthnVerifier;
struct AssertionResponse;
struct Actor;

// What the browser needs for navigator.credentials.create/get, and the id to finish it with.
struct CeremonyOptions {
    QString challengeId;
    QJsonObject publicKey; // WebAuthn Level 3 JSON form (base64url binary fields)

    QJsonObject toJson() const;
};

struct PasskeySignIn {
    User user;
    SignInMethods methods; // hwk/swk, with user when it verified the user
    QString passkeyId;
};

class PasskeyService {
public:
    PasskeyService(Database &database, AccountService &accounts, TokenService &tokens, AuditLog &audit,
                   ChangeSignals &changes, const Clock &clock, SettingsService &settings,
                   SignInChallenges signInChallenges);

    // What a caller does with a verified sign-in inside the transaction that records it (e.g.
    // start the session): one write for the whole sign-in. When it throws, the sign-in is undone
    // (its challenge stays spent) and the exception goes on to the caller.
    using WithinSignIn = std::function<void(const PasskeySignIn &)>;

    static constexpr qint64 kChallengeSeconds = 300;
    static constexpr qsizetype kLongestName = 64;

    // Whether passkeys can be used here (the RP ID is a host name, not an IP address).
    bool available() const;
    Result<CeremonyOptions> registrationOptions(const User &user);
    Result<PasskeyRecord> finishRegistration(const Actor &actor, const User &user, const QString &challengeId,
                                             const QJsonObject &credential, const QString &name);
    // forUser: a second factor for that user (allowCredentials lists their passkeys); none: a
    // sign-in with a discoverable credential (no allowCredentials).
    // requireUserVerification: the sign-in must verify its user even as a second factor (an
    // application asked for acr phr).
    Result<CeremonyOptions> signInOptions(std::optional<qint64> forUser, bool requireUserVerification = false);
    // The user the assertion proves: forUser's, or — without one — whoever owns the credential
    // (its user handle must agree). invalid_credentials for anything that does not verify; the
    // reason goes to the audit log, not to the caller.
    Result<PasskeySignIn> verifySignIn(const QString &challengeId, const QJsonObject &credential,
                                       std::optional<qint64> forUser, const QString &clientAddress,
                                       const WithinSignIn &within = {});

    std::vector<PasskeyRecord> ofUser(qint64 userId);
    Result<PasskeyRecord> rename(const Actor &actor, qint64 userId, const QString &passkeyId, const QString &name);
    Status remove(const Actor &actor, qint64 userId, const QString &passkeyId);

    // The contract's Passkey object.
    static QJsonObject toJson(const PasskeyRecord &passkey);

private:
    Result<WebAuthnVerifier> relyingParty() const;
    QString storeChallenge(const QString &purpose, std::optional<qint64> userId, const QByteArray &challenge);
    // A registration's challenge if it is live and for this user (spent either way).
    Result<QByteArray> takeChallenge(const QString &challengeId, const QString &purpose, std::optional<qint64> userId);
    Error refuseSignIn(const Actor &actor, const QString &target, const QString &why);
    // A sign-in's challenge if this server sealed it, it is live, for this user, and unanswered.
    Result<SignInChallenge> openChallenge(const QString &challengeId, std::optional<qint64> forUser);
    void spend(const SignInChallenge &challenge);
    Result<PasskeySignIn> checkAssertion(const WebAuthnVerifier &rp, const AssertionResponse &response,
                                         const SignInChallenge &challenge, std::optional<qint64> forUser,
                                         const QString &clientAddress, const WithinSignIn &within);

    Database &m_database;
    AccountService &m_accounts;
    TokenService &m_tokens;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    SettingsService &m_settings;
    const SignInChallenges m_signInChallenges;
};

} // namespace keyward
