// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded HTTP API: the route table behind one or more QHttpServer instances, each on
// its own thread with its own SO_REUSEPORT socket on the same port (one QHttpServer uses one
// core). The only place that knows QHttpServer's API, which Qt 6.8 renames.
#pragma once

#include "common/result.h"
#include "guardedtcpserver.h"

#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class QThread;

namespace keyward {

class Backend;
class MailSender;
class Router;

struct ApiServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    int threads = 1;
    TransportLimits limits;
    QString tlsCertificateFile; // both or neither: serves HTTPS
    QString tlsKeyFile;
    // At start; afterwards server.access_log as it changes. CORS origins and trusted proxies are
    // always those of the settings in effect, and so are the limits once a setting changed.
    QString accessLog = QStringLiteral("stderr"); // server.access_log: off, stderr or a file
    // How often the mail sender looks for messages other servers queued or that are due again
    // (this server's own go out at once).
    std::chrono::milliseconds mailPollInterval = std::chrono::seconds(5);

    static ApiServerOptions fromSettings(const Backend &backend);
};

class ApiServer : public QObject {
    Q_OBJECT
public:
    explicit ApiServer(std::shared_ptr<Backend> backend, QObject *parent = nullptr);
    ~ApiServer() override;

    // Binds and starts serving; gives the bound port (the chosen one for port 0).
    Result<quint16> start(const ApiServerOptions &options);
    // Stops accepting, lets requests in flight finish, joins the threads.
    void stop();

    QString baseUrl() const { return m_baseUrl; }
    // "METHOD /path/{param}" of every route (not HEAD or OPTIONS, which every path answers): what
    // the OpenAPI document must describe.
    QStringList routes() const;
    bool isServing() const { return !m_workers.empty(); }
    // Requests answered since start; 0 before.
    quint64 requestsServed() const;
    double secondsServing() const; // summed over every request answered since start

private:
    struct Worker;

    std::shared_ptr<Backend> m_backend;
    struct Services;
    std::unique_ptr<Services> m_services;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::unique_ptr<MailSender> m_mailSender; // delivers the outbox while serving
    QString m_baseUrl;
};

} // namespace keyward
