// SPDX-License-Identifier: GPL-3.0-or-later
#include "invitationstore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

namespace keyward {

namespace {

const QString kColumns = QStringLiteral(
    "id, workspace_id, email, role, token_hash, invited_by, mailed, created_at, expires_at, inviter_id");

InvitationRecord invitationFrom(const SqlStatement &query)
{
    InvitationRecord invitation;
    invitation.id = query.value(0).toLongLong();
    invitation.workspaceId = query.value(1).toLongLong();
    invitation.email = query.value(2).toString();
    invitation.role = query.value(3).toString();
    invitation.tokenHash = query.value(4).toString();
    invitation.invitedBy = query.value(5).toString();
    invitation.mailed = query.value(6).toInt() != 0;
    invitation.createdAt = fromEpoch(query.value(7).toLongLong());
    invitation.expiresAt = fromEpoch(query.value(8).toLongLong());
    if (!query.value(9).isNull())
        invitation.inviterId = query.value(9).toLongLong();
    return invitation;
}

std::optional<InvitationRecord> firstOf(SqlStatement &query)
{
    if (!query.next())
        return std::nullopt;
    return invitationFrom(query);
}

} // namespace

InvitationStore::InvitationStore(QSqlDatabase db) : m_db(std::move(db))
{ }

qint64 InvitationStore::insert(const InvitationRecord &invitation, const QString &emailKey)
{
    return SqlStatement(m_db,
                        QStringLiteral("INSERT INTO invitations (workspace_id, email, email_key, role, token_hash, "
                                       "invited_by, inviter_id, mailed, created_at, expires_at) VALUES (:workspace, "
                                       ":email, :key, :role, :token, :by, :inviter, :mailed, :created, :expires) "
                                       "RETURNING id"))
        .bind(QStringLiteral(":workspace"), invitation.workspaceId)
        .bind(QStringLiteral(":email"), invitation.email)
        .bind(QStringLiteral(":key"), emailKey)
        .bind(QStringLiteral(":role"), invitation.role)
        .bind(QStringLiteral(":token"), invitation.tokenHash)
        .bind(QStringLiteral(":by"), invitation.invitedBy)
        .bind(QStringLiteral(":inviter"),
              invitation.inviterId ? QVariant(*invitation.inviterId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":mailed"), invitation.mailed ? 1 : 0)
        .bind(QStringLiteral(":created"), invitation.createdAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":expires"), invitation.expiresAt.toSecsSinceEpoch())
        .insertReturningId();
}

std::optional<InvitationRecord> InvitationStore::findByTokenHash(const QString &tokenHash)
{
    SqlStatement query(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM invitations WHERE token_hash = :t"));
    query.bind(QStringLiteral(":t"), tokenHash).exec();
    return firstOf(query);
}

std::optional<InvitationRecord> InvitationStore::takeByTokenHash(const QString &tokenHash)
{
    SqlStatement query(m_db, QStringLiteral("DELETE FROM invitations WHERE token_hash = :t RETURNING ") + kColumns);
    query.bind(QStringLiteral(":t"), tokenHash).exec();
    return firstOf(query);
}

std::vector<InvitationRecord> InvitationStore::ofWorkspace(qint64 workspaceId, qint64 afterId, int limit)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM invitations WHERE workspace_id = :workspace AND id > :after "
                                            "ORDER BY id LIMIT :limit"));
    query.bind(QStringLiteral(":workspace"), workspaceId)
        .bind(QStringLiteral(":after"), afterId)
        .bind(QStringLiteral(":limit"), sqlLimit(limit))
        .exec();
    std::vector<InvitationRecord> invitations;
    while (query.next())
        invitations.push_back(invitationFrom(query));
    return invitations;
}

std::optional<InvitationRecord> InvitationStore::forAddress(qint64 workspaceId, const QString &emailKey)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM invitations WHERE workspace_id = :workspace AND email_key = "
                                            ":key"));
    query.bind(QStringLiteral(":workspace"), workspaceId).bind(QStringLiteral(":key"), emailKey).exec();
    return firstOf(query);
}

bool InvitationStore::remove(qint64 workspaceId, qint64 id)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM invitations WHERE workspace_id = :workspace AND id = :id"))
               .bind(QStringLiteral(":workspace"), workspaceId)
               .bind(QStringLiteral(":id"), id)
               .exec()
               .rowsAffected()
        > 0;
}

int InvitationStore::countSince(qint64 workspaceId, const QDateTime &since)
{
    return SqlStatement(m_db,
                        QStringLiteral("SELECT COUNT(*) FROM invitations WHERE workspace_id = :workspace AND "
                                       "created_at >= :since"))
        .bind(QStringLiteral(":workspace"), workspaceId)
        .bind(QStringLiteral(":since"), since.toSecsSinceEpoch())
        .scalar()
        .toInt();
}

int InvitationStore::purgeExpired(const QDateTime &before, int limit)
{
    return SqlStatement(m_db,
                        QStringLiteral("DELETE FROM invitations WHERE id IN (SELECT id FROM invitations WHERE "
                                       "expires_at < :before ORDER BY id LIMIT :limit)"))
        .bind(QStringLiteral(":before"), before.toSecsSinceEpoch())
        .bind(QStringLiteral(":limit"), sqlLimit(limit))
        .exec()
        .rowsAffected();
}

} // namespace keyward
