// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "mail/mailsender.h"

#include "accesslog.h"
#include "accountcontroller.h"
#include "admincontroller.h"
#include "apierror.h"
#include "auth/applicationorigins.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "clientcontroller.h"
#include "common/logging.h"
#include "config/settings.h"
#include "connectioncounts.h"
#include "invitationcontroller.h"
#include "listeningsocket.h"
#include "mailcontroller.h"
#include "metrics.h"
#include "mfacontroller.h"
#include "oauthcontroller.h"
#include "oidccontroller.h"
#include "passwordworkpool.h"
#include "publiccontroller.h"
#include "ratelimiter.h"
#include "recoverycontroller.h"
#include "registrationcontroller.h"
#include "requestauth.h"
#include "responseorder.h"
#include "router.h"
#include "workspacecontroller.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutexLocker>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>

namespace keyward {

// Everything the request threads share; immutable after start() but for internally
// synchronised state (limits, metrics, caches, the access log applied from the settings).
struct ApiServer::Services {
    Services(Backend &installation, int passwordThreads)
        : backend(installation), startGeneration(installation.settings()->generation()), limiter(installation.clock()),
          passwordWork(passwordThreads, 8 * passwordThreads), authenticator(installation),
          router(authenticator, metrics), auth(installation, limiter, metrics),
          oauth(installation, auth, metrics, authenticator), admin(installation, metrics), workspaces(installation),
          clients(installation), oidc(installation, auth, metrics), open(installation, metrics, authenticator),
          mfa(installation, auth, authenticator, metrics), account(installation, auth), mail(installation),
          recovery(installation, auth), registration(auth), invitations(installation),
          applicationOrigins(installation.database(), installation.clock())
    {
        router.setApplicationOrigins(&applicationOrigins);
        auth.registerRoutes(router);
        oauth.registerRoutes(router);
        admin.registerRoutes(router);
        workspaces.registerRoutes(router);
        clients.registerRoutes(router);
        oidc.registerRoutes(router);
        open.registerRoutes(router);
        mfa.registerRoutes(router);
        account.registerRoutes(router);
        mail.registerRoutes(router);
        recovery.registerRoutes(router);
        registration.registerRoutes(router);
        invitations.registerRoutes(router);
        QStringList paths;
        for (int i = 0; i < router.table().pathCount(); ++i)
            paths << router.table().path(i).pattern;
        metrics.setPaths(paths);
    }

    // The settings a request is served under; a changed server.access_log is applied first.
    std::shared_ptr<const Settings> settingsForRequest()
    {
        std::shared_ptr<const Settings> settings = backend.settings();
        if (settings->generation() != appliedGeneration.load(std::memory_order_acquire))
            apply(*settings);
        return settings;
    }

    void apply(const Settings &settings)
    {
        QMutexLocker lock(&applyMutex);
        if (settings.generation() <= appliedGeneration.load())
            return;
        appliedGeneration.store(settings.generation(), std::memory_order_release);
        if (settings.server.accessLog == accessLogDestination)
            return;
        auto log = std::make_unique<AccessLog>(settings.server.accessLog);
        if (!log->isOpen()) { // keep logging where we did
            qCWarning(lcHttp).noquote() << log->errorString();
            return;
        }
        accessLogDestination = settings.server.accessLog;
        router.setAccessLog(log.get());
        // Closed off the request threads (closing writes what it still holds and joins its
        // writer); kept until the server stops, as a request may still hold it for a moment.
        AccessLog *retired = accessLogs.empty() ? nullptr : accessLogs.back().get();
        accessLogs.push_back(std::move(log));
        if (retired)
            logCloser.start([retired] { retired->close(); });
    }

    // The limits given at start hold until a setting changes; then the settings' do.
    void updateLimits(TransportLimits &limits)
    {
        const std::shared_ptr<const Settings> settings = backend.settings();
        if (settings->generation() == startGeneration)
            return;
        limits.maxBodyBytes = settings->server.maxBodyBytes;
        limits.maxConnectionsPerAddress = settings->server.maxConnectionsPerAddress;
        limits.unlimitedAddresses = settings->server.trustedProxies;
    }

    Backend &backend;
    const quint64 startGeneration;
    std::atomic<quint64> appliedGeneration{0};
    QMutex applyMutex;
    QString accessLogDestination; // under applyMutex
    std::vector<std::unique_ptr<AccessLog>> accessLogs; // under applyMutex; the last one is in use
    QThreadPool logCloser; // after accessLogs: destroyed first, waiting for closes in progress
    Metrics metrics;
    RateLimiter limiter;
    PasswordWorkPool passwordWork;
    Authenticator authenticator;
    Router router;
    AuthController auth;
    OAuthController oauth;
    AdminController admin;
    WorkspaceController workspaces;
    ClientController clients;
    OidcController oidc;
    PublicController open;
    MfaController mfa;
    AccountController account;
    MailController mail;
    RecoveryController recovery;
    RegistrationController registration;
    InvitationController invitations;
    ApplicationOrigins applicationOrigins;
    ConnectionCounts connections;
};

struct ApiServer::Worker {
    QThread thread;
    QObject context; // lives on `thread`: what invokeMethod targets to run code there
    QHttpServer *http = nullptr;
    GuardedTcpServer *tcp = nullptr;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

// X-Forwarded-For is believed only from a trusted proxy: walk it from the right and take the
// first address that is not one of ours.
QString clientAddressOf(const QHttpServerRequest &request, const QStringList &trustedProxies, bool *viaProxy)
{
    QHostAddress peer = request.remoteAddress();
    if (peer.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const QHostAddress v4(peer.toIPv4Address(&ok));
        if (ok)
            peer = v4;
    }
    *viaProxy = false;
    if (!trustedProxies.contains(peer.toString()))
        return peer.toString();
    const QList<QByteArray> chain = request.value("x-forwarded-for").split(',');
    for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
        const QString hop = QString::fromLatin1(it->trimmed());
        if (QHostAddress(hop).isNull())
            break;
        if (!trustedProxies.contains(hop)) {
            *viaProxy = true;
            return hop;
        }
    }
    return peer.toString();
}

QByteArray reasonPhrase(int status)
{
    static const QHash<int, QByteArray> phrases{{200, "OK"},
                                                {201, "Created"},
                                                {204, "No Content"},
                                                {400, "Bad Request"},
                                                {401, "Unauthorized"},
                                                {403, "Forbidden"},
                                                {404, "Not Found"},
                                                {405, "Method Not Allowed"},
                                                {409, "Conflict"},
                                                {413, "Payload Too Large"},
                                                {415, "Unsupported Media Type"},
                                                {429, "Too Many Requests"},
                                                {500, "Internal Server Error"},
                                                {503, "Service Unavailable"}};
    return phrases.value(status, "Status");
}

// The response on the wire. Written to the socket directly rather than through
// QHttpServerResponder, so a response can also be sent after the handler returned.
QByteArray serialize(const HttpResponse &response, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        out += "Content-Type: "
            + (response.contentType.isEmpty() ? QByteArray("application/json") : response.contentType) + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &[name, value] : response.headers) {
        // A line end in a value would start a header of someone else's choosing: never sent.
        if (value.contains('\r') || value.contains('\n') || name.contains('\r') || name.contains('\n')) {
            qCWarning(lcHttp) << "a response header with a line end was dropped:" << name;
            continue;
        }
        out += name + ": " + value + "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return response.headOnly ? out : out + response.body;
}

Result<QSslConfiguration> loadTls(const ApiServerOptions &options)
{
    QFile certificateFile(options.tlsCertificateFile);
    QFile keyFile(options.tlsKeyFile);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return failure(ErrorCode::Tls, QStringLiteral("cannot read the TLS certificate or key file"));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull())
        return failure(ErrorCode::Tls, QStringLiteral("the TLS certificate or key is not valid PEM"));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

ApiServerOptions ApiServerOptions::fromSettings(const Backend &backend)
{
    const ServerSettings settings = backend.settings()->server;
    ApiServerOptions options;
    const QString &listen = settings.listen;
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    options.address = QHostAddress(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    options.port = quint16(listen.mid(colon + 1).toUInt());
    options.threads = settings.threads;
    options.limits.maxBodyBytes = settings.maxBodyBytes;
    options.limits.maxConnectionsPerAddress = settings.maxConnectionsPerAddress;
    options.limits.unlimitedAddresses = settings.trustedProxies; // every client comes through them
    options.tlsCertificateFile = settings.tlsCertificateFile;
    options.tlsKeyFile = settings.tlsKeyFile;
    options.accessLog = settings.accessLog;
    return options;
}

ApiServer::ApiServer(std::shared_ptr<Backend> backend, QObject *parent) : QObject(parent), m_backend(std::move(backend))
{ }

ApiServer::~ApiServer()
{
    stop();
}

Result<quint16> ApiServer::start(const ApiServerOptions &options)
{
    if (options.address.isNull())
        return failure(ErrorCode::Listen, QStringLiteral("server.listen does not name an IP address"));
    std::optional<QSslConfiguration> tls;
    if (!options.tlsCertificateFile.isEmpty()) {
        Result<QSslConfiguration> loaded = loadTls(options);
        if (!loaded)
            return loaded.error();
        tls = loaded.value();
    }
    // Password hashing gets its own threads, one per core, so it never holds a request thread.
    m_services = std::make_unique<Services>(*m_backend, qMax(1, QThread::idealThreadCount()));
    auto accessLog = std::make_unique<AccessLog>(options.accessLog);
    if (!accessLog->isOpen())
        return failure(ErrorCode::AccessLog, accessLog->errorString());
    m_services->router.setAccessLog(accessLog.get());
    m_services->accessLogs.push_back(std::move(accessLog));
    m_services->accessLogDestination = options.accessLog;
    m_services->appliedGeneration = m_services->startGeneration;

    const Result<quint16> probed = ListeningSocket::probePort(options.address, options.port);
    if (!probed)
        return probed.error();
    quint16 port = probed.value();
    m_baseUrl = QStringLiteral("%1://%2:%3")
                    .arg(tls ? QStringLiteral("https") : QStringLiteral("http"),
                         options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
                             : options.address.toString())
                    .arg(port);
    // Known before the first request can arrive: tokens and discovery name the bound address.
    m_backend->announceServing(m_baseUrl);
    for (int i = 0; i < qMax(1, options.threads); ++i) {
        Result<qintptr> fd = ListeningSocket::reusePort(options.address, port);
        if (!fd) {
            stop();
            return fd.error();
        }
        port = ListeningSocket::boundPort(fd.value());
        auto worker = std::make_unique<Worker>();
        Worker *w = worker.get();
        w->thread.setObjectName(QStringLiteral("http-%1").arg(i));
        w->context.moveToThread(&w->thread);
        w->thread.start();
        Services *services = m_services.get();
        const bool secure = tls.has_value();
        // Each server and its socket live on their worker thread: QHttpServer handles requests on
        // the thread that owns it.
        QMetaObject::invokeMethod(
            &w->context,
            [w, services, options, tls, descriptor = fd.value(), secure] {
                TransportLimits limits = options.limits;
                limits.update = [services](TransportLimits &current) { services->updateLimits(current); };
                w->tcp = new GuardedTcpServer(limits);
                w->tcp->setConnectionCounts(&services->connections);
                if (tls)
                    w->tcp->setTls(*tls);
                w->tcp->setSocketDescriptor(descriptor);
                w->http = new QHttpServer;
                QObject *context = &w->context;
                w->http->setMissingHandler([services, secure, context](const QHttpServerRequest &request,
                                                                       QHttpServerResponder &&responder) {
                    HttpRequest ours;
                    ours.method = methodName(request.method());
                    ours.path = request.url().path();
                    ours.query = request.query();
                    for (const auto &[name, value] : request.headers())
                        ours.headers.insert(name.toLower(), value);
                    ours.body = request.body();
                    ours.settings = services->settingsForRequest();
                    bool viaProxy = false;
                    ours.clientAddress = clientAddressOf(request, ours.settings->server.trustedProxies, &viaProxy);
                    ours.secure = secure || (viaProxy && request.value("x-forwarded-proto") == "https");
                    const bool close = request.value("connection").toLower() == "close";
                    // Pipelined answers leave in request order, also those computed later.
                    ResponseOrder *order = ResponseOrder::of(responder.socket());
                    const quint64 place = order->reserve();
                    const RouteTable::Match match = services->router.match(ours);
                    if (!services->router.hashesPasswords(match, ours)) {
                        order->fulfil(place, serialize(services->router.dispatch(ours, match), close), close);
                        return;
                    }
                    // Answered later from the pool; the connection may be gone by then.
                    QPointer<ResponseOrder> guarded(order);
                    const bool queued = services->passwordWork.trySubmit(
                        [services, ours, match, guarded, context, place, close]() mutable {
                            QByteArray answer = serialize(services->router.dispatch(ours, match), close);
                            QMetaObject::invokeMethod(context, [guarded, place, answer, close] {
                                if (guarded)
                                    guarded->fulfil(place, answer, close);
                            });
                        });
                    if (!queued)
                        order->fulfil(place,
                                      serialize(errorResponse(ApiError::unavailable(
                                                    1,
                                                    QStringLiteral("the server is busy checking passwords; try again "
                                                                   "shortly"))),
                                                close),
                                      close);
                });
                w->http->bind(w->tcp);
            },
            Qt::BlockingQueuedConnection);
        m_workers.push_back(std::move(worker));
    }
    qCInfo(lcHttp).noquote() << "serving" << m_baseUrl << "on" << m_workers.size() << "threads";
    m_mailSender = std::make_unique<MailSender>(m_backend);
    m_mailSender->start(options.mailPollInterval);
    return port;
}

QStringList ApiServer::routes() const
{
    QStringList routes;
    const RouteTable &table = m_services->router.table();
    for (int i = 0; i < table.pathCount(); ++i) {
        const RouteTable::PathEntry &path = table.path(i);
        for (const QByteArray &method : path.allow.split(',')) {
            const QByteArray name = method.trimmed();
            if (name != "HEAD" && name != "OPTIONS")
                routes << QString::fromLatin1(name) + QLatin1Char(' ') + path.pattern;
        }
    }
    return routes;
}

void ApiServer::stop()
{
    if (m_services)
        m_services->passwordWork.waitForDone(); // answers still owed are written before the threads go
    for (auto &worker : m_workers) {
        // Close the listening socket first, then let the thread finish what it is doing.
        QMetaObject::invokeMethod(
            &worker->context,
            [w = worker.get()] {
                if (w->tcp)
                    w->tcp->close();
                delete w->http; // bind() made it the owner of the TCP server and its sockets
                w->http = nullptr;
                w->tcp = nullptr;
            },
            Qt::BlockingQueuedConnection);
        worker->thread.quit();
        worker->thread.wait();
    }
    m_workers.clear();
    m_mailSender.reset(); // a delivery in progress finishes
}

double ApiServer::secondsServing() const
{
    return m_services ? m_services->metrics.secondsTotal() : 0;
}

quint64 ApiServer::requestsServed() const
{
    return m_services ? m_services->metrics.requestsTotal() : 0;
}

} // namespace keyward
