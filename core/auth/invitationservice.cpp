// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationservice.h"

#include "accountmail.h"
#include "accountservice.h"
#include "actor.h"
#include "auditlog.h"
#include "common/batchpurge.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "crypto/base64url.h"
#include "crypto/securerandom.h"
#include "emailaddress.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>

namespace keyward {

namespace {

QString hashOf(const QString &token)
{
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256)));
}

Error unusable()
{
    return Error{ErrorCode::InvalidGrant,
                 QStringLiteral("this invitation is unknown, was used already or has expired")};
}

} // namespace

QJsonObject Invitation::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), QString::number(record.id)},
                     {QStringLiteral("email"), record.email},
                     {QStringLiteral("role"), record.role},
                     {QStringLiteral("created_at"), toRfc3339(record.createdAt)},
                     {QStringLiteral("expires_at"), toRfc3339(record.expiresAt)},
                     {QStringLiteral("invited_by"), record.invitedBy},
                     {QStringLiteral("mailed"), record.mailed}};
    if (!link.isEmpty())
        json.insert(QStringLiteral("link"), link);
    return json;
}

InvitationService::InvitationService(Database &database, WorkspaceService &workspaces, AccountService &accounts,
                                     AccountMail &mail, AuditLog &audit, ChangeSignals &changes, const Clock &clock)
    : m_database(database), m_workspaces(workspaces), m_accounts(accounts), m_mail(mail), m_audit(audit),
      m_changes(changes), m_clock(clock)
{ }

Result<Invitation> InvitationService::invite(const Actor &actor, const QString &workspace, const QString &email,
                                             const QString &role, const QString &locale)
{
    const QString address = email.trimmed();
    if (!EmailAddress::isValid(address))
        return failure(ErrorCode::InvalidEmail, QStringLiteral("email must be an e-mail address"));
    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    const Result<WorkspaceRecord> target = m_workspaces.grantableWorkspace(actor, workspace, role);
    if (!target)
        return target.error();
    const QString key = EmailAddress::key(address);
    if (const auto user = UserStore(db).findByEmailKey(key);
        user && WorkspaceStore(db).membership(target->id, user->id))
        return failure(ErrorCode::AlreadyMember, QStringLiteral("%1 is a member already").arg(address));
    InvitationStore store(db);
    // Mail to addresses chosen by any workspace admin: bounded, so nobody sends it in bulk.
    const QDateTime now = m_clock.now();
    if (store.countSince(target->id, now.addSecs(-24 * 3600)) >= kPerWorkspacePerDay)
        return failure(
            ErrorCode::RateLimited,
            QStringLiteral("this workspace sent %1 invitations in the last day; wait").arg(kPerWorkspacePerDay));
    // One invitation per address and workspace: a new one replaces the old (and its link), not
    // more often than every few minutes.
    if (const auto earlier = store.forAddress(target->id, key)) {
        if (earlier->createdAt.secsTo(now) < kReinviteAfterSeconds)
            return failure(ErrorCode::RateLimited,
                           QStringLiteral("%1 was invited moments ago; wait a few minutes").arg(address));
        store.remove(target->id, earlier->id);
    }

    const QString token = QString::fromLatin1(Base64Url::encode(randomBytes(32)));
    Invitation invitation;
    InvitationRecord &record = invitation.record;
    record.workspaceId = target->id;
    record.email = address;
    record.role = role;
    record.tokenHash = hashOf(token);
    record.invitedBy = actor.name;
    if (actor.kind == Actor::Kind::User && actor.userId > 0)
        record.inviterId = actor.userId;
    record.createdAt = now;
    record.expiresAt = record.createdAt.addSecs(AccountMail::kInvitationSeconds);
    record.mailed = m_mail.enabled();
    record.id = store.insert(record, key);
    // People see who invites them: a user by address; the local tools as "an administrator".
    const QString inviter = actor.kind == Actor::Kind::User ? actor.name.section(QLatin1Char(':'), 1) : QString();
    if (record.mailed)
        m_mail.queueInvitation(db, address, locale, inviter, target->name, role, token);
    else
        invitation.link = m_mail.link(QStringLiteral("/account/invitation"), token);
    m_audit.record(actor, QStringLiteral("workspace.invite"), address, AuditOutcome::success(),
                   {{QStringLiteral("workspace"), target->slug},
                    {QStringLiteral("role"), role},
                    {QStringLiteral("mailed"), record.mailed}});
    m_changes.publishAfterCommit(db, Change::Workspaces);
    transaction.commit();
    return invitation;
}

Result<IdPage<Invitation>> InvitationService::list(const Actor &actor, const QString &workspace, qint64 afterId,
                                                   int limit)
{
    const Result<WorkspaceRecord> target = m_workspaces.administeredWorkspace(actor, workspace);
    if (!target)
        return target.error();
    std::vector<InvitationRecord> records
        = InvitationStore(m_database.connection()).ofWorkspace(target->id, afterId, limit < 0 ? -1 : limit + 1);
    IdPage<Invitation> page;
    if (limit >= 0 && records.size() > size_t(limit)) {
        records.pop_back();
        page.nextAfter = records.back().id;
    }
    for (InvitationRecord &record : records)
        page.items.push_back({std::move(record), {}});
    return page;
}

Status InvitationService::revoke(const Actor &actor, const QString &workspace, qint64 id)
{
    TransactionGuard transaction(m_database);
    const Result<WorkspaceRecord> target = m_workspaces.administeredWorkspace(actor, workspace);
    if (!target)
        return target.error();
    if (!InvitationStore(transaction.connection()).remove(target->id, id))
        return failure(ErrorCode::NotFound, QStringLiteral("no such invitation"));
    m_audit.record(actor, QStringLiteral("workspace.uninvite"), QString::number(id), AuditOutcome::success(),
                   {{QStringLiteral("workspace"), target->slug}});
    m_changes.publishAfterCommit(transaction.connection(), Change::Workspaces);
    transaction.commit();
    return success();
}

std::optional<InvitationView> InvitationService::find(const QString &token)
{
    if (token.size() != 43)
        return std::nullopt;
    const QSqlDatabase db = m_database.connection();
    const auto record = InvitationStore(db).findByTokenHash(hashOf(token));
    if (!record || record->expiresAt <= m_clock.now())
        return std::nullopt;
    const auto workspace = WorkspaceStore(db).findById(record->workspaceId);
    if (!workspace)
        return std::nullopt;
    return InvitationView{*record, *workspace,
                          UserStore(db).findByEmailKey(EmailAddress::key(record->email)).has_value()};
}

Result<Membership> InvitationService::join(const QSqlDatabase &db, const QString &token, const UserRecord &user,
                                           const QString &clientAddress)
{
    if (token.size() != 43)
        return unusable();
    InvitationStore store(db);
    const auto peeked = store.findByTokenHash(hashOf(token));
    if (!peeked || peeked->expiresAt <= m_clock.now())
        return unusable();
    // For the invited address only: whoever else holds the link signs in as themselves in vain.
    if (EmailAddress::key(peeked->email) != EmailAddress::key(user.email))
        return failure(ErrorCode::InsufficientRole,
                       QStringLiteral("this invitation is for %1: sign in with that address").arg(peeked->email));
    const auto invitation = store.takeByTokenHash(hashOf(token));
    if (!invitation)
        return unusable();
    const auto workspace = WorkspaceStore(db).findById(invitation->workspaceId);
    if (!workspace)
        return unusable();
    // The inviter must still be able to give the role (not demoted, removed or disabled since).
    if (invitation->inviterId) {
        const Result<User> inviter = m_accounts.findById(*invitation->inviterId);
        bool mayStillGrant = inviter && !inviter->record.disabled;
        if (mayStillGrant) {
            Actor actor = Actor::user(inviter->record.email, inviter->roles, {});
            actor.userId = inviter->record.id;
            mayStillGrant
                = bool(m_workspaces.grantableWorkspace(actor, QString::number(workspace->id), invitation->role));
        }
        if (!mayStillGrant)
            return failure(ErrorCode::InsufficientRole,
                           QStringLiteral("the person who sent this invitation can no longer give this role"));
    }
    const Result<Membership> membership = m_workspaces.join(db, *workspace, user, invitation->role);
    if (!membership)
        return membership.error();
    // A mailed link reached the address: following it proves the mailbox.
    if (invitation->mailed && !user.emailVerified)
        UserStore(db).setEmailVerified(user.id, true, m_clock.now());
    Actor actor = Actor::user(user.email, {}, clientAddress);
    actor.userId = user.id;
    m_audit.record(actor, QStringLiteral("workspace.join"), user.email, AuditOutcome::success(),
                   {{QStringLiteral("workspace"), workspace->slug},
                    {QStringLiteral("role"), invitation->role},
                    {QStringLiteral("invited_by"), invitation->invitedBy}});
    m_changes.publishAfterCommit(db, Change::Users | Change::Workspaces);
    return membership;
}

Result<Membership> InvitationService::accept(const QString &token, const User &user, const QString &clientAddress)
{
    TransactionGuard transaction(m_database);
    Result<Membership> membership = join(transaction.connection(), token, user.record, clientAddress);
    if (membership)
        transaction.commit();
    return membership;
}

Result<User> InvitationService::acceptWithNewAccount(const QString &token, const QString &name, const QString &password,
                                                     const QString &clientAddress, const QString &locale)
{
    const std::optional<InvitationView> invitation = find(token);
    if (!invitation)
        return unusable();
    // One transaction: the account exists exactly when the invitation was spent on it.
    TransactionGuard transaction(m_database);
    Result<Membership> joined = unusable();
    Result<User> created = m_accounts.registerSelf(
        invitation->record.email, name, password, clientAddress, locale,
        [this, &token, &joined, &clientAddress](const QSqlDatabase &db, const UserRecord &record) {
            joined = join(db, token, record, clientAddress);
        });
    if (!created)
        return created.error();
    if (!joined)
        return joined.error();
    transaction.commit();
    return m_accounts.findById(created->record.id);
}

int InvitationService::purgeExpired()
{
    return purgeInBatches(500, 20, [this](int size) {
        return InvitationStore(m_database.connection()).purgeExpired(m_clock.now(), size);
    });
}

} // namespace keyward
