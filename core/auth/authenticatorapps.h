// SPDX-License-Identifier: GPL-3.0-or-later
// A user's authenticator app (TOTP): enrolment (a new 160-bit secret, its otpauth:// URI and QR
// code, complete only after one correct code), checking a code (each step once, across every
// server), removal. The secret is sealed (AES-256-GCM) under a key derived from the master key and
// bound to its user, in the enrolment row as in the factor's.
//
// Threads: any thread; the state is in the database.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class Database;
struct Actor;
struct User;

struct TotpEnrolment {
    QString enrolmentId;
    QString secret; // base32, for typing into an app
    QString otpauthUri;
    QString qrSvg;

    QJsonObject toJson() const;
};

class AuthenticatorApps {
public:
    AuthenticatorApps(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                      QByteArray sealKey);
    static QByteArray sealKeyFrom(const QByteArray &masterKey);

    // Long enough to find the phone and scan; an unconfirmed enrolment is then forgotten.
    static constexpr qint64 kEnrolmentSeconds = 600;

    // issuerLabel: what the app shows above the account (the installation's name).
    Result<TotpEnrolment> begin(const User &user, const QString &issuerLabel);
    // An enrolment begun and not confirmed yet, shown again (the page after a mistyped code);
    // nothing when it is gone or another user's.
    std::optional<TotpEnrolment> pending(qint64 userId, const QString &enrolmentId, const QString &issuerLabel,
                                         const QString &account);
    // invalid_credentials for a wrong code (the enrolment stays), invalid_request for an unknown
    // or expired enrolment. Replaces an app enrolled before.
    Status confirm(const Actor &actor, qint64 userId, const QString &enrolmentId, const QString &code);
    // invalid_credentials for a wrong, reused or older code, or when no app is enrolled.
    Status verify(qint64 userId, const QString &code);
    bool isEnrolled(qint64 userId);
    // not_found when none is enrolled.
    Status remove(const Actor &actor, qint64 userId);

private:
    static TotpEnrolment shownFor(const QString &enrolmentId, const QByteArray &secret, const QString &issuerLabel,
                                  const QString &account);
    QString seal(qint64 userId, const QByteArray &secret) const;
    std::optional<QByteArray> unseal(qint64 userId, const QString &sealed) const;

    Database &m_database;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    QByteArray m_sealKey;
};

} // namespace keyward
