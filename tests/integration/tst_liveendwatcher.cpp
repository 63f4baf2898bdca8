#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include "api/analyticsservice.h"
#include "api/apiclient.h"
#include "replywaiter.h"
#include "sandbox/analyticsseed.h"
#include "sandboxfixture.h"
#include "sync/liveendwatcher.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QDate shopToday(SandboxFixture &sandbox)
{
    return QDateTime::fromSecsSinceEpoch(sandbox.clock().nowSecs(), QTimeZone("America/Los_Angeles")).date();
}

QList<LiveSession> sessionsOfToday(AnalyticsService &service, SandboxFixture &sandbox)
{
    const QDate today = shopToday(sandbox);
    return waitFor(service.liveSessions({today, today.addDays(1)})).value;
}

} // namespace

/// The sandbox's LIVE session on air, and the watcher that notices when it ends.
class TestLiveEndWatcher final : public QObject
{
    Q_OBJECT

private slots:
    void aSessionIsOnAirAtTheReferenceTime();
    void endsWhenTheSandboxClockPassesItsEnd();
    void reportsNothingForSessionsItNeverSawOnAir();
    void pollsOnTheClockNotBefore();
};

void TestLiveEndWatcher::aSessionIsOnAirAtTheReferenceTime()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const QList<LiveSession> today = sessionsOfToday(service, sandbox);
    QCOMPARE(today.size(), 1);
    const LiveSession &live = today.first();
    QVERIFY(live.isOnAir());
    QCOMPARE(live.startTime, sandbox.clock().nowSecs() - AnalyticsSeed::onAirStartedBefore);
    QVERIFY(live.gmv.minor > 0 && live.viewers > 0);

    // Half an hour later the same session has sold more and is still on air.
    sandbox.clock().advance(1800);
    const LiveSession later = sessionsOfToday(service, sandbox).first();
    QCOMPARE(later.id, live.id);
    QVERIFY(later.isOnAir());
    QVERIFY(later.gmv.minor > live.gmv.minor);
    QVERIFY(later.viewers > live.viewers);

    // Past its end it has an end time and its final figures, which do not change any more.
    sandbox.clock().advance(AnalyticsSeed::onAirEndsAfter);
    const LiveSession ended = sessionsOfToday(service, sandbox).first();
    QVERIFY(!ended.isOnAir());
    QCOMPARE(ended.endTime, live.startTime + AnalyticsSeed::onAirStartedBefore + AnalyticsSeed::onAirEndsAfter);
    QVERIFY(ended.gmv.minor > later.gmv.minor);
    sandbox.clock().advance(3600);
    QCOMPARE(sessionsOfToday(service, sandbox).first(), ended);
}

void TestLiveEndWatcher::endsWhenTheSandboxClockPassesItsEnd()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    LiveEndWatcher watcher(service, sandbox.clock());
    QSignalSpy polled(&watcher, &LiveEndWatcher::sessionsPolled);
    QSignalSpy ended(&watcher, &LiveEndWatcher::liveEnded);
    watcher.start();
    QVERIFY(polled.wait(10000));
    QCOMPARE(watcher.sessionsOnAir().size(), 1);
    const QString onAir = watcher.sessionsOnAir().first();

    // One interval on: polled again, still on air, nothing to say.
    sandbox.clock().advance(LiveEndWatcher::pollIntervalSeconds);
    QVERIFY(polled.wait(10000));
    QCOMPARE(ended.count(), 0);

    // The sandbox clock passes the planned end: the next poll notices, once.
    sandbox.clock().advance(AnalyticsSeed::onAirEndsAfter);
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.count(), 1);
    const LiveSession session = ended.first().first().value<LiveSession>();
    QCOMPARE(session.id, onAir);
    QVERIFY(!session.isOnAir());
    QVERIFY(session.gmv.minor > 0);
    QVERIFY(watcher.sessionsOnAir().isEmpty());
    sandbox.clock().advance(LiveEndWatcher::pollIntervalSeconds);
    QVERIFY(polled.wait(10000));
    QCOMPARE(ended.count(), 1);
}

void TestLiveEndWatcher::reportsNothingForSessionsItNeverSawOnAir()
{
    SandboxFixture sandbox;
    // The session on air has ended before the watcher ever looks.
    sandbox.clock().advance(AnalyticsSeed::onAirEndsAfter + 60);
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    LiveEndWatcher watcher(service, sandbox.clock());
    QSignalSpy polled(&watcher, &LiveEndWatcher::sessionsPolled);
    QSignalSpy ended(&watcher, &LiveEndWatcher::liveEnded);
    watcher.start();
    QVERIFY(polled.wait(10000));
    QVERIFY(!polled.first().first().value<QList<LiveSession>>().isEmpty());
    QVERIFY(watcher.sessionsOnAir().isEmpty());
    QCOMPARE(ended.count(), 0);
}

void TestLiveEndWatcher::pollsOnTheClockNotBefore()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    LiveEndWatcher watcher(service, sandbox.clock());
    QSignalSpy polled(&watcher, &LiveEndWatcher::sessionsPolled);
    watcher.start();
    QVERIFY(polled.wait(10000));
    // With the clock standing still, or a second short of the interval, checks pass without a poll.
    QVERIFY(!polled.wait(3 * LiveEndWatcher::clockCheckMs));
    sandbox.clock().advance(LiveEndWatcher::pollIntervalSeconds - 1);
    QVERIFY(!polled.wait(2 * LiveEndWatcher::clockCheckMs));
    QCOMPARE(watcher.pollCount(), 1);
    sandbox.clock().advance(1);
    QVERIFY(polled.wait(5000));
    QCOMPARE(watcher.pollCount(), 2);
}

QTEST_GUILESS_MAIN(TestLiveEndWatcher)
#include "tst_liveendwatcher.moc"
