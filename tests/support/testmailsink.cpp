// SPDX-License-Identifier: GPL-3.0-or-later
#include "testmailsink.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace keyward {

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TestMailSink::TestMailSink() : m_directory(qEnvironmentVariable("KEYWARD_TEST_MAIL_SINK"))
{
    const QJsonObject ports = readJson(m_directory + QStringLiteral("/ports.json"));
    m_running = !m_directory.isEmpty() && !ports.isEmpty();
    m_plain = quint16(ports.value(QStringLiteral("plain")).toInt());
    m_starttls = quint16(ports.value(QStringLiteral("starttls")).toInt());
    m_refuse = quint16(ports.value(QStringLiteral("refuse")).toInt());
    m_hold = quint16(ports.value(QStringLiteral("hold")).toInt());
    m_certificate = ports.value(QStringLiteral("cert")).toString();
    m_user = ports.value(QStringLiteral("user")).toString();
    m_password = ports.value(QStringLiteral("password")).toString();
}

QString TestMailSink::plainUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_plain);
}

QString TestMailSink::starttlsUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_starttls);
}

QString TestMailSink::refusingUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_refuse);
}

QString TestMailSink::holdingUrl() const
{
    return QStringLiteral("smtp://127.0.0.1:%1").arg(m_hold);
}

int TestMailSink::heldConnections() const
{
    QFile log(m_directory + QStringLiteral("/held.log"));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    return int(log.readAll().count('\n'));
}

QList<QJsonObject> TestMailSink::messagesTo(const QString &recipient) const
{
    QList<QJsonObject> messages;
    const QDir directory(m_directory + QStringLiteral("/messages"));
    for (const QString &name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QJsonObject message = readJson(directory.filePath(name));
        for (const QJsonValue &to : message.value(QStringLiteral("rcpt_tos")).toArray()) {
            if (to.toString().compare(recipient, Qt::CaseInsensitive) == 0)
                messages.append(message);
        }
    }
    return messages;
}

QList<QJsonObject> TestMailSink::waitFor(const QString &recipient, int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    QList<QJsonObject> messages = messagesTo(recipient);
    while (messages.size() < count && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
        messages = messagesTo(recipient);
    }
    return messages;
}

QString TestMailSink::uniqueRecipient(const QString &tag)
{
    return QStringLiteral("%1-%2@mail.example").arg(tag, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

} // namespace keyward
