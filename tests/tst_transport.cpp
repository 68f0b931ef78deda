// SPDX-License-Identifier: GPL-3.0-or-later
// What QHttpServer 6.4 does not do by itself, checked over raw sockets: body and header
// limits, slow and idle clients, the connection cap, malformed HTTP.
#include "testserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

// A blocking client that writes the whole request before it reads a byte, then reads to the end
// (or to a reset, which loses what was not read yet: that is what a lingering close prevents).
QByteArray sendAllThenRead(quint16 port, const QByteArray &request, qsizetype *sentBytes = nullptr)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray answer;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0) {
        qsizetype sent = 0;
        while (sent < request.size()) {
            const ssize_t n = ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        if (sentBytes)
            *sentBytes = sent;
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::recv(fd, buffer, sizeof(buffer), 0)) > 0)
            answer.append(buffer, n);
    }
    ::close(fd);
    return answer;
}

// A connection from a given loopback address (127.0.0.0/8 is all this machine's).
std::unique_ptr<QTcpSocket> connectFrom(const QString &address, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(QHostAddress(address));
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket;
}

// One keep-alive connection, one request at a time, blocking: how long each answer takes.
class KeepAliveClient {
public:
    explicit KeepAliveClient(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const timeval timeout{5, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    }
    ~KeepAliveClient() { ::close(m_fd); }
    KeepAliveClient(const KeepAliveClient &) = delete;
    KeepAliveClient &operator=(const KeepAliveClient &) = delete;

    // The status line of the answer; empty when none came.
    QByteArray get(const QByteArray &path, const QByteArray &bearer)
    {
        const QByteArray request
            = "GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + bearer + "\r\n\r\n";
        if (!m_connected || ::send(m_fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size())
            return {};
        QByteArray answer;
        char buffer[4096];
        for (;;) {
            const qsizetype end = answer.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype at = answer.toLower().indexOf("content-length: ");
                const qsizetype length
                    = at < 0 ? 0 : answer.mid(at + 16, answer.indexOf("\r\n", at) - at - 16).toLongLong();
                if (answer.size() >= end + 4 + length)
                    return answer.left(answer.indexOf("\r\n"));
            }
            const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (n <= 0)
                return {};
            answer.append(buffer, n);
        }
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};

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
    // Contract v3: the password grant runs on the password pool, never on request threads, so a
    // flood of anonymous password grants (unknown users cost a whole Argon2id each) cannot stall
    // token verification on the request threads. The flood is bounded in count and time.
    void aFloodOfPasswordGrantsDoesNotStallOtherRequests()
    {
        TestServer server({{QStringLiteral("limits.login_per_ip_per_minute"), QStringLiteral("1000000")}}, 2);
        server.createUser(QStringLiteral("ada@example.org"));
        const QByteArray token = server.accessToken(QStringLiteral("ada@example.org"));
        std::atomic<bool> stop = false;
        std::atomic<int> answered = 0;
        std::vector<std::thread> flooders;
        for (int thread = 0; thread < 4; ++thread) {
            flooders.emplace_back([&, thread] {
                for (int round = 0; round < 30 && !stop; ++round) {
                    QByteArray pipeline;
                    for (int i = 0; i < 16; ++i) {
                        // Both spellings of the grant: a percent-encoded name is the same field.
                        const QByteArray form = (i % 2 ? "grant%5Ftype=password" : "grant_type=password")
                            + QByteArray("&username=nobody-") + QByteArray::number(thread * 10000 + round * 100 + i)
                            + "%40example.org&password=whatever-it-is";
                        pipeline += "POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                    "application/x-www-form-urlencoded\r\nContent-Length: "
                            + QByteArray::number(form.size()) + "\r\n\r\n" + form;
                    }
                    pipeline += "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
                    answered += int(sendAllThenRead(server.port(), pipeline).count("HTTP/1.1 "));
                }
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(answered > 0, 10000); // the flood is under way: the pool is busy
        KeepAliveClient client(server.port());
        std::vector<qint64> micros;
        QElapsedTimer timer;
        for (int i = 0; i < 200; ++i) {
            timer.start();
            const QByteArray status = client.get("/api/protected", token);
            micros.push_back(timer.nsecsElapsed() / 1000);
            QCOMPARE(status, QByteArray("HTTP/1.1 200 OK"));
        }
        stop = true;
        for (std::thread &flooder : flooders)
            flooder.join();
        std::sort(micros.begin(), micros.end());
        const qint64 p99 = micros.at(size_t(double(micros.size() - 1) * 0.99));
        qInfo("/api/protected during a password-grant flood: p50 %lld us, p99 %lld us; %d flood answers",
              micros.at(micros.size() / 2), p99, answered.load());
        QVERIFY(answered > 0);
        QVERIFY2(p99 < 20000, qPrintable(QStringLiteral("p99 %1 us").arg(p99)));
    }

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

    // The guard sees each byte once, however the body trickles in: a body exactly at the limit,
    // sent in small pieces, reaches the handler (400 for non-JSON), never 413.
    void aBodyAtTheLimitSentInPiecesIsNotCountedTwice()
    {
        TransportLimits limits = quickLimits();
        limits.readTimeoutMs = 5000; // a loaded machine may space the pieces out: not what this tests
        TestServer server({}, 1, limits);
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(client.waitForConnected(5000));
        client.write("POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Connection: close\r\nContent-Length: 1024\r\n\r\n");
        for (int piece = 0; piece < 16; ++piece) {
            client.write(QByteArray(64, 'x'));
            QVERIFY(client.waitForBytesWritten(1000));
            QTest::qWait(10); // a body sent in pieces, at a pace: the spacing is the test's input
        }
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (client.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
            if (client.waitForReadyRead(100))
                answer += client.readAll();
        }
        answer += client.readAll(); // what came with the close
        QCOMPARE(statusLine(answer), QByteArray("HTTP/1.1 400 Bad Request"));
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
        answer += slow.readAll(); // what came with the close
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

    // Many clients, each within its per-address cap, holding idle connections: others are still
    // served; past the process-wide cap new connections are turned away at once.
    void fiveHundredIdleConnectionsDoNotStopOthers()
    {
        TransportLimits limits = quickLimits();
        limits.readTimeoutMs = 20000; // these sockets stay silent on purpose
        TestServer server({}, 2, limits);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 500; ++i)
            idle.push_back(connectFrom(QStringLiteral("127.0.1.%1").arg(1 + i / 50), server.port()));
        for (auto &socket : idle)
            QVERIFY(socket->waitForConnected(5000));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(server.get(QStringLiteral("/healthz")).status, 200);
        // Past the cap (600) new connections are turned away with 503 instead of piling up.
        std::vector<std::unique_ptr<QTcpSocket>> more;
        for (int i = 0; i < 120; ++i)
            more.push_back(connectFrom(QStringLiteral("127.0.2.%1").arg(1 + i / 50), server.port()));
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

    // One address holding many silent connections is refused past its cap, at once; every other
    // address is still served; its silent connections are closed at the read timeout.
    void oneAddressCannotHoldEveryConnection()
    {
        TransportLimits limits = quickLimits();
        limits.maxConnectionsPerAddress = 16;
        limits.readTimeoutMs = 1500;
        TestServer server({}, 2, limits);
        std::vector<std::unique_ptr<QTcpSocket>> hog;
        for (int i = 0; i < 16; ++i) {
            hog.push_back(connectFrom(QStringLiteral("127.0.0.2"), server.port()));
            QVERIFY(hog.back()->waitForConnected(5000));
        }
        QTest::qWait(100); // the server has counted them
        auto extra = connectFrom(QStringLiteral("127.0.0.2"), server.port());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(extra->waitForReadyRead(2000));
        const QByteArray refused = extra->readAll();
        QVERIFY2(refused.startsWith("HTTP/1.1 429 Too Many Requests"), refused.constData());
        QVERIFY(refused.contains("Retry-After: 1"));
        QVERIFY(refused.contains("\"error\":\"rate_limited\""));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        // Another address is served meanwhile.
        auto other = connectFrom(QStringLiteral("127.0.0.3"), server.port());
        QVERIFY(other->waitForConnected(5000));
        other->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(other->waitForReadyRead(2000));
        QVERIFY(other->readAll().startsWith("HTTP/1.1 200"));
        // The silent ones are closed at the read timeout, which frees the address.
        for (auto &socket : hog)
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 4000);
        auto again = connectFrom(QStringLiteral("127.0.0.2"), server.port());
        QVERIFY(again->waitForConnected(5000));
        again->write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(again->waitForReadyRead(2000));
        QVERIFY(again->readAll().startsWith("HTTP/1.1 200"));
    }

    // RFC 9112 §9.6: a client that sends its whole oversized body still reads the 413 (the server
    // keeps reading and discarding for a while instead of resetting the connection).
    void aClientSendingATooLargeBodyReadsThe413()
    {
        TestServer server({}, 1, quickLimits());
        const QByteArray request = "POST /auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   "Content-Length: 12582912\r\n\r\n"
            + QByteArray(12 * 1024 * 1024, 'x');
        for (int attempt = 0; attempt < 20; ++attempt) {
            // Like Node's fetch: the whole body is sent before anything is read. The server keeps
            // reading (and discarding) it, so the send is not cut off by a reset.
            qsizetype sent = 0;
            const QByteArray answer = sendAllThenRead(server.port(), request, &sent);
            QCOMPARE(sent, request.size());
            QVERIFY2(statusLine(answer) == "HTTP/1.1 413 Payload Too Large",
                     qPrintable(QStringLiteral("attempt %1: '%2'").arg(attempt).arg(QString::fromLatin1(answer))));
        }
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

    // Pipelined requests that wait for the password pool, and some the full pool turns away,
    // followed by one that is answered at once: every one is answered, in request order.
    void pipelinedPasswordRequestsAreAllAnsweredInOrder()
    {
        TransportLimits limits = quickLimits();
        limits.readTimeoutMs = 10000;
        TestServer server({}, 1, limits);
        server.createUser(QStringLiteral("ada@example.org"));
        const QByteArray login
            = "{\"email\":\"ada@example.org\",\"password\":\"" + TestServer::defaultPassword().toLatin1() + "\"}";
        QByteArray pipeline;
        constexpr int kLogins = 50;
        for (int i = 0; i < kLogins; ++i)
            pipeline += "POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(login.size()) + "\r\n\r\n" + login;
        pipeline += "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        const QByteArray answer = exchange(server.port(), pipeline, 20000);
        QList<QByteArray> statuses;
        for (qsizetype at = answer.indexOf("HTTP/1.1 "); at >= 0; at = answer.indexOf("HTTP/1.1 ", at + 1))
            statuses << answer.mid(at + 9, 3);
        QCOMPARE(statuses.size(), kLogins + 1);
        for (int i = 0; i < kLogins; ++i)
            QVERIFY2(statuses[i] == "200" || statuses[i] == "503", statuses[i].constData());
        QVERIFY(statuses.count("200") > 1); // the pool took some
        QCOMPARE(statuses.last(), QByteArray("200"));
        QVERIFY(answer.endsWith("{\"db\":\"ok\",\"status\":\"ok\"}")); // the GET's answer came last
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
