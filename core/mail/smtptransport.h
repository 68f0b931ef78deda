// SPDX-License-Identifier: GPL-3.0-or-later
// Hands one message to an SMTP server through libcurl: smtp:// (with STARTTLS — required, or
// taken when offered), smtps:// (TLS from the start), AUTH when a user name is set, the
// certificate checked against the system's CAs (or mail.ca_file). Nothing but SMTP is spoken,
// whatever the URL says, and no attempt outlasts its time limit.
//
// Threads: any; each send() is independent.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace keyward {

struct SmtpOptions {
    QString url; // smtp://host[:port] or smtps://host[:port]
    bool requireTls = true;
    QString username;
    QString password;
    QString caFile; // empty: the system's certificate store
    int connectTimeoutSeconds = 10;
    int timeoutSeconds = 60;
};

class SmtpTransport {
public:
    // A one-line error (what failed, libcurl's words and the server's reply code) when the
    // server did not take the message; never the password.
    static Status send(const SmtpOptions &options, const QString &envelopeFrom, const QString &recipient,
                       const QByteArray &mime);
    // Whether the URL is one send() can use (scheme smtp or smtps, a host).
    static bool isUsableUrl(const QString &url);
};

} // namespace keyward
