// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP layer's parts without sockets: rate limits, hashing admission, metrics text.
#include "auth/statistics.h"
#include "common/clock.h"
#include "http/accesslog.h"
#include "http/apierror.h"
#include "http/metrics.h"
#include "http/passwordworkpool.h"
#include "http/ratelimiter.h"
#include "http/requestframing.h"
#include "http/routetable.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>
#include <vector>

using namespace keyward;

class TestHttpParts : public QObject {
    Q_OBJECT

private slots:
    // Contract v3: per-address limits count an IPv6 client by its /64.
    void perAddressLimitsCountIpv6ByItsSlash64()
    {
        QCOMPARE(RateLimiter::networkOf(QStringLiteral("2001:db8:1:2:aaaa::1")),
                 RateLimiter::networkOf(QStringLiteral("2001:db8:1:2:ffff:1:2:3")));
        QCOMPARE(RateLimiter::networkOf(QStringLiteral("2001:db8:1:2:aaaa::1")), QStringLiteral("2001:db8:1:2::/64"));
        QVERIFY(RateLimiter::networkOf(QStringLiteral("2001:db8:1:3::1"))
                != RateLimiter::networkOf(QStringLiteral("2001:db8:1:2::1")));
        QCOMPARE(RateLimiter::networkOf(QStringLiteral("192.0.2.7")), QStringLiteral("192.0.2.7"));
        QVERIFY(RateLimiter::networkOf(QStringLiteral("192.0.2.7"))
                != RateLimiter::networkOf(QStringLiteral("192.0.2.8")));
        QCOMPARE(RateLimiter::networkOf(QStringLiteral("::ffff:192.0.2.7")), QStringLiteral("::ffff:192.0.2.7"));
    }

    void fixedWindowPerKey()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
        RateLimiter limiter(clock);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!limiter.hit(QStringLiteral("a"), 3, 60));
        QCOMPARE(limiter.hit(QStringLiteral("a"), 3, 60), std::optional<qint64>(60));
        QVERIFY(!limiter.hit(QStringLiteral("b"), 3, 60)); // keys are separate
        clock.advance(45);
        QCOMPARE(limiter.hit(QStringLiteral("a"), 3, 60), std::optional<qint64>(15));
        clock.advance(15);
        QVERIFY(!limiter.hit(QStringLiteral("a"), 3, 60));
    }

    void framingIsTheSameWhateverTheReadSizes()
    {
        const QByteArray stream = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
                                  "POST /b HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                                  "POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                                  "GET /d HTTP/1.1\r\n";
        for (const qsizetype step : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), stream.size()}) {
            RequestFraming framing(16 * 1024, 1024);
            for (qsizetype at = 0; at < stream.size(); at += step)
                QVERIFY(!framing.feed(QByteArrayView(stream).sliced(at, qMin(step, stream.size() - at))));
            QCOMPARE(framing.completed(), quint64(3));
            QCOMPARE(framing.started(), quint64(4));
            QVERIFY(!framing.idle()); // the fourth head is not complete
        }
    }

    void framingRefusesWhatMustNotBeRead_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("status");
        QTest::newRow("both framings") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: "
                                                     "chunked\r\n\r\n")
                                       << 400;
        QTest::newRow("0 then 36") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 0\r\nContent-Length: 36\r\n\r\n")
                                   << 400;
        QTest::newRow("body over limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n") << 413;
        // A chunk size near 2^63 must be refused, not added up past the limit (or past qint64).
        QTest::newRow("huge chunk") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n"
            "7fffffffffffffff\r\n") << 413;
        QTest::newRow("negative chunk") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n")
                                        << 400;
        // Where QHttpServer's parser and the guard could disagree on a request's end: refused.
        QTest::newRow("folded header") << QByteArray("POST / HTTP/1.1\r\nX: a\r\n Content-Length: 200\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("POST / HTTP/1.1\r\nContent-Length : 5\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("head too large") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(17 * 1024, 'a')) << 431;
    }

    void framingRefusesWhatMustNotBeRead()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, status);
        RequestFraming framing(16 * 1024, 1024);
        const auto refusal = framing.feed(stream);
        QVERIFY(refusal);
        QCOMPARE(refusal->status, status);
        QVERIFY(!framing.feed("GET / HTTP/1.1\r\n\r\n")); // nothing after a refusal is read
        QCOMPARE(framing.completed(), quint64(0));
    }

    void passwordWorkIsBoundedAndRefusedWhenFull()
    {
        PasswordWorkPool pool(1, 2);
        QSemaphore release;
        std::atomic<int> done{0};
        const auto blocker = [&] {
            release.acquire();
            ++done;
        };
        QVERIFY(pool.trySubmit(blocker));
        QVERIFY(pool.trySubmit(blocker));
        QVERIFY(!pool.trySubmit(blocker)); // two in flight: the third is refused at once
        release.release(2);
        pool.waitForDone();
        QCOMPARE(done.load(), 2);
        QVERIFY(pool.trySubmit([&] { ++done; }));
        pool.waitForDone();
        QCOMPARE(done.load(), 3);
    }

    void routeTableFindsByLookup()
    {
        RouteTable table;
        QVERIFY(table.add("GET", QStringLiteral("/healthz"), 0));
        QVERIFY(table.add("POST", QStringLiteral("/admin/users"), 1));
        QVERIFY(table.add("GET", QStringLiteral("/admin/users"), 2));
        QVERIFY(table.add("GET", QStringLiteral("/admin/users/{id}"), 3));
        QVERIFY(table.add("DELETE", QStringLiteral("/admin/users/{id}"), 4));
        QVERIFY(table.add("PUT", QStringLiteral("/admin/users/{id}/roles"), 5));
        QVERIFY(table.add("DELETE", QStringLiteral("/admin/sessions/{id}"), 6));
        QVERIFY(!table.add("GET", QStringLiteral("/healthz"), 7)); // twice
        QVERIFY(!table.add("HEAD", QStringLiteral("/x"), 8)); // HEAD is GET's
        QCOMPARE(table.pathCount(), 5);

        QCOMPARE(table.find("GET", QStringLiteral("/healthz")).route, 0);
        QCOMPARE(table.find("HEAD", QStringLiteral("/healthz")).route, 0);
        const auto user = table.find("DELETE", QStringLiteral("/admin/users/42"));
        QCOMPARE(user.route, 4);
        QCOMPARE(user.parameters.value(QStringLiteral("id")), QStringLiteral("42"));
        QCOMPARE(user.path->pattern, QStringLiteral("/admin/users/{id}"));
        QCOMPARE(table.find("PUT", QStringLiteral("/admin/users/7/roles")).parameters.value(QStringLiteral("id")),
                 QStringLiteral("7"));
        // 405: the path exists, the method does not; Allow lists what does.
        const auto wrong = table.find("PATCH", QStringLiteral("/admin/users"));
        QVERIFY(wrong.path);
        QCOMPARE(wrong.route, -1);
        QCOMPARE(wrong.path->allow, QByteArray("GET, HEAD, POST, OPTIONS"));
        QCOMPARE(table.find("OPTIONS", QStringLiteral("/admin/sessions/x")).path->allow, QByteArray("DELETE, OPTIONS"));
        // 404: no such path — also an empty parameter, a trailing slash, an extra segment.
        for (const char *path : {"/nope", "/admin/users/", "/admin/users/1/roles/2", "/admin", "", "/healthz/"})
            QVERIFY2(!table.find("GET", QString::fromLatin1(path)).path, path);
        // A literal segment wins over a parameter at the same place.
        RouteTable both;
        QVERIFY(both.add("GET", QStringLiteral("/a/{id}"), 0));
        QVERIFY(both.add("GET", QStringLiteral("/a/me"), 1));
        QCOMPARE(both.find("GET", QStringLiteral("/a/me")).route, 1);
        QCOMPARE(both.find("GET", QStringLiteral("/a/you")).route, 0);
    }

    void accessLogWritesEveryLineFromManyThreads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("access.log"));
        {
            AccessLog log(path);
            QVERIFY(log.isOpen());
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&log, t] {
                    for (int i = 0; i < 500; ++i)
                        log.log({"GET", QStringLiteral("/api/protected"), QStringLiteral("127.0.0.%1").arg(t), 200, 42,
                                 0.25});
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            log.flush();
            QCOMPARE(log.dropped(), quint64(0));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 2001); // and the empty piece after the last newline
        QVERIFY2(lines.first().endsWith(" \"GET /api/protected\" 200 42 0.2ms")
                     || lines.first().endsWith(" \"GET /api/protected\" 200 42 0.3ms"),
                 lines.first().constData());
        QVERIFY(file.permissions() & QFileDevice::ReadOwner);
    }

    void accessLogLinesCannotBeForged()
    {
        // A path with a newline and quotes stays on its line.
        const QByteArray line = AccessLog::format(
            {"GET", QStringLiteral("/x\n2026 127.0.0.1 \"GET /admin\" 200"), QStringLiteral("::1"), 404, 0, 1}, 1);
        QCOMPARE(line.count('\n'), 1);
        QVERIFY2(line.startsWith("1970-01-01T00:00:00.001Z ::1 \"GET /x"), line.constData());
        QVERIFY(AccessLog::format({"GET", QStringLiteral("/"), QStringLiteral("a"), 200, 0, 1}, 1767268800999)
                    .startsWith("2026-01-01T12:00:00.999Z a "));
        QVERIFY(line.contains("\\x0a"));
        QVERIFY(line.contains("\\x22"));
        QVERIFY(!AccessLog(QStringLiteral("/nonexistent-dir/access.log")).isOpen());
        QVERIFY(AccessLog(QStringLiteral("off")).isOpen()); // nothing to open
    }

    void metricsText()
    {
        Metrics metrics;
        metrics.setPaths({QStringLiteral("/healthz"), QStringLiteral("/auth/login")});
        metrics.recordRequest(0, 200, 0.002);
        metrics.recordRequest(0, 200, 0.2);
        metrics.recordRequest(1, 418, 0.001);
        metrics.recordRequest(-1, 404, 0.001);
        metrics.count(Metrics::Event::LoginFailed);
        ActivityFigures figures;
        figures.users = 12;
        figures.activeSessions = 7;
        const QByteArray text = metrics.render(figures);
        QVERIFY(text.contains("keyward_http_requests_total{route=\"/healthz\",status=\"200\"} 2\n"));
        QVERIFY(text.contains("keyward_http_requests_total{route=\"/auth/login\",status=\"other\"} 1\n"));
        QVERIFY(text.contains("keyward_http_requests_total{route=\"unmatched\",status=\"404\"} 1\n"));
        QVERIFY(!text.contains("status=\"201\"")); // nothing for what never happened
        QVERIFY(text.contains("keyward_http_request_duration_seconds_count 4\n"));
        QVERIFY(text.contains("keyward_http_request_duration_seconds_bucket{le=\"0.0025\"} 3\n"));
        QVERIFY(text.contains("keyward_http_request_duration_seconds_bucket{le=\"0.25\"} 4\n"));
        QVERIFY(text.contains("keyward_logins_failed_total 1\n"));
        QVERIFY(text.contains("keyward_active_sessions 7\n"));
        QVERIFY(text.contains("# TYPE keyward_users gauge\nkeyward_users 12\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParts)
#include "tst_httpparts.moc"
