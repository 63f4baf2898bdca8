#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include "models/productfiltermodel.h"
#include "models/producttablemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

Product makeProduct(
    const QString &id, const QString &title, ProductStatus status, QList<qint64> prices, qint64 stock, qint64 updated)
{
    Product product{id, title, status, u"APPROVED"_s, {}, updated - 100, updated};
    for (int i = 0; i < prices.size(); ++i) {
        product.skus.append(Sku{id + QString::number(i), u"SKU-%1-%2"_s.arg(id).arg(i), Money{prices.at(i), u"USD"_s},
            {{u"w1"_s, i == 0 ? stock : 0}}});
    }
    return product;
}

QList<Product> sampleProducts()
{
    return {
        makeProduct(u"101"_s, u"Yoga Mat"_s, ProductStatus::Activate, {2799, 2499}, 40, 1700000300),
        makeProduct(u"102"_s, u"Water Bottle"_s, ProductStatus::Draft, {1899}, 5, 1700000100),
        makeProduct(u"103"_s, u"yoga blocks"_s, ProductStatus::SellerDeactivated, {999}, 0, 1700000200),
    };
}

} // namespace

class TestProductTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesTheModelTester();
    void showsFormattedTextAndSortsOnRawValues();
    void sortsPricesNumericallyThroughTheProxy();
    void filtersByTextListAndStatus_data();
    void filtersByTextListAndStatus();
    void filtersLowStockByAnySku();
};

void TestProductTableModel::passesTheModelTester()
{
    ProductTableModel model;
    ProductFilterModel proxy(model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProducts(sampleProducts());
    proxy.sort(ProductTableModel::PriceColumn);
    proxy.setFilter(ProductFilter{u"yoga"_s, std::nullopt});
    QCOMPARE(proxy.rowCount(), 2);
    // A new listing is added at the end and shown if the filter takes it; a known one is replaced.
    model.upsertProduct(makeProduct(u"104"_s, u"Yoga Strap"_s, ProductStatus::Pending, {1299}, 9, 1700000400));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfProduct(u"104"_s), 3);
    QCOMPARE(proxy.rowCount(), 3);
    model.upsertProduct(makeProduct(u"104"_s, u"Cotton Strap"_s, ProductStatus::Pending, {1299}, 9, 1700000400));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.productAt(3).title, u"Cotton Strap"_s);
    QCOMPARE(proxy.rowCount(), 2);
    model.setProducts({});
    QCOMPARE(proxy.rowCount(), 0);
}

void TestProductTableModel::showsFormattedTextAndSortsOnRawValues()
{
    ProductTableModel model;
    model.setProducts(sampleProducts());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ProductTableModel::ColumnCount));
    const QModelIndex price = model.index(0, ProductTableModel::PriceColumn);
    QCOMPARE(price.data().toString(), u"$24.99 – $27.99"_s);
    QCOMPARE(price.data(ProductTableModel::SortRole).toLongLong(), 2499);
    QCOMPARE(model.index(1, ProductTableModel::PriceColumn).data().toString(), u"$18.99"_s);
    QCOMPARE(model.index(0, ProductTableModel::StockColumn).data().toString(), u"40"_s);
    QCOMPARE(model.index(0, ProductTableModel::SellerSkuColumn).data().toString(), u"SKU-101-0 (+1 more)"_s);
    QCOMPARE(model.index(0, ProductTableModel::StatusColumn).data().toString(), u"Live"_s);
    QCOMPARE(model.index(2, ProductTableModel::StatusColumn).data(ProductTableModel::StatusRole).toInt(),
        int(ProductStatus::SellerDeactivated));
    QCOMPARE(model.index(1, 0).data(ProductTableModel::IdRole).toString(), u"102"_s);
    QCOMPARE(model.rowOfProduct(u"103"_s), 2);
    QCOMPARE(model.rowOfProduct(u"999"_s), -1);
    QCOMPARE(model.headerData(ProductTableModel::StockColumn, Qt::Horizontal).toString(), u"Stock"_s);
}

void TestProductTableModel::sortsPricesNumericallyThroughTheProxy()
{
    ProductTableModel model;
    ProductFilterModel proxy(model);
    QList<Product> products = sampleProducts();
    products.append(makeProduct(u"104"_s, u"Lamp"_s, ProductStatus::Activate, {10000}, 1, 1700000000));
    model.setProducts(products);
    proxy.sort(ProductTableModel::PriceColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, 0).data(ProductTableModel::IdRole).toString());
    // $9.99 < $18.99 < $24.99 < $100.00: numeric, where text order would put $100.00 before $18.99.
    QCOMPARE(order, (QStringList{u"103"_s, u"102"_s, u"101"_s, u"104"_s}));
}

void TestProductTableModel::filtersByTextListAndStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("nothing set shows everything") << QString() << -1 << QStringList{u"101"_s, u"102"_s, u"103"_s};
    QTest::newRow("title text ignores case") << u"YOGA"_s << -1 << QStringList{u"101"_s, u"103"_s};
    QTest::newRow("a seller SKU fragment") << u"SKU-102"_s << -1 << QStringList{u"102"_s};
    QTest::newRow("an exact product id") << u"103"_s << -1 << QStringList{u"103"_s};
    QTest::newRow("a pasted list matches any of its lines") << u"101\n103\n"_s << -1 << QStringList{u"101"_s, u"103"_s};
    QTest::newRow("a comma list with spaces") << u" SKU-102-0 , Yoga Mat "_s << -1 << QStringList{u"101"_s, u"102"_s};
    QTest::newRow("status alone") << QString() << int(ProductStatus::Draft) << QStringList{u"102"_s};
    QTest::newRow("status and text together") << u"yoga"_s << int(ProductStatus::Activate) << QStringList{u"101"_s};
    QTest::newRow("no match") << u"umbrella"_s << -1 << QStringList{};
}

void TestProductTableModel::filtersByTextListAndStatus()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(QStringList, ids);
    ProductTableModel model;
    ProductFilterModel proxy(model);
    model.setProducts(sampleProducts());
    ProductFilter filter;
    filter.text = text;
    if (status >= 0)
        filter.status = static_cast<ProductStatus>(status);
    proxy.setFilter(filter);
    proxy.sort(ProductTableModel::TitleColumn);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data(ProductTableModel::IdRole).toString());
    shown.sort();
    QCOMPARE(shown, ids);
}

void TestProductTableModel::filtersLowStockByAnySku()
{
    Product lamp = makeProduct(u"201"_s, u"Desk Lamp"_s, ProductStatus::Activate, {4999}, 80, 1700000300);
    Product mug = makeProduct(u"202"_s, u"Mug"_s, ProductStatus::Activate, {999}, 12, 1700000300);
    // Two warehouses: 6 + 6 units is 12 in all, which is not low at a threshold of 10.
    mug.skus[0].inventory.append({u"w2"_s, 0});
    mug.skus[0].inventory[0].quantity = 6;
    mug.skus[0].inventory[1].quantity = 6;
    Product tee = makeProduct(u"203"_s, u"T-shirt"_s, ProductStatus::Activate, {1999, 1999}, 50, 1700000300);
    tee.skus[1].inventory[0].quantity = 10; // one size running low is enough
    ProductTableModel model;
    ProductFilterModel proxy(model);
    model.setProducts({lamp, mug, tee});

    ProductFilter filter;
    filter.lowStockAtMost = 10;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ProductTableModel::IdRole).toString(), u"203"_s);
    QVERIFY(!filter.isEmpty());

    filter.lowStockAtMost = 12;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 2);
    filter.text = u"mug"_s;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    filter.lowStockAtMost.reset();
    filter.text.clear();
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 3);
}

QTEST_GUILESS_MAIN(TestProductTableModel)
#include "tst_producttablemodel.moc"
