// SPDX-License-Identifier: GPL-3.0-or-later
// A request as the handlers see it and the response they give, independent of QHttpServer
// (whose API changes in later Qt versions; see apiserver.cpp for the glue).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <memory>

namespace keyward {

class Settings;

struct HttpRequest {
    QByteArray method; // upper case: GET, POST, …
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString clientAddress; // the peer, or the forwarded client when the peer is a trusted proxy
    bool secure = false; // TLS here, or at a trusted proxy
    QHash<QString, QString> pathParameters;
    // The settings in effect when the request arrived, used for all of it.
    std::shared_ptr<const Settings> settings;

    QByteArray header(const char *lowerCaseName) const { return headers.value(QByteArray(lowerCaseName)); }
    QString cookie(const QString &name) const;

    // The body as a JSON object; 415 for another content type, 400 when malformed. An empty
    // body is an empty object.
    QJsonObject jsonObject() const;
    // JSON or application/x-www-form-urlencoded fields as strings (RFC 7009, RFC 7662 accept both).
    QMap<QString, QString> fields() const;
    // Form fields only (RFC 6749 token requests).
    QMap<QString, QString> formFields() const;
    // The query's parameters, decoded as a form is ('+' is a space: RFC 6749 Appendix B); a
    // repeated one is invalid_request (RFC 6749 §3.1).
    QMap<QString, QString> queryFields() const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // The answer to HEAD: the GET's headers, Content-Length included, without the body (RFC 9110 §9.3.2).
    bool headOnly = false;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse noContent();
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // Set-Cookie: name=value; attributes; Max-Age (0 deletes it); Secure under TLS.
    HttpResponse &withCookie(const QString &name, const QString &value, const QByteArray &attributes, qint64 maxAge,
                             bool secure);
};

// Typed access to request JSON; a wrong type is a 400 invalid_request naming the field.
namespace JsonField {
QString requiredString(const QJsonObject &object, const char *name);
QString optionalString(const QJsonObject &object, const char *name);
bool optionalBool(const QJsonObject &object, const char *name, bool fallback = false);
// An array of strings (invalid_request otherwise, also when it is missing).
QStringList stringArray(const QJsonObject &object, const char *name);
} // namespace JsonField

} // namespace keyward
