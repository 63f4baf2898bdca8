#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/apiclient.h"
#include "api/fulfillmentservice.h"
#include "api/returnservice.h"
#include "api/shopsession.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/aftersalecatalog.h"
#include "sync/packagecatalog.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QString searchRoute = u"POST /fulfillment/{version}/packages/search"_s;

SandboxOptions options()
{
    return SandboxOptions{.seed = 9, .productsPerShop = 30, .ordersPerShop = 400};
}

QSet<QString> idsOf(const QList<Package> &packages)
{
    QSet<QString> ids;
    for (const Package &package : packages)
        ids.insert(package.id);
    return ids;
}

/// The packages of the last `packagesLoaded` from `source`, waiting for it.
QList<Package> waitForPackages(QSignalSpy &loaded, PackageCatalog::Source source)
{
    while (loaded.isEmpty() || loaded.last().at(1).value<PackageCatalog::Source>() != source) {
        if (!loaded.wait(20000))
            return {};
    }
    return loaded.last().at(0).value<QList<Package>>();
}

int requestsTo(SandboxFixture &sandbox, const QString &route)
{
    return sandbox.server().stats().value(u"requests"_s).toObject().value(route).toInt();
}

/// Ships one package the sandbox lets through: TikTok shipping, not frozen. Returns its id.
QString shipSomething(ShopSession &session, const QList<Package> &packages)
{
    for (const Package &package : packages) {
        if (package.status != PackageStatus::Processing)
            continue;
        if (waitFor(session.fulfillment().getPackage(package.id)).value.shippingType != u"TIKTOK")
            continue;
        ApiReply *ship = session.fulfillment().shipPackage({package.id, HandoverMethod::DropOff, {}, {}, {}});
        QSignalSpy done(ship, &ApiReply::finished);
        done.wait();
        if (!ship->hasError())
            return package.id;
    }
    return {};
}

} // namespace

/// The Shipments pane's catalogues on a real cache file and the sandbox: a first sync of every
/// package, incremental syncs by update time afterwards, the cache shown when the server is gone,
/// and returns and cancellations read back after a decision.
class TestShipmentSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<QList<Package>>(); }
    void syncsEveryPackageThenOnlyWhatChanged();
    void showsTheCacheWhenTheServerIsGone();
    void readsTheServerWithoutACache();
    void readsReturnsAndCancellationsBackAfterADecision();
};

void TestShipmentSync::syncsEveryPackageThenOnlyWhatChanged()
{
    SandboxFixture sandbox(options());
    ShopSession session(sandbox.connection(), sandbox.clock());
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    PackageCatalog catalog(session.fulfillment(), cache.value().get(), session.connection().shopId, sandbox.clock());
    QSignalSpy loaded(&catalog, &PackageCatalog::packagesLoaded);
    QSignalSpy failed(&catalog, &PackageCatalog::refreshFailed);

    QCOMPARE(catalog.lastSyncedAt(), 0);
    catalog.refresh();
    const QList<Package> first = waitForPackages(loaded, PackageCatalog::Source::Server);
    QCOMPARE(loaded.size(), 1); // nothing cached yet: no cache answer first
    const int firstPages = requestsTo(sandbox, searchRoute);
    const QList<Package> server = waitFor(session.fulfillment().searchPackages({})).value;
    QVERIFY(server.size() > 100);
    QCOMPARE(idsOf(first), idsOf(server));
    QCOMPARE(catalog.lastSyncedAt(), sandbox.clock().nowSecs());
    QCOMPARE(firstPages, int((server.size() + 49) / 50));

    const QString shipped = shipSomething(session, server);
    QVERIFY(!shipped.isEmpty());
    sandbox.clock().advance(600);
    const int before = requestsTo(sandbox, searchRoute);
    catalog.refresh();
    const QList<Package> second = waitForPackages(loaded, PackageCatalog::Source::Server);
    QCOMPARE(loaded.size(), 3); // the cache at once, then the synced cache
    QCOMPARE(loaded.at(1).at(1).value<PackageCatalog::Source>(), PackageCatalog::Source::Cache);
    QCOMPARE(second.size(), server.size());
    const auto found = std::find_if(
        second.cbegin(), second.cend(), [&shipped](const Package &package) { return package.id == shipped; });
    QVERIFY(found != second.cend());
    QCOMPARE(found->status, PackageStatus::Fulfilling);
    // Only what changed since the cursor came back: one page.
    QCOMPARE(requestsTo(sandbox, searchRoute) - before, 1);
    QCOMPARE(failed.size(), 0);
}

void TestShipmentSync::showsTheCacheWhenTheServerIsGone()
{
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    ShopConnection connection;
    qsizetype synced = 0;
    {
        SandboxFixture sandbox(options());
        connection = sandbox.connection();
        ShopSession session(connection, sandbox.clock());
        PackageCatalog catalog(session.fulfillment(), cache.value().get(), connection.shopId, sandbox.clock());
        QSignalSpy loaded(&catalog, &PackageCatalog::packagesLoaded);
        catalog.refresh();
        synced = waitForPackages(loaded, PackageCatalog::Source::Server).size();
    }
    QVERIFY(synced > 0);
    FakeClock clock;
    ShopSession offline(connection, clock);
    offline.client().setRetryPolicy({.maxAttempts = 1});
    PackageCatalog catalog(offline.fulfillment(), cache.value().get(), connection.shopId, clock);
    QSignalSpy loaded(&catalog, &PackageCatalog::packagesLoaded);
    QSignalSpy failed(&catalog, &PackageCatalog::refreshFailed);
    catalog.refresh();
    QCOMPARE(loaded.size(), 1); // from the cache, before any answer
    QCOMPARE(loaded.first().at(0).value<QList<Package>>().size(), synced);
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.first().at(1).toLongLong() > 0);
    QCOMPARE(failed.first().at(0).value<ApiError>().category, ApiErrorCategory::Network);
}

void TestShipmentSync::readsTheServerWithoutACache()
{
    SandboxFixture sandbox(options());
    ShopSession session(sandbox.connection(), sandbox.clock());
    PackageCatalog packages(session.fulfillment(), nullptr, session.connection().shopId, sandbox.clock());
    QSignalSpy loaded(&packages, &PackageCatalog::packagesLoaded);
    packages.refresh();
    QVERIFY(!waitForPackages(loaded, PackageCatalog::Source::Server).isEmpty());
    QCOMPARE(packages.lastSyncedAt(), 0);

    AftersaleCatalog aftersales(session.returns(), nullptr, session.connection().shopId, sandbox.clock());
    QSignalSpy aftersalesLoaded(&aftersales, &AftersaleCatalog::aftersalesLoaded);
    aftersales.refresh();
    QVERIFY(aftersalesLoaded.wait(20000));
    QVERIFY(!aftersalesLoaded.first().at(0).value<QList<ReturnRequest>>().isEmpty());
    QVERIFY(!aftersalesLoaded.first().at(1).value<QList<Cancellation>>().isEmpty());
}

void TestShipmentSync::readsReturnsAndCancellationsBackAfterADecision()
{
    SandboxFixture sandbox(options());
    ShopSession session(sandbox.connection(), sandbox.clock());
    QTemporaryDir folder;
    auto cache = CacheDatabase::open(folder.filePath(u"cache.sqlite"_s));
    QVERIFY(cache.ok());
    AftersaleCatalog catalog(session.returns(), cache.value().get(), session.connection().shopId, sandbox.clock());
    QSignalSpy loaded(&catalog, &AftersaleCatalog::aftersalesLoaded);
    catalog.refresh();
    QVERIFY(loaded.wait(20000));
    const QList<ReturnRequest> returns = loaded.last().at(0).value<QList<ReturnRequest>>();
    const QList<Cancellation> cancellations = loaded.last().at(1).value<QList<Cancellation>>();
    QCOMPARE(returns.size(), waitFor(session.returns().searchReturns({})).value.size());
    QCOMPARE(cancellations.size(), waitFor(session.returns().searchCancellations({})).value.size());
    QVERIFY(catalog.lastSyncedAt() > 0);

    const auto pending = std::find_if(
        returns.cbegin(), returns.cend(), [](const ReturnRequest &request) { return request.awaitsSeller(); });
    QVERIFY(pending != returns.cend());
    ApiReply *approved = session.returns().approveReturn(pending->id, *pending->approveDecision(), u"k"_s);
    QSignalSpy approvedDone(approved, &ApiReply::finished);
    QVERIFY(approvedDone.wait());

    // Asked twice while the first refresh runs: it runs once more and reads the decision back.
    loaded.clear();
    catalog.refresh();
    catalog.refresh();
    // The cache, the synced cache, then both again.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, 20000);
    QCOMPARE(loaded.last().at(2).value<AftersaleCatalog::Source>(), AftersaleCatalog::Source::Server);
    const QList<ReturnRequest> after = loaded.last().at(0).value<QList<ReturnRequest>>();
    const auto decided = std::find_if(
        after.cbegin(), after.cend(), [&pending](const ReturnRequest &request) { return request.id == pending->id; });
    QVERIFY(decided != after.cend());
    QCOMPARE(decided->status, returnStatusAfter(*pending->approveDecision()));
}

QTEST_GUILESS_MAIN(TestShipmentSync)
#include "tst_shipmentsync.moc"
