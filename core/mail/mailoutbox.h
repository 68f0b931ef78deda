// SPDX-License-Identifier: GPL-3.0-or-later
// What Keyward has to say by mail, from the moment it is decided to the moment an SMTP server
// takes it. enqueue() writes the message into the caller's transaction: it exists exactly when
// what caused it (a reset link, an invitation) committed. The message is sealed in the table (it
// carries a single-use link), and a MailSender delivers it.
//
// Threads: any (state lives in the database).
#pragma once

#include "common/result.h"
#include "mimemessage.h"
#include "storage/outboxstore.h"

#include <QSqlDatabase>

#include <map>
#include <optional>
#include <vector>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class SettingsService;
class TokenService;
struct Actor;
struct Settings;

class MailOutbox {
public:
    MailOutbox(Database &database, const Clock &clock, SettingsService &settings, TokenService &tokens, AuditLog &audit,
               ChangeSignals &changes, QByteArray sealKey);
    static QByteArray sealKeyFrom(const QByteArray &masterKey);

    // Whether mail is configured (mail.smtp_url): without it nothing is queued.
    bool enabled() const;
    // The sender as the settings say (mail.from, else Keyward <keyward@the issuer's host>).
    MailAddress sender(const Settings &settings) const;
    // Queues a message on db's open transaction; nothing when mail is off. The kind names what
    // it is for in the outbox view ("verify", "reset", "invitation", "notice", "test").
    std::optional<qint64> enqueue(const QSqlDatabase &db, const QString &kind, const QString &recipient,
                                  const MailContent &content);
    // The message as it goes out; nothing when its seal does not open (another master key).
    std::optional<QByteArray> openMime(const OutboxRecord &message) const;

    // Administration (the routes ask for settings.write): a test message now, the outbox, a
    // retry; the actor is audited.
    Result<OutboxRecord> sendTest(const Actor &actor, const QString &recipient);
    std::vector<OutboxRecord> list(std::optional<OutboxRecord::State> state, qint64 afterId, int limit);
    Result<OutboxRecord> retry(const Actor &actor, qint64 id);
    std::map<OutboxRecord::State, qint64> counts();
    // Housekeeping: what was sent, or failed, more than kKeepDays ago leaves the outbox (a failed
    // message's sealed link with it).
    static constexpr int kKeepDays = 30;
    int purgeFinished();

    // {id, to, kind, subject, state, attempts, next_attempt_at, last_error, created_at, sent_at}
    static QJsonObject toJson(const OutboxRecord &message);

private:
    Database &m_database;
    const Clock &m_clock;
    SettingsService &m_settings;
    TokenService &m_tokens;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const QByteArray m_sealKey;
};

} // namespace keyward
