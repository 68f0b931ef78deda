// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtptransport.h"

#include "curllibrary.h"

#include <QUrl>

#include <cstring>
#include <memory>

namespace keyward {

namespace {

struct Upload {
    const QByteArray &data;
    qsizetype sent = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data.size() - upload->sent);
    const size_t chunk = std::min(room, left);
    std::memcpy(buffer, upload->data.constData() + upload->sent, chunk);
    upload->sent += qsizetype(chunk);
    return chunk;
}

} // namespace

bool SmtpTransport::isUsableUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty()
        && (parsed.scheme() == QLatin1String("smtp") || parsed.scheme() == QLatin1String("smtps"))
        && parsed.userInfo().isEmpty() && (parsed.path().isEmpty() || parsed.path() == QLatin1String("/"));
}

Status SmtpTransport::send(const SmtpOptions &options, const QString &envelopeFrom, const QString &recipient,
                           const QByteArray &mime)
{
    if (!isUsableUrl(options.url))
        return failure(ErrorCode::InvalidSetting,
                       QStringLiteral("mail.smtp_url is not smtp://host:port or smtps://host:port"));
    const Result<const CurlLibrary *> library = CurlLibrary::instance();
    if (!library)
        return library.error();
    const CurlLibrary &curl = *library.value();
    const std::unique_ptr<CURL, decltype(curl.easyCleanup)> transfer(curl.easyInit(), curl.easyCleanup);
    if (!transfer)
        return failure(ErrorCode::Internal, QStringLiteral("cannot start an SMTP transfer"));
    CURL *handle = transfer.get();
    const QByteArray url = options.url.toUtf8();
    const QByteArray from = '<' + envelopeFrom.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    const QByteArray username = options.username.toUtf8();
    const QByteArray password = options.password.toUtf8();
    const QByteArray caFile = options.caFile.toLocal8Bit();
    const std::unique_ptr<curl_slist, decltype(curl.slistFreeAll)> recipients(curl.slistAppend(nullptr, to.constData()),
                                                                              curl.slistFreeAll);
    Upload upload{mime};
    char errorText[CURL_ERROR_SIZE] = {};

    curl.easySetopt(handle, CURLOPT_URL, url.constData());
    curl.easySetopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl.easySetopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl.easySetopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl.easySetopt(handle, CURLOPT_UPLOAD, 1L);
    curl.easySetopt(handle, CURLOPT_READFUNCTION, readUpload);
    curl.easySetopt(handle, CURLOPT_READDATA, &upload);
    curl.easySetopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
    // STARTTLS on smtp://: required, or used when the server offers it.
    curl.easySetopt(handle, CURLOPT_USE_SSL, options.requireTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_TRY));
    curl.easySetopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl.easySetopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl.easySetopt(handle, CURLOPT_CAINFO, caFile.constData());
    if (!username.isEmpty()) {
        curl.easySetopt(handle, CURLOPT_USERNAME, username.constData());
        curl.easySetopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl.easySetopt(handle, CURLOPT_CONNECTTIMEOUT, long(options.connectTimeoutSeconds));
    curl.easySetopt(handle, CURLOPT_TIMEOUT, long(options.timeoutSeconds));
    curl.easySetopt(handle, CURLOPT_NOSIGNAL, 1L); // no SIGALRM in a threaded server
    curl.easySetopt(handle, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode result = curl.easyPerform(handle);
    if (result == CURLE_OK)
        return success();
    long reply = 0;
    curl.easyGetinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    QString message = QString::fromUtf8(errorText[0] ? errorText : curl.easyStrerror(result)).trimmed();
    if (reply > 0)
        message += QStringLiteral(" (SMTP %1)").arg(reply);
    return failure(ErrorCode::Unavailable, QStringLiteral("SMTP delivery failed: ") + message);
}

} // namespace keyward
