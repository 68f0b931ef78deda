// SPDX-License-Identifier: GPL-3.0-or-later
// Audit events as a person reads them: "Signed in" for login, "administrator" for success…
// The log itself keeps the stable ids (the CSV export, the CLI and the API show those).
#pragma once

#include "storage/auditstore.h"

#include <QCoreApplication>
#include <QHash>

namespace keyward {

class AuditText {
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // The action in words; an action without words stays its id.
    static QString action(const QString &id);
    static QString outcome(const QString &id);
    // Who acted: an address for "user:<address>" and for "user:<id>" when emails knows the id;
    // "console:ada" and other tools as they are.
    static QString actor(const QString &actor, const QHash<qint64, QString> &emails);
    // The ids of users named by number ("user:2", the target of session.revoke_all) in these events.
    static std::vector<qint64> numberedUsers(const std::vector<AuditRecord> &events);
    // What happened, as a sentence: "ada@example.org changed tokens.access_ttl from 15 min to
    // 10 min"; "Failed: …" or "Denied: …" before an attempt that did not succeed.
    static QString sentence(const AuditRecord &event, const QHash<qint64, QString> &emails);
    // What a security review reads first: every refused or failed attempt, a reused refresh
    // token, a passkey counting backwards, a replayed code, reset factors or passwords, a user
    // disabled, sessions revoked, a key retired, roles or a setting changed.
    static bool isSecurityEvent(const AuditRecord &event);
    // What an event is about that the console can show: the user (an address), the session
    // and the application (its client id); empty where the event names none.
    struct Subjects {
        QString userEmail;
        QString sessionId;
        QString clientId;
    };
    static Subjects subjects(const AuditRecord &event, const QHash<qint64, QString> &emails);
    // Every field and the details pretty-printed, for the details pane.
    static QString describe(const AuditRecord &event, const QHash<qint64, QString> &emails);
};

} // namespace keyward
