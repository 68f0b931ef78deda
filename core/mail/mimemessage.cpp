// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimemessage.h"

#include "auth/emailaddress.h"
#include "crypto/securerandom.h"

#include <QLocale>

namespace keyward {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Base64 in lines of 76 characters (RFC 2045 6.8).
QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        out += encoded.mid(at, 76) + kCrlf;
    return out;
}

QByteArray part(const QByteArray &contentType, const QString &body)
{
    return QByteArrayLiteral("Content-Type: ") + contentType + QByteArrayLiteral("; charset=utf-8") + kCrlf
        + QByteArrayLiteral("Content-Transfer-Encoding: base64") + kCrlf + kCrlf + base64Lines(body.toUtf8());
}

QByteArray rfc5322Date(const QDateTime &date)
{
    // Always in English and UTC, whatever the process's locale.
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + QByteArrayLiteral(" +0000");
}

} // namespace

std::optional<MailAddress> MailAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    MailAddress parsed;
    const qsizetype open = trimmed.lastIndexOf(QLatin1Char('<'));
    if (open >= 0) {
        if (!trimmed.endsWith(QLatin1Char('>')))
            return std::nullopt;
        parsed.address = trimmed.mid(open + 1, trimmed.size() - open - 2);
        parsed.displayName = trimmed.left(open).trimmed();
        if (parsed.displayName.size() >= 2 && parsed.displayName.startsWith(QLatin1Char('"'))
            && parsed.displayName.endsWith(QLatin1Char('"')))
            parsed.displayName = parsed.displayName.mid(1, parsed.displayName.size() - 2);
    } else {
        parsed.address = trimmed;
    }
    for (const QChar c : parsed.displayName) {
        if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return std::nullopt;
    }
    if (!EmailAddress::isValid(parsed.address) || parsed.address != parsed.address.trimmed())
        return std::nullopt;
    return parsed;
}

QByteArray MailAddress::header() const
{
    const QByteArray angle = '<' + address.toLatin1() + '>';
    if (displayName.isEmpty())
        return angle;
    if (isPlainAscii(displayName))
        return '"' + displayName.toLatin1() + QByteArrayLiteral("\" ") + angle;
    return MimeMessage::encodedHeaderText(displayName) + ' ' + angle;
}

namespace MimeMessage {

QString newMessageId(const QString &domain)
{
    return QStringLiteral("<%1@%2>").arg(QString::fromLatin1(randomBytes(16).toHex()), domain);
}

QByteArray encodedHeaderText(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Encoded words of at most 39 bytes of UTF-8 each (52 in base64, 64 with the frame: a line
    // stays within 78 characters after "Subject: "), never splitting a character; folded.
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QString character = text.mid(i, length);
        if (character.at(0).unicode() < 0x20) // no control characters, CR and LF above all
            character = QStringLiteral(" ");
        const QByteArray bytes = character.toUtf8();
        if (chunk.size() + bytes.size() > 39) {
            words.append(QByteArrayLiteral("=?UTF-8?B?") + chunk.toBase64() + QByteArrayLiteral("?="));
            chunk.clear();
        }
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty())
        words.append(QByteArrayLiteral("=?UTF-8?B?") + chunk.toBase64() + QByteArrayLiteral("?="));
    return words.join(kCrlf + ' ');
}

QByteArray build(const MailAddress &from, const MailAddress &to, const MailContent &content, const QString &messageId,
                 const QDateTime &date)
{
    const QByteArray boundary = QByteArrayLiteral("=_keyward_") + randomBytes(12).toHex();
    QByteArray mime;
    const auto header = [&mime](const char *name, const QByteArray &value) {
        mime += QByteArray(name) + QByteArrayLiteral(": ") + value + kCrlf;
    };
    header("Date", rfc5322Date(date));
    header("From", from.header());
    header("To", to.header());
    header("Subject", encodedHeaderText(content.subject));
    header("Message-ID", messageId.toLatin1());
    // RFC 3834: a machine wrote it; vacation responders stay quiet.
    header("Auto-Submitted", QByteArrayLiteral("auto-generated"));
    header("MIME-Version", QByteArrayLiteral("1.0"));
    header("Content-Type",
           QByteArrayLiteral("multipart/alternative;") + kCrlf + QByteArrayLiteral(" boundary=\"") + boundary + '"');
    mime += kCrlf;
    mime += QByteArrayLiteral("--") + boundary + kCrlf + part(QByteArrayLiteral("text/plain"), content.text);
    mime += QByteArrayLiteral("--") + boundary + kCrlf + part(QByteArrayLiteral("text/html"), content.html);
    mime += QByteArrayLiteral("--") + boundary + QByteArrayLiteral("--") + kCrlf;
    return mime;
}

} // namespace MimeMessage

} // namespace keyward
