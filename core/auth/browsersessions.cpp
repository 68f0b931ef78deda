// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsersessions.h"

#include "accountservice.h"
#include "actor.h"
#include "common/clock.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/constanttime.h"
#include "crypto/digest.h"
#include "crypto/securerandom.h"
#include "sessionservice.h"
#include "settingsservice.h"
#include "storage/database.h"

namespace keyward {

namespace {

QString hashOf(const QString &secret)
{
    return sha256Hex(secret.toLatin1());
}

} // namespace

BrowserSessions::BrowserSessions(Database &database, AccountService &accounts, SessionService &sessions,
                                 const Clock &clock, SettingsService &settings)
    : m_database(database), m_accounts(accounts), m_sessions(sessions), m_clock(clock), m_settings(settings)
{ }

BrowserSessions::Started BrowserSessions::signIn(const User &user, const ClientInfo &client,
                                                 const std::optional<BrowserSignIn> &earlier,
                                                 const SignInMethods &methods)
{
    if (earlier && earlier->user.record.id == user.record.id) {
        if (std::optional<Started> renewed = renew(earlier->session, methods))
            return *renewed;
        return start(user, client, methods); // it ended meanwhile (signed out in another tab): a new one
    }
    if (earlier) {
        Actor actor = Actor::user(earlier->user.record.email, earlier->user.roles, client.address);
        actor.userId = earlier->user.record.id;
        // Ended meanwhile is as good.
        (void)m_sessions.revoke(actor, earlier->session.id, earlier->user.record.id,
                                QStringLiteral("another_user_signed_in"), SessionService::StartedSessions::KeepOffline);
    }
    return start(user, client, methods);
}

std::optional<BrowserSessions::Started> BrowserSessions::renew(const SessionRecord &signIn,
                                                               const SignInMethods &methods)
{
    const auto settings = m_settings.current();
    const QDateTime now = m_clock.now();
    const QString secret = QString::fromLatin1(Base64Url::encode(randomBytes(32)));
    SessionRecord renewed = signIn;
    renewed.authTime = renewed.lastUsedAt = now;
    renewed.absoluteExpiresAt = qMin(now.addSecs(settings->oidc.ssoTtl.count()),
                                     signIn.createdAt.addSecs(settings->tokens.refreshAbsoluteTtl.count()));
    renewed.secretHash = hashOf(secret);
    renewed.amr = methods.toStored();
    if (!SessionStore(m_database.connection())
             .renewSso(signIn.id, now, renewed.secretHash, renewed.absoluteExpiresAt, renewed.amr))
        return std::nullopt;
    return Started{renewed, renewed.id + QLatin1Char('.') + secret};
}

BrowserSessions::Started BrowserSessions::start(const User &user, const ClientInfo &client,
                                                const SignInMethods &methods)
{
    const auto settings = m_settings.current();
    const QDateTime now = m_clock.now();
    const QString secret = QString::fromLatin1(Base64Url::encode(randomBytes(32)));
    SessionRecord session;
    session.id = SessionService::newSessionId();
    session.kind = SessionRecord::Kind::Sso;
    session.userId = user.record.id;
    session.createdAt = session.lastUsedAt = now;
    session.authTime = now;
    session.absoluteExpiresAt
        = qMin(now.addSecs(settings->oidc.ssoTtl.count()), now.addSecs(settings->tokens.refreshAbsoluteTtl.count()));
    session.clientAddress = client.address;
    session.userAgent = client.userAgent.left(512);
    session.secretHash = hashOf(secret);
    session.amr = methods.toStored();
    SessionStore(m_database.connection()).insert(session);
    return {session, session.id + QLatin1Char('.') + secret};
}

std::optional<BrowserSignIn> BrowserSessions::find(const QString &cookie)
{
    const qsizetype dot = cookie.indexOf(QLatin1Char('.'));
    if (dot <= 0 || cookie.size() > 200)
        return std::nullopt;
    const QString id = cookie.left(dot);
    SessionStore store(m_database.connection());
    std::optional<SessionRecord> session = store.find(id);
    const auto settings = m_settings.current();
    const QDateTime now = m_clock.now();
    if (!session || session->kind != SessionRecord::Kind::Sso
        || !session->isActive(now, settings->tokens.refreshIdleTtl.count())
        || !constantTimeEquals(hashOf(cookie.mid(dot + 1)).toLatin1(), session->secretHash.toLatin1()))
        return std::nullopt;
    Result<User> user = m_accounts.findById(session->userId);
    if (!user || user->record.disabled)
        return std::nullopt;
    // A use moves the idle end; within a minute of the last move the write is not worth it (every
    // authorization of a signed-in browser passes here).
    if (session->lastUsedAt.secsTo(now) >= kExtendEverySeconds) {
        const QDateTime end = qMin(now.addSecs(settings->oidc.ssoTtl.count()),
                                   session->createdAt.addSecs(settings->tokens.refreshAbsoluteTtl.count()));
        store.extendSso(session->id, now, end);
        session->lastUsedAt = now;
        session->absoluteExpiresAt = end;
    }
    return BrowserSignIn{std::move(*session), std::move(user.value())};
}

Status BrowserSessions::end(const Actor &actor, const SessionRecord &signIn, const QString &reason)
{
    return m_sessions.revoke(actor, signIn.id, signIn.userId, reason);
}

} // namespace keyward
