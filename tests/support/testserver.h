// SPDX-License-Identifier: GPL-3.0-or-later
// A started API server on 127.0.0.1 with port 0 over a TestInstallation, and a small blocking
// HTTP client for tests that talk to it over real sockets.
#pragma once

#include "http/apiserver.h"
#include "testinstallation.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

#include <memory>

namespace keyward {

struct TestReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QString error() const { return json().value(QStringLiteral("error")).toString(); }
};

class TestServer {
public:
    explicit TestServer(QMap<QString, QString> settings = {}, int threads = 2,
                        std::optional<TransportLimits> limits = {});
    ~TestServer();

    TestInstallation &installation() { return *m_installation; }
    Backend &backend() { return m_installation->backend(); }
    ManualClock &clock() { return m_installation->clock(); }
    quint16 port() const { return m_port; }
    // "METHOD /path" of every route the server has (ApiServer::routes).
    QStringList routes() const;
    QString url(const QString &path) const;
    // Stops and starts the server on a new Backend over the same files (a restart).
    void restart();

    TestReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      QList<QPair<QByteArray, QByteArray>> headers = {});
    TestReply get(const QString &path, const QByteArray &bearer = {});
    TestReply postJson(const QString &path, const QJsonObject &body, const QByteArray &bearer = {});
    TestReply postForm(const QString &path, const QByteArray &form, const QByteArray &bearer = {});

    // Convenience for the common set-up: a user with a password and roles, and a login.
    void createUser(const QString &email, const QStringList &roles = {}, const QString &password = defaultPassword());
    QJsonObject login(const QString &email, const QString &password = defaultPassword());
    // A fresh access token of a login.
    QByteArray accessToken(const QString &email, const QString &password = defaultPassword());
    static QString defaultPassword() { return QStringLiteral("a sturdy passphrase"); }

private:
    static void recordForOpenApi(const QByteArray &method, const QString &path, const TestReply &reply);

    void start();

    QMap<QString, QString> m_settings;
    int m_threads;
    std::optional<TransportLimits> m_limits;
    std::unique_ptr<TestInstallation> m_installation;
    std::unique_ptr<ApiServer> m_server;
    quint16 m_port = 0;
};

} // namespace keyward
