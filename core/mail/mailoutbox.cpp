// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailoutbox.h"

#include "auth/actor.h"
#include "auth/auditlog.h"
#include "auth/emailaddress.h"
#include "auth/settingsservice.h"
#include "auth/tokenservice.h"
#include "common/batchpurge.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/timeformat.h"
#include "crypto/digest.h"
#include "crypto/sealer.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>

namespace keyward {

namespace {

QByteArray associatedData(const QString &messageId)
{
    return QByteArrayLiteral("mail:") + messageId.toUtf8();
}

} // namespace

MailOutbox::MailOutbox(Database &database, const Clock &clock, SettingsService &settings, TokenService &tokens,
                       AuditLog &audit, ChangeSignals &changes, QByteArray sealKey)
    : m_database(database), m_clock(clock), m_settings(settings), m_tokens(tokens), m_audit(audit), m_changes(changes),
      m_sealKey(std::move(sealKey))
{ }

QByteArray MailOutbox::sealKeyFrom(const QByteArray &masterKey)
{
    return purposeKey(masterKey, "keyward mail outbox v1");
}

bool MailOutbox::enabled() const
{
    return m_settings.current()->mail.enabled();
}

MailAddress MailOutbox::sender(const Settings &settings) const
{
    if (const auto configured = MailAddress::parse(settings.mail.from); configured && !settings.mail.from.isEmpty())
        return *configured;
    // keyward@ the issuer's host; an IP address goes in brackets (RFC 5321 address literal).
    QString host = QUrl(m_tokens.issuer(settings)).host();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    else if (!QHostAddress(host).isNull())
        host = QStringLiteral("[%1]").arg(host);
    return {QStringLiteral("Keyward"), QStringLiteral("keyward@") + host};
}

std::optional<qint64> MailOutbox::enqueue(const QSqlDatabase &db, const QString &kind, const QString &recipient,
                                          const MailContent &content)
{
    const std::shared_ptr<const Settings> settings = m_settings.current();
    if (!settings->mail.enabled())
        return std::nullopt;
    const MailAddress from = sender(*settings);
    const QDateTime now = m_clock.now();
    OutboxRecord message;
    message.messageId = MimeMessage::newMessageId(from.address.section(QLatin1Char('@'), 1));
    message.recipient = recipient.trimmed();
    message.kind = kind;
    message.subject = content.subject;
    const QByteArray mime = MimeMessage::build(from, {{}, message.recipient}, content, message.messageId, now);
    message.sealedMime = Sealer::seal(m_sealKey, mime, associatedData(message.messageId));
    message.nextAttemptAt = now;
    message.createdAt = now;
    const qint64 id = OutboxStore(db).insert(message);
    m_changes.publishAfterCommit(db, Change::Mail);
    return id;
}

std::optional<QByteArray> MailOutbox::openMime(const OutboxRecord &message) const
{
    return Sealer::unseal(m_sealKey, message.sealedMime, associatedData(message.messageId));
}

Result<OutboxRecord> MailOutbox::sendTest(const Actor &actor, const QString &recipient)
{
    if (!EmailAddress::isValid(recipient))
        return failure(ErrorCode::InvalidRequest, QStringLiteral("to must be an e-mail address"));
    if (!enabled())
        return failure(ErrorCode::InvalidRequest, QStringLiteral("mail is not configured: set mail.smtp_url"));
    MailContent content;
    content.subject = QStringLiteral("Keyward test message");
    content.text = QStringLiteral("This is a test message from Keyward at %1.\r\n\r\nIf it reached you, Keyward "
                                  "can send mail.\r\n")
                       .arg(m_tokens.issuer());
    content.html = QStringLiteral("<!DOCTYPE html><html><body><p>This is a test message from Keyward at %1.</p>"
                                  "<p>If it reached you, Keyward can send mail.</p></body></html>")
                       .arg(m_tokens.issuer().toHtmlEscaped());
    TransactionGuard transaction(m_database);
    const auto id = enqueue(transaction.connection(), QStringLiteral("test"), recipient, content);
    if (!id)
        return failure(ErrorCode::InvalidRequest, QStringLiteral("mail is not configured: set mail.smtp_url"));
    m_audit.record(actor, QStringLiteral("mail.test"), recipient, AuditOutcome::success());
    const auto message = OutboxStore(transaction.connection()).find(*id);
    transaction.commit();
    return *message;
}

std::vector<OutboxRecord> MailOutbox::list(std::optional<OutboxRecord::State> state, qint64 afterId, int limit)
{
    return OutboxStore(m_database.connection()).list(state, afterId, limit);
}

Result<OutboxRecord> MailOutbox::retry(const Actor &actor, qint64 id)
{
    TransactionGuard transaction(m_database);
    OutboxStore store(transaction.connection());
    const auto message = store.find(id);
    if (!message)
        return failure(ErrorCode::NotFound, QStringLiteral("no such message"));
    if (!store.retry(id, m_clock.now()))
        return failure(ErrorCode::InvalidRequest,
                       QStringLiteral("the message was sent already, or a server is delivering it now"));
    m_audit.record(actor, QStringLiteral("mail.retry"), message->recipient, AuditOutcome::success(),
                   {{QStringLiteral("message"), QString::number(id)}});
    m_changes.publishAfterCommit(transaction.connection(), Change::Mail);
    const auto retried = store.find(id);
    transaction.commit();
    return *retried;
}

std::map<OutboxRecord::State, qint64> MailOutbox::counts()
{
    return OutboxStore(m_database.connection()).countByState();
}

int MailOutbox::purgeFinished()
{
    const QDateTime before = m_clock.now().addDays(-kKeepDays);
    return purgeInBatches(500, 20, [this, &before](int size) {
        return OutboxStore(m_database.connection()).purgeFinished(before, size);
    });
}

QJsonObject MailOutbox::toJson(const OutboxRecord &message)
{
    return {
        {QStringLiteral("id"), QString::number(message.id)},
        {QStringLiteral("to"), message.recipient},
        {QStringLiteral("kind"), message.kind},
        {QStringLiteral("subject"), message.subject},
        {QStringLiteral("state"), outboxStateName(message.state)},
        {QStringLiteral("attempts"), message.attempts},
        {QStringLiteral("next_attempt_at"),
         message.state == OutboxRecord::State::Pending ? QJsonValue(toRfc3339(message.nextAttemptAt)) : QJsonValue()},
        {QStringLiteral("last_error"), message.lastError},
        {QStringLiteral("created_at"), toRfc3339(message.createdAt)},
        {QStringLiteral("sent_at"), message.sentAt ? QJsonValue(toRfc3339(*message.sentAt)) : QJsonValue()}};
}

} // namespace keyward
