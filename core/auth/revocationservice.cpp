// SPDX-License-Identifier: GPL-3.0-or-later
#include "revocationservice.h"

#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "config/settings.h"
#include "storage/database.h"
#include "storage/revocationstore.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QMutexLocker>

namespace keyward {

RevocationService::RevocationService(Database &database, const Clock &clock, AuditLog &audit, ChangeSignals &changes)
    : m_database(database), m_clock(clock), m_audit(audit), m_changes(changes)
{ }

void RevocationService::revokeToken(const Actor &actor, const QString &jti, qint64 expiresAt, const QString &userKey)
{
    TransactionGuard transaction(m_database);
    // A token is accepted up to the leeway past its exp, and the leeway may be raised later. No
    // token lives longer than the longest lifetime: a far-future exp (POST /admin/tokens/revoke
    // takes one from the caller) must not keep an entry for ever.
    const qint64 now = m_clock.nowSecs();
    const qint64 keepUntil = qMin(expiresAt + kLongestLeeway.count(), now + kLongestPossibleAccessLifetime.count());
    RevocationStore(transaction.connection()).insert({0, QStringLiteral("jti"), jti, now, keepUntil});
    QJsonObject details;
    if (!userKey.isEmpty())
        details.insert(QStringLiteral("user_id"), userKey);
    m_changes.publishAfterCommit(m_database.connection(), Change::Revocations);
    m_audit.record(actor, QStringLiteral("token.revoke"), jti, AuditOutcome::success(), details);
    transaction.commit();
    followFeed(true);
}

QHash<QString, qint64> RevocationService::ownersOf(const std::vector<RevocationRecord> &revoked)
{
    QStringList jtis;
    for (const RevocationRecord &record : revoked)
        jtis << record.subject;
    QHash<QString, qint64> owners;
    // A token revoked again (it may be) keeps the user its first revocation named.
    for (const AuditRecord &event : m_audit.ofActionAbout(QStringLiteral("token.revoke"), jtis)) {
        const qint64 user = event.detail(QStringLiteral("user_id")).toLongLong();
        if (user > 0 && !owners.contains(event.target))
            owners.insert(event.target, user);
    }
    return owners;
}

void RevocationService::writeUserCutoff(const QSqlDatabase &db, const QString &subject, qint64 at)
{
    RevocationStore(db).insert({0, QStringLiteral("user"), subject, at, at + kLongestPossibleAccessLifetime.count()});
}

void RevocationService::writeSessionRevocation(const QSqlDatabase &db, const QString &sessionId, qint64 at)
{
    RevocationStore(db).insert(
        {0, QStringLiteral("session"), sessionId, at, at + kLongestPossibleAccessLifetime.count()});
}

std::vector<RevocationRecord> RevocationService::revokedTokens(int limit)
{
    return RevocationStore(m_database.connection()).newestTokens(m_clock.nowSecs(), limit);
}

int RevocationService::purgeExpired()
{
    const int purged = RevocationStore(m_database.connection()).purgeExpired(m_clock.nowSecs());
    const qint64 now = m_clock.nowSecs();
    QMutexLocker lock(&m_mutex);
    for (auto *table : {&m_tokens, &m_sessions}) {
        for (auto it = table->begin(); it != table->end();)
            it = it.value() < now ? table->erase(it) : std::next(it);
    }
    return purged;
}

void RevocationService::followFeed(bool force)
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const auto due = [this, nowMs] {
        const qint64 last = m_lastRefreshMs.load();
        return last < 0 || nowMs - last >= kFollowIntervalMs;
    };
    if (!force && !due())
        return;
    std::unique_lock feed(m_feedMutex, std::defer_lock);
    if (force)
        feed.lock(); // the caller's own revocation must be seen when this returns
    else if (!feed.try_lock() || !due())
        return; // another thread is reading the feed: go on with what is known
    m_lastRefreshMs = nowMs;
    // Read without m_mutex: verifications go on meanwhile with the sets as they are.
    const std::vector<RevocationRecord> records = RevocationStore(m_database.connection()).since(m_lastId);
    const qint64 now = nowMs / 1000;
    QMutexLocker lock(&m_mutex);
    for (const RevocationRecord &record : records) {
        m_lastId = record.id;
        if (record.expiresAt < now)
            continue;
        if (record.kind == QLatin1String("jti"))
            m_tokens.insert(record.subject, record.expiresAt);
        else if (record.kind == QLatin1String("session"))
            m_sessions.insert(record.subject, record.expiresAt);
        else if (record.kind == QLatin1String("user"))
            m_notBefore.insert(record.subject, qMax(m_notBefore.value(record.subject), record.at));
    }
}

TokenIdentity TokenIdentity::of(const QJsonObject &claims)
{
    return {claims.value(QLatin1String("jti")).toString(), claims.value(QLatin1String("sid")).toString(),
            claims.value(QLatin1String("sub")).toString(), qint64(claims.value(QLatin1String("iat")).toDouble())};
}

RevocationService::Why RevocationService::whyRevoked(const TokenIdentity &token)
{
    followFeed(false);
    QMutexLocker lock(&m_mutex);
    if (m_tokens.contains(token.jti))
        return Why::Token;
    if (!token.sessionId.isEmpty() && m_sessions.contains(token.sessionId))
        return Why::Session;
    // The user's "not before" (disabled, deleted, a new password, logout-all). A token without a
    // session is cut at or before it: minted in the same second, it may predate it. A session's
    // token ends with its session too (revoked in the same change), so the cut-off needs only
    // to catch those strictly before — and a sign-in in the same second after it keeps working.
    const auto notBefore = m_notBefore.constFind(token.subject);
    if (notBefore != m_notBefore.cend()
        && (token.sessionId.isEmpty() ? token.issuedAt <= *notBefore : token.issuedAt < *notBefore))
        return Why::UserCutoff;
    return Why::NotRevoked;
}

} // namespace keyward
