// SPDX-License-Identifier: GPL-3.0-or-later
// The pages the OpenID Connect provider shows a browser: sign in (with a passkey too), the second
// step, an authenticator app's enrolment, consent, an error, signed out. Server-rendered HTML from
// the templates in resources/pages (no external assets; webauthn.js only where a passkey may be
// used), through PageRenderer (language, layout, security headers).
//
// Threads: any thread (immutable after construction).
#pragma once

#include "httpmessage.h"
#include "pagerenderer.h"

#include <QStringList>

namespace keyward {

struct AuthorizationRequest;

class SignInPages {
public:
    SignInPages();

    // What every form carries: the authorization request's parameters and the CSRF token.
    struct Form {
        QString action;
        QString csrf;
        QMap<QString, QString> parameters;
        QString formTarget; // the origin the answer may redirect to (CSP form-action)
        // Where a passkey's answer is posted (the sign-in page); empty: passkeys are not offered.
        QString passkeyAction = {};
        // The passkey must verify its user (acr_values=phr): the script asks for it.
        bool passkeyVerifiesUser = false;
    };

    // Why the sign-in page is shown again.
    enum class Problem {
        None,
        WrongCredentials,
        TooManyAttempts,
        FormExpired,
        WrongCode,
        PasskeyFailed,
        EmailNotVerified
    };
    // "Forgot password?" is offered when mail is configured (mail.smtp_url).
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

    // GET /assets/webauthn.js: the pages' one script.
    HttpResponse script() const { return m_renderer.script(); }

private:
    // The passkey form of the sign-in or second-step page, hidden until the script finds WebAuthn.
    static QString passkeyForm(const PageLanguage &language, const Form &form, const QString &action,
                               const QString &mfaToken);
    static QString hiddenFields(const Form &form);
    // The authorization this sign-in is for, as a path to come back to (/oauth/authorize?…).
    static QString authorizationPathOf(const Form &form);
    static QString problemText(const PageLanguage &language, Problem problem);

    PageRenderer m_renderer;
    QString m_signIn;
    QString m_consent;
    QString m_message;
    QString m_secondFactor;
    QString m_enrolApp;
};

} // namespace keyward
