// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinmethods.h"

namespace keyward {

namespace {

const QString kPassword = QStringLiteral("pwd");
const QString kOneTimeCode = QStringLiteral("otp");
const QString kHardwareKey = QStringLiteral("hwk");
const QString kSoftwareKey = QStringLiteral("swk");
const QString kUserPresence = QStringLiteral("user");
const QString kMultiFactor = QStringLiteral("mfa");

QStringList passkeyMethods(bool backedUp, bool userVerified)
{
    QStringList methods{backedUp ? kSoftwareKey : kHardwareKey};
    if (userVerified)
        methods << kUserPresence;
    return methods;
}

} // namespace

SignInMethods SignInMethods::password()
{
    return SignInMethods({kPassword});
}

SignInMethods SignInMethods::passkey(bool backedUp, bool userVerified)
{
    return SignInMethods().adding(passkeyMethods(backedUp, userVerified));
}

SignInMethods SignInMethods::withOneTimeCode() const
{
    return adding({kOneTimeCode});
}

SignInMethods SignInMethods::withPasskey(bool backedUp, bool userVerified) const
{
    return adding(passkeyMethods(backedUp, userVerified));
}

SignInMethods SignInMethods::adding(const QStringList &methods) const
{
    QStringList amr = m_amr;
    amr.removeAll(kMultiFactor);
    for (const QString &method : methods) {
        if (!amr.contains(method))
            amr << method;
    }
    SignInMethods combined(amr);
    // Two factors: something known and something held, or a key that verified its user.
    const bool knowledge = amr.contains(kPassword);
    const bool possession = amr.contains(kOneTimeCode) || amr.contains(kHardwareKey) || amr.contains(kSoftwareKey);
    if ((knowledge && possession) || combined.usedPasskeyWithVerification())
        combined.m_amr << kMultiFactor;
    return combined;
}

SignInMethods SignInMethods::fromStored(const QString &stored)
{
    static const QStringList known{kPassword, kOneTimeCode, kHardwareKey, kSoftwareKey, kUserPresence, kMultiFactor};
    QStringList amr;
    for (const QString &word : stored.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (known.contains(word) && !amr.contains(word))
            amr << word;
    }
    return SignInMethods(amr);
}

bool SignInMethods::usedPasskeyWithVerification() const
{
    return (m_amr.contains(kHardwareKey) || m_amr.contains(kSoftwareKey)) && m_amr.contains(kUserPresence);
}

bool SignInMethods::isMultiFactor() const
{
    return m_amr.contains(kMultiFactor);
}

QString SignInMethods::acr() const
{
    if (usedPasskeyWithVerification())
        return QStringLiteral("phr");
    if (isMultiFactor())
        return QStringLiteral("mfa");
    return {};
}

bool SignInMethods::satisfies(const QString &acrValue) const
{
    if (acrValue == QLatin1String("phr"))
        return usedPasskeyWithVerification();
    if (acrValue == QLatin1String("mfa"))
        return isMultiFactor();
    return false;
}

} // namespace keyward
