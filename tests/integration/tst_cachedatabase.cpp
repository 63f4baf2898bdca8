#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/aftersaleseed.h"
#include "sandbox/packageseed.h"
#include "sandbox/seeddata.h"
#include "store/aftersalerepository.h"
#include "store/cachedatabase.h"
#include "store/livesessionrepository.h"
#include "store/orderrepository.h"
#include "store/packagerepository.h"
#include "store/performancerepository.h"
#include "store/productrepository.h"
#include "store/synccursorrepository.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QList<Product> seededProducts(int count, quint64 seed = 3)
{
    return SeedData::generateShops({.seed = seed, .productsPerShop = count, .referenceTime = 1'764'000'000})
        .first()
        .products;
}

SandboxShop seededShop()
{
    return SeedData::generateShops(
        {.seed = 3, .productsPerShop = 30, .referenceTime = 1'764'000'000, .ordersPerShop = 300})
        .first();
}

QList<Package> packagesOf(const SandboxShop &shop)
{
    QList<Package> packages;
    for (const SandboxPackage &entry : PackageSeed::derive(shop))
        packages.append(entry.package);
    return packages;
}

template <typename T>
QList<T> byId(QList<T> items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return items;
}

} // namespace

/// The cache on real SQLite files: creation, migrations, refusal of newer or damaged files, and
/// the product repository's round trip.
class TestCacheDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsTheCurrentSchemaInWalMode();
    void migratesAnOlderCacheKeepingItsData();
    void migratesFromVersion3To4KeepingItsData();
    void migratesFromVersion4To5KeepingItsData();
    void migratesFromVersion5To6AndReadsTheNewestOrdersByIndex();
    void migratesFromVersion6To7WithAffiliateAndLiveTables();
    void roundTripsPackagesReturnsAndCancellations();
    void refusesACacheFromANewerVersionAndLeavesItUntouched();
    void explainsADamagedFile();
    void roundTripsProducts();
    void upsertReplacesOnlyTheGivenProducts();
};

void TestCacheDatabase::createsTheCurrentSchemaInWalMode()
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"nested/folder/shop.sqlite"_s));
    QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().toString()));
    QCOMPARE(cache.value()->version(), CacheDatabase::currentVersion);
    QSqlQuery query(cache.value()->database());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QVERIFY(query.exec(u"SELECT count(*) FROM outbox"_s) && query.next());
}

void TestCacheDatabase::migratesAnOlderCacheKeepingItsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    const QList<Product> products = seededProducts(20);
    {
        auto old = CacheDatabase::open(path, 1);
        QVERIFY(old.ok());
        QCOMPARE(old.value()->version(), 1);
        ProductRepository repository(*old.value());
        QVERIFY(!repository.replaceAll(u"shop-1"_s, products));
        QSqlQuery query(old.value()->database());
        QVERIFY(!query.exec(u"SELECT count(*) FROM outbox"_s)); // not there yet
    }
    auto cache = CacheDatabase::open(path);
    QVERIFY(cache.ok());
    QCOMPARE(cache.value()->version(), CacheDatabase::currentVersion);
    ProductRepository repository(*cache.value());
    QCOMPARE(repository.loadAll(u"shop-1"_s).value(), products);
}

void TestCacheDatabase::migratesFromVersion3To4KeepingItsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    const QList<Product> products = seededProducts(25);
    {
        auto old = CacheDatabase::open(path, 3);
        QVERIFY(old.ok());
        QCOMPARE(old.value()->version(), 3);
        QVERIFY(!ProductRepository(*old.value()).replaceAll(u"shop-1"_s, products));
        QVERIFY(!SyncCursorRepository(*old.value()).markSynced(u"shop-1"_s, u"products"_s, 1'764'000'000));
        QSqlQuery query(old.value()->database());
        QVERIFY(query.exec(u"INSERT INTO outbox (client_id, shop_id, kind, object_id, payload, state, created_at, "
                           "updated_at, batch_id) VALUES ('c-1', 'shop-1', 'stock', 'p-1', '{}', 'pending', 1, 2, "
                           "'b-7')"_s));
        QVERIFY(!query.exec(u"SELECT count(*) FROM performance_intervals"_s)); // not there yet
    }
    auto cache = CacheDatabase::open(path, 4);
    QVERIFY(cache.ok());
    QCOMPARE(cache.value()->version(), 4);
    QCOMPARE(ProductRepository(*cache.value()).loadAll(u"shop-1"_s).value(), products);
    QCOMPARE(SyncCursorRepository(*cache.value()).syncedAt(u"shop-1"_s, u"products"_s), 1'764'000'000);
    QSqlQuery query(cache.value()->database());
    QVERIFY(query.exec(u"SELECT state, batch_id FROM outbox WHERE client_id = 'c-1'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"pending"_s);
    QCOMPARE(query.value(1).toString(), u"b-7"_s);
    // The new tables work at once.
    PerformanceRepository performance(*cache.value());
    PerformanceInterval day;
    day.startDate = QDate(2026, 2, 1);
    day.endDate = day.startDate.addDays(1);
    day.gmv = day.gmvBreakdown.live = day.gmvBreakdown.video = day.gmvBreakdown.productCard = day.avgOrderValue
        = day.refunds = Money{0, u"USD"_s};
    day.gmv.minor = day.gmvBreakdown.productCard.minor = 4'242;
    QVERIFY(!performance.saveIntervals(u"shop-1"_s, PerformanceRepository::shopSeries(), {day}));
    QCOMPARE(
        performance.loadDays(u"shop-1"_s, PerformanceRepository::shopSeries(), {day.startDate, day.endDate}).value(),
        QList<PerformanceInterval>{day});
}

void TestCacheDatabase::migratesFromVersion4To5KeepingItsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    const QList<Product> products = seededProducts(25);
    {
        auto old = CacheDatabase::open(path, 4);
        QVERIFY(old.ok());
        QCOMPARE(old.value()->version(), 4);
        QVERIFY(!ProductRepository(*old.value()).replaceAll(u"shop-1"_s, products));
        QVERIFY(!SyncCursorRepository(*old.value()).markSynced(u"shop-1"_s, u"orders"_s, 1'764'000'000, u"42"_s));
        QSqlQuery query(old.value()->database());
        QVERIFY(!query.exec(u"SELECT count(*) FROM packages"_s)); // not there yet
    }
    auto cache = CacheDatabase::open(path, 5);
    QVERIFY(cache.ok());
    QCOMPARE(cache.value()->version(), 5);
    QCOMPARE(ProductRepository(*cache.value()).loadAll(u"shop-1"_s).value(), products);
    QCOMPARE(SyncCursorRepository(*cache.value()).cursor(u"shop-1"_s, u"orders"_s), u"42"_s);
    // The new tables work at once and start empty.
    for (const QString &table : {u"packages"_s, u"returns"_s, u"cancellations"_s}) {
        QSqlQuery query(cache.value()->database());
        QVERIFY2(query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && query.next(), qPrintable(table));
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QCOMPARE(PackageRepository(*cache.value()).count(u"shop-1"_s).value(), 0);
}

void TestCacheDatabase::migratesFromVersion5To6AndReadsTheNewestOrdersByIndex()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    const QList<Order> orders = seededShop().orders;
    {
        auto old = CacheDatabase::open(path, 5);
        QVERIFY(old.ok());
        QVERIFY(!OrderRepository(*old.value()).upsert(u"shop-1"_s, orders));
    }
    auto cache = CacheDatabase::open(path);
    QVERIFY(cache.ok());
    QCOMPARE(cache.value()->version(), CacheDatabase::currentVersion);

    QList<Order> newestFirst = orders;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
        [](const Order &a, const Order &b) { return a.createTime > b.createTime; });
    OrderRepository repository(*cache.value());
    const QList<Order> all = repository.loadAll(u"shop-1"_s).value();
    QCOMPARE(all.size(), orders.size());
    const QList<Order> newest = repository.loadNewest(u"shop-1"_s, 25).value();
    QCOMPARE(newest.size(), 25);
    for (int i = 0; i < newest.size(); ++i) {
        QCOMPARE(newest.at(i).createTime, newestFirst.at(i).createTime);
        QCOMPARE(newest.at(i), all.at(i));
    }
    // The first screen comes from the index, not from sorting every order.
    QSqlQuery plan(cache.value()->database());
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT id, body FROM orders WHERE shop_id = 'shop-1' "
                      "ORDER BY create_time DESC LIMIT 25"_s));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + u'\n';
    QVERIFY2(details.contains(u"orders_by_create"_s) && !details.contains(u"TEMP B-TREE"_s), qPrintable(details));

    // Visited one at a time, in the same order; the last rowid read marks what comes later.
    QList<Order> visited;
    const qint64 lastRowId
        = repository.visitAll(u"shop-1"_s, [&visited](Order &&order) { visited.append(std::move(order)); }).value();
    QCOMPARE(visited, all);
    QVERIFY(lastRowId >= all.size());
    const auto writtenAfter = [&repository](qint64 rowId, QList<Order> &written) {
        return repository
            .visitWrittenAfter(u"shop-1"_s, rowId, [&written](Order &&order) { written.append(std::move(order)); })
            .value();
    };
    QList<Order> written;
    QCOMPARE(writtenAfter(lastRowId, written), lastRowId);
    QVERIFY(written.isEmpty());
    Order changed = all.last();
    changed.buyerMessage = u"Leave at the door"_s;
    QVERIFY(!repository.upsert(u"shop-1"_s, {changed}));
    QVERIFY(writtenAfter(lastRowId, written) > lastRowId);
    QCOMPARE(written, QList<Order>{changed});
    QVERIFY(!repository
                 .visitAll(
                     u"shop-1"_s, [](Order &&) {}, [] { return true; })
                 .ok());

    // By id, in the order asked, unknown ids left out.
    const QStringList ids{all.at(3).id, u"no-such-order"_s, changed.id, all.at(1).id};
    QCOMPARE(repository.loadByIds(u"shop-1"_s, ids).value(), (QList<Order>{all.at(3), changed, all.at(1)}));
    QCOMPARE(repository.loadByIds(u"shop-2"_s, ids).value(), QList<Order>());
}

void TestCacheDatabase::migratesFromVersion6To7WithAffiliateAndLiveTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    const QList<Order> orders = seededShop().orders;
    {
        auto old = CacheDatabase::open(path, 6);
        QVERIFY(old.ok());
        QVERIFY(!OrderRepository(*old.value()).upsert(u"shop-1"_s, orders));
        QSqlQuery query(old.value()->database());
        QVERIFY(!query.exec(u"SELECT count(*) FROM live_sessions"_s)); // not there yet
    }
    auto cache = CacheDatabase::open(path, 7);
    QVERIFY(cache.ok());
    QCOMPARE(cache.value()->version(), 7);
    QCOMPARE(OrderRepository(*cache.value()).loadAll(u"shop-1"_s).value().size(), orders.size());
    for (const QString &table : {u"creators"_s, u"open_collaborations"_s, u"target_collaborations"_s,
             u"affiliate_orders"_s, u"live_sessions"_s, u"tracking_events"_s}) {
        QSqlQuery query(cache.value()->database());
        QVERIFY2(query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && query.next(), qPrintable(table));
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // A session on air and one that ended come back as they were stored, by start time.
    LiveSession ended;
    ended.id = u"7001"_s;
    ended.title = u"Spring sale"_s;
    ended.startTime = 1'764'000'000;
    ended.endTime = ended.startTime + 5400;
    ended.gmv = Money{123'456, u"USD"_s};
    ended.viewers = 880;
    ended.avgPrice = Money{1'999, u"USD"_s};
    LiveSession onAir = ended;
    onAir.id = u"7002"_s;
    onAir.startTime = ended.endTime + 600;
    onAir.endTime = 0;
    LiveSessionRepository sessions(*cache.value());
    QVERIFY(!sessions.replace(u"shop-1"_s, {ended.startTime, onAir.startTime + 1}, {ended, onAir}, 1'764'100'000));
    QCOMPARE(
        sessions.load(u"shop-1"_s, {ended.startTime, onAir.startTime + 1}).value(), (QList<LiveSession>{onAir, ended}));
    QCOMPARE(sessions.load(u"shop-1"_s, {ended.startTime, onAir.startTime}).value(), QList<LiveSession>{ended});
    QCOMPARE(
        SyncCursorRepository(*cache.value()).syncedAt(u"shop-1"_s, QString::fromLatin1(LiveSessionRepository::area)),
        1'764'100'000);
    // The server's answer for a span replaces the span: a session it no longer lists is gone.
    QVERIFY(!sessions.replace(u"shop-1"_s, {ended.startTime, onAir.startTime + 1}, {onAir}, 1'764'200'000));
    QCOMPARE(sessions.load(u"shop-1"_s, {0, onAir.startTime + 1}).value(), QList<LiveSession>{onAir});
}

void TestCacheDatabase::roundTripsPackagesReturnsAndCancellations()
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"shop.sqlite"_s));
    QVERIFY(cache.ok());
    const SandboxShop shop = seededShop();
    const QList<Package> packages = packagesOf(shop);
    const AftersaleSeed::Seeded aftersales = AftersaleSeed::derive(shop);
    QVERIFY(packages.size() > 100 && !aftersales.returns.isEmpty() && !aftersales.cancellations.isEmpty());

    PackageRepository packageRepository(*cache.value());
    AftersaleRepository aftersaleRepository(*cache.value());
    SyncCursorRepository cursors(*cache.value());
    QVERIFY(!packageRepository.upsert(u"A"_s, packages, 1'764'000'100));
    QVERIFY(!aftersaleRepository.upsertReturns(u"A"_s, aftersales.returns, 1'764'000'200));
    QVERIFY(!aftersaleRepository.upsertCancellations(u"A"_s, aftersales.cancellations));
    QCOMPARE(byId(packageRepository.loadAll(u"A"_s).value()), byId(packages));
    QCOMPARE(byId(aftersaleRepository.loadReturns(u"A"_s).value()), byId(aftersales.returns));
    QCOMPARE(byId(aftersaleRepository.loadCancellations(u"A"_s).value()), byId(aftersales.cancellations));
    // Each page moves its area's cursor in the same transaction; without a cursor it stays.
    QCOMPARE(cursors.cursor(u"A"_s, u"packages"_s), u"1764000100"_s);
    QCOMPARE(cursors.cursor(u"A"_s, u"returns"_s), u"1764000200"_s);
    QVERIFY(cursors.cursor(u"A"_s, u"cancellations"_s).isEmpty());

    // Most recently updated first; an update replaces only its own row and shops stay apart.
    Package changed = packages.first();
    changed.status = PackageStatus::Cancelled;
    changed.updateTime = 1'800'000'000;
    QVERIFY(!packageRepository.upsert(u"A"_s, {changed}));
    const QList<Package> loaded = packageRepository.loadAll(u"A"_s).value();
    QCOMPARE(loaded.size(), packages.size());
    QCOMPARE(loaded.first(), changed);
    QCOMPARE(packageRepository.count(u"B"_s).value(), 0);
}

void TestCacheDatabase::refusesACacheFromANewerVersionAndLeavesItUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    {
        auto cache = CacheDatabase::open(path);
        QVERIFY(cache.ok());
        QSqlQuery query(cache.value()->database());
        QVERIFY(query.exec(u"PRAGMA user_version=%1"_s.arg(CacheDatabase::currentVersion + 5)));
        QVERIFY(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QByteArray before = fileHash(path);
    auto refused = CacheDatabase::open(path);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"newer ShopDesk"_s), qPrintable(refused.error().message));
    QVERIFY2(!CacheDatabase::isDamaged(path), "a newer cache is not offered for rebuilding");
    QCOMPARE(fileHash(path), before);
}

void TestCacheDatabase::explainsADamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    auto cache = CacheDatabase::open(path);
    QVERIFY(!cache.ok());
    QVERIFY2(cache.error().message.contains(u"rebuilt from the server"_s), qPrintable(cache.error().message));
    QVERIFY(CacheDatabase::isDamaged(path));

    // Rebuilding keeps the damaged file aside and starts an empty cache of the current schema.
    auto rebuilt = CacheDatabase::rebuild(path);
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error().toString()));
    QCOMPARE(rebuilt.value()->version(), CacheDatabase::currentVersion);
    QVERIFY(!CacheDatabase::isDamaged(path));
    const QStringList aside = QDir(dir.path()).entryList({u"shop.sqlite.damaged-*"_s});
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(4096, '\x5a'));
}

void TestCacheDatabase::roundTripsProducts()
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"shop.sqlite"_s));
    QVERIFY(cache.ok());
    ProductRepository repository(*cache.value());
    const QList<Product> shopA = seededProducts(250, 3);
    const QList<Product> shopB = seededProducts(40, 4);
    QVERIFY(!repository.replaceAll(u"A"_s, shopA));
    QVERIFY(!repository.replaceAll(u"B"_s, shopB));
    QCOMPARE(repository.loadAll(u"A"_s).value(), shopA);
    QCOMPARE(repository.loadAll(u"B"_s).value(), shopB);
    QVERIFY(!repository.replaceAll(u"A"_s, shopA.mid(0, 10)));
    QCOMPARE(repository.loadAll(u"A"_s).value().size(), 10);
    QCOMPARE(repository.loadAll(u"B"_s).value().size(), 40);
}

void TestCacheDatabase::upsertReplacesOnlyTheGivenProducts()
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(u"shop.sqlite"_s));
    QVERIFY(cache.ok());
    ProductRepository repository(*cache.value());
    QList<Product> products = seededProducts(30);
    QVERIFY(!repository.replaceAll(u"A"_s, products));
    Product changed = products.at(7);
    changed.title = u"Renamed – 新标题"_s;
    changed.skus.removeLast();
    changed.skus.first().inventory.first().quantity = 0;
    QVERIFY(!repository.upsert(u"A"_s, {changed}));
    const QList<Product> loaded = repository.loadAll(u"A"_s).value();
    QCOMPARE(loaded.size(), 30);
    const auto it = std::find_if(loaded.cbegin(), loaded.cend(), [&](const Product &p) { return p.id == changed.id; });
    QVERIFY(it != loaded.cend());
    QCOMPARE(*it, changed);
    QCOMPARE(loaded.first(), products.first());
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
