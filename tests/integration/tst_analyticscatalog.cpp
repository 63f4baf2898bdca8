#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/analyticsservice.h"
#include "api/apiclient.h"
#include "domain/shopregion.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/analyticscatalog.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

using Source = AnalyticsCatalog::Source;

template <typename T>
T valueOf(Reply<T> *reply)
{
    const Finished<T> result = waitFor(reply);
    if (!result.finished || result.error)
        qWarning() << "reply failed:" << (result.error ? result.error->toString() : u"timeout"_s);
    return result.value;
}

AnalyticsSnapshot snapshotAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<AnalyticsSnapshot>();
}

Source sourceAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(1).value<Source>();
}

/// A catalog on the sandbox's first shop, in the shop's zone as its region names it.
struct CatalogRig
{
    explicit CatalogRig(SandboxFixture &sandbox, CacheDatabase *cache = nullptr)
        : client(sandbox.connection(), sandbox.clock())
        , service(client)
        , catalog(service, cache, sandbox.connection().shopId, ShopRegion::timeZone(sandbox.connection().region),
              sandbox.clock())
    { }

    ApiClient client;
    AnalyticsService service;
    AnalyticsCatalog catalog;
};

} // namespace

Q_DECLARE_METATYPE(ShopDesk::AnalyticsSnapshot)

/// The Analytics pane's data source against the sandbox over real HTTP: what it shows equals what
/// the server serves, the cache answers first, and offline it keeps the cached figures.
class TestAnalyticsCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotEqualsWhatTheSandboxServes();
    void leavesOutTodayWhichHasNoDataYet();
    void secondLoadAnswersFromTheCacheFirst();
    void keepsCachedFiguresWhenTheServerIsGone();
    void loadsOneProductsFunnel();
};

void TestAnalyticsCatalog::initTestCase()
{
    qRegisterMetaType<AnalyticsSnapshot>();
}

void TestAnalyticsCatalog::snapshotEqualsWhatTheSandboxServes()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 17, .productsPerShop = 30});
    CatalogRig rig(sandbox);
    const DateRange range = rig.catalog.lastDays(30);
    QCOMPARE(range.end, ShopRegion::localDate(u"US", sandbox.clock().now()));
    QSignalSpy loaded(&rig.catalog, &AnalyticsCatalog::snapshotLoaded);
    rig.catalog.load(range);
    QVERIFY(rig.catalog.isLoading());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(sourceAt(loaded, 0), Source::Server);
    QVERIFY(!rig.catalog.isLoading());
    const AnalyticsSnapshot snapshot = snapshotAt(loaded, 0);

    // The expected figures come from the sandbox itself, asked the plain way.
    ApiClient client(sandbox.connection(), sandbox.clock());
    AnalyticsService service(client);
    const ShopPerformance daily = valueOf(service.shopPerformance(range, Granularity::Daily, true));
    const ShopPerformance totals = valueOf(service.shopPerformance(range, Granularity::All, true));
    QCOMPARE(daily.intervals.size(), 30);
    QCOMPARE(snapshot.daily, daily);
    QCOMPARE(snapshot.total, totals.intervals.first());
    QCOMPARE(snapshot.previousTotal, totals.comparisonIntervals.first());
    QCOMPARE(snapshot.topProducts, valueOf(service.topProducts(range, AnalyticsService::ProductSort::Gmv, 50)));
    qint64 viewers = 0;
    for (const LiveSession &session : valueOf(service.liveSessions(range)))
        viewers += session.viewers;
    QVERIFY(viewers > 0);
    QCOMPARE(snapshot.liveViewers, viewers);
    qint64 previousViewers = 0;
    for (const LiveSession &session : valueOf(service.liveSessions(AnalyticsCatalog::previousPeriod(range))))
        previousViewers += session.viewers;
    QCOMPARE(snapshot.previousLiveViewers, previousViewers);
}

void TestAnalyticsCatalog::leavesOutTodayWhichHasNoDataYet()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 17, .productsPerShop = 30});
    CatalogRig rig(sandbox);
    const QDate today = rig.catalog.today();
    const DateRange range{today.addDays(-6), today.addDays(1)}; // the last seven days including today
    QSignalSpy loaded(&rig.catalog, &AnalyticsCatalog::snapshotLoaded);
    rig.catalog.load(range);
    QVERIFY(loaded.wait(20000));
    const AnalyticsSnapshot snapshot = snapshotAt(loaded, 0);
    QCOMPARE(snapshot.daily.latestAvailableDate, today.addDays(-1));
    QCOMPARE(snapshot.daily.intervals.size(), 6);
    QCOMPARE(snapshot.daily.intervals.last().startDate, today.addDays(-1));
}

void TestAnalyticsCatalog::secondLoadAnswersFromTheCacheFirst()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 17, .productsPerShop = 30});
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    CatalogRig rig(sandbox, cache.value().get());
    QSignalSpy loaded(&rig.catalog, &AnalyticsCatalog::snapshotLoaded);
    rig.catalog.load(rig.catalog.lastDays(30));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.size(), 1); // an empty cache has nothing to show first
    QVERIFY(rig.catalog.lastSyncedAt() > 0);

    // The week inside those 30 days is in the cache day by day: it is shown before any answer.
    const DateRange week = rig.catalog.lastDays(7);
    loaded.clear();
    rig.catalog.load(week);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(sourceAt(loaded, 0), Source::Cache);
    const AnalyticsSnapshot cached = snapshotAt(loaded, 0);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(sourceAt(loaded, 1), Source::Server);
    const AnalyticsSnapshot fresh = snapshotAt(loaded, 1);
    QCOMPARE(cached.daily, fresh.daily);
    QCOMPARE(cached.liveViewers, fresh.liveViewers);
    QCOMPARE(cached.previousLiveViewers, fresh.previousLiveViewers);
    QVERIFY(!cached.total); // the week's own total was never fetched before
    qint64 weekGmv = 0;
    for (const PerformanceInterval &day : cached.daily.intervals)
        weekGmv += day.gmv.minor;
    QCOMPARE(fresh.total->gmv.minor, weekGmv);

    // Loaded once, the week comes whole from the cache.
    loaded.clear();
    rig.catalog.load(week);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(snapshotAt(loaded, 0), fresh);
    QVERIFY(loaded.wait(20000));
}

void TestAnalyticsCatalog::keepsCachedFiguresWhenTheServerIsGone()
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    ShopConnection connection;
    AnalyticsSnapshot online;
    DateRange range;
    FakeClock clock;
    {
        SandboxFixture sandbox(SandboxOptions{.seed = 17, .productsPerShop = 30});
        connection = sandbox.connection();
        clock.set(sandbox.clock().nowSecs());
        CatalogRig rig(sandbox, cache.value().get());
        range = rig.catalog.lastDays(7);
        QSignalSpy loaded(&rig.catalog, &AnalyticsCatalog::snapshotLoaded);
        rig.catalog.load(range);
        QVERIFY(loaded.wait(20000));
        online = snapshotAt(loaded, 0);
    }
    ApiClient client(connection, clock);
    client.setRetryPolicy({.maxAttempts = 1});
    AnalyticsService service(client);
    AnalyticsCatalog catalog(
        service, cache.value().get(), connection.shopId, ShopRegion::timeZone(connection.region), clock);
    QSignalSpy loaded(&catalog, &AnalyticsCatalog::snapshotLoaded);
    QSignalSpy failed(&catalog, &AnalyticsCatalog::loadFailed);
    catalog.load(range);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(snapshotAt(loaded, 0), online);
    QVERIFY(failed.wait(20000));
    const ApiError error = failed.first().at(0).value<ApiError>();
    QCOMPARE(error.category, ApiErrorCategory::Network);
    QCOMPARE(failed.first().at(1).toLongLong(), clock.nowSecs());
    QCOMPARE(loaded.size(), 1);
}

void TestAnalyticsCatalog::loadsOneProductsFunnel()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 17, .productsPerShop = 30});
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    CatalogRig rig(sandbox, cache.value().get());
    const DateRange range = rig.catalog.lastDays(30);
    const QList<ProductPerformance> top
        = valueOf(rig.service.topProducts(range, AnalyticsService::ProductSort::Gmv, 1));
    QCOMPARE(top.size(), 1);
    const QString productId = top.first().productId;
    const ShopPerformance expected = valueOf(rig.service.productPerformance(productId, range, Granularity::All));
    QSignalSpy product(&rig.catalog, &AnalyticsCatalog::productLoaded);
    rig.catalog.loadProduct(productId, range);
    QVERIFY(product.wait(20000));
    QCOMPARE(product.first().at(0).toString(), productId);
    const auto interval = product.first().at(1).value<PerformanceInterval>();
    QCOMPARE(interval, expected.intervals.first());
    QVERIFY(interval.productImpressions > interval.productPageViews);
    QVERIFY(interval.productPageViews > interval.orders);

    product.clear();
    rig.catalog.loadProduct(productId, range);
    QCOMPARE(product.size(), 1); // from the cache at once
    QCOMPARE(product.first().at(2).value<Source>(), Source::Cache);
    QVERIFY(product.wait(20000));

    QSignalSpy failed(&rig.catalog, &AnalyticsCatalog::productFailed);
    rig.catalog.loadProduct(u"1729000000000000999"_s, range);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().at(1).value<ApiError>().category, ApiErrorCategory::InvalidParameter);
}

QTEST_GUILESS_MAIN(TestAnalyticsCatalog)
#include "tst_analyticscatalog.moc"
