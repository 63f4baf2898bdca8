#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/apiclient.h"
#include "api/orderservice.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "store/synccursorrepository.h"
#include "sync/cursorsync.h"
#include "sync/ordersync.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

SandboxOptions withOrders(int orders)
{
    SandboxOptions options;
    options.ordersPerShop = orders;
    options.productsPerShop = 20;
    return options;
}

/// Runs a sync to its end and returns its error, if any.
std::optional<ApiError> runSync(CursorSync &sync)
{
    QSignalSpy finished(&sync, &CursorSync::finished);
    sync.start();
    if (!finished.wait(30000))
        return ApiError{ApiErrorCategory::Timeout, 0, u"the sync did not finish"_s, {}, 0, false, 0};
    return finished.first().first().value<std::optional<ApiError>>();
}

} // namespace

/// Orders into the cache over real HTTP: first sync, incremental sync, resuming after a cancel.
class TestOrderSync final : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncStoresEveryOrder();
    void incrementalSyncReadsOnlyTheOverlap();
    void resumesWhereACancelledSyncStopped();
};

void TestOrderSync::firstSyncStoresEveryOrder()
{
    SandboxFixture sandbox(withOrders(450));
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value();
    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    const std::unique_ptr<CursorSync> syncOwned(
        OrderSync::create(service, *cache, sandbox.connection().shopId, sandbox.clock()));
    CursorSync &sync = *syncOwned;
    QCOMPARE(sync.lastSyncedAt(), 0);

    const auto error = runSync(sync);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    OrderRepository orders(*cache);
    QCOMPARE(orders.count(sandbox.connection().shopId).value(), 450);
    QCOMPARE(sync.written(), 450);
    QCOMPARE(sync.lastSyncedAt(), sandbox.clock().nowSecs());

    // What the cache gives back is what the server serves.
    const QList<Order> server = waitFor(service.search(OrderQuery{})).value;
    const QList<Order> cached = orders.loadAll(sandbox.connection().shopId).value();
    QCOMPARE(cached.size(), server.size());
    QCOMPARE(cached.first(), server.first()); // both newest first by create time
}

void TestOrderSync::incrementalSyncReadsOnlyTheOverlap()
{
    SandboxFixture sandbox(withOrders(300));
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value();
    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    const std::unique_ptr<CursorSync> syncOwned(
        OrderSync::create(service, *cache, sandbox.connection().shopId, sandbox.clock()));
    CursorSync &sync = *syncOwned;
    QVERIFY(!runSync(sync));
    const qint64 cursor = SyncCursorRepository(*cache).cursor(sandbox.connection().shopId, u"orders"_s).toLongLong();
    QVERIFY(cursor > 0);

    OrderQuery overlap;
    overlap.updateTimeGe = cursor - CursorSync::overlapSeconds;
    const qsizetype expected = waitFor(service.search(overlap)).value.size();
    QVERIFY(expected > 0 && expected < 300);
    sandbox.clock().advance(3600);
    QVERIFY(!runSync(sync));
    QCOMPARE(sync.written(), expected);
    QCOMPARE(OrderRepository(*cache).count(sandbox.connection().shopId).value(), 300);
}

void TestOrderSync::resumesWhereACancelledSyncStopped()
{
    SandboxFixture sandbox(withOrders(500));
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value();
    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    {
        const std::unique_ptr<CursorSync> firstOwned(
            OrderSync::create(service, *cache, sandbox.connection().shopId, sandbox.clock()));
        CursorSync &first = *firstOwned;
        // Stop after the second page has been stored.
        connect(&first, &CursorSync::progress, &first, [&first](qint64 done) {
            if (done >= 200)
                first.cancel();
        });
        const auto error = runSync(first);
        QVERIFY(error && error->category == ApiErrorCategory::Cancelled);
        QCOMPARE(first.lastSyncedAt(), 0); // not complete
    }
    OrderRepository orders(*cache);
    const qsizetype afterCancel = orders.count(sandbox.connection().shopId).value();
    QVERIFY(afterCancel >= 200 && afterCancel < 500);

    const std::unique_ptr<CursorSync> secondOwned(
        OrderSync::create(service, *cache, sandbox.connection().shopId, sandbox.clock()));
    CursorSync &second = *secondOwned;
    QVERIFY(!runSync(second));
    QCOMPARE(orders.count(sandbox.connection().shopId).value(), 500);
    QVERIFY2(second.written() < 500, "the second run continues from the cursor, not from the start");
    QVERIFY(second.lastSyncedAt() > 0);
}

QTEST_GUILESS_MAIN(TestOrderSync)
#include "tst_ordersync.moc"
