#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
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
#include "sync/ordercatalog.h"
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

/// A shop's sandbox, an empty cache and the order sync between them, over real HTTP without the
/// client's throttle.
struct SyncRig
{
    explicit SyncRig(int orders)
        : sandbox(withOrders(orders))
        , cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value())
        , client(sandbox.connection(), sandbox.clock())
        , service(client)
        , sync(OrderSync::create(service, *cache, sandbox.connection().shopId, sandbox.clock()))
    {
        client.setQueriesPerSecond(0);
    }

    QString shopId() const { return sandbox.connection().shopId; }

    SandboxFixture sandbox;
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache;
    ApiClient client;
    OrderService service;
    const std::unique_ptr<CursorSync> sync;
};

} // namespace

/// Orders into the cache over real HTTP: first sync, incremental sync, resuming after a cancel.
class TestOrderSync final : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncStoresEveryOrder();
    void aLargeFirstSyncWaitsForItsWriter();
    void incrementalSyncReadsOnlyTheOverlap();
    void resumesWhereACancelledSyncStopped();
    void aCancelledRunsLateWritesStayItsOwn();
    void catalogMergesWhatWasWrittenSinceItsRead();
};

void TestOrderSync::firstSyncStoresEveryOrder()
{
    SyncRig rig(450);
    CursorSync &sync = *rig.sync;
    QCOMPARE(sync.lastSyncedAt(), 0);

    const auto error = runSync(sync);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    OrderRepository orders(*rig.cache);
    QCOMPARE(orders.count(rig.shopId()).value(), 450);
    QCOMPARE(sync.written(), 450);
    QCOMPARE(sync.lastSyncedAt(), rig.sandbox.clock().nowSecs());

    // What the cache gives back is what the server serves.
    const QList<Order> server = waitFor(rig.service.search(OrderQuery{})).value;
    const QList<Order> cached = orders.loadAll(rig.shopId()).value();
    QCOMPARE(cached.size(), server.size());
    QCOMPARE(cached.first(), server.first()); // both newest first by create time
}

void TestOrderSync::aLargeFirstSyncWaitsForItsWriter()
{
    SyncRig rig(9000);
    CursorSync &sync = *rig.sync;
    qint64 read = 0;
    connect(&sync, &CursorSync::progress, &sync, [&read](qint64 done) { read = done; });
    QSignalSpy finished(&sync, &CursorSync::finished);

    // Another connection holds the cache's write lock: the writer waits, and so must the reading,
    // after a couple of transactions' worth, instead of piling every order up in memory. Long
    // enough to read them all otherwise, short of the 5 s a connection waits for a lock.
    QSqlQuery lock(rig.cache->database());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    sync.start();
    QTest::qWait(3500);
    QVERIFY2(read > 0 && read < 4500, qPrintable(QString::number(read)));
    QVERIFY(finished.isEmpty());
    QVERIFY(lock.exec(u"COMMIT"_s));

    QVERIFY(finished.wait(30000));
    const auto error = finished.first().first().value<std::optional<ApiError>>();
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QCOMPARE(OrderRepository(*rig.cache).count(rig.shopId()).value(), 9000);
    QCOMPARE(sync.written(), 9000);
    // The cursor is the newest update time stored.
    qint64 newest = 0;
    for (const Order &order : OrderRepository(*rig.cache).loadAll(rig.shopId()).value())
        newest = std::max(newest, order.updateTime);
    QCOMPARE(SyncCursorRepository(*rig.cache).cursor(rig.shopId(), u"orders"_s).toLongLong(), newest);
    QCOMPARE(sync.lastSyncedAt(), rig.sandbox.clock().nowSecs());
}

void TestOrderSync::incrementalSyncReadsOnlyTheOverlap()
{
    SyncRig rig(300);
    CursorSync &sync = *rig.sync;
    QVERIFY(!runSync(sync));
    const qint64 cursor = SyncCursorRepository(*rig.cache).cursor(rig.shopId(), u"orders"_s).toLongLong();
    QVERIFY(cursor > 0);

    OrderQuery overlap;
    overlap.updateTimeGe = cursor - CursorSync::overlapSeconds;
    const qsizetype expected = waitFor(rig.service.search(overlap)).value.size();
    QVERIFY(expected > 0 && expected < 300);
    rig.sandbox.clock().advance(3600);
    QVERIFY(!runSync(sync));
    QCOMPARE(sync.written(), expected);
    QCOMPARE(OrderRepository(*rig.cache).count(rig.shopId()).value(), 300);
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

void TestOrderSync::aCancelledRunsLateWritesStayItsOwn()
{
    SyncRig rig(5000);
    CursorSync &sync = *rig.sync;
    qint64 read = 0;
    connect(&sync, &CursorSync::progress, &sync, [&read](qint64 done) { read = done; });

    // The first run's first transaction waits for the write lock when the run is cancelled, and
    // the sync starts again at once.
    QSqlQuery lock(rig.cache->database());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
    QSignalSpy finished(&sync, &CursorSync::finished);
    sync.start();
    QTRY_VERIFY(read >= 2000);
    sync.cancel();
    QCOMPARE(finished.size(), 1);
    read = 0;
    sync.start();
    QTest::qWait(200);
    QVERIFY(lock.exec(u"COMMIT"_s));
    QVERIFY(finished.wait(30000));
    const auto error = finished.last().first().value<std::optional<ApiError>>();
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    // The second run counts what it read and wrote itself, not the first run's late transaction.
    QCOMPARE(sync.written(), read);
    QCOMPARE(OrderRepository(*rig.cache).count(rig.shopId()).value(), 5000);
}

void TestOrderSync::catalogMergesWhatWasWrittenSinceItsRead()
{
    SandboxFixture sandbox(withOrders(300));
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value();
    ApiClient client(sandbox.connection(), sandbox.clock());
    OrderService service(client);
    const QString shopId = sandbox.connection().shopId;
    OrderCatalog catalog(service, cache.get(), shopId, sandbox.clock());
    QSignalSpy loaded(&catalog, &OrderCatalog::ordersLoaded);
    catalog.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
    QCOMPARE(loaded.last().first().value<OrderRows>().size(), 300);

    // Written behind the catalog's back: one order changed, one new and newest of all.
    OrderRepository repository(*cache);
    const QList<Order> cached = repository.loadAll(shopId).value();
    Order changed = cached.last();
    changed.trackingNumber = u"TRACKED-AGAIN-1"_s;
    Order added = cached.first();
    added.id = u"900000000000000001"_s;
    added.createTime += 60;
    QVERIFY(!repository.upsert(shopId, {changed, added}));

    // The cache at once (only the two orders read), then again after the sync.
    sandbox.clock().advance(3600);
    catalog.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 30000);
    QCOMPARE(loaded.at(1).at(1).value<SyncedCatalog::Source>(), SyncedCatalog::Source::Cache);
    QCOMPARE(loaded.at(2).at(1).value<SyncedCatalog::Source>(), SyncedCatalog::Source::Server);
    // Rows with their search texts, by id, the way a whole read of the cache gives them.
    const auto byId = [](const OrderRows &rows) {
        QMap<QString, std::pair<OrderRow, QString>> sorted;
        for (qsizetype i = 0; i < rows.size(); ++i)
            sorted.insert(rows.at(i).id, {rows.at(i), rows.searchTextAt(i).toString()});
        return sorted;
    };
    for (qsizetype emission : {1, 2}) {
        const OrderRows rows = loaded.at(emission).first().value<OrderRows>();
        QCOMPARE(rows.size(), 301);
        QCOMPARE(rows.at(0).id, added.id);
        QVERIFY(std::is_sorted(rows.rows().cbegin(), rows.rows().cend(),
            [](const OrderRow &a, const OrderRow &b) { return a.createTime > b.createTime; }));
        QVERIFY(byId(rows) == byId(OrderRows(repository.loadAll(shopId).value())));
    }
    const OrderRows fromCache = loaded.at(1).first().value<OrderRows>();
    const auto row = std::find_if(fromCache.rows().cbegin(), fromCache.rows().cend(),
        [&changed](const OrderRow &candidate) { return candidate.id == changed.id; });
    QCOMPARE(row->trackingNumber, changed.trackingNumber);
    QVERIFY(fromCache.searchTextAt(row - fromCache.rows().cbegin()).contains(u"tracked-again-1"));
    // The whole order, read again by id (the server does not know this one, so no sync changes it).
    QVERIFY(catalog.order(added.id) == added);
    QVERIFY(!catalog.order(u"no-such-order"_s));
}

QTEST_GUILESS_MAIN(TestOrderSync)
#include "tst_ordersync.moc"
