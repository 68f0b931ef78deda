// SPDX-License-Identifier: GPL-3.0-or-later
// The SMTP servers of the mail_sink CTest fixture (tests/mail/smtp_sink.py): where they listen,
// and the messages they took, as Python's e-mail parser read them.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyward {

class TestMailSink {
public:
    // The fixture's sink (KEYWARD_TEST_MAIL_SINK); the test fails when it is not running.
    TestMailSink();

    bool isRunning() const { return m_running; }
    QString plainUrl() const; // smtp://127.0.0.1:P, no TLS
    QString starttlsUrl() const; // smtp://127.0.0.1:P, STARTTLS and AUTH required
    QString refusingUrl() const; // answers 421 and hangs up
    QString holdingUrl() const; // accepts and says nothing (a delivery in progress)
    int heldConnections() const; // how many connections the holding server took so far
    QString certificateFile() const { return m_certificate; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }

    // Every message delivered to `recipient` so far, oldest first.
    QList<QJsonObject> messagesTo(const QString &recipient) const;
    // Waits (processing events) until at least `count` have arrived; gives what arrived.
    QList<QJsonObject> waitFor(const QString &recipient, int count = 1, int timeoutMs = 15000) const;
    // An address no other test uses.
    static QString uniqueRecipient(const QString &tag);

private:
    bool m_running = false;
    QString m_directory;
    quint16 m_plain = 0;
    quint16 m_starttls = 0;
    quint16 m_refuse = 0;
    quint16 m_hold = 0;
    QString m_certificate;
    QString m_user;
    QString m_password;
};

} // namespace keyward
