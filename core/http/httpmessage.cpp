// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"

#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

QByteArray mediaType(const HttpRequest &request)
{
    return request.header("content-type").split(';').first().trimmed().toLower();
}

QMap<QString, QString> parseForm(const QByteArray &body)
{
    QMap<QString, QString> fields;
    const QUrlQuery form(QString::fromUtf8(QByteArray(body).replace('+', ' ')));
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (fields.contains(key)) // RFC 6749 §3.2: parameters must not be repeated
            throw ApiError::invalidRequest(QStringLiteral("the parameter '%1' is repeated").arg(key.left(40)));
        fields.insert(key, value);
    }
    return fields;
}

} // namespace

QString HttpRequest::cookie(const QString &name) const
{
    for (const QByteArray &part : header("cookie").split(';')) {
        const qsizetype equals = part.indexOf('=');
        if (equals > 0 && part.left(equals).trimmed() == name.toLatin1())
            return QString::fromLatin1(part.mid(equals + 1).trimmed());
    }
    return {};
}

QJsonObject HttpRequest::jsonObject() const
{
    if (body.trimmed().isEmpty())
        return {};
    if (mediaType(*this) != "application/json")
        throw ApiError(ErrorCode::UnsupportedMediaType, QStringLiteral("send application/json"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ApiError::invalidRequest(QStringLiteral("the body is not a JSON object"));
    return document.object();
}

QMap<QString, QString> HttpRequest::formFields() const
{
    if (!body.trimmed().isEmpty() && mediaType(*this) != "application/x-www-form-urlencoded")
        throw ApiError(ErrorCode::UnsupportedMediaType, QStringLiteral("send application/x-www-form-urlencoded"));
    return parseForm(body);
}

QMap<QString, QString> HttpRequest::queryFields() const
{
    return parseForm(query.toString(QUrl::FullyEncoded).toUtf8());
}

QMap<QString, QString> HttpRequest::fields() const
{
    if (mediaType(*this) == "application/x-www-form-urlencoded")
        return parseForm(body);
    QMap<QString, QString> fields;
    const QJsonObject object = jsonObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            throw ApiError::invalidRequest(QStringLiteral("'%1' must be a string").arg(it.key().left(40)));
        fields.insert(it.key(), it.value().toString());
    }
    return fields;
}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
}

HttpResponse HttpResponse::noContent()
{
    return {204, {}, {}, {}};
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.push_back({name, value});
    return *this;
}

HttpResponse &HttpResponse::withCookie(const QString &name, const QString &value, const QByteArray &attributes,
                                       qint64 maxAge, bool secure)
{
    QByteArray header
        = name.toLatin1() + '=' + value.toLatin1() + "; " + attributes + "; Max-Age=" + QByteArray::number(maxAge);
    if (secure)
        header += "; Secure";
    return withHeader("Set-Cookie", header);
}

namespace JsonField {

QString requiredString(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isString())
        throw ApiError::invalidRequest(
            QStringLiteral("'%1' is required and must be a string").arg(QLatin1String(name)));
    return value.toString();
}

QString optionalString(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw ApiError::invalidRequest(QStringLiteral("'%1' must be a string").arg(QLatin1String(name)));
    return value.toString();
}

QStringList stringArray(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    const auto refuse = [name] {
        return ApiError::invalidRequest(QStringLiteral("'%1' must be an array of strings").arg(QLatin1String(name)));
    };
    if (!value.isArray())
        throw refuse();
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            throw refuse();
        out << item.toString();
    }
    return out;
}

bool optionalBool(const QJsonObject &object, const char *name, bool fallback)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        throw ApiError::invalidRequest(QStringLiteral("'%1' must be true or false").arg(QLatin1String(name)));
    return value.toBool();
}

} // namespace JsonField

} // namespace keyward
