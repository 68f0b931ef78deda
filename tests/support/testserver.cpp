// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/settingsservice.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <stdexcept>

namespace keyward {

QJsonObject TestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.toLower() == name.toLower())
            return value;
    }
    return {};
}

TestServer::TestServer(QMap<QString, QString> settings, int threads, std::optional<TransportLimits> limits)
    : m_settings(std::move(settings)), m_threads(threads), m_limits(limits)
{
    m_installation = std::make_unique<TestInstallation>(m_settings);
    // Tests exercise the routes, not the limits (those have their own tests). Stored like an
    // administrator's change, so a test can change them again through any path.
    SettingChanges relaxed;
    for (const char *limit : {"limits.login_per_ip_per_minute", "limits.refresh_per_ip_per_minute",
                              "limits.register_per_ip_per_hour", "server.max_connections_per_ip"}) {
        if (!m_settings.contains(QLatin1String(limit)))
            relaxed.insert(QLatin1String(limit), QStringLiteral("100000"));
    }
    if (!relaxed.isEmpty()) {
        const auto changed = backend().settingsService().change(Actor::local(QStringLiteral("test")), relaxed);
        if (!changed)
            throw std::runtime_error(changed.error().message.toStdString());
    }
    start();
}

TestServer::~TestServer() = default;

void TestServer::start()
{
    if (const Status started = backend().startTokens(); !started)
        throw std::runtime_error(started.error().message.toStdString());
    m_server = std::make_unique<ApiServer>(m_installation->sharedBackend());
    ApiServerOptions options = ApiServerOptions::fromSettings(backend());
    options.address = QHostAddress::LocalHost;
    options.port = m_port;
    options.threads = m_threads;
    if (m_limits)
        options.limits = *m_limits;
    const Result<quint16> port = m_server->start(options);
    if (!port)
        throw std::runtime_error(port.error().message.toStdString());
    m_port = port.value();
}

void TestServer::restart()
{
    m_server.reset();
    m_installation->reopen();
    start();
}

QString TestServer::url(const QString &path) const
{
    const bool tls = !m_settings.value(QStringLiteral("server.tls_cert")).isEmpty();
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port)
        .arg(path);
}

TestReply TestServer::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              QList<QPair<QByteArray, QByteArray>> headers)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url(path))};
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Tests see a redirect as it is (the OpenID Connect flows check where it points).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    // Tests use a throwaway self-signed certificate.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    TestReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0)
        qWarning() << "request failed:" << reply->errorString();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    delete reply;
    recordForOpenApi(method, path, result);
    return result;
}

void TestServer::recordForOpenApi(const QByteArray &method, const QString &path, const TestReply &reply)
{
    // KEYWARD_RESPONSE_LOG: every answer the suite gets, one JSON line each, which
    // tests/checks/openapi_responses.py validates against docs/openapi.json.
    static const QString log = qEnvironmentVariable("KEYWARD_RESPONSE_LOG");
    if (log.isEmpty() || reply.status == 0)
        return;
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    QFile file(log);
    if (!file.open(QIODevice::Append))
        return;
    const QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(method)},
                           {QStringLiteral("path"), QUrl(path).path()},
                           {QStringLiteral("status"), reply.status},
                           {QStringLiteral("content_type"), QString::fromLatin1(reply.header("content-type"))},
                           {QStringLiteral("body"), QString::fromUtf8(reply.body)}};
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

TestReply TestServer::get(const QString &path, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return request("GET", path, {}, headers);
}

TestReply TestServer::postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

TestReply TestServer::postForm(const QString &path, const QByteArray &form, const QByteArray &bearer)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return request("POST", path, form, headers);
}

void TestServer::createUser(const QString &email, const QStringList &roles, const QString &password)
{
    const Result<User> user
        = backend().accounts().create(Actor::local(QStringLiteral("test")), {email, {}, roles, password, {}});
    if (!user)
        throw std::runtime_error(user.error().message.toStdString());
}

QByteArray TestServer::accessToken(const QString &email, const QString &password)
{
    return login(email, password).value(QStringLiteral("access_token")).toString().toLatin1();
}

QJsonObject TestServer::login(const QString &email, const QString &password)
{
    const TestReply reply = postJson(QStringLiteral("/auth/login"),
                                     {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    if (reply.status != 200)
        throw std::runtime_error("login failed: " + reply.body.toStdString());
    return reply.json();
}

QStringList TestServer::routes() const
{
    return m_server->routes();
}

} // namespace keyward
