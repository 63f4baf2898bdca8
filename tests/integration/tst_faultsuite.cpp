#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "api/fulfillmentservice.h"
#include "api/orderservice.h"
#include "api/productservice.h"
#include "replywaiter.h"
#include "shopoutboxfixture.h"
#include "store/cachedatabase.h"
#include "store/orderrepository.h"
#include "store/outbox.h"
#include "store/packagerepository.h"
#include "sync/ordercatalog.h"
#include "sync/outboxprocessor.h"
#include "sync/packagecatalog.h"
#include "sync/productedits.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// One request in ten to any business route fails: rate limited, unavailable, a server error, a
/// dropped connection, a slow answer or a truncated one, in equal shares.
void setMixedFaults(SandboxFixture &sandbox)
{
    QJsonArray rules;
    for (const QString &fault : {u"429"_s, u"503"_s, u"500"_s, u"drop"_s, u"latency"_s, u"truncate"_s}) {
        rules.append(
            QJsonObject{{u"route"_s, u"*"_s}, {u"fault"_s, fault}, {u"fraction"_s, 0.1 / 6}, {u"latency_ms"_s, 1500}});
    }
    sandbox.admin("POST", u"/sandbox/faults"_s, {{u"seed"_s, 13}, {u"rules"_s, rules}});
}

void clearFaults(SandboxFixture &sandbox)
{
    sandbox.admin("DELETE", u"/sandbox/faults"_s);
}

/// Refreshes until a sync completes, as a seller pressing F5 again would; false after `attempts`.
template <typename Catalog, typename Loaded>
bool syncThrough(Catalog &catalog, Loaded loadedSignal, int attempts = 8)
{
    QSignalSpy loaded(&catalog, loadedSignal);
    QSignalSpy failed(&catalog, &SyncedCatalog::refreshFailed);
    for (int attempt = 0; attempt < attempts; ++attempt) {
        const qsizetype failures = failed.size();
        catalog.refresh();
        const bool ended = QTest::qWaitFor(
            [&] {
                return failed.size() > failures
                    || std::any_of(loaded.cbegin(), loaded.cend(), [](const QList<QVariant> &args) {
                           return args.last().template value<SyncedCatalog::Source>() == SyncedCatalog::Source::Server;
                       });
            },
            60000);
        if (!ended)
            return false;
        if (failed.size() == failures)
            return true;
    }
    return false;
}

template <typename T>
QSet<QString> idsOf(const QList<T> &items)
{
    QSet<QString> ids;
    for (const T &item : items)
        ids.insert(item.id);
    return ids;
}

} // namespace

/// The fault suite: with one request in ten failing in every way the sandbox knows, syncs and
/// writes still complete — nothing lost, nothing doubled.
class TestFaultSuite final : public QObject
{
    Q_OBJECT

private slots:
    void syncsEverythingThroughFaults();
    void writesEveryEditOnceThroughFaults();
    void writesEveryEditOnceWhenTheTokenExpiresMidBatch();
};

void TestFaultSuite::syncsEverythingThroughFaults()
{
    ShopOutboxFixture rig(SandboxOptions{.seed = 3, .productsPerShop = 30, .ordersPerShop = 600});
    const QString shopId = rig.sandbox.connection().shopId;
    setMixedFaults(rig.sandbox);
    OrderCatalog orders(rig.session.orders(), rig.cache.get(), shopId, rig.sandbox.clock());
    QVERIFY(syncThrough(orders, &OrderCatalog::ordersLoaded));
    PackageCatalog packages(rig.session.fulfillment(), rig.cache.get(), shopId, rig.sandbox.clock());
    QVERIFY(syncThrough(packages, &PackageCatalog::packagesLoaded));
    const QJsonObject stats = rig.sandbox.server().stats();
    clearFaults(rig.sandbox);

    const QList<Order> cachedOrders = OrderRepository(*rig.cache).loadAll(shopId).value();
    const QList<Order> serverOrders = waitFor(rig.session.orders().search(OrderQuery{})).value;
    QCOMPARE(cachedOrders.size(), serverOrders.size()); // no order twice
    QCOMPARE(idsOf(cachedOrders), idsOf(serverOrders)); // none missing
    const QList<Package> cachedPackages = PackageRepository(*rig.cache).loadAll(shopId).value();
    const QList<Package> serverPackages = waitFor(rig.session.fulfillment().searchPackages(PackageQuery{})).value;
    QCOMPARE(cachedPackages.size(), serverPackages.size());
    QCOMPARE(idsOf(cachedPackages), idsOf(serverPackages));
    // The faults did happen.
    QVERIFY(stats.value(u"faults_injected"_s).toInt() > 0);
}

void TestFaultSuite::writesEveryEditOnceThroughFaults()
{
    ShopOutboxFixture rig(SandboxOptions{.seed = 3, .productsPerShop = 60, .ordersPerShop = 100});
    QList<PlannedEdit> edits;
    QHash<QString, qint64> wanted; // sku id -> quantity in its first warehouse
    for (const Product &product : waitFor(rig.session.products().searchAll()).value) {
        const Sku &sku = product.skus.first();
        const qint64 quantity = 100 + edits.size();
        edits.append(ProductEditPlanner::stock(product, sku, sku.inventory.first().warehouseId, quantity));
        wanted.insert(sku.id, quantity);
    }
    QVERIFY(edits.size() >= 50);

    setMixedFaults(rig.sandbox);
    const Result<QString> batch = rig.outbox->submitEdits(edits);
    QVERIFY(batch.ok());
    // Answers lost on the way are checked against the server at the next run; what failed outright
    // is retried, as the seller would from Pending changes.
    for (int round = 0; round < 8; ++round) {
        rig.runToEnd();
        const QList<OutboxCommand> commands = rig.outbox->outbox().batch(batch.value()).value();
        QStringList failed;
        bool settled = true;
        for (const OutboxCommand &command : commands) {
            if (command.state == OutboxState::Failed || command.state == OutboxState::NeedsReview)
                failed.append(command.clientId);
            settled = settled && command.state == OutboxState::Done;
        }
        if (settled)
            break;
        if (!failed.isEmpty())
            QVERIFY(!rig.outbox->processor().retry(failed));
    }
    QVERIFY(rig.sandbox.server().stats().value(u"faults_injected"_s).toInt() > 0);
    clearFaults(rig.sandbox);

    const QList<OutboxCommand> commands = rig.outbox->outbox().batch(batch.value()).value();
    QCOMPARE(commands.size(), edits.size());
    for (const OutboxCommand &command : commands)
        QVERIFY2(
            command.state == OutboxState::Done, qPrintable(outboxStateName(command.state) + u' ' + command.lastError));
    for (const Product &product : waitFor(rig.session.products().searchAll()).value) {
        const Sku &sku = product.skus.first();
        QCOMPARE(sku.inventory.first().quantity, wanted.value(sku.id));
    }
}

void TestFaultSuite::writesEveryEditOnceWhenTheTokenExpiresMidBatch()
{
    // Short enough that passing it keeps requests already signed inside the timestamp window
    // (five minutes), as on a real clock, where time does not jump.
    constexpr qint64 tokenLifetime = 120;
    ShopOutboxFixture rig(
        SandboxOptions{.seed = 3, .productsPerShop = 60, .accessTokenLifetime = tokenLifetime, .ordersPerShop = 100});
    QList<PlannedEdit> edits;
    QHash<QString, qint64> wanted; // sku id -> quantity in its first warehouse
    for (const Product &product : waitFor(rig.session.products().searchAll()).value) {
        const Sku &sku = product.skus.first();
        const qint64 quantity = 200 + edits.size();
        edits.append(ProductEditPlanner::stock(product, sku, sku.inventory.first().warehouseId, quantity));
        wanted.insert(sku.id, quantity);
    }
    QVERIFY(edits.size() >= 50);
    const int refreshesBefore = rig.sandbox.server().stats().value(u"token_refreshes"_s).toInt();

    // Ten edits in, the access token's lifetime runs out on the server's clock.
    int done = 0;
    QObject::connect(&rig.outbox->processor(), &OutboxProcessor::commandChanged, &rig.outbox->processor(),
        [&done, &rig, tokenLifetime](const OutboxCommand &command) {
            if (command.state == OutboxState::Done && ++done == 10)
                rig.sandbox.clock().advance(tokenLifetime + 30);
        });
    const Result<QString> batch = rig.outbox->submitEdits(edits);
    QVERIFY(batch.ok());
    QCOMPARE(rig.runToEnd(), QString());

    QVERIFY(done >= 10);
    QVERIFY(rig.sandbox.server().stats().value(u"token_refreshes"_s).toInt() > refreshesBefore);
    const QList<OutboxCommand> commands = rig.outbox->outbox().batch(batch.value()).value();
    QCOMPARE(commands.size(), edits.size());
    for (const OutboxCommand &command : commands)
        QVERIFY2(
            command.state == OutboxState::Done, qPrintable(outboxStateName(command.state) + u' ' + command.lastError));
    for (const PlannedEdit &edit : std::as_const(edits))
        QCOMPARE(rig.writesOf(edit.productId), 1);
    for (const Product &product : waitFor(rig.session.products().searchAll()).value) {
        const Sku &sku = product.skus.first();
        QCOMPARE(sku.inventory.first().quantity, wanted.value(sku.id));
    }
}

QTEST_GUILESS_MAIN(TestFaultSuite)
#include "tst_faultsuite.moc"
