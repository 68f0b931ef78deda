#include "apiserver.h"

#include "backend/backend.h"
#include "common/logging.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/storageerror.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace keyward {

ApiServer::ApiServer(std::shared_ptr<Backend> backend, QObject *parent)
    : QObject(parent), m_backend(std::move(backend)), m_server(std::make_unique<QHttpServer>())
{
    registerRoutes();
}

ApiServer::~ApiServer() = default;

void ApiServer::registerRoutes()
{
    m_server->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this]() {
        try {
            SqlStatement(m_backend->database().connection(), QStringLiteral("SELECT 1")).exec();
            return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                                   {QStringLiteral("db"), QStringLiteral("ok")}});
        } catch (const StorageError &error) {
            qCWarning(lcHttp) << "health check: database unavailable:" << error.what();
            return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("degraded")},
                                                   {QStringLiteral("db"), QStringLiteral("unavailable")}},
                                       QHttpServerResponse::StatusCode::ServiceUnavailable);
        }
    });
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = quint16(m_server->listen(address, port));
    if (bound == 0)
        return failure(QStringLiteral("listen"),
                       QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    return bound;
}

} // namespace keyward
