// SPDX-License-Identifier: GPL-3.0-or-later
// Health, metrics, the JWK Set and discovery documents, and the demo resource routes.
#pragma once

#include "healthprobe.h"
#include "router.h"

#include <QJsonArray>

namespace keyward {

class Backend;
class Metrics;

class PublicController {
public:
    PublicController(Backend &backend, Metrics &metrics, Authenticator &authenticator);
    void registerRoutes(Router &router);

    // The issuer and the base URL of every endpoint in discovery.
    QString issuer() const;
    qint64 metadataMaxAge() const;

private:
    HttpResponse health();
    HttpResponse metrics(RequestContext &context);
    HttpResponse jwks();
    HttpResponse discovery();
    // GET /openapi.json: the OpenAPI 3.1 document of this API (docs/openapi.json).
    static HttpResponse openApiDocument();
    QJsonArray publishedAlgorithms();
    static HttpResponse resource(RequestContext &context, const QString &message);

    Backend &m_backend;
    Metrics &m_metrics;
    Authenticator &m_authenticator;
    HealthProbe m_health;
};

} // namespace keyward
