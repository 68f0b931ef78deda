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
// Kept with a session, never put in a token: a passkey verified its user (RFC 8176 has no word
// for that; it is what makes the sign-in phr).
const QString kVerifiedPasskey = QStringLiteral("uv");

// RFC 8176: hwk for a key bound to its device, swk for one copied between devices (a synced
// passkey); user for the presence test every assertion makes.
QStringList passkeyMethods(bool backedUp)
{
    return {backedUp ? kSoftwareKey : kHardwareKey, kUserPresence};
}

} // namespace

SignInMethods SignInMethods::password()
{
    return SignInMethods({kPassword});
}

SignInMethods SignInMethods::passkey(bool backedUp, bool userVerified)
{
    // A key that verified its user (PIN, biometrics) is something held and something known or
    // been: two factors on its own.
    return SignInMethods().adding(userVerified ? passkeyMethods(backedUp) << kMultiFactor << kVerifiedPasskey
                                               : passkeyMethods(backedUp));
}

SignInMethods SignInMethods::withOneTimeCode() const
{
    return adding({kOneTimeCode});
}

SignInMethods SignInMethods::withPasskey(bool backedUp, bool userVerified) const
{
    return combinedWith(passkey(backedUp, userVerified));
}

SignInMethods SignInMethods::adding(const QStringList &methods) const
{
    QStringList amr = m_amr;
    const bool multiFactor = amr.removeAll(kMultiFactor) > 0 || methods.contains(kMultiFactor);
    const bool verifiedPasskey = amr.removeAll(kVerifiedPasskey) > 0 || methods.contains(kVerifiedPasskey);
    for (const QString &method : methods) {
        if (!amr.contains(method) && method != kMultiFactor && method != kVerifiedPasskey)
            amr << method;
    }
    // Two factors: something known and something held (or a key that verified its user).
    const bool knowledge = amr.contains(kPassword);
    const bool possession = amr.contains(kOneTimeCode) || amr.contains(kHardwareKey) || amr.contains(kSoftwareKey);
    if (multiFactor || (knowledge && possession))
        amr << kMultiFactor;
    if (verifiedPasskey)
        amr << kVerifiedPasskey;
    return SignInMethods(amr);
}

SignInMethods SignInMethods::fromStored(const QString &stored)
{
    static const QStringList known{kPassword,     kOneTimeCode, kHardwareKey,    kSoftwareKey,
                                   kUserPresence, kMultiFactor, kVerifiedPasskey};
    QStringList amr;
    for (const QString &word : stored.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (known.contains(word) && !amr.contains(word))
            amr << word;
    }
    return SignInMethods(amr);
}

QStringList SignInMethods::amr() const
{
    QStringList published = m_amr;
    published.removeAll(kVerifiedPasskey);
    return published;
}

bool SignInMethods::isPhishingResistant() const
{
    // The contract's phr: a passkey (bound to Keyward's origin) that verified its user.
    return m_amr.contains(kVerifiedPasskey);
}

bool SignInMethods::isMultiFactor() const
{
    return m_amr.contains(kMultiFactor);
}

QString SignInMethods::acr() const
{
    if (isPhishingResistant())
        return QStringLiteral("phr");
    if (isMultiFactor())
        return QStringLiteral("mfa");
    return {};
}

bool SignInMethods::satisfies(const QString &acrValue) const
{
    if (acrValue == QLatin1String("phr"))
        return isPhishingResistant();
    if (acrValue == QLatin1String("mfa"))
        return isMultiFactor();
    return false;
}

} // namespace keyward
