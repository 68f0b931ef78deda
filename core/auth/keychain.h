// SPDX-License-Identifier: GPL-3.0-or-later
// Access to the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain, with a timeout on every job: a keychain that wants to show a prompt
// nobody can answer must not hang start-up.
#pragma once

#include <QByteArray>
#include <QString>

namespace keyward {

class Keychain {
public:
    enum class Outcome { Found, NotFound, Unavailable };
    struct Reading {
        Outcome outcome = Outcome::Unavailable;
        QByteArray secret;
    };

    virtual ~Keychain() = default;
    virtual Reading read(const QString &service, const QString &account) = 0;
    virtual bool write(const QString &service, const QString &account, const QByteArray &secret) = 0;
};

class OsKeychain final : public Keychain {
public:
    explicit OsKeychain(int timeoutMs = 3000);
    Reading read(const QString &service, const QString &account) override;
    bool write(const QString &service, const QString &account, const QByteArray &secret) override;

private:
    int m_timeoutMs;
};

} // namespace keyward
