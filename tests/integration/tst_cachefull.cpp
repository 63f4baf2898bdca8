#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include "api/productservice.h"
#include "replywaiter.h"
#include "shopoutboxfixture.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "store/outbox.h"
#include "sync/ordercatalog.h"
#include "sync/productedits.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// SQLite's own way to make a disk full: the file may not grow past the pages it has now, for
/// every connection to it, and ballast takes up the room left inside them.
void fillDisk(CacheDatabase &cache, bool full)
{
    QSqlQuery query(cache.database());
    if (!full) {
        QVERIFY(!cache.applyToEveryConnection(u"max_page_count"_s, u"1073741823"_s));
        query.exec(u"DROP TABLE IF EXISTS ballast"_s);
        return;
    }
    query.exec(u"CREATE TABLE IF NOT EXISTS ballast (b BLOB)"_s);
    query.exec(u"PRAGMA page_count"_s);
    query.next();
    const qint64 pages = query.value(0).toLongLong();
    QVERIFY(!cache.applyToEveryConnection(u"max_page_count"_s, QString::number(pages)));
    for (int size : {4096, 512, 64, 8}) {
        while (query.exec(u"INSERT INTO ballast VALUES (randomblob(%1))"_s.arg(size))) { }
    }
}

QString integrity(CacheDatabase &cache)
{
    QSqlQuery query(cache.database());
    query.exec(u"PRAGMA integrity_check"_s);
    return query.next() ? query.value(0).toString() : u"no answer"_s;
}

int totalRequests(SandboxFixture &sandbox)
{
    int total = 0;
    for (const QJsonValue &count : sandbox.server().stats().value(u"requests"_s).toObject())
        total += count.toInt();
    return total;
}

/// What the catalog's next refresh fails with; nothing when it does not fail within 30 s.
std::optional<ApiError> refreshFailure(OrderCatalog &orders)
{
    QSignalSpy failed(&orders, &OrderCatalog::refreshFailed);
    orders.refresh();
    if (!failed.wait(30000))
        return std::nullopt;
    return failed.first().first().value<ApiError>();
}

/// Whether the catalog's next refresh hands the pane orders.
bool refreshLoadsOrders(OrderCatalog &orders)
{
    QSignalSpy loaded(&orders, &OrderCatalog::ordersLoaded);
    orders.refresh();
    return QTest::qWaitFor([&loaded] { return !loaded.isEmpty(); }, 30000)
        && !loaded.last().first().value<OrderRows>().isEmpty();
}

/// A stock edit of the first SKU of each of the shop's first `products` products.
QList<PlannedEdit> stockEdits(ShopOutboxFixture &rig, qsizetype products, int quantity)
{
    QList<PlannedEdit> edits;
    for (const Product &product : waitFor(rig.session.products().searchAll()).value.mid(0, products)) {
        const Sku &sku = product.skus.first();
        edits.append(ProductEditPlanner::stock(product, sku, sku.inventory.first().warehouseId, quantity));
    }
    return edits;
}

} // namespace

/// A cache on a full disk: every write the seller or a sync asks for fails with a clear error,
/// nothing is sent that could not be recorded first, the file stays sound, and all works again
/// once there is room.
class TestCacheFull final : public QObject
{
    Q_OBJECT

private slots:
    void syncFailsCleanlyAndRecovers();
    void refusesAWriteItCannotRecord();
    void aReadOnlyCacheRefusesWritesAndRecovers();
};

void TestCacheFull::syncFailsCleanlyAndRecovers()
{
    ShopOutboxFixture rig;
    const QString shopId = rig.sandbox.connection().shopId;
    fillDisk(*rig.cache, true);
    OrderCatalog orders(rig.session.orders(), rig.cache.get(), shopId, rig.sandbox.clock());
    const std::optional<ApiError> error = refreshFailure(orders);
    QVERIFY(error);
    // The cache's fault, not TikTok Shop's: said as such.
    QCOMPARE(error->category, ApiErrorCategory::LocalStore);
    QVERIFY2(error->message.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(error->toString()));
    QCOMPARE(integrity(*rig.cache), u"ok"_s);
    QCOMPARE(OrderRepository(*rig.cache).loadAll(shopId).value().size(), 0);

    fillDisk(*rig.cache, false);
    QVERIFY(refreshLoadsOrders(orders));
    QCOMPARE(integrity(*rig.cache), u"ok"_s);
}

void TestCacheFull::refusesAWriteItCannotRecord()
{
    ShopOutboxFixture rig;
    // A bulk edit of every product's first SKU: more than the room left inside the cache's pages.
    const QList<PlannedEdit> edits = stockEdits(rig, -1, 7);
    QVERIFY(edits.size() > 100);
    const int before = totalRequests(rig.sandbox);

    fillDisk(*rig.cache, true);
    const Result<QString> submitted = rig.outbox->submitEdits(edits);
    QVERIFY(!submitted.ok());
    QVERIFY2(submitted.error().message.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(submitted.error().message));
    QTest::qWait(200);
    // All or nothing: no command kept, none sent.
    QVERIFY(rig.outbox->outbox().load(rig.sandbox.connection().shopId).value().isEmpty());
    QCOMPARE(totalRequests(rig.sandbox), before);
    QCOMPARE(integrity(*rig.cache), u"ok"_s);

    fillDisk(*rig.cache, false);
    const Result<QString> again = rig.outbox->submitEdits(edits.mid(0, 3));
    QVERIFY(again.ok());
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.writesOf(edits.first().productId), 1);
}

void TestCacheFull::aReadOnlyCacheRefusesWritesAndRecovers()
{
    ShopOutboxFixture rig;
    const QString shopId = rig.sandbox.connection().shopId;
    const QList<PlannedEdit> edits = stockEdits(rig, 3, 9);
    // As a cache on a file system mounted read-only: SQLite refuses every write, on every connection.
    QVERIFY(!rig.cache->applyToEveryConnection(u"query_only"_s, u"ON"_s));

    OrderCatalog orders(rig.session.orders(), rig.cache.get(), shopId, rig.sandbox.clock());
    const std::optional<ApiError> error = refreshFailure(orders);
    QVERIFY(error);
    QCOMPARE(error->category, ApiErrorCategory::LocalStore);
    QVERIFY2(error->message.contains(u"readonly"_s, Qt::CaseInsensitive), qPrintable(error->toString()));

    const int before = totalRequests(rig.sandbox);
    const Result<QString> submitted = rig.outbox->submitEdits(edits);
    QVERIFY(!submitted.ok());
    QTest::qWait(200);
    QCOMPARE(totalRequests(rig.sandbox), before); // nothing sent that could not be recorded first
    QCOMPARE(integrity(*rig.cache), u"ok"_s);

    QVERIFY(!rig.cache->applyToEveryConnection(u"query_only"_s, u"OFF"_s));
    QVERIFY(refreshLoadsOrders(orders));
    QVERIFY(rig.outbox->submitEdits(edits).ok());
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.writesOf(edits.first().productId), 1);
}

QTEST_GUILESS_MAIN(TestCacheFull)
#include "tst_cachefull.moc"
