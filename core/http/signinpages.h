// SPDX-License-Identifier: GPL-3.0-or-later
// The pages the OpenID Connect provider shows a browser: sign in, consent, an error, signed out.
// Server-rendered HTML from the templates in resources/pages (no script, no external assets),
// in the browser's language (Accept-Language: en, de, fr; the texts go through Qt Linguist like
// the console's), with the headers a login page needs: a Content-Security-Policy with a nonce for
// the one stylesheet, frame-ancestors 'none' and X-Frame-Options: DENY, no caching, no referrer.
//
// Threads: any thread (immutable after construction).
#pragma once

#include "httpmessage.h"

#include <QStringList>
#include <QTranslator>

#include <array>
#include <memory>

namespace keyward {

struct AuthorizationRequest;

class SignInPages {
public:
    SignInPages();
    ~SignInPages();

    // What every form carries: the authorization request's parameters and the CSRF token.
    struct Form {
        QString action;
        QString csrf;
        QMap<QString, QString> parameters;
        QString formTarget; // the origin the answer may redirect to (CSP form-action)
        // Where a passkey's answer is posted (the sign-in page); empty: passkeys are not offered.
        QString passkeyAction = {};
    };

    // Why the sign-in page is shown again.
    enum class Problem { None, WrongCredentials, TooManyAttempts, FormExpired, WrongCode, PasskeyFailed };
    HttpResponse signIn(const HttpRequest &request, const Form &form, const QString &applicationName,
                        const QString &email, Problem problem = Problem::None, int status = 200) const;
    // After the password: the second factor. methods: what the account has ("totp",
    // "recovery_code", "passkey"); the form carries the pending sign-in's mfa_token.
    HttpResponse secondFactor(const HttpRequest &request, const Form &form, const QString &applicationName,
                              const QStringList &methods, Problem problem = Problem::None, int status = 200) const;
    // After the password, when a factor must be enrolled first: the authenticator app's QR code
    // and secret, and its first code.
    HttpResponse enrolApp(const HttpRequest &request, const Form &form, const QString &applicationName,
                          const QString &qrSvg, const QString &secret, Problem problem = Problem::None,
                          int status = 200) const;
    HttpResponse consent(const HttpRequest &request, const Form &form, const QString &applicationName,
                         const QStringList &scopes, const QString &email) const;
    // An authorization that cannot go back to the application (unknown client or redirect URI).
    HttpResponse error(const HttpRequest &request, const QString &code, const QString &description,
                       int status = 400) const;
    HttpResponse signedOut(const HttpRequest &request) const;
    // "Sign out of Keyward?" with a button (a logout nobody can prove an application asked for).
    HttpResponse confirmSignOut(const HttpRequest &request, const Form &form, const QString &email) const;

    // The language of the answer: the first of en, de, fr the browser accepts, by q-value.
    static QString languageOf(const HttpRequest &request);
    // GET /assets/webauthn.js: the pages' one script.
    HttpResponse script() const;
    static constexpr const char *kScriptPath = "/assets/webauthn.js";

private:
    class Language;
    const Language &languageFor(const HttpRequest &request) const;
    // withScript: the page loads webauthn.js (its passkey forms need it).
    HttpResponse page(const Language &language, const QString &title, const QString &content, const QString &formTarget,
                      int status, bool withScript = false) const;
    // The passkey form of the sign-in or second-step page, hidden until the script finds WebAuthn.
    static QString passkeyForm(const Language &language, const Form &form, const QString &action,
                               const QString &mfaToken);
    static QString fill(QString text, const QMap<QString, QString> &values);
    static QString hiddenFields(const Form &form);
    static QString problemText(const Language &language, Problem problem);

    QString m_layout;
    QString m_signIn;
    QString m_consent;
    QString m_message;
    QString m_secondFactor;
    QString m_enrolApp;
    QByteArray m_script;
    std::array<std::unique_ptr<Language>, 3> m_languages; // en, de, fr
};

} // namespace keyward
