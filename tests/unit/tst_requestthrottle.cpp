#include <QTest>

#include "api/requestthrottle.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using ShopDesk::RequestThrottle;

/// The client's per-endpoint throttle: a second's worth of requests at once, then the configured
/// pace, and no burst after the server said the quota is spent.
class TestRequestThrottle final : public QObject
{
    Q_OBJECT

private slots:
    void letsASecondsWorthGoAtOnce();
    void spacesRequestsAfterARateLimit();
    void doesNothingWhenOff();
};

void TestRequestThrottle::letsASecondsWorthGoAtOnce()
{
    RequestThrottle throttle(50);
    QCOMPARE(throttle.slot(), 20ms);
    for (int i = 0; i < 45; ++i)
        QCOMPARE(throttle.reserve(u"/a"_s), 0ms);
}

void TestRequestThrottle::spacesRequestsAfterARateLimit()
{
    RequestThrottle throttle(50);
    QCOMPARE(throttle.reserve(u"/a"_s), 0ms);
    throttle.rateLimited(u"/a"_s);
    // The bucket had 49 requests left; now every request waits for its own fresh slot.
    std::chrono::milliseconds previous = 0ms;
    for (int i = 0; i < 10; ++i) {
        const std::chrono::milliseconds wait = throttle.reserve(u"/a"_s);
        QVERIFY2(wait >= previous + 15ms, qPrintable(u"request %1 waits %2 ms"_s.arg(i).arg(wait.count())));
        previous = wait;
    }
    QVERIFY(previous >= 180ms);
    // Other endpoints keep their own quota.
    QCOMPARE(throttle.reserve(u"/b"_s), 0ms);
}

void TestRequestThrottle::doesNothingWhenOff()
{
    RequestThrottle throttle(0);
    throttle.rateLimited(u"/a"_s);
    QCOMPARE(throttle.slot(), 0ms);
    QCOMPARE(throttle.reserve(u"/a"_s), 0ms);
}

QTEST_GUILESS_MAIN(TestRequestThrottle)
#include "tst_requestthrottle.moc"
