// SPDX-License-Identifier: GPL-3.0-or-later
// The account page (/account) a signed-in user manages themselves on: name, password, passkeys,
// authenticator app, recovery codes, sessions, the applications they allowed, their recent
// security events — and the pages of its steps (an app's QR code, new recovery codes shown once).
// Server-rendered like the sign-in pages (PageRenderer: en/de/fr, CSP, no external assets;
// webauthn.js only to add a passkey); every form carries the CSRF token bound to the sign-in.
//
// Threads: any thread (immutable after construction).
#pragma once

#include "auth/mfaservice.h"
#include "auth/sessionservice.h"
#include "pagerenderer.h"
#include "storage/auditstore.h"

namespace keyward {

struct TotpEnrolment;

// An application the user allowed (a remembered consent).
struct AllowedApplication {
    QString clientId;
    QString name;
    QStringList scopes;
    QDateTime grantedAt;
};

// Everything the overview shows.
struct AccountView {
    User user;
    MfaStatus factors;
    std::vector<ActiveSession> sessions;
    QString currentSignIn; // the browser's sign-in (its session id)
    std::vector<AllowedApplication> applications;
    std::vector<AuditRecord> events;
    QString csrf;
    QString notice; // AccountPages::Notice key of what was just done; empty: none
    QString problem; // already in the page's words; empty: none
    bool recent = false; // signed in in the last 5 minutes: factors may change
    QString reauthenticateUrl; // where to sign in again when not recent
    bool passkeysAvailable = false;
    bool mailEnabled = false; // links can be sent (the verification one again)
};

class AccountPages {
public:
    AccountPages();

    HttpResponse overview(const HttpRequest &request, const AccountView &view, int status = 200) const;
    HttpResponse appEnrolment(const HttpRequest &request, const QString &csrf, const TotpEnrolment &enrolment,
                              bool wrongCode) const;
    HttpResponse recoveryCodes(const HttpRequest &request, const QStringList &codes) const;

    // The words of a refusal, for AccountView::problem.
    // The address (change, verified or not, the link again) and the language of the mail.
    static QString emailSection(const PageLanguage &language, const AccountView &view);
    enum class Problem { FormExpired, WrongPassword, WeakPassword, TooManyAttempts, PasskeyFailed, Other };
    QString problemText(const HttpRequest &request, Problem problem, const QString &detail = {}) const;

private:
    QString passkeysSection(const PageLanguage &language, const AccountView &view) const;
    QString appSection(const PageLanguage &language, const AccountView &view) const;
    QString recoverySection(const PageLanguage &language, const AccountView &view) const;
    QString sessionsSection(const PageLanguage &language, const AccountView &view) const;
    QString applicationsSection(const PageLanguage &language, const AccountView &view) const;
    QString eventsSection(const PageLanguage &language, const AccountView &view) const;
    static QString noticeText(const PageLanguage &language, const QString &notice);
    // A form of one button (and hidden csrf) posting to action.
    static QString buttonForm(const QString &action, const QString &csrf, const QString &label,
                              const QString &buttonClass = QStringLiteral("secondary"));
    static QString reauthenticateLink(const PageLanguage &language, const AccountView &view);

    PageRenderer m_renderer;
    QString m_account;
    QString m_message;
    QString m_enrolApp;
};

} // namespace keyward
