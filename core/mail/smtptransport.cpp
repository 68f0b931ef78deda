// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtptransport.h"

#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

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

void initialiseCurlOnce()
{
    // curl_global_init is not thread-safe; every sender thread comes through here first.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter {
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

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
    initialiseCurlOnce();
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return failure(ErrorCode::Internal, QStringLiteral("cannot start an SMTP transfer"));
    CURL *handle = curl.get();
    const QByteArray url = options.url.toUtf8();
    const QByteArray from = '<' + envelopeFrom.toUtf8() + '>';
    const QByteArray to = '<' + recipient.toUtf8() + '>';
    const QByteArray username = options.username.toUtf8();
    const QByteArray password = options.password.toUtf8();
    const QByteArray caFile = options.caFile.toLocal8Bit();
    std::unique_ptr<curl_slist, ListDeleter> recipients(curl_slist_append(nullptr, to.constData()));
    Upload upload{mime};
    char errorText[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(mime.size()));
    // STARTTLS on smtp://: required, or used when the server offers it.
    curl_easy_setopt(handle, CURLOPT_USE_SSL, options.requireTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_TRY));
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    if (!username.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(options.connectTimeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(options.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L); // no SIGALRM in a threaded server
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorText);

    const CURLcode result = curl_easy_perform(handle);
    if (result == CURLE_OK)
        return success();
    long reply = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &reply);
    QString message = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result)).trimmed();
    if (reply > 0)
        message += QStringLiteral(" (SMTP %1)").arg(reply);
    return failure(ErrorCode::Unavailable, QStringLiteral("SMTP delivery failed: ") + message);
}

} // namespace keyward
