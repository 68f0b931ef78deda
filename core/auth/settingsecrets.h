// SPDX-License-Identifier: GPL-3.0-or-later
// Settings that are secrets (mail.password): sealed with AES-256-GCM under a key derived from
// the master key before they are stored, bound to the setting's name, and shown as "••••".
// A value from the INI file, the environment or the command line is the administrator's own and
// stays as it is there.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace keyward {

class SettingSecrets {
public:
    explicit SettingSecrets(QByteArray key) : m_key(std::move(key)) { }
    static QByteArray keyFrom(const QByteArray &masterKey);

    // "sealed:v1:…", bound to the setting's name and to context (where the secret may be used).
    QString seal(const QString &settingKey, const QString &context, const QString &plain) const;
    // The secret itself: a sealed value opened (nothing when it does not open under this key, for
    // this name and context), any other value as it is.
    std::optional<QString> reveal(const QString &settingKey, const QString &context, const QString &value) const;
    // How a secret is listed: "••••" when set, empty when not.
    static QString masked(const QString &value);

private:
    QByteArray m_key;
};

} // namespace keyward
