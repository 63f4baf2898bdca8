#include <QJsonDocument>
#include <QTest>

#include "domain/jsonreader.h"
#include "domain/productcodec.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QByteArray goodPage = R"({
  "products": [{
    "id": "1729592969712207000", "title": "Yoga Mat", "status": "ACTIVATE",
    "audit": {"status": "APPROVED"}, "create_time": 1700000000, "update_time": 1700086400,
    "skus": [
      {"id": "1729592969712207001", "seller_sku": "YM-1-PUR",
       "price": {"currency": "USD", "sale_price": "27.99", "tax_exclusive_price": "27.99"},
       "inventory": [{"warehouse_id": "7200000000000001", "quantity": 12},
                     {"warehouse_id": "7200000000000002", "quantity": 3}]},
      {"id": "1729592969712207002", "seller_sku": "YM-1-TEA",
       "price": {"currency": "USD", "sale_price": "24.5"}, "inventory": []}
    ]
  }],
  "next_page_token": "+/+/AQAAAGT3m0k==", "total_count": 250
})";

} // namespace

class TestProductCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodesASearchPage();
    void roundTripsThroughTheSandboxEncoding();
    void namesTheFieldOfHostileInput_data();
    void namesTheFieldOfHostileInput();
};

void TestProductCodec::decodesASearchPage()
{
    const Result<ProductPage> page = ProductCodec::decodeSearchPage(parse(goodPage));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page.value().totalCount, 250);
    QCOMPARE(page.value().nextPageToken, u"+/+/AQAAAGT3m0k=="_s);
    QCOMPARE(page.value().products.size(), 1);
    const Product &product = page.value().products.first();
    QCOMPARE(product.id, u"1729592969712207000"_s);
    QCOMPARE(product.status, ProductStatus::Activate);
    QCOMPARE(product.auditStatus, u"APPROVED"_s);
    QCOMPARE(product.updateTime, 1700086400);
    QCOMPARE(product.skus.size(), 2);
    QCOMPARE(product.skus.at(0).price, (Money{2799, u"USD"_s}));
    QCOMPARE(product.skus.at(1).price, (Money{2450, u"USD"_s}));
    QCOMPARE(product.totalStock(), 15);
    QCOMPARE(product.priceRange()->first.minor, 2450);
    QCOMPARE(product.priceRange()->second.minor, 2799);
}

void TestProductCodec::roundTripsThroughTheSandboxEncoding()
{
    const Product original = ProductCodec::decodeSearchPage(parse(goodPage)).value().products.first();
    JsonReader reader(ProductCodec::encodeSearchProduct(original));
    const Product decoded = ProductCodec::decodeSearchProduct(reader);
    QVERIFY(!reader.failed());
    QCOMPARE(decoded, original);
}

void TestProductCodec::namesTheFieldOfHostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    QTest::newRow("an id as a bare number that a double cannot hold")
        << QByteArray(R"({"products":[{"id":576486316948490001,"title":"t","status":"ACTIVATE","skus":[]}]})")
        << u"data.products[0].id"_s;
    QTest::newRow("products is not an array") << QByteArray(R"({"products":{"id":"1"}})") << u"data.products"_s;
    QTest::newRow("a product that is a string") << QByteArray(R"({"products":["1"]})") << u"data.products[0]"_s;
    QTest::newRow("the title is missing")
        << QByteArray(R"({"products":[{"id":"1","status":"ACTIVATE","skus":[]}]})") << u"data.products[0].title"_s;
    QTest::newRow("a price given as a number")
        << QByteArray(R"({"products":[{"id":"1","title":"t","status":"DRAFT","skus":[{"id":"2","price":)"
                      R"({"currency":"USD","sale_price":9.99}}]}]})")
        << u"data.products[0].skus[0].price.sale_price"_s;
    QTest::newRow("a price that is not an amount")
        << QByteArray(R"({"products":[{"id":"1","title":"t","status":"DRAFT","skus":[{"id":"2","price":)"
                      R"({"currency":"USD","sale_price":"9,99"}}]}]})")
        << u"data.products[0].skus[0].price.sale_price"_s;
    QTest::newRow("a fractional stock quantity")
        << QByteArray(R"({"products":[{"id":"1","title":"t","status":"DRAFT","skus":[{"id":"2","price":)"
                      R"({"currency":"USD","sale_price":"1"},"inventory":[{"warehouse_id":"3","quantity":1.5}]}]}]})")
        << u"data.products[0].skus[0].inventory[0].quantity"_s;
    QTest::newRow("a total count that is text")
        << QByteArray(R"({"products":[],"total_count":"many"})") << u"data.total_count"_s;
}

void TestProductCodec::namesTheFieldOfHostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    const Result<ProductPage> page = ProductCodec::decodeSearchPage(document.object());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().path, path);
    QVERIFY(!page.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestProductCodec)
#include "tst_productcodec.moc"
