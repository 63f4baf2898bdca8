#include <QTest>

#include "api/apiclient.h"
#include "api/productservice.h"
#include "replywaiter.h"
#include "sandbox/sandboxproductwrites.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// A product of the shop whose SKUs all have stock in every warehouse.
Product firstProductWithSkus(ProductService &service, int skuCount)
{
    const Finished<QList<Product>> all = waitFor(service.searchAll());
    for (const Product &product : all.value) {
        if (product.skus.size() >= skuCount)
            return product;
    }
    return {};
}

QList<WarehouseStock> stockEverywhere(const Sku &sku, qint64 quantity)
{
    QList<WarehouseStock> stock = sku.inventory;
    for (WarehouseStock &entry : stock)
        entry.quantity = quantity;
    return stock;
}

} // namespace

/// Stock and price writes against the sandbox, including partial failure inside code 0.
class TestProductWrites final : public QObject
{
    Q_OBJECT

private slots:
    void setsStockInEveryWarehouse();
    void reportsRefusedSkusWhileApplyingTheRest();
    void updatesPricesInTheShopCurrency();
};

void TestProductWrites::setsStockInEveryWarehouse()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    ProductService service(client);
    const Product product = firstProductWithSkus(service, 1);
    QVERIFY(!product.id.isEmpty());
    const Sku &sku = product.skus.first();
    QVERIFY(sku.inventory.size() == 2); // the US shop has two warehouses

    const Finished<BatchOutcome> result = waitFor(
        service.updateInventory(product.id, {{sku.id, stockEverywhere(sku, SandboxProductWrites::minimumStock)}}));
    QVERIFY2(result.finished && !result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QVERIFY(result.value.allSucceeded());
    QCOMPARE(sandbox.server().stats().value(u"writes"_s).toObject().value(product.id).toInt(), 1);

    const Product after = firstProductWithSkus(service, 1);
    QCOMPARE(after.id, product.id);
    QCOMPARE(after.skus.first().totalStock(), 0);
}

void TestProductWrites::reportsRefusedSkusWhileApplyingTheRest()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    ProductService service(client);
    const Product product = firstProductWithSkus(service, 3);
    QVERIFY(!product.id.isEmpty());
    const Sku &good = product.skus.at(0);
    const Sku &missingWarehouse = product.skus.at(1);
    const Sku &tooMany = product.skus.at(2);

    const Finished<BatchOutcome> result = waitFor(service.updateInventory(product.id,
        {{good.id, stockEverywhere(good, 42)}, {missingWarehouse.id, stockEverywhere(missingWarehouse, 5).mid(0, 1)},
            {tooMany.id, stockEverywhere(tooMany, SandboxProductWrites::maximumStock + 1)},
            {u"1"_s, stockEverywhere(good, 1)}}));
    QVERIFY(result.finished && !result.error); // partial failure arrives inside code 0
    QCOMPARE(result.value.failures.size(), 3);
    QVERIFY(!result.value.failed(good.id));
    QVERIFY(result.value.failed(missingWarehouse.id));
    QVERIFY(result.value.failed(u"1"_s));
    const auto tooManyFailure = std::find_if(result.value.failures.cbegin(), result.value.failures.cend(),
        [&](const ItemFailure &f) { return f.itemId == tooMany.id; });
    QVERIFY(tooManyFailure != result.value.failures.cend());
    QCOMPARE(tooManyFailure->subItemId, tooMany.inventory.first().warehouseId);
    QVERIFY(tooManyFailure->message.contains(u"99999"_s));

    const Product after = firstProductWithSkus(service, 3);
    QCOMPARE(after.skus.at(0).totalStock(), 42 * 2);
    QCOMPARE(after.skus.at(1).totalStock(), missingWarehouse.totalStock());
    QCOMPARE(after.skus.at(2).totalStock(), tooMany.totalStock());
}

void TestProductWrites::updatesPricesInTheShopCurrency()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    ProductService service(client);
    const Product product = firstProductWithSkus(service, 2);
    const Finished<BatchOutcome> result = waitFor(service.updatePrices(
        product.id, {{product.skus.at(0).id, Money{1234, u"USD"_s}}, {product.skus.at(1).id, Money{999, u"GBP"_s}}}));
    QVERIFY(result.finished && !result.error);
    QCOMPARE(result.value.failures.size(), 1);
    QCOMPARE(result.value.failures.first().itemId, product.skus.at(1).id);

    const Product after = firstProductWithSkus(service, 2);
    QCOMPARE(after.skus.at(0).price, (Money{1234, u"USD"_s}));
    QCOMPARE(after.skus.at(1).price, product.skus.at(1).price);
}

QTEST_GUILESS_MAIN(TestProductWrites)
#include "tst_productwrites.moc"
