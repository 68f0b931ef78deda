// SPDX-License-Identifier: GPL-3.0-or-later
// The invitations table: who is invited to which workspace with which role, until when.
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace keyward {

struct InvitationRecord {
    qint64 id = 0;
    qint64 workspaceId = 0;
    QString email;
    QString role;
    QString tokenHash; // SHA-256 of the link's token, base64url
    QString invitedBy; // the inviter as the audit log names them
    std::optional<qint64> inviterId; // the inviting user; none: local administration
    bool mailed = false;
    QDateTime createdAt;
    QDateTime expiresAt;
};

class InvitationStore {
public:
    explicit InvitationStore(QSqlDatabase db);

    qint64 insert(const InvitationRecord &invitation, const QString &emailKey);
    std::optional<InvitationRecord> findByTokenHash(const QString &tokenHash);
    // Takes it out (accepting): exactly one request gets it.
    std::optional<InvitationRecord> takeByTokenHash(const QString &tokenHash);
    // In id order after afterId; limit < 0: all.
    std::vector<InvitationRecord> ofWorkspace(qint64 workspaceId, qint64 afterId, int limit);
    // A pending invitation of this address to this workspace (one at a time).
    std::optional<InvitationRecord> forAddress(qint64 workspaceId, const QString &emailKey);
    bool remove(qint64 workspaceId, qint64 id);
    // How many the workspace made since `since` (a limit on invitation mail).
    int countSince(qint64 workspaceId, const QDateTime &since);
    int purgeExpired(const QDateTime &before, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
