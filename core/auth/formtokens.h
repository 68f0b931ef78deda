// SPDX-License-Identifier: GPL-3.0-or-later
// The CSRF tokens of the browser pages (sign-in, consent, sign-out), bound to the browser's
// pre-session (contract v3): the browser holds a random pre-session id in an HttpOnly cookie,
// and a form carries HMAC-SHA256(key, id). A value planted in the cookie (a sibling subdomain can
// set cookies, a man in the middle of plain HTTP can too) is of no use without the key, which
// plain double submit would not require. The key comes from the master key, so every server of a
// fleet accepts the forms of the others.
//
// Threads: any thread (immutable).
#pragma once

#include <QByteArray>
#include <QString>

namespace keyward {

class FormTokens {
public:
    explicit FormTokens(QByteArray key);

    static QByteArray keyFrom(const QByteArray &masterKey);
    // A new pre-session id: 256 random bits, base64url (43 characters).
    static QString newPreSession();
    static bool isPreSession(const QString &value);

    // binding: what else the form is for (the consent form: the sign-in it consents in), so that
    // a pre-session id planted in the browser's cookie yields no token for the victim's sign-in.
    QString tokenFor(const QString &preSession, const QString &binding = {}) const;
    // In constant time; false for anything that is no pre-session id.
    bool holds(const QString &preSession, const QString &token, const QString &binding = {}) const;

private:
    QByteArray m_key;
};

} // namespace keyward
