// SPDX-License-Identifier: GPL-3.0-or-later
// A browser's sign-in at Keyward's login page (OpenID Connect SSO): a session of kind 'sso' in
// the sessions table, named by the cookie keyward_sso = "<session id>.<secret>" (only the
// secret's SHA-256 is stored). It is a session like any other — listed, counted, revocable,
// ended by logout-all — and ending it ends the clients' sessions it started.
//
// It lives oidc.sso_ttl without use (a use moves its end, at most once a minute, never past
// tokens.refresh_absolute_ttl after the sign-in).
//
// Threads: any thread.
#pragma once

#include "auth/signinmethods.h"
#include "auth/user.h"
#include "common/result.h"
#include "storage/sessionstore.h"

namespace keyward {

class AccountService;
class Clock;
class Database;
class SessionService;
class SettingsService;
struct Actor;
struct ClientInfo;

struct BrowserSignIn {
    SessionRecord session;
    User user;
};

class BrowserSessions {
public:
    BrowserSessions(Database &database, AccountService &accounts, SessionService &sessions, const Clock &clock,
                    SettingsService &settings);

    static constexpr const char *kCookieName = "keyward_sso";
    static constexpr qint64 kExtendEverySeconds = 60;

    struct Started {
        SessionRecord session;
        QString cookie; // the cookie's value
    };
    // The user signed in at the login page (their password was checked); amr "pwd". The same
    // user's earlier sign-in in this browser is renewed: its id (the ID tokens' sid) stays, so
    // the applications' sessions it started live on, its auth_time moves and its cookie secret
    // changes. Another user's earlier sign-in ends, with the applications' sessions it started
    // without offline_access (OIDC Core §11); a new sign-in begins.
    // methods: how the user signed in this time (the tokens' amr and acr).
    Started signIn(const User &user, const ClientInfo &client, const std::optional<BrowserSignIn> &earlier,
                   const SignInMethods &methods);
    // The live sign-in a cookie names, with its (enabled) user; nothing for anything else. A
    // use moves its idle end.
    std::optional<BrowserSignIn> find(const QString &cookie);
    // Ends the sign-in and the sessions it started (its user's logout).
    Status end(const Actor &actor, const SessionRecord &signIn, const QString &reason);

private:
    Started start(const User &user, const ClientInfo &client, const SignInMethods &methods);
    // Nothing when it ended meanwhile.
    std::optional<Started> renew(const SessionRecord &signIn, const SignInMethods &methods);

    Database &m_database;
    AccountService &m_accounts;
    SessionService &m_sessions;
    const Clock &m_clock;
    SettingsService &m_settings;
};

} // namespace keyward
