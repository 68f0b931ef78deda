// SPDX-License-Identifier: GPL-3.0-or-later
#include "formtokens.h"

#include "crypto/base64url.h"
#include "crypto/constanttime.h"
#include "crypto/digest.h"
#include "crypto/securerandom.h"

namespace keyward {

FormTokens::FormTokens(QByteArray key) : m_key(std::move(key))
{ }

QByteArray FormTokens::keyFrom(const QByteArray &masterKey)
{
    return purposeKey(masterKey, "keyward form tokens v1");
}

QString FormTokens::newPreSession()
{
    return QString::fromLatin1(Base64Url::encode(randomBytes(32)));
}

bool FormTokens::isPreSession(const QString &value)
{
    return value.size() == 43 && Base64Url::decode(value.toLatin1()).has_value();
}

QString FormTokens::tokenFor(const QString &preSession, const QString &binding) const
{
    // The pre-session id is base64url (no '|'), so the two parts cannot be shifted into each other.
    return QString::fromLatin1(
        Base64Url::encode(hmacSha256(QByteArray(preSession.toLatin1() + '|' + binding.toUtf8()), m_key)));
}

bool FormTokens::holds(const QString &preSession, const QString &token, const QString &binding) const
{
    return isPreSession(preSession) && constantTimeEquals(tokenFor(preSession, binding).toLatin1(), token.toLatin1());
}

} // namespace keyward
