// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsecrets.h"

#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/sealer.h"

namespace keyward {

namespace {

const QString kPrefix = QStringLiteral("sealed:v1:");

QByteArray associatedData(const QString &settingKey, const QString &context)
{
    return QByteArrayLiteral("setting:") + settingKey.toUtf8() + '\n' + context.toUtf8();
}

} // namespace

QByteArray SettingSecrets::keyFrom(const QByteArray &masterKey)
{
    return purposeKey(masterKey, "keyward setting secrets v1");
}

QString SettingSecrets::seal(const QString &settingKey, const QString &context, const QString &plain) const
{
    return kPrefix
        + QString::fromLatin1(
               Base64Url::encode(Sealer::seal(m_key, plain.toUtf8(), associatedData(settingKey, context))));
}

std::optional<QString> SettingSecrets::reveal(const QString &settingKey, const QString &context,
                                              const QString &value) const
{
    if (!value.startsWith(kPrefix))
        return value;
    const auto sealed = Base64Url::decode(value.mid(kPrefix.size()).toLatin1());
    if (!sealed)
        return std::nullopt;
    const auto plain = Sealer::unseal(m_key, *sealed, associatedData(settingKey, context));
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

QString SettingSecrets::masked(const QString &value)
{
    return value.isEmpty() ? QString() : QStringLiteral("••••");
}

} // namespace keyward
