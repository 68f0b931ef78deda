// SPDX-License-Identifier: GPL-3.0-or-later
// The two cookies of Keyward's browser pages (the sign-in pages and /account):
//   - keyward_sso: the browser's sign-in (HttpOnly, SameSite=Lax);
//   - keyward_csrf: the browser's pre-session, to which the forms' CSRF tokens are bound by an
//     HMAC (FormTokens; HttpOnly, SameSite=Strict);
// both Path=/, and under TLS __Host-keyward_sso and __Host-keyward_csrf (Secure, Path=/, no
// Domain: only this host can set them, a sibling subdomain cannot plant one).
//
// Threads: any thread.
#pragma once

#include "httpmessage.h"

#include <QMap>

#include <optional>

namespace keyward {

class Backend;
struct BrowserSignIn;

class BrowserCookies {
public:
    explicit BrowserCookies(Backend &backend);

    // The browser's live sign-in, if any.
    std::optional<BrowserSignIn> signInOf(const HttpRequest &request) const;
    // The browser's pre-session id, or a new one (then sent with the page: withPreSession).
    static QString preSessionOf(const HttpRequest &request);
    // The form's csrf field is the token of the browser's pre-session (and of binding: what else
    // the form is bound to, e.g. the sign-in it was shown in).
    bool csrfHolds(const HttpRequest &request, const QMap<QString, QString> &form, const QString &binding = {}) const;
    QString csrfToken(const QString &preSession, const QString &binding = {}) const;

    static HttpResponse withPreSession(HttpResponse response, const HttpRequest &request, const QString &preSession);
    // maxAge 0 with an empty value: the sign-in cookie is cleared.
    static HttpResponse &withSignIn(HttpResponse &response, const HttpRequest &request, const QString &value,
                                    qint64 maxAge);

private:
    Backend &m_backend;
};

} // namespace keyward
