// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionservice.h"

#include "accountservice.h"
#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/base64url.h"
#include "crypto/digest.h"
#include "crypto/sealer.h"
#include "crypto/securerandom.h"
#include "revocationservice.h"
#include "settingsservice.h"
#include "storage/database.h"
#include "storage/refreshtokenstore.h"
#include "storage/transaction.h"
#include "storage/userstore.h"
#include "tokenservice.h"
#include "workspaceservice.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

namespace keyward {

namespace {

Error invalidGrant(const QString &why)
{
    return failure(ErrorCode::InvalidGrant, why);
}

// A rotated token's successor is kept sealed in the rotated token's row, under a key derived from
// the rotated token itself: a retry within the grace (who holds that token) gets the same
// successor back, so a session never has more than one live refresh token. The stored hash is
// SHA-256 of the token; the key is SHA-256 under another label, so the database alone cannot
// open it, and no server-wide secret is needed for every server of a fleet to open it.
QByteArray successorKey(const QString &refreshToken)
{
    const QByteArray labelled = QByteArrayLiteral("keyward refresh successor v1\n") + refreshToken.toUtf8();
    return QCryptographicHash::hash(labelled, QCryptographicHash::Sha256);
}

QByteArray sealSuccessor(const QString &refreshToken, const QString &tokenHash, const QString &successor)
{
    return Sealer::seal(successorKey(refreshToken), successor.toLatin1(), tokenHash.toLatin1());
}

std::optional<QString> unsealSuccessor(const QString &refreshToken, const RefreshTokenRecord &token)
{
    if (token.successorSealed.isEmpty())
        return std::nullopt;
    const auto successor
        = Sealer::unseal(successorKey(refreshToken), token.successorSealed, token.tokenHash.toLatin1());
    return successor ? std::optional(QString::fromLatin1(*successor)) : std::nullopt;
}

} // namespace

QJsonObject TokenPair::toJson(bool includeRefreshToken) const
{
    QJsonObject json{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), expiresIn},
                     {QStringLiteral("refresh_expires_in"), refreshExpiresIn},
                     {QStringLiteral("session_id"), sessionId}};
    if (includeRefreshToken)
        json.insert(QStringLiteral("refresh_token"), refreshToken);
    return json;
}

SessionService::SessionService(Database &database, AccountService &accounts, TokenService &tokens,
                               RevocationService &revocations, AuditLog &audit, ChangeSignals &changes,
                               const Clock &clock, SettingsService &settings, RefreshTokenCodec chain,
                               WorkspaceService &workspaces)
    : m_database(database), m_accounts(accounts), m_tokens(tokens), m_revocations(revocations), m_audit(audit),
      m_changes(changes), m_clock(clock), m_settings(settings), m_chain(std::move(chain)), m_workspaces(workspaces)
{ }

ActiveSession ActiveSession::of(ListedSession listed, qint64 idleSeconds)
{
    const QDateTime expiresAt = listed.session.expiresAt(idleSeconds);
    return {std::move(listed.session), std::move(listed.email), expiresAt, std::move(listed.workspaceSlug),
            std::move(listed.userPublicId)};
}

QJsonObject ActiveSession::toJson(const QString &currentSessionId) const
{
    return {{QStringLiteral("id"), session.id},
            {QStringLiteral("user_id"), userPublicId},
            {QStringLiteral("email"), email},
            {QStringLiteral("created_at"), toRfc3339(session.createdAt)},
            {QStringLiteral("last_used_at"), toRfc3339(session.lastUsedAt)},
            {QStringLiteral("expires_at"), toRfc3339(expiresAt)},
            {QStringLiteral("ip"), session.clientAddress},
            {QStringLiteral("user_agent"), session.userAgent},
            {QStringLiteral("current"), session.id == currentSessionId},
            {QStringLiteral("rotations"), session.rotationCount},
            {QStringLiteral("workspace_id"),
             session.workspaceId ? QJsonValue(QString::number(*session.workspaceId)) : QJsonValue()},
            // A browser's sign-in (OpenID Connect SSO) or a token session; the client it belongs to.
            {QStringLiteral("kind"),
             session.kind == SessionRecord::Kind::Sso ? QStringLiteral("browser") : QStringLiteral("refresh")},
            {QStringLiteral("client_id"), session.clientId.isEmpty() ? QJsonValue() : QJsonValue(session.clientId)}};
}

QString SessionService::newSessionId()
{
    return QString::fromLatin1(Base64Url::encode(randomBytes(16)));
}

QString SessionService::hashOf(const QString &refreshToken)
{
    return sha256Hex(refreshToken.toUtf8());
}

qint64 SessionService::idleTtl() const
{
    return m_settings.current()->tokens.refreshIdleTtl.count();
}

TokenPair SessionService::pairFor(const SessionRecord &session, const QString &refreshToken) const
{
    TokenPair pair;
    pair.sessionId = session.id;
    pair.refreshToken = refreshToken;
    pair.refreshExpiresIn = qMin(idleTtl(), m_clock.now().secsTo(session.absoluteExpiresAt));
    return pair;
}

TokenPair SessionService::storeRefreshToken(const SessionRecord &session, const QString &refreshToken,
                                            qint64 generation)
{
    const QDateTime now = m_clock.now();
    RefreshTokenStore(m_database.connection())
        .insert({hashOf(refreshToken), session.id, now, std::nullopt, {}, generation});
    SessionStore(m_database.connection()).recordUse(session.id, now, generation > 0);
    return pairFor(session, refreshToken);
}

Result<std::optional<WorkspaceWithRole>>
SessionService::workspaceAfter(const WorkspaceChoice &choice, qint64 userId,
                               const std::optional<SessionWithMembership> &current)
{
    const bool inWorkspace = current && current->session.workspaceId;
    if (choice.kind == WorkspaceChoice::Kind::Leave || (choice.kind == WorkspaceChoice::Kind::Keep && !inWorkspace))
        return std::optional<WorkspaceWithRole>();
    // Staying where it is (every refresh in a workspace): the membership came with the session.
    Result<WorkspaceWithRole> membership = choice.kind == WorkspaceChoice::Kind::Keep
        ? WorkspaceService::membershipFrom(current->membership)
        : m_workspaces.membershipOf(userId, choice.reference);
    if (!membership)
        return membership.error();
    return std::optional(std::move(membership.value()));
}

Result<TokenPair> SessionService::withAccessToken(TokenPair pair, const User &user, const SessionRecord &session,
                                                  const QJsonObject &workspaceClaims)
{
    // Signed after the commit: the write lock is not held for the signature.
    const qint64 ttl = m_settings.current()->tokens.accessTtl.count();
    // What an API needs to scope a request without asking Keyward (contract: Workspaces).
    QJsonObject claims = workspaceClaims;
    if (!session.clientId.isEmpty())
        claims.insert(QStringLiteral("client_id"), session.clientId);
    if (!session.scope.isEmpty())
        claims.insert(QStringLiteral("scope"), session.scope);
    // RFC 8176 / OIDC Core §2: how the user signed in, so a resource server can ask for more.
    const SignInMethods methods = SignInMethods::fromStored(session.amr);
    if (!methods.isEmpty())
        claims.insert(QStringLiteral("amr"), QJsonArray::fromStringList(methods.amr()));
    if (!methods.acr().isEmpty())
        claims.insert(QStringLiteral("acr"), methods.acr());
    const Result<IssuedToken> access = m_tokens.issue(user, ttl, pair.sessionId, claims);
    if (!access)
        return access.error();
    pair.accessToken = access->token;
    pair.expiresIn = ttl;
    pair.scope = session.scope;
    pair.authTime = session.authenticatedAt();
    pair.workspaceClaims = workspaceClaims;
    pair.methods = methods;
    return pair;
}

Result<TokenPair> SessionService::start(const User &user, const ClientInfo &client, const WorkspaceChoice &choice,
                                        const SessionOrigin &origin)
{
    Result<StoredSession> stored = store(user, client, choice, origin);
    if (!stored)
        return stored.error();
    return issueAccessToken(std::move(stored).value());
}

Result<TokenPair> SessionService::issueAccessToken(StoredSession stored)
{
    return withAccessToken(std::move(stored.pair), stored.user, stored.session, stored.workspaceClaims);
}

Result<StoredSession> SessionService::store(const User &user, const ClientInfo &client, const WorkspaceChoice &choice,
                                            const SessionOrigin &origin)
{
    const QDateTime now = m_clock.now();
    SessionRecord session;
    session.id = origin.sessionId.isEmpty() ? newSessionId() : origin.sessionId;
    session.userId = user.record.id;
    session.createdAt = session.lastUsedAt = now;
    session.absoluteExpiresAt = now.addSecs(m_settings.current()->tokens.refreshAbsoluteTtl.count());
    session.clientAddress = client.address;
    session.userAgent = client.userAgent.left(512);
    session.clientId = origin.clientId;
    session.parentId = origin.parentId;
    session.scope = origin.scope;
    session.authTime = origin.authTime;
    session.amr = origin.methods.toStored();
    TransactionGuard transaction(m_database);
    // The password was checked before this transaction: a disable that committed since, or is
    // committing now, wins (its revocations would miss a session inserted after them).
    if (!UserStore(transaction.connection()).isEnabledLocked(user.record.id))
        return failure(ErrorCode::InvalidCredentials, QStringLiteral("the account is not active"));
    const Result<std::optional<WorkspaceWithRole>> workspace = workspaceAfter(choice, user.record.id, std::nullopt);
    if (!workspace)
        return workspace.error();
    if (workspace.value())
        session.workspaceId = workspace.value()->workspace.record.id;
    SessionStore(transaction.connection()).insert(session);
    TokenPair pair = storeRefreshToken(session, m_chain.issue({session.id, 0}), 0);
    transaction.commit();
    return StoredSession{std::move(pair), user, session,
                         workspace.value() ? workspace.value()->claims() : QJsonObject()};
}

Result<TokenPair> SessionService::refresh(const QString &refreshToken, const ClientInfo &client,
                                          const WorkspaceChoice &choice, const QString &clientId,
                                          const QStringList &narrowerScope)
{
    const QString hash = hashOf(refreshToken);
    const QDateTime now = m_clock.now();
    TransactionGuard transaction(m_database);
    RefreshTokenStore tokens(transaction.connection());
    std::optional<RefreshTokenRecord> token = tokens.find(hash);
    if (!token)
        return refuseUnknown(refreshToken, client, transaction);
    const std::optional<SessionWithMembership> found
        = SessionStore(transaction.connection()).findWithMembership(token->sessionId);
    if (!found || !found->session.isActive(now, idleTtl()))
        return invalidGrant(QStringLiteral("the session has ended"));
    const SessionRecord *session = &found->session;
    // Bound to its client: another client (or /auth/* for a client's token) gets nothing, and
    // the token stays as it was.
    if (session->clientId != clientId || session->kind != SessionRecord::Kind::Refresh)
        return invalidGrant(QStringLiteral("the refresh token was issued to another client"));
    // A copy presented again (a retry, or a stolen copy) is judged first, whatever workspace it
    // asks for: nothing a request adds can mask reuse.
    const auto retried = [&](const std::optional<RefreshTokenRecord> &used) -> Result<QString> {
        return used ? successorForRetry(refreshToken, *used, *session, client, transaction)
                    : invalidGrant(QStringLiteral("unknown refresh token"));
    };
    QString successor;
    if (token->usedAt) {
        const Result<QString> earlier = retried(token);
        if (!earlier)
            return earlier.error();
        successor = earlier.value();
    }
    // After the reuse check (a scope asked for cannot mask a replayed token), before anything is
    // written: a scope beyond the grant leaves the token unused.
    const QStringList granted = session->scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &asked : narrowerScope) {
        if (!granted.contains(asked)) // RFC 6749 §6: never more than was granted
            return failure(ErrorCode::InvalidScope, QStringLiteral("the scope %1 was not granted").arg(asked));
    }
    // Decided before anything is written: a workspace the user may not enter leaves the token
    // unused.
    const Result<std::optional<WorkspaceWithRole>> workspace = workspaceAfter(choice, session->userId, found);
    if (!workspace)
        return workspace.error();
    // The session's one live token is rotated by exactly one request; the others (retries,
    // concurrent copies) find it used and take the retry path.
    const qint64 generation = session->rotationCount + 1;
    bool rotated = false;
    if (!token->usedAt) {
        successor = m_chain.issue({session->id, generation});
        rotated = tokens.markUsed(hash, now, sealSuccessor(refreshToken, hash, successor)).has_value();
        if (!rotated) { // rotated by a concurrent request since it was read
            const Result<QString> earlier = retried(tokens.find(hash));
            if (!earlier)
                return earlier.error();
            successor = earlier.value();
        }
    }
    const Result<User> user = m_accounts.findById(session->userId);
    if (!user || user->record.disabled)
        return invalidGrant(QStringLiteral("the account is not active"));
    TokenPair pair = rotated ? storeRefreshToken(*session, successor, generation) : pairFor(*session, successor);
    const std::optional<qint64> workspaceId
        = workspace.value() ? std::optional(workspace.value()->workspace.record.id) : std::optional<qint64>();
    if (workspaceId != session->workspaceId)
        SessionStore(transaction.connection()).moveToWorkspace(session->id, workspaceId);
    transaction.commit();
    SessionRecord issuedFor = *session;
    if (!narrowerScope.isEmpty())
        issuedFor.scope = narrowerScope.join(QLatin1Char(' '));
    return withAccessToken(std::move(pair), user.value(), issuedFor,
                           workspace.value() ? workspace.value()->claims() : QJsonObject());
}

Result<QString> SessionService::successorForRetry(const QString &refreshToken, const RefreshTokenRecord &token,
                                                  const SessionRecord &session, const ClientInfo &client,
                                                  TransactionGuard &transaction)
{
    // A retry within the grace gets the successor the first use got (its answer was probably
    // lost); after it, someone holds a stolen copy: the whole session ends.
    if (token.usedAt && token.usedAt->secsTo(m_clock.now()) > m_settings.current()->tokens.reuseGrace.count())
        return endOnReuse(session, client, transaction);
    const std::optional<QString> successor = unsealSuccessor(refreshToken, token);
    const auto successorRecord
        = successor ? RefreshTokenStore(transaction.connection()).find(hashOf(*successor)) : std::nullopt;
    // Once the successor has itself been rotated, the chain has moved on: this copy is dead.
    if (!successorRecord || successorRecord->usedAt)
        return failure(ErrorCode::RefreshReused, QStringLiteral("the refresh token was already used"));
    return *successor;
}

Result<TokenPair> SessionService::refuseUnknown(const QString &refreshToken, const ClientInfo &client,
                                                TransactionGuard &transaction)
{
    // Rotated tokens' rows are deleted after the longest grace; the token still names its session
    // and generation, so an earlier link replayed is reuse all the same.
    const std::optional<RefreshTokenLink> link = m_chain.open(refreshToken);
    const auto session = link ? SessionStore(transaction.connection()).find(link->sessionId) : std::nullopt;
    if (!session || link->generation >= session->rotationCount)
        return invalidGrant(QStringLiteral("unknown refresh token"));
    if (!session->isActive(m_clock.now(), idleTtl()))
        return invalidGrant(QStringLiteral("the session has ended"));
    return endOnReuse(*session, client, transaction);
}

Error SessionService::endOnReuse(const SessionRecord &session, const ClientInfo &client, TransactionGuard &transaction)
{
    revokeInTransaction(session, QStringLiteral("refresh_reuse_detected"));
    Actor actor = Actor::user(QString::number(session.userId), {}, client.address);
    m_changes.publishAfterCommit(m_database.connection(), Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("refresh_reuse_detected"), session.id, AuditOutcome::denied(),
                   {{QStringLiteral("user_id"), QString::number(session.userId)}});
    transaction.commit();
    m_revocations.refreshNow();
    return failure(ErrorCode::RefreshReused, QStringLiteral("the refresh token was already used"));
}

void SessionService::revokeInTransaction(const SessionRecord &session, const QString &reason, StartedSessions started)
{
    endInTransaction(m_database.connection(), session.id, m_clock.now(), reason, started);
}

void SessionService::endInTransaction(const QSqlDatabase &db, const QString &sessionId, const QDateTime &now,
                                      const QString &reason, StartedSessions started)
{
    SessionStore store(db);
    if (!store.revoke(sessionId, now, reason))
        return;
    // Access tokens carrying this sid die too.
    RevocationService::writeSessionRevocation(db, sessionId, now.toSecsSinceEpoch());
    // A browser's sign-in ends the clients' sessions it started (RP-initiated logout, logout-all).
    for (const SessionRecord &child : store.activeChildren(sessionId)) {
        if (started == StartedSessions::KeepOffline
            && child.scope.split(QLatin1Char(' ')).contains(QLatin1String("offline_access")))
            continue;
        endInTransaction(db, child.id, now, reason);
    }
}

int SessionService::endSessionsOfClient(const QSqlDatabase &db, const QString &clientId, const QDateTime &now,
                                        qint64 userId)
{
    const std::vector<QString> ids = SessionStore(db).liveOfClient(clientId, userId);
    for (const QString &id : ids)
        endInTransaction(db, id, now,
                         userId > 0 ? QStringLiteral("consent_revoked") : QStringLiteral("client_removed"));
    return int(ids.size());
}

std::optional<SessionRecord> SessionService::find(const QString &sessionId)
{
    return SessionStore(m_database.connection()).find(sessionId);
}

std::optional<SessionRecord> SessionService::findByRefreshToken(const QString &refreshToken)
{
    const auto token = RefreshTokenStore(m_database.connection()).find(hashOf(refreshToken));
    return token ? find(token->sessionId) : std::nullopt;
}

std::optional<SessionRecord> SessionService::activeSessionOf(const QString &refreshToken)
{
    const auto token = RefreshTokenStore(m_database.connection()).find(hashOf(refreshToken));
    if (!token || token->usedAt)
        return std::nullopt;
    auto session = find(token->sessionId);
    if (!session || !session->isActive(m_clock.now(), idleTtl()))
        return std::nullopt;
    return session;
}

std::vector<ActiveSession> SessionService::active(qint64 userId)
{
    const qint64 idle = idleTtl();
    std::vector<ActiveSession> sessions;
    for (ListedSession &listed :
         SessionStore(m_database.connection()).listActiveWithEmails(userId, m_clock.now(), idle))
        sessions.push_back(ActiveSession::of(std::move(listed), idle));
    return sessions;
}

qint64 SessionService::countActive()
{
    return SessionStore(m_database.connection()).countActive(m_clock.now(), idleTtl());
}

int SessionService::recountActive()
{
    // Found by a read, taken off in small write transactions: the write lock is held per batch.
    const QDateTime now = m_clock.now();
    const qint64 idle = idleTtl();
    QString after;
    int total = 0;
    for (;;) {
        const std::vector<QString> ended
            = SessionStore(m_database.connection()).countedButEnded(now, idle, after, kPurgeBatch);
        if (ended.empty())
            return total;
        TransactionGuard transaction(m_database);
        total += SessionStore(transaction.connection()).uncountEnded(ended, now, idle);
        transaction.commit();
        if (int(ended.size()) < kPurgeBatch || QThread::currentThread()->isInterruptionRequested())
            return total;
        after = ended.back();
        QThread::msleep(kPurgePauseMs);
    }
}

QHash<qint64, int> SessionService::activeCountsOf(const std::vector<qint64> &userIds)
{
    return SessionStore(m_database.connection()).countActiveOfUsers(userIds, m_clock.now(), idleTtl());
}

Status SessionService::revoke(const Actor &actor, const QString &sessionId, qint64 ownerId, const QString &reason,
                              StartedSessions started)
{
    TransactionGuard transaction(m_database);
    const auto session = SessionStore(transaction.connection()).find(sessionId);
    if (!session || (ownerId > 0 && session->userId != ownerId) || session->revokedAt)
        return failure(ErrorCode::NotFound, QStringLiteral("no such session"));
    if (ownerId <= 0) {
        if (const Status allowed = m_accounts.mayActOn(actor, session->userId); !allowed)
            return allowed;
    }
    revokeInTransaction(*session, reason, started);
    m_changes.publishAfterCommit(m_database.connection(), Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("session.revoke"), sessionId, AuditOutcome::success(),
                   {{QStringLiteral("reason"), reason}, {QStringLiteral("user_id"), QString::number(session->userId)}});
    transaction.commit();
    m_revocations.refreshNow();
    return success();
}

Status SessionService::changeOwnPassword(const Actor &actor, qint64 userId, const QString &keepSessionId,
                                         const QString &currentPassword, const QString &newPassword)
{
    if (const Status changed = m_accounts.changeOwnPassword(userId, currentPassword, newPassword, actor.clientAddress);
        !changed)
        return changed;
    // Whoever else holds a session of this account may know the old password: they go.
    TransactionGuard transaction(m_database);
    for (const SessionRecord &session :
         SessionStore(transaction.connection()).listActive(userId, m_clock.now(), idleTtl())) {
        if (session.id == keepSessionId)
            continue;
        revokeInTransaction(session, QStringLiteral("password_changed"));
        m_changes.publishAfterCommit(m_database.connection(), Change::Sessions | Change::Revocations);
        m_audit.record(actor, QStringLiteral("session.revoke"), session.id, AuditOutcome::success(),
                       {{QStringLiteral("reason"), QStringLiteral("password_changed")},
                        {QStringLiteral("user_id"), QString::number(userId)}});
    }
    transaction.commit();
    m_revocations.refreshNow();
    return success();
}

Result<int> SessionService::revokeAllOfUser(const Actor &actor, qint64 userId, const QString &reason)
{
    TransactionGuard transaction(m_database);
    if (const Status allowed = m_accounts.mayActOn(actor, userId); !allowed)
        return allowed.error();
    // Access tokens that carry no session (minted by hand) go too.
    const std::optional<UserRecord> user = UserStore(transaction.connection()).findById(userId);
    if (!user)
        return failure(ErrorCode::NotFound, QStringLiteral("no such user"));
    RevocationService::writeUserCutoff(transaction.connection(), user->publicId, m_clock.nowSecs());
    int count = 0;
    for (const SessionRecord &session :
         SessionStore(transaction.connection()).listActive(userId, m_clock.now(), idleTtl())) {
        revokeInTransaction(session, reason);
        ++count;
    }
    m_changes.publishAfterCommit(m_database.connection(), Change::Sessions | Change::Revocations);
    m_audit.record(actor, QStringLiteral("session.revoke_all"), QString::number(userId), AuditOutcome::success(),
                   {{QStringLiteral("reason"), reason}, {QStringLiteral("sessions"), count}});
    transaction.commit();
    m_revocations.refreshNow();
    return count;
}

int SessionService::purgeEnded()
{
    // Keep ended sessions a day for the console and the audit trail, then drop them.
    const QDateTime before = m_clock.now().addSecs(-86400);
    const qint64 idle = idleTtl();
    return purgeInBatches(
        [&](QSqlDatabase db) { return SessionStore(std::move(db)).purgeEndedBefore(before, idle, kPurgeBatch); });
}

int SessionService::purgeRotatedTokens()
{
    // A minute more than the longest grace, so a retry at its very end still finds its row.
    const QDateTime before = m_clock.now().addSecs(-(kLongestReuseGrace.count() + 60));
    return purgeInBatches(
        [&](QSqlDatabase db) { return RefreshTokenStore(std::move(db)).purgeUsedBefore(before, kPurgeBatch); });
}

int SessionService::purgeInBatches(const std::function<int(QSqlDatabase)> &deleteBatch)
{
    // Small batches, each its own transaction (so it queues with this process's other writers),
    // with a pause between: refreshes and logins never wait behind one long delete. A run stops
    // after kPurgeRunMs (the next housekeeping run goes on) or when its thread is asked to stop.
    QElapsedTimer running;
    running.start();
    int purged = 0;
    for (;;) {
        TransactionGuard transaction(m_database);
        const int batch = deleteBatch(transaction.connection());
        transaction.commit();
        purged += batch;
        if (batch == 0 || running.elapsed() >= kPurgeRunMs || QThread::currentThread()->isInterruptionRequested())
            return purged;
        QThread::msleep(kPurgePauseMs);
    }
}

Result<SessionPage> SessionService::page(qint64 userId, const QString &cursor, int limit)
{
    std::optional<SessionStore::Position> after;
    if (!cursor.isEmpty()) {
        // "<created_at>:<id>", base64url: checked strictly, as anything a client sends.
        static const QRegularExpression shape(QStringLiteral("^(-?[0-9]{1,19}):([A-Za-z0-9_-]{1,128})\\z"));
        const auto decoded = Base64Url::decode(cursor.toLatin1());
        const QRegularExpressionMatch match
            = decoded ? shape.match(QString::fromLatin1(*decoded)) : QRegularExpressionMatch();
        bool ok = false;
        const qint64 createdAt = match.hasMatch() ? match.captured(1).toLongLong(&ok) : 0;
        if (!ok)
            return failure(ErrorCode::InvalidRequest, QStringLiteral("cursor is not one this server gave"));
        after = SessionStore::Position{createdAt, match.captured(2)};
    }
    const qint64 idle = idleTtl();
    // One more than asked: whether there is a next page, without counting. -1: all.
    auto rows = SessionStore(m_database.connection())
                    .listActiveWithEmails(userId, m_clock.now(), idle, after, limit < 0 ? -1 : limit + 1);
    SessionPage page;
    const bool more = limit >= 0 && int(rows.size()) > limit;
    if (more)
        rows.pop_back();
    for (ListedSession &listed : rows)
        page.items.push_back(ActiveSession::of(std::move(listed), idle));
    if (more && !page.items.empty()) {
        const SessionRecord &last = page.items.back().session;
        const QByteArray position = QByteArray::number(last.createdAt.toSecsSinceEpoch()) + ':' + last.id.toLatin1();
        page.nextCursor = QString::fromLatin1(Base64Url::encode(position));
    }
    return page;
}

} // namespace keyward
