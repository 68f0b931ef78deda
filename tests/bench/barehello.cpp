// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick for tests/bench/load.sh: a bare QHttpServer 6.4 answering one JSON route, on the
// same number of SO_REUSEPORT threads as Keyward, so "Keyward's /healthz ÷ bare" measures what
// Keyward's own request path costs on top of the HTTP library. tests/bench/startup.py starts it
// on a given port as the floor of start-up: the HTTP library's own, with no database or keys.
// Usage: keyward-bench-barehello THREADS [PORT]   (prints "listening on http://127.0.0.1:PORT")
#include "http/listeningsocket.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>

#include <memory>
#include <vector>

using namespace keyward;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int threads = argc > 1 ? qMax(1, QString::fromLatin1(argv[1]).toInt()) : QThread::idealThreadCount();
    const QHostAddress address(QHostAddress::LocalHost);
    const quint16 port = argc > 2 ? quint16(QString::fromLatin1(argv[2]).toUShort()) : 0;
    const Result<quint16> probed = ListeningSocket::probePort(address, port);
    if (!probed)
        return 1;
    struct Worker {
        QThread thread;
        QObject context;
    };
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < threads; ++i) {
        const Result<qintptr> fd = ListeningSocket::reusePort(address, probed.value());
        if (!fd)
            return 1;
        auto worker = std::make_unique<Worker>();
        worker->context.moveToThread(&worker->thread);
        worker->thread.start();
        QMetaObject::invokeMethod(
            &worker->context,
            [descriptor = fd.value()] {
                auto *tcp = new QTcpServer;
                tcp->setSocketDescriptor(descriptor);
                auto *http = new QHttpServer;
                http->route(QStringLiteral("/hello"), [] {
                    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
                });
                http->bind(tcp);
            },
            Qt::BlockingQueuedConnection);
        workers.push_back(std::move(worker));
    }
    QTextStream(stdout) << "listening on http://127.0.0.1:" << probed.value() << Qt::endl;
    return app.exec();
}
