#include <QTemporaryDir>
#include <QTest>

#include "api/apiclient.h"
#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/shopsession.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/trackingcatalog.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

/// The carrier's scans through the cache against the sandbox over real HTTP: what is read is kept
/// with the time it was read, and with the server gone the scans last read are still there.
class TestTrackingCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheScansReadForOffline();
};

void TestTrackingCatalog::keepsTheScansReadForOffline()
{
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release());
    ShopConnection connection;
    FakeClock clock;
    QString orderId;
    QList<TrackingEvent> scans;
    {
        SandboxFixture sandbox;
        connection = sandbox.connection();
        clock.set(sandbox.clock().nowSecs());
        ShopSession session(connection, sandbox.clock());
        // An order on its way has the carrier's scans.
        for (const Order &order : waitFor(session.orders().search({})).value) {
            if (order.status == OrderStatus::InTransit) {
                orderId = order.id;
                break;
            }
        }
        QVERIFY(!orderId.isEmpty());
        TrackingCatalog tracking(session.fulfillment(), cache.get(), connection.shopId, sandbox.clock());
        QVERIFY(!tracking.saved(orderId));
        const Finished<QList<TrackingEvent>> read = waitFor(tracking.fetch(orderId));
        QVERIFY(read.finished && !read.error);
        scans = read.value;
        QVERIFY(!scans.isEmpty());
        const std::optional<TrackingCatalog::Saved> saved = tracking.saved(orderId);
        QVERIFY(saved);
        QCOMPARE(saved->events, scans);
        QCOMPARE(saved->savedAt, sandbox.clock().nowSecs());

        // Without a cache nothing is kept.
        TrackingCatalog uncached(session.fulfillment(), nullptr, connection.shopId, sandbox.clock());
        QVERIFY(!waitFor(uncached.fetch(orderId)).error);
        QVERIFY(!uncached.saved(orderId));
    }
    clock.set(clock.nowSecs() + 600);
    ShopSession session(connection, clock);
    session.client().setRetryPolicy({.maxAttempts = 1});
    TrackingCatalog tracking(session.fulfillment(), cache.get(), connection.shopId, clock);
    const Finished<QList<TrackingEvent>> read = waitFor(tracking.fetch(orderId));
    QVERIFY(read.error);
    QCOMPARE(read.error->category, ApiErrorCategory::Network);
    const std::optional<TrackingCatalog::Saved> saved = tracking.saved(orderId);
    QVERIFY(saved);
    QCOMPARE(saved->events, scans);
    QCOMPARE(saved->savedAt, clock.nowSecs() - 600); // when they were read, not now
    QVERIFY(!tracking.saved(u"no-such-order"_s));
}

QTEST_GUILESS_MAIN(TestTrackingCatalog)
#include "tst_trackingcatalog.moc"
