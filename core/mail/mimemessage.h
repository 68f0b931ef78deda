// SPDX-License-Identifier: GPL-3.0-or-later
// Assembles one e-mail as it goes over SMTP (RFC 5322 with MIME, RFC 2045–2047): a plain text
// and an HTML alternative, both UTF-8 in base64 (any line length, any character, nothing an
// SMTP server may rewrap), headers with non-ASCII words encoded, CRLF line ends. Nothing a value
// brings can start a header: addresses must pass EmailAddress::isValid, and every other header
// text is either plain printable ASCII or encoded.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace keyward {

struct MailAddress {
    QString displayName; // may be empty
    QString address;

    // "Name <addr@host>", "<addr@host>" or "addr@host"; nothing when the address is not valid.
    static std::optional<MailAddress> parse(const QString &text);
    // For a From: or To: header.
    QByteArray header() const;
};

struct MailContent {
    QString subject;
    QString text;
    QString html;
};

namespace MimeMessage {

// "<random@domain>": unique per message, kept for every attempt so a repeat is recognisable.
QString newMessageId(const QString &domain);
QByteArray build(const MailAddress &from, const MailAddress &to, const MailContent &content, const QString &messageId,
                 const QDateTime &date);
// A header value as RFC 2047 encoded words when it is not plain printable ASCII, folded.
QByteArray encodedHeaderText(const QString &text);

} // namespace MimeMessage

} // namespace keyward
