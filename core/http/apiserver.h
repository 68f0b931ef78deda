// The embedded HTTP server. For now it serves /healthz; the API routes join it here.
#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace keyward {

class Backend;

class ApiServer : public QObject {
    Q_OBJECT
public:
    explicit ApiServer(std::shared_ptr<Backend> backend, QObject *parent = nullptr);
    ~ApiServer() override;

    // Binds and starts serving; gives the bound port (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port);

private:
    void registerRoutes();

    std::shared_ptr<Backend> m_backend;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace keyward
