// SPDX-License-Identifier: GPL-3.0-or-later
// How a user signed in, as tokens say it: RFC 8176 `amr` values and the `acr` they amount to
// (OpenID EAP ACR values: `phr` for a passkey that verified its user, `mfa` for any two factors).
// A session keeps them, so its access tokens, its ID tokens and "recent" checks agree.
#pragma once

#include <QString>
#include <QStringList>

namespace keyward {

class SignInMethods {
public:
    SignInMethods() = default;

    static SignInMethods password();
    // A passkey alone: synced (backed up) is `swk`, device-bound `hwk`, with `user` (its presence
    // test); with user verification it counts as two factors (`mfa`).
    static SignInMethods passkey(bool backedUp, bool userVerified);
    // This sign-in completed by a second factor: a code (`otp`, app or recovery code) or a passkey.
    SignInMethods withOneTimeCode() const;
    SignInMethods withPasskey(bool backedUp, bool userVerified) const;
    SignInMethods combinedWith(const SignInMethods &other) const { return adding(other.m_amr); }

    // As stored with a session ("pwd otp mfa"; "uv" marks a passkey that verified its user);
    // unknown words are dropped.
    static SignInMethods fromStored(const QString &stored);
    QString toStored() const { return m_amr.join(QLatin1Char(' ')); }

    // The RFC 8176 values, as tokens carry them.
    QStringList amr() const;
    bool isEmpty() const { return m_amr.isEmpty(); }
    bool isPhishingResistant() const;
    bool isMultiFactor() const;
    // "phr", "mfa" or empty.
    QString acr() const;
    // acr_values asked for: is this sign-in at least that strong? ("phr" implies "mfa").
    bool satisfies(const QString &acrValue) const;

private:
    explicit SignInMethods(QStringList amr) : m_amr(std::move(amr)) { }
    SignInMethods adding(const QStringList &methods) const;

    QStringList m_amr;
};

} // namespace keyward
