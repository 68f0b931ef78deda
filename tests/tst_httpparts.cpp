// The HTTP layer's parts without sockets: rate limits, hashing admission, metrics text.
#include "common/clock.h"
#include "http/apierror.h"
#include "http/metrics.h"
#include "http/passwordworkpool.h"
#include "http/ratelimiter.h"

#include <QSemaphore>
#include <QTest>
#include <QTimeZone>

using namespace keyward;

class TestHttpParts : public QObject {
    Q_OBJECT

private slots:
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

    void metricsText()
    {
        Metrics metrics;
        metrics.recordRequest(QStringLiteral("/healthz"), 200, 0.002);
        metrics.recordRequest(QStringLiteral("/healthz"), 200, 0.2);
        metrics.count(Metrics::Event::LoginFailed);
        const QByteArray text = metrics.render(7);
        QVERIFY(text.contains("keyward_http_requests_total{route=\"/healthz\",status=\"200\"} 2\n"));
        QVERIFY(text.contains("keyward_http_request_duration_seconds_bucket{le=\"0.0025\"} 1\n"));
        QVERIFY(text.contains("keyward_http_request_duration_seconds_bucket{le=\"0.25\"} 2\n"));
        QVERIFY(text.contains("keyward_logins_failed_total 1\n"));
        QVERIFY(text.contains("keyward_active_sessions 7\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpParts)
#include "tst_httpparts.moc"
