// What QHttpServer 6.4 does not do by itself, checked over raw sockets: body and header
// limits, slow and idle clients, the connection cap, malformed HTTP.
#include "testserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace keyward;

namespace {

// Sends raw bytes and reads until the server closes or the timeout passes.
QByteArray exchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && answer.contains("Content-Length: 0\r\n\r\n"))
            break;
    }
    answer += socket.readAll();
    return answer;
}

QByteArray statusLine(const QByteArray &answer)
{
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

class TestTransport : public QObject {
    Q_OBJECT

private:
    static TransportLimits quickLimits()
    {
        TransportLimits limits;
        limits.maxBodyBytes = 1024;
        limits.readTimeoutMs = 800;
        limits.idleTimeoutMs = 1500;
        limits.maxConnections = 600;
        return limits;
    }

private slots:
    void bodyOverTheLimitWithContentLengthIsRefusedBeforeItArrives()
    {
        TestServer server({}, 1, quickLimits());
        // Only the head is sent: the answer must come without the body ever being uploaded.
        const QByteArray answer = exchange(server.port(),
                                           "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                           "Content-Length: 1000000\r\n\r\n");
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 413 Payload Too Large"));
        QVERIFY(answer.contains("\"error\":\"payload_too_large\""));
        // Exactly at the limit is fine (and reaches the handler: 400 for a non-JSON body).
        const QByteArray body(1024, 'x');
        const QByteArray atLimit = exchange(server.port(),
                                            "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                            "Connection: close\r\nContent-Length: 1024\r\n\r\n"
                                                + body);
        QCOMPARE(statusLine(atLimit), QByteArray("HTTP/1.1 400 Bad Request"));
    }

    // RFC 9112 §6.1 and §6.3: ambiguous framing is refused and the connection closed, so no
    // byte after it can run as a hidden request.
    void ambiguousFramingIsRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("length and chunked") << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n");
        QTest::newRow("chunked and length") << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n");
        QTest::newRow("0 then 36") << QByteArray("Content-Length: 0\r\nContent-Length: 36\r\n");
        QTest::newRow("36 then 0") << QByteArray("Content-Length: 36\r\nContent-Length: 0\r\n");
        QTest::newRow("unknown coding") << QByteArray("Transfer-Encoding: gzip\r\n");
    }

    void ambiguousFramingIsRefusedAndClosed()
    {
        QFETCH(QByteArray, headers);
        TestServer server({}, 1, quickLimits());
        const QByteArray smuggled = "GET /api/admin HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray answer = exchange(server.port(),
                                           "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                               + headers + "\r\n0\r\n\r\n" + smuggled,
                                           3000);
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 400 Bad Request"));
        QVERIFY(answer.contains("Connection: close"));
        QCOMPARE(answer.count("HTTP/1.1 "), 1); // nothing after the refusal was answered
    }

    void headAnswersCarryTheGetsLengthAndNoBody()
    {
        TestServer server({}, 1, quickLimits());
        // Pipelined HEAD then GET on one connection: the GET's answer must start right after the
        // HEAD's headers, which it cannot if a body (or a wrong length) came with the HEAD.
        const QByteArray answer = exchange(server.port(),
                                           "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                                           "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        const qsizetype split = answer.indexOf("\r\n\r\n") + 4;
        const QByteArray head = answer.left(split);
        const QByteArray get = answer.mid(split);
        QVERIFY2(head.startsWith("HTTP/1.1 200 OK"), head.constData());
        QVERIFY2(get.startsWith("HTTP/1.1 200 OK"), answer.constData());
        const QByteArray body = get.mid(get.indexOf("\r\n\r\n") + 4);
        QVERIFY(body.contains("\"status\":\"ok\""));
        const QByteArray length = "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        QVERIFY2(head.contains(length), head.constData());
    }

    void chunkedBodyOverTheLimitIsRefused()
    {
        TestServer server({}, 1, quickLimits());
        QByteArray request = "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                             "application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 5; ++i)
            request += "200\r\n" + QByteArray(512, 'a') + "\r\n"; // 2.5 KiB in 512-byte chunks
        const QByteArray answer = exchange(server.port(), request);
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 413 Payload Too Large"));
    }

    void oversizedHeadersAreRefused()
    {
        TestServer server({}, 1, quickLimits());
        const QByteArray answer = exchange(
            server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n");
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
    }

    void aSlowClientIsCutOff()
    {
        TestServer server({}, 1, quickLimits());
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"email\":");
        QElapsedTimer timer;
        timer.start();
        QByteArray answer;
        while (slow.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
            if (slow.waitForReadyRead(100))
                answer += slow.readAll();
        }
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 408 Request Timeout"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(slow.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(server.get(QStringLiteral("/healthz")).status, 200); // the server is fine
    }

    void idleKeepAliveConnectionsAreClosed()
    {
        TestServer server({}, 1, quickLimits());
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(idle.waitForReadyRead(5000));
        QVERIFY(idle.readAll().startsWith("HTTP/1.1 200"));
        QTRY_COMPARE_WITH_TIMEOUT(idle.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void fiveHundredIdleConnectionsDoNotStopOthers()
    {
        TestServer server({}, 2, quickLimits());
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 500; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            idle.push_back(std::move(socket));
        }
        for (auto &socket : idle)
            QVERIFY(socket->waitForConnected(5000));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(server.get(QStringLiteral("/healthz")).status, 200);
        // Past the cap (600) new connections are turned away with 503 instead of piling up.
        std::vector<std::unique_ptr<QTcpSocket>> more;
        for (int i = 0; i < 120; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            more.push_back(std::move(socket));
        }
        QByteArray refused;
        for (auto &socket : more) {
            if (socket->waitForReadyRead(200))
                refused = socket->readAll();
            if (!refused.isEmpty())
                break;
        }
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        idle.clear();
        more.clear();
        QTRY_COMPARE_WITH_TIMEOUT(server.get(QStringLiteral("/healthz")).status, 200, 5000);
    }

    void malformedRequestsNeverCrashTheServer()
    {
        TestServer server({}, 1, quickLimits());
        const QList<QByteArray> garbage{
            "GARBAGE\r\n\r\n",
            "GET\r\n\r\n",
            "GET / HTTP/9.9\r\n\r\n",
            "POST /auth/login HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
            "POST /auth/login HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
            "POST /auth/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            QByteArray(3000, '\0'),
            "GET /healthz HTTP/1.1\r\nHost: x\r\n" + QByteArray(100, '\n'),
        };
        for (const QByteArray &request : garbage)
            exchange(server.port(), request, 1500);
        QCOMPARE(server.get(QStringLiteral("/healthz")).status, 200);
        const QByteArray negative = exchange(server.port(), "POST /auth/login HTTP/1.1\r\nContent-Length: -5\r\n\r\n");
        QCOMPARE(statusLine(negative), QByteArray("HTTP/1.1 400 Bad Request"));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        TestServer server({}, 1, quickLimits());
        const QByteArray answer = exchange(
            server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n", 1500);
        const qsizetype first = answer.indexOf("HTTP/1.1 200");
        const qsizetype second = answer.indexOf("HTTP/1.1 404");
        QVERIFY2(first >= 0 && second > first, answer.constData());
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
